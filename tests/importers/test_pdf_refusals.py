"""PDFs that cannot be read are refused with the true reason — scanned pages, glyph codes, a password, a damaged
or cut-short file, no PDF at all, no report — in one line on the command line (exit 2), and nothing is created;
a PDF locked only against copying is read, and says so. Once, a PDF was refused as text in an unknown encoding."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from disclosure_desktop.cli.main import run
from disclosure_desktop.domain import jsonio
from disclosure_desktop.export import registry
from disclosure_desktop.importers import read_file
from disclosure_desktop.messages import ReportDataError, set_language
from tests.helpers.paths import FIXTURES
from tests.helpers.pdf_docs import encrypted_pdf, glyph_code_pdf, letter_pdf, scanned_pdf


@pytest.fixture(scope="module")
def own_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    report = jsonio.loads((FIXTURES / "docx_report.json").read_text("utf-8"))
    path = tmp_path_factory.mktemp("own") / "年报.pdf"
    path.write_bytes(registry.render(report, "pdf"))
    return path


def _made(kind: str, own: Path, folder: Path) -> Path:
    path = folder / f"{kind}.pdf"
    if kind == "scanned":
        return scanned_pdf(own, path)
    if kind == "glyph_codes":
        return glyph_code_pdf(own, path)
    if kind == "encrypted":
        return encrypted_pdf(own, path)
    data = own.read_bytes()
    if kind == "damaged":
        path.write_bytes(data[: len(data) // 3])  # a download cut short
    elif kind == "not_pdf":
        path.write_text("<html><body>2025年政府信息公开工作年度报告</body></html>", "utf-8")
    elif kind == "empty":
        path.write_bytes(b"")
    elif kind == "not_report":
        letter_pdf(path, ("关于召开2025年度工作会议的通知", "各科室：定于1月23日召开会议，请准时参加。"))
    return path


# (what was made, the words the refusal must say in Chinese and in English)
REFUSALS = [
    ("scanned", "扫描", "scanned"),
    ("glyph_codes", "字形编码", "glyph codes"),
    ("encrypted", "密码", "password"),
    ("damaged", "已损坏或不完整", "damaged or incomplete"),
    ("not_pdf", "不是 PDF", "is not a PDF"),
    ("empty", "是空的", "is empty"),
    ("not_report", "不像政府信息公开工作年度报告", "does not look like an annual disclosure report"),
]


@pytest.mark.parametrize(("kind", "zh", "en"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_an_unreadable_pdf_is_refused_with_the_true_reason(own_pdf, tmp_path, kind, zh, en):
    path = _made(kind, own_pdf, tmp_path)
    with pytest.raises(ReportDataError) as refused:
        read_file(path)
    assert zh in str(refused.value)
    if kind in ("scanned", "glyph_codes", "encrypted", "damaged"):
        assert "Word 文件或网页" in str(refused.value)  # and what to import instead
    assert "编码" not in str(refused.value) or kind == "glyph_codes"  # never "save it as UTF-8"
    set_language("en")
    with pytest.raises(ReportDataError) as refused:
        read_file(path)
    assert en in str(refused.value)


@pytest.mark.parametrize(("kind", "zh"), [(r[0], r[1]) for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_the_command_line_says_it_in_one_line_and_creates_nothing(own_pdf, tmp_path, capsys, kind, zh):
    path = _made(kind, own_pdf, tmp_path)
    db = tmp_path / "reports.sqlite"
    assert run(["--db", str(db), "import", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and zh in err and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert not db.exists()


def test_a_pdf_locked_only_against_copying_is_read_and_says_so(own_pdf, tmp_path):
    path = encrypted_pdf(own_pdf, tmp_path / "locked.pdf", user="")
    result = read_file(path)
    assert result.cells_placed == 200
    assert any(note.key == "pdf.restricted" for note in result.notes)


def test_a_pdf_is_never_read_as_text(own_pdf, tmp_path, capsys):
    """The old refusal: the PDF went to the plain-text reader, which called it Big5 or Shift-JIS."""
    db = tmp_path / "reports.sqlite"
    assert run(["--db", str(db), "import", str(own_pdf)]) == 0
    new_id = capsys.readouterr().out.strip()
    assert run(["--db", str(db), "export", new_id, "--format", "json"]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert exported["meta"]["imported_from"] == own_pdf.name
    assert exported["cells"]["t3.r.total.total"] == json.loads(
        (FIXTURES / "docx_report.json").read_text("utf-8"))["cells"]["t3.r.total.total"]
