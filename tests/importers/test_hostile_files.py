"""Hostile files never cost a report, the time of day or the PC's memory (issue 21, items 2, 5 and 6): a Word zip
bomb however it is built, a page the HTML parser would take minutes over, a device or a pipe behind a report's
name — each `import` ends in under 10 s, with exit 2 and one line saying what the file is, in a process whose
address space is capped at 1 GB, and the database is left byte for byte as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from disclosure_desktop.domain.limits import (
    MAX_DOCX_XML_BYTES,
    MAX_INFLATED_BYTES,
    MAX_PAGE_TAGS,
    MAX_TAG_ATTRIBUTES,
    MB,
)
from tests.helpers.cli import digest
from tests.helpers.database import create
from tests.helpers.hostile import attribute_page, run_bounded, word_bomb
from tests.helpers.reports import clean_report

SECONDS = 10


@pytest.fixture(scope="module")
def bombs(tmp_path_factory) -> Path:
    """The three Word bombs, built once (a few seconds each)."""
    folder = tmp_path_factory.mktemp("bombs")
    for case in ("image", "renamed", "lying"):
        word_bomb(folder / f"{case}.docx", case)
    return folder


def many_tags(path: Path) -> Path:
    """4.8 MB of paragraphs: 1.2 million tags (read in 67 s before they were counted)."""
    path.write_text("<html><body><h1>某某县人民政府2024年政府信息公开工作年度报告</h1>"
                    + "<p>x" * 1_200_000 + "</body></html>", "utf-8")
    return path


def hostile(case: str, tmp_path: Path, bombs: Path) -> tuple[Path, list[str]]:
    """The file of `case` and the words its refusal must say."""
    if case.startswith("docx-"):
        kind = case.removeprefix("docx-")
        expected = {
            "image": [f"解压后超过 {MAX_INFLATED_BYTES['docx'] // MB} MB", "word/media/image1.png", "已停止解压"],
            "renamed": [f"文字部分解压后超过 {MAX_DOCX_XML_BYTES // MB} MB", "word/document.bin", "已停止解压"],
            "lying": ["word/media/image1.png", "无法解压"],
        }[kind]
        return bombs / f"{kind}.docx", ["Word 文件", f"“{kind}.docx”", *expected]
    if case == "attributes":
        return attribute_page(tmp_path / "年报.html"), ["200,000 个属性", f"最多 {MAX_TAG_ATTRIBUTES:,} 个"]
    if case == "tags":
        return many_tags(tmp_path / "年报.html"), [f"标签超过 {MAX_PAGE_TAGS:,} 个"]
    link = tmp_path / {"zero": "年报.json", "urandom": "年报.docx", "fifo": "年报.html", "folder": "年报.json"}[case]
    if case in ("zero", "urandom"):
        link.symlink_to(f"/dev/{case}")
        return link, ["“年报", "设备", f"/dev/{case}"]
    if case == "fifo":
        os.mkfifo(link)
        return link, ["“年报.html”", "管道"]
    link.mkdir()
    return link, ["“年报.json”", "文件夹"]


CASES = ["docx-image", "docx-renamed", "docx-lying", "attributes", "tags", "zero", "urandom", "fifo", "folder"]


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES)
def test_a_hostile_file_is_refused_quickly_in_bounded_memory_and_nothing_changes(tmp_path, bombs, case):
    db = tmp_path / "reports.sqlite"
    create(db, clean_report(2024))
    before = digest(db)
    path, expected = hostile(case, tmp_path, bombs)

    code, out, err, seconds = run_bounded("--db", str(db), "import", str(path))

    assert code == 2, err
    assert seconds < SECONDS
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("错误："), err
    assert all(words in lines[0] for words in expected), lines[0]
    assert "Traceback" not in err and "XML_PARSE" not in err and "allocate" not in err
    assert out == ""
    assert digest(db) == before
