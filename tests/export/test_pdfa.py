"""`export … --format pdf --pdfa` and the export dialog's PDF/A choice write PDF/A-1b: declared in the XMP packet
with the title, the agency and the year, every font embedded, an sRGB output intent — and the pages are the plain
PDF's pages (the same text, drawn the same)."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import QPoint, Qt

from disclosure_desktop.cli.main import run
from disclosure_desktop.export import registry
from disclosure_desktop.gui.dialogs.export import ExportDialog
from disclosure_desktop.workflows.example_report import example_report
from tests.helpers.dialogs import export_through_workflow

DC = "{http://purl.org/dc/elements/1.1/}"


def fonts_of(path: Path) -> list[tuple[str, str]]:
    """(name, emb) of each font `pdffonts` lists."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = out.splitlines()[2:]
    return [(row.split()[0], re.split(r"\s{1,}", row)[-5]) for row in rows if row.strip()]


def text_of(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True,
                          text=True).stdout


def assert_pdfa(path: Path, report) -> None:
    with pikepdf.open(path) as pdf:
        meta = pdf.open_metadata()
        assert meta.pdfa_status == "1B"
        assert meta[f"{DC}title"] == report.display_title
        assert meta[f"{DC}creator"] == [report.agency]
        assert meta[f"{DC}coverage"] == str(report.year)
        # PDF/A-1: the information dictionary says what the XMP says.
        assert str(pdf.docinfo["/Title"]) == report.display_title
        assert str(pdf.docinfo["/Author"]) == report.agency
        assert str(pdf.Root.OutputIntents[0].S) == "/GTS_PDFA1"
    fonts = fonts_of(path)
    assert fonts and all(emb == "yes" for _, emb in fonts), fonts


def _database_with_the_example(tmp_path: Path, capsys) -> tuple[Path, str]:
    from disclosure_desktop.domain import jsonio

    source = tmp_path / "example.json"
    source.write_text(jsonio.dumps(example_report()), "utf-8")
    db = tmp_path / "reports.sqlite"
    assert run(["--db", str(db), "import", str(source)]) == 0
    return db, capsys.readouterr().out.strip()


def test_export_pdfa_on_the_command_line(tmp_path, capsys):
    db, report_id = _database_with_the_example(tmp_path, capsys)
    archived, plain = tmp_path / "归档.pdf", tmp_path / "plain.pdf"
    assert run(["--db", str(db), "export", report_id, "--format", "pdf", "--pdfa", "-o", str(archived)]) == 0
    assert run(["--db", str(db), "export", report_id, "-o", str(plain)]) == 0
    assert capsys.readouterr() == ("", "")
    report = example_report()
    assert_pdfa(archived, report)
    with pikepdf.open(plain) as pdf:
        assert pdf.open_metadata().pdfa_status == ""  # the plain PDF stays plain
    assert text_of(archived) == text_of(plain)
    assert len(pikepdf.open(archived).pages) == len(pikepdf.open(plain).pages)


def test_pdfa_pages_are_drawn_as_the_plain_pdf(tmp_path):
    report = example_report()
    moment = dt.datetime(2026, 1, 23, 8, tzinfo=dt.UTC)
    pages = {}
    for name, options in (("a", registry.RenderOptions(pdfa=True)), ("p", registry.PLAIN)):
        path = tmp_path / f"{name}.pdf"
        path.write_bytes(registry.render(report, "pdf", moment=moment, options=options))
        subprocess.run(["pdftoppm", "-png", "-r", "40", str(path), str(tmp_path / name)], check=True)
        pages[name] = sorted(tmp_path.glob(f"{name}-*.png"))
    assert len(pages["a"]) == len(pages["p"]) >= 4
    for archived, plain in zip(pages["a"], pages["p"], strict=True):
        assert archived.read_bytes() == plain.read_bytes(), archived.name


def test_a_pdfa_export_is_the_same_bytes_for_the_same_moment(tmp_path):
    report = example_report()
    moment = dt.datetime(2026, 1, 23, 8, tzinfo=dt.UTC)
    options = registry.RenderOptions(pdfa=True)
    first = registry.render(report, "pdf", moment=moment, options=options)
    assert first == registry.render(report, "pdf", moment=moment, options=options)
    assert b"2026-01-23T08:00:00" in first and b"D:20260123080000" in first


@pytest.mark.parametrize("export_format", ["docx", "html", "json"])
def test_pdfa_with_another_format_is_refused(tmp_path, capsys, export_format):
    db, report_id = _database_with_the_example(tmp_path, capsys)
    target = tmp_path / f"x.{export_format}"
    assert run(["--db", str(db), "export", report_id, "--format", export_format, "--pdfa", "-o", str(target)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "--pdfa" in err and len(err.strip().splitlines()) == 1 and not target.exists()


def test_the_export_dialog_offers_pdfa_for_a_pdf_only(qtbot, tmp_path, db_path):
    report = example_report()
    dialog = ExportDialog(report, [])
    export_through_workflow(dialog, db_path, report)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    docx_button = next(b for b in dialog.format_buttons.buttons() if b.objectName() == "format_docx")
    qtbot.mouseClick(docx_button, Qt.MouseButton.LeftButton, pos=QPoint(8, docx_button.height() // 2))
    assert not dialog.pdfa.isEnabled()
    pdf_button = next(b for b in dialog.format_buttons.buttons() if b.objectName() == "format_pdf")
    qtbot.mouseClick(pdf_button, Qt.MouseButton.LeftButton, pos=QPoint(8, pdf_button.height() // 2))
    assert dialog.pdfa.isEnabled()
    qtbot.mouseClick(dialog.pdfa, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.pdfa.height() // 2))
    assert dialog.pdfa.isChecked()
    target = tmp_path / "archive.pdf"
    dialog.path_edit.selectAll()
    qtbot.keyClicks(dialog.path_edit, str(target))
    dialog.open_folder.setChecked(False)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.exported_to == target
    assert_pdfa(target, report)
