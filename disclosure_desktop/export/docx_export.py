"""Writes a report as a GB/T 9704 Word document that Word, WPS and LibreOffice open and lay out alike."""

from __future__ import annotations

import datetime as dt
import io
import zipfile

import docx
from docx.document import Document

from disclosure_desktop.charts.data import light_context, report_charts
from disclosure_desktop.charts.spec import chart_book
from disclosure_desktop.domain.report import Report
from disclosure_desktop.export import embedded_meta
from disclosure_desktop.export.context import ReportContext, build_context
from disclosure_desktop.export.docx_charts import add_charts
from disclosure_desktop.export.docx_styles import (
    setup_page,
    setup_properties,
    setup_settings,
    setup_styles,
    start_section,
)
from disclosure_desktop.export.docx_tables import add_table
from disclosure_desktop.export.docx_text import add_blocks, add_closing, add_heading, add_paragraph, add_title
from disclosure_desktop.export.docx_turned import number_at_the_foot, turn_page_number


def build_document(
    report: Report, moment: dt.datetime | None = None, context: ReportContext | None = None, *,
    charts: bool = False, previous: Report | None = None,
) -> Document:
    """The report as a python-docx document: title, preamble, the printed sections with their tables, signature;
    with `charts`, the 图解 page after it (this year against last when last year's report is `previous`)."""
    context = context or build_context(report)
    doc = docx.Document()
    setup_styles(doc)
    setup_settings(doc)
    setup_page(doc)
    setup_properties(doc, report, moment)
    embedded_meta.add_to_docx(doc, report)
    # The template's body holds only the section properties: start from that.
    add_title(doc, list(context.title_lines))
    add_blocks(doc, context.preamble)
    for index, section in enumerate(context.sections):
        landscape = section.table is not None and section.table.landscape
        if landscape:
            start_section(doc, landscape=True)
            turn_page_number(doc, doc.sections[-1])
        add_heading(doc, section.heading, 0)
        add_blocks(doc, section.blocks)
        if section.table is not None:
            add_table(doc, section.table)
            if landscape and index < len(context.sections) - 1:
                start_section(doc, landscape=False)
                number_at_the_foot(doc.sections[-1])
            else:
                # A little air between a table and the next part, without an empty paragraph to edit around.
                add_paragraph(doc, line="240", line_rule="auto", first_line_chars=0)
    add_closing(doc, list(context.closing))
    if charts:
        _add_charts(doc, context, previous)
    return doc


def _add_charts(doc: Document, context: ReportContext, previous: Report | None) -> None:
    book = chart_book(context.format_id)
    if book is not None:
        add_charts(doc, book.heading, report_charts(context, light_context(previous) if previous else None))


def docx_bytes(report: Report, moment: dt.datetime | None = None, *, charts: bool = False,
               previous: Report | None = None) -> bytes:
    """The .docx file's bytes (with the 图解 page if `charts`); with `moment`, the same report always gives the
    same bytes."""
    buffer = io.BytesIO()
    build_document(report, moment, charts=charts, previous=previous).save(buffer)
    if moment is None:
        return buffer.getvalue()
    return _zip_dated(buffer.getvalue(), moment)


def _zip_dated(data: bytes, moment: dt.datetime) -> bytes:
    # python-docx stamps every zip entry with the clock; the document's own date makes the file reproducible.
    stamp = moment.astimezone(dt.UTC).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            entry = zipfile.ZipInfo(item.filename, date_time=stamp)
            entry.compress_type, entry.external_attr = item.compress_type, item.external_attr
            target.writestr(entry, source.read(item.filename))
    return out.getvalue()
