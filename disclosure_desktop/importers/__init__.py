"""Reads last year's report from the file a clerk has — this program's JSON, plain text, a Word file, a web
page, a published PDF or a submission package — into a Report, saying what it recognised and what it could not
place (spec §10, §11, §12). No widgets here.

`read_file(path)` is the one entry point for the command line and the GUI's review step; it raises
ReportDataError (a message in the UI language) for a file that cannot be read as a report.
"""

from __future__ import annotations

from pathlib import Path

from disclosure_desktop.domain import jsonio, plaintext
from disclosure_desktop.domain.encodings import decode_text
from disclosure_desktop.domain.formats import UnknownFormatError, all_formats
from disclosure_desktop.importers.assemble import import_document
from disclosure_desktop.importers.docx_reader import read_docx
from disclosure_desktop.importers.package import read_package
from disclosure_desktop.importers.result import ImportResult
from disclosure_desktop.importers.source import Source, Step, quiet, read_source
from disclosure_desktop.messages import ReportDataError, message

KINDS = {".docx": "docx", ".html": "html", ".htm": "html", ".pdf": "pdf", ".json": "json", ".txt": "txt",
         ".zip": "package"}


def kind_of(path: Path) -> str | None:
    """"docx", "html", "pdf", "json", "txt" or "package" (a submission package, spec §12) by the file's suffix;
    None for any other file."""
    return KINDS.get(path.suffix.lower())


def read_file(path: Path, text_format: str = "narrative", year: int | None = None,
              step: Step | None = None) -> ImportResult:
    """Read `path` into an ImportResult; `text_format` and `year` only matter for a plain-text file.

    The file is opened and read once, by importers/source.py, within its kind's limit; every reader works on those
    bytes. `step(done, total, what)` is told how far the reading has come and may raise to stop it.
    """
    path = Path(path)
    step = step or quiet
    kind = kind_of(path)
    if kind is None:
        raise ReportDataError("import.unknown_kind", name=path.name, known="、".join(KINDS))
    source = read_source(path, kind, step)
    if kind == "docx":
        document = read_docx(source, step)
    elif kind == "html":
        from disclosure_desktop.importers.html_reader import read_html

        document = read_html(source, step)
    elif kind == "package":  # verified against its manifest before its report is read
        return read_package(source, step).result
    elif kind == "pdf":
        from disclosure_desktop.importers.pdf_reader import read_pdf  # pdfplumber, when a PDF is read

        document = read_pdf(source, step)
    else:
        return _read_data(source, kind, text_format, year)
    step(0, 0, message("import.step.recognising", name=path.name))
    return import_document(document, path.name)


def _read_data(source: Source, kind: str, text_format: str, year: int | None) -> ImportResult:
    """JSON (spec §8) and plain text go through their own readers; the result says only what they hold."""
    # Text saved by Chinese Windows tools is often GBK, or UTF-16 ("Unicode" in Notepad): detected, not assumed
    # (domain/encodings.py), for a JSON file edited by hand as much as for plain text.
    text = decode_text(source.data, source.path)
    if kind == "json":
        report = jsonio.loads(text)
    else:
        try:
            report = plaintext.report_from_text(text, text_format, year)
        except UnknownFormatError:
            raise ReportDataError("json.unknown_format", format=text_format, known="、".join(all_formats())) from None
    result = ImportResult(report, source.name, kind)
    result.headings = {sid: heading for sid, heading in report.printed_sections() if report.text(sid)}
    return result
