"""The font plan: a face per 公文 role whose PDF text extracts right and that covers the report's text but for a few
characters, which come from fallback faces; the preflight names only characters that no installed face has
(checked against fontconfig, pdffonts and pdftotext)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from disclosure_desktop.domain import jsonio
from disclosure_desktop.export.fonts import (
    CHAINS,
    ROLES,
    extracts_right,
    font_plan,
    missing_characters,
    plan_note,
    role_texts,
)
from tests.helpers.exports import export_to
from tests.helpers.fonts import COMMON, EMOJI, RARE, fontconfig_has
from tests.helpers.paths import FIXTURES

FANGSONG_FACES = {"FandolFang", "仿宋", "仿宋_GB2312", "FangSong", "STFangsong"}


def fixture_report():
    return jsonio.loads((FIXTURES / "full_report_2021.json").read_text("utf-8"))


def test_every_role_gets_a_face_whose_pdf_text_extracts_right() -> None:
    plan = font_plan(role_texts(fixture_report()))
    assert set(dict(plan.items())) == set(ROLES)
    for role, font in plan.items():
        assert font.wanted == ROLES[role] == CHAINS[role][0]
        assert font.extracts_right and extracts_right(font.used), (role, font)


def test_a_pan_cjk_face_with_radical_duplicates_is_recognised() -> None:
    from disclosure_desktop.export.fonts import _installed

    if "Noto Serif CJK SC" not in _installed():
        pytest.skip("Noto CJK is not installed")
    assert not extracts_right("Noto Serif CJK SC")  # 人 and ⼈ share a glyph there


def test_body_is_a_fangsong_face_where_one_is_installed() -> None:
    from disclosure_desktop.export.fonts import _installed

    if not FANGSONG_FACES & _installed():
        pytest.skip("no 仿宋 face installed (scripts/install_fonts.py installs FandolFang)")
    assert font_plan(role_texts(fixture_report())).family("body") in FANGSONG_FACES


def test_note_names_wanted_and_used_faces() -> None:
    plan = font_plan(role_texts(fixture_report()))
    note = plan_note(plan)
    body = plan.roles["body"]
    assert f"正文：{body.wanted}" in note
    if body.substituted:
        assert f"→ 使用 {body.used}" in note
    assert len(note.splitlines()) == len(ROLES)


@pytest.mark.skipif(shutil.which("fc-list") is None, reason="fontconfig tools are not installed")
def test_preflight_names_the_emoji_and_the_rare_character_and_no_common_punctuation() -> None:
    if fontconfig_has(EMOJI) or fontconfig_has(RARE):
        pytest.skip("this machine has a face for the emoji or the rare character")
    assert all(fontconfig_has(c) for c in COMMON)
    report = fixture_report()
    report.sections["problems"] = f"问题{EMOJI}依旧，{RARE}字未录入。{COMMON}"
    texts = role_texts(report)
    assert missing_characters(texts, font_plan(texts)) == [EMOJI, RARE]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_what_the_preflight_names_is_what_the_pdf_cannot_print(tmp_path: Path) -> None:
    if fontconfig_has(EMOJI) or fontconfig_has(RARE):
        pytest.skip("this machine has a face for the emoji or the rare character")
    report = fixture_report()
    report.sections["problems"] = f"问题{EMOJI}依旧，{RARE}字未录入。{COMMON}"
    path = tmp_path / "boxes.pdf"
    export_to(report, path)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    flat = "".join(text.split())
    # The named characters are drawn as boxes (no text behind them); everything around them is real text.
    assert EMOJI not in flat and RARE not in flat
    assert f"问题依旧，字未录入。{COMMON}" in flat


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils is not installed")
def test_pdf_embeds_a_fangsong_body_and_no_japanese_face_and_prints_the_common_characters(tmp_path: Path) -> None:
    from disclosure_desktop.export.fonts import _installed

    if "FandolFang" not in _installed():
        pytest.skip("FandolFang is not installed (scripts/install_fonts.py)")
    report = fixture_report()
    report.sections["problems"] = f"问题依旧。{COMMON}"
    path = tmp_path / "report.pdf"
    export_to(report, path)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    names = [line.split()[0] for line in fonts.splitlines()[2:]]
    assert any("FandolFang" in n for n in names), fonts
    assert not any("jp" in n.lower() or "JP" in n for n in names), fonts
    assert all(line.split()[-5] == "yes" for line in fonts.splitlines()[2:]), "every font embedded"
    text = "".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                  check=True).stdout.split())
    assert f"问题依旧。{COMMON}" in text


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="poppler-utils is not installed")
def test_a_name_outside_gb2312_keeps_the_body_in_fangsong(tmp_path: Path) -> None:
    """喆 is not in FandolFang (GB2312 only): it comes from a fallback face, and the body stays 仿宋 — it used to
    move the whole body to another face (AR PL UMing, a 明体) for one name."""
    from disclosure_desktop.export.fonts import _installed, _lacks

    if "FandolFang" not in _installed() or not _lacks("FandolFang", "喆") or not fontconfig_has("喆"):
        pytest.skip("needs FandolFang (scripts/install_fonts.py) and another face with 喆")
    report = fixture_report()
    report.sections["other_matters"] += "\n联系人：王喆，电话0000-1234567。"
    plan = font_plan(role_texts(report))
    body = plan.roles["body"]
    assert body.used == "FandolFang" and body.fallbacks and not _lacks(body.fallbacks[0], "喆")
    assert f"缺字用 {body.fallbacks[0]}" in plan_note(plan)
    path = tmp_path / "report.pdf"
    export_to(report, path)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    names = [line.split()[0] for line in fonts.splitlines()[2:]]
    assert any("FandolFang" in n for n in names), fonts
    assert not any("jp" in n.lower() for n in names), fonts
    text = "".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                  check=True).stdout.split())
    assert "联系人：王喆，电话0000-1234567。" in text and "中华人民共和国" in text
