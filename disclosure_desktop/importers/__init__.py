"""Reads last year's report from the file a clerk has — this program's JSON, plain text, a Word file, a web
page or a published PDF — into a Report, saying what it recognised and what it could not place (spec §10, §11).
No widgets here.

`read_file(path)` is the one entry point for the command line and the GUI's review step; it raises
ReportDataError (a message in the UI language) for a file that cannot be read as a report.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from disclosure_desktop.messages import ReportDataError

if TYPE_CHECKING:
    from disclosure_desktop.importers.result import ImportResult

KINDS = {".docx": "docx", ".html": "html", ".htm": "html", ".pdf": "pdf", ".json": "json", ".txt": "txt"}
MAX_DATA_BYTES = 10 * 1024 * 1024


def kind_of(path: Path) -> str | None:
    """"docx", "html", "pdf", "json" or "txt" by the file's suffix; None for any other file."""
    return KINDS.get(path.suffix.lower())


def read_file(path: Path, text_format: str = "narrative", year: int | None = None) -> ImportResult:
    """Read `path` into an ImportResult; `text_format` and `year` only matter for a plain-text file."""
    path = Path(path)
    kind = kind_of(path)
    if kind is None:
        raise ReportDataError("import.unknown_kind", name=path.name, known="、".join(KINDS))
    try:
        if not path.is_file():
            raise ReportDataError("import.not_a_file", name=str(path))
        if kind == "docx":
            from disclosure_desktop.importers.assemble import import_document
            from disclosure_desktop.importers.docx_reader import read_docx

            return import_document(read_docx(path), path.name)
        if kind == "html":
            from disclosure_desktop.importers.assemble import import_document
            from disclosure_desktop.importers.html_reader import read_html

            return import_document(read_html(path), path.name)
        if kind == "pdf":
            from disclosure_desktop.importers.assemble import import_document
            from disclosure_desktop.importers.pdf_reader import read_pdf

            return import_document(read_pdf(path), path.name)
        return _read_data(path, kind, text_format, year)
    except OSError as error:
        raise ReportDataError("cli.file_unreadable", path=path, detail=error.strerror or error) from None


def _read_data(path: Path, kind: str, text_format: str, year: int | None) -> ImportResult:
    """JSON (spec §8) and plain text go through their own readers; the result says only what they hold."""
    from disclosure_desktop.domain import jsonio, plaintext
    from disclosure_desktop.importers.result import ImportResult

    size = path.stat().st_size
    if size > MAX_DATA_BYTES:
        raise ReportDataError("import.file_too_large", name=path.name, size=f"{size / 1048576:.1f}",
                              limit=MAX_DATA_BYTES // 1048576)
    data = path.read_bytes()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        if kind == "json":
            raise ReportDataError("cli.file_unreadable", path=path, detail="UTF-8") from None
        # Text saved by Chinese Windows tools is often GBK; GB18030 is its superset.
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError as error:
            raise ReportDataError("cli.file_unreadable", path=path, detail=error.reason) from None
    report = jsonio.loads(text) if kind == "json" else plaintext.report_from_text(text, text_format, year)
    result = ImportResult(report, path.name, kind)
    result.headings = {sid: heading for sid, heading in report.printed_sections() if report.text(sid)}
    return result
