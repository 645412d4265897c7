"""The 图解 pages are a choice of the export (dialog and `export --charts`) through the one export workflow, which
also finds last year's report for the chart of this year against last."""

from __future__ import annotations

import subprocess
from pathlib import Path

from disclosure_desktop.domain import jsonio
from tests.helpers.cli import cli
from tests.helpers.paths import FULL_REPORT


def _pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def _exported(capsys, db_path: Path, report_id: str, path: Path) -> Path:
    code, _out, err = cli(capsys, db_path, "export", report_id, "--charts", "-o", str(path))
    assert code == 0, err
    return path


def test_export_charts_adds_the_pages_and_compares_with_last_year(capsys, db_path: Path, tmp_path: Path) -> None:
    this_year = jsonio.loads(FULL_REPORT.read_text("utf-8"))
    last_year = jsonio.loads(FULL_REPORT.read_text("utf-8"))
    last_year.year = this_year.year - 1
    for report, name in ((last_year, "last.json"), (this_year, "this.json")):
        (tmp_path / name).write_text(jsonio.dumps(report), "utf-8")
        code, _out, err = cli(capsys, db_path, "import", str(tmp_path / name))
        assert code == 0, err
    plain, charted = tmp_path / "plain.pdf", tmp_path / "charted.pdf"
    assert "本年与上年" not in _pdf_text(_exported(capsys, db_path, "1", tmp_path / "first.pdf"))  # no year before
    assert cli(capsys, db_path, "export", "2", "-o", str(plain))[0] == 0
    assert cli(capsys, db_path, "export", "2", "--charts", "-o", str(charted))[0] == 0
    plain_pages, charted_pages = _pdf_text(plain).split("\f"), _pdf_text(charted).split("\f")
    extra = charted_pages[len(plain_pages) - 1:]  # the 图解 pages after the report's own
    assert len(charted_pages) > len(plain_pages) and "图解" in extra[0]
    assert "本年与上年" in "".join(extra)  # last year's report found: the chart of this year against last
