"""Every output format by name, so that the command line and the export dialog offer and write the same ones."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from disclosure_desktop.domain.report import Report


def _pdf(report: Report) -> bytes:
    from disclosure_desktop.export.pdf_export import pdf_bytes

    return pdf_bytes(report)


def _docx(report: Report) -> bytes:
    from disclosure_desktop.export.docx_export import docx_bytes

    return docx_bytes(report)


def _html(report: Report) -> bytes:
    from disclosure_desktop.export.html import render_html

    return render_html(report).encode("utf-8")


def _json(report: Report) -> bytes:
    from disclosure_desktop.domain import jsonio

    return jsonio.dumps(report).encode("utf-8")


@dataclass(frozen=True)
class ExportFormat:
    id: str
    suffix: str
    render: Callable[[Report], bytes]


# In the order the export dialog offers them: print and sign, send to the superior office, publish, exchange.
FORMATS: dict[str, ExportFormat] = {
    f.id: f
    for f in (
        ExportFormat("pdf", ".pdf", _pdf),
        ExportFormat("docx", ".docx", _docx),
        ExportFormat("html", ".html", _html),
        ExportFormat("json", ".json", _json),
    )
}


def render(report: Report, format_id: str) -> bytes:
    """The exported file's bytes; an export reads the report and never changes a number in it."""
    return FORMATS[format_id].render(report)


def suggested_name(report: Report, format_id: str) -> str:
    """File name from the agency and the year, as the report's title reads, without characters files refuse."""
    stem = report.display_title
    for bad in '\\/:*?"<>|':
        stem = stem.replace(bad, "_")
    return stem.strip() + FORMATS[format_id].suffix
