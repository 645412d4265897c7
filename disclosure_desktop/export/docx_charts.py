"""The 图解 page at the end of the Word file: each chart as a print-resolution picture with its text alternative,
and its figures written out under it, so that the numbers can be read, copied and found without the picture."""

from __future__ import annotations

import io
from collections.abc import Sequence

from docx.document import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from disclosure_desktop.charts.data import Chart
from disclosure_desktop.charts.draw import WIDTH, chart_height
from disclosure_desktop.charts.faces import chart_faces
from disclosure_desktop.charts.output import PRINT_DPI, PRINT_WIDTH_MM, png_bytes
from disclosure_desktop.export import typesetting as ts
from disclosure_desktop.export.docx_text import add_heading, add_paragraph
from disclosure_desktop.export.docx_xml import add_run, el

__all__ = ["add_charts"]


def add_charts(doc: Document, heading: str, charts: Sequence[Chart]) -> None:
    """The heading on a new page, then every chart: its picture (156 mm wide, the type area) and its figures."""
    if not charts:
        return
    add_heading(doc, heading, 0)
    _page_break_before(doc)
    faces = chart_faces(charts)
    for index, chart in enumerate(charts):
        # Single spacing: an exact 公文 line pitch would cut the picture to one line's height.
        picture = add_paragraph(doc, line="240", line_rule="auto", before=240 if index else 120, jc="center",
                                keep_next=True)
        shape = picture.add_run().add_picture(
            io.BytesIO(png_bytes(chart, PRINT_DPI, faces)), width=Mm(PRINT_WIDTH_MM),
            height=Mm(chart_height(chart) * PRINT_WIDTH_MM / WIDTH))
        shape._inline.docPr.set("descr", chart.alt_text())
        shape._inline.docPr.set("title", chart.title)
        figures = add_paragraph(doc, line="240", line_rule="auto", after=120, jc="both")
        add_run(figures, chart.alt_text(), ts.TABLE_BODY)


def _page_break_before(doc: Document) -> None:
    """The heading just added opens a new page (w:pageBreakBefore, not an empty paragraph with a break in it)."""
    ppr = doc.paragraphs[-1]._p.get_or_add_pPr()
    anchor = ppr.find(qn("w:keepLines"))
    if anchor is None:
        ppr.insert(0, el("w:pageBreakBefore"))
    else:
        anchor.addnext(el("w:pageBreakBefore"))
