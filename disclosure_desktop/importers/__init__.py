"""Reads last year's report from the file a clerk has — this program's JSON, plain text, a Word file, a web
page, a published PDF or a submission package — into a Report, saying what it recognised and what it could not
place (spec §10, §11, §12). No widgets here.

`read_file(path)` is the one entry point for the command line and the GUI's review step; it raises
ReportDataError (a message in the UI language) for a file that cannot be read as a report.
"""

from __future__ import annotations

import stat
from pathlib import Path
from typing import TYPE_CHECKING

from disclosure_desktop.domain import jsonio, plaintext
from disclosure_desktop.domain.encodings import decode_text
from disclosure_desktop.domain.formats import UnknownFormatError, all_formats
from disclosure_desktop.domain.limits import check_file_size
from disclosure_desktop.importers.assemble import import_document
from disclosure_desktop.importers.docx_reader import read_docx
from disclosure_desktop.importers.package import read_package
from disclosure_desktop.importers.result import ImportResult
from disclosure_desktop.messages import ReportDataError, os_error_text

if TYPE_CHECKING:
    from disclosure_desktop.importers.result import ImportResult

KINDS = {".docx": "docx", ".html": "html", ".htm": "html", ".pdf": "pdf", ".json": "json", ".txt": "txt",
         ".zip": "package"}


def kind_of(path: Path) -> str | None:
    """"docx", "html", "pdf", "json", "txt" or "package" (a submission package, spec §12) by the file's suffix;
    None for any other file."""
    return KINDS.get(path.suffix.lower())


def read_file(path: Path, text_format: str = "narrative", year: int | None = None) -> ImportResult:
    """Read `path` into an ImportResult; `text_format` and `year` only matter for a plain-text file."""
    path = Path(path)
    kind = kind_of(path)
    if kind is None:
        raise ReportDataError("import.unknown_kind", name=path.name, known="、".join(KINDS))
    try:
        if not stat.S_ISREG(path.stat().st_mode):  # a folder, a device, a pipe: nothing a report is read from
            raise ReportDataError("import.not_a_file", name=str(path))
        if kind == "docx":
            return import_document(read_docx(path), path.name)
        if kind == "html":
            from disclosure_desktop.importers.html_reader import read_html

            return import_document(read_html(path), path.name)
        if kind == "package":  # verified against its manifest before its report is read
            return read_package(path).result
        if kind == "pdf":
            from disclosure_desktop.importers.pdf_reader import read_pdf  # pdfplumber, when a PDF is read

            return import_document(read_pdf(path), path.name)
        return _read_data(path, kind, text_format, year)
    except OSError as error:
        raise ReportDataError("cli.file_unreadable", path=path, detail=os_error_text(error)) from None


def _read_data(path: Path, kind: str, text_format: str, year: int | None) -> ImportResult:
    """JSON (spec §8) and plain text go through their own readers; the result says only what they hold."""

    # Measured before reading: a 50 MB file made every later start hang.
    check_file_size(path.stat().st_size, path.suffix, path)
    data = path.read_bytes()
    if kind == "json":
        try:
            report = jsonio.loads(data.decode("utf-8-sig"))
        except UnicodeDecodeError:
            raise ReportDataError("cli.file_unreadable", path=path, detail="UTF-8") from None
    else:
        # Text saved by Chinese Windows tools is often GBK: detected, not assumed (domain/encodings.py).
        try:
            report = plaintext.report_from_text(decode_text(data, path), text_format, year)
        except UnknownFormatError:
            raise ReportDataError("json.unknown_format", format=text_format, known="、".join(all_formats())) from None
    result = ImportResult(report, path.name, kind)
    result.headings = {sid: heading for sid, heading in report.printed_sections() if report.text(sid)}
    return result
