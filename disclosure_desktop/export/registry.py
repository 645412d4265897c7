"""Every output format by name, so that the command line and the export dialog offer and write the same ones."""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.limits import clean_text
from disclosure_desktop.domain.report import Report

if TYPE_CHECKING:
    from disclosure_desktop.export.approval_sheet import ApprovalSheet


@dataclass(frozen=True)
class RenderOptions:
    """What the clerk chose beyond the format: each exporter reads the choices that apply to it."""

    pdfa: bool = False  # PDF/A-1b for an archive (PDF only)
    charts: bool = False  # a 图解 page at the end (PDF and Word; the web page always has its 图解 section)
    # Last year's report of the same agency (ReportStore.previous_year), for the 图解's chart of this year against
    # last; without it that chart is left out.
    previous: Report | None = field(default=None, compare=False)


PLAIN = RenderOptions()


def _pdf(report: Report, moment: dt.datetime, options: RenderOptions) -> bytes:
    from disclosure_desktop.export.pdf_export import pdf_bytes

    return pdf_bytes(report, moment, pdfa=options.pdfa, charts=options.charts, previous=options.previous)


def _docx(report: Report, moment: dt.datetime, options: RenderOptions) -> bytes:
    from disclosure_desktop.export.docx_export import docx_bytes

    return docx_bytes(report, moment, charts=options.charts, previous=options.previous)


def _html(report: Report, _moment: dt.datetime, options: RenderOptions) -> bytes:
    from disclosure_desktop.export.html import render_html

    return render_html(report, charts=True, previous=options.previous).encode("utf-8")


def _json(report: Report, _moment: dt.datetime, _options: RenderOptions) -> bytes:
    return jsonio.dumps(report).encode("utf-8")


@dataclass(frozen=True)
class ExportFormat:
    id: str
    suffix: str
    render: Callable[[Report, dt.datetime, RenderOptions], bytes]


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


# Other suffixes a file of a format may have (a web page saved as .htm).
ALSO_SUFFIXES = {".htm": "html"}


def format_for_suffix(suffix: str) -> str | None:
    """The export format a file name's suffix stands for, None when no format writes it."""
    suffix = suffix.lower()
    return next((f.id for f in FORMATS.values() if f.suffix == suffix), ALSO_SUFFIXES.get(suffix))


def printable(report: Report) -> Report:
    """A copy without control characters (older files may hold them): Word refuses them, PDF shows boxes."""
    return replace(
        copy.deepcopy(report),
        agency=clean_text(report.agency),
        title=clean_text(report.title),
        meta={k: clean_text(v) for k, v in report.meta.items()},
        sections={k: clean_text(v) for k, v in report.sections.items()},
        headings={k: clean_text(v) for k, v in report.headings.items()},
        cells={cid: replace(cell, value=clean_text(cell.value)) for cid, cell in report.cells.items()},
    )


def render(report: Report, format_id: str, *, moment: dt.datetime | None = None,
           sheet: ApprovalSheet | None = None, options: RenderOptions = PLAIN) -> bytes:
    """The exported file's bytes; an export reads the report and never changes a number in it.

    `moment` is the date written inside PDF and Word files (now when None): the same report at the same moment
    gives the same bytes, which is what makes a signed version's export reproducible. `sheet`: the 签发单 in front
    of a signed version's pages, which only a PDF has.
    """
    moment = (moment or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    if sheet is not None:
        if format_id != "pdf":
            raise ValueError("only a PDF has an approval sheet")
        from disclosure_desktop.export.pdf_export import pdf_bytes

        return pdf_bytes(printable(report), moment, sheet, pdfa=options.pdfa, charts=options.charts,
                         previous=options.previous)
    return FORMATS[format_id].render(printable(report), moment, options)


def suggested_name(report: Report, format_id: str) -> str:
    """File name from the agency and the year, as the report's title reads, without characters files refuse."""
    return file_stem(report.display_title) + FORMATS[format_id].suffix


def file_stem(title: str) -> str:
    """A title as a file name (without its suffix): the characters file systems refuse become _."""
    for bad in '\\/:*?"<>|':
        title = title.replace(bad, "_")
    return title.strip()
