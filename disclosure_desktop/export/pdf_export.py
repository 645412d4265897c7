"""The report as a PDF on GB/T 9704 pages (spec §6); the same pages feed print, print preview and the live preview.

The print HTML (resources/templates/print.html.j2) is laid out in QTextDocuments the size of the type area on a
fixed-resolution device (export/pagination.py moves the page breaks), then painted page by page into the type
area of an A4 page with zero margins, with `— N —` drawn 7 mm under the type area. A landscape table's pages are
painted turned a quarter left on the portrait sheet, its top at the binding edge and the page number where every
page has it (GB/T 9704 §10). In a PDF file such a sheet is a landscape page, turned back a quarter so the table
reads upright on screen as in the Word file's landscape section, its page number along the left edge where the
sheet's foot is; a printer gets the portrait sheet itself. QtGui only (QPdfWriter, QPagedPaintDevice): the CLI
uses it headless.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt, QUuid
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPainter,
    QPdfWriter,
)

from disclosure_desktop.charts.data import light_context, report_charts
from disclosure_desktop.charts.pages import ChartPages, lay_out_chart_pages
from disclosure_desktop.charts.spec import chart_book
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.textblocks import TextBlock
from disclosure_desktop.export import typesetting as ts
from disclosure_desktop.export.approval_sheet import ApprovalSheet
from disclosure_desktop.export.context import ReportContext, build_context
from disclosure_desktop.export.fonts import FontPlan, ensure_gui_application, font_plan, role_texts
from disclosure_desktop.export.html import environment
from disclosure_desktop.export.pagination import PageRun, lay_out_steps, runs_of
from disclosure_desktop.export.pdfa import xmp_packet
from disclosure_desktop.export.print_html import (
    LAYOUT_DPI,
    a4_zero_margins,
    families,
    layout_device,
    mm_px,
    pt_px,
    sizes,
)
from disclosure_desktop.export.steps import Steps, finish

__all__ = [
    "LAYOUT_DPI",
    "PRINT_TEMPLATE",
    "PaintedReport",
    "PrintedPages",
    "paint_report",
    "printed_pages",
    "printed_pages_steps",
    "render_print_html",
]

PRINT_TEMPLATE = "print.html.j2"


def render_print_html(context: ReportContext, plan: FontPlan, run: int | None = None) -> str:
    """The print HTML of the whole report, or of one run of pages (see pagination.runs_of)."""
    runs = runs_of(context)
    chosen = runs if run is None else [runs[run]]
    return environment().get_template(PRINT_TEMPLATE).render(
        r=context, parts=[s for r in chosen for s in r.sections], first=chosen[0].first, last=chosen[-1].last,
        px=sizes(), f=families(plan),
    )


def _headings(context: ReportContext) -> set[str]:
    """The texts of the blocks that must stay with what follows them."""
    out = {s.heading for s in context.sections}

    def sub(blocks: tuple[TextBlock, ...]) -> None:
        out.update(b.heading for b in blocks if b.is_heading and not b.body)

    sub(context.preamble)
    for section in context.sections:
        sub(section.blocks)
    return out


@dataclass
class PrintedPages:
    """Every page of a report, laid out once; paint_page draws one of them on a painter set up by the caller."""

    context: ReportContext | None  # None for pages that are no report's (the 问题明细清单)
    plan: FontPlan
    runs: list[PageRun]
    htmls: list[str]
    # Unnumbered pages in front of the report's (the 签发单): the report's own pages still count from 1.
    front: int = 0
    # The 图解 pages after the report's last page (charts/pages.py), numbered on from it.
    charts: ChartPages | None = None
    # What the layout was made with, for a next layout that reuses it (printed_pages_steps' `earlier`): the
    # texts kept with what follows them, and last year's report with its figures.
    keep_with_next: frozenset[str] = frozenset()
    last_year: tuple[Report, ReportContext] | None = None

    @property
    def text_pages(self) -> int:
        return sum(r.pages for r in self.runs)

    @property
    def count(self) -> int:
        return self.text_pages + (len(self.charts) if self.charts is not None else 0)

    def turned(self, number: int) -> bool:
        """Whether page `number` (0-based) holds a landscape table, turned on its portrait sheet."""
        if number >= self.text_pages:
            return False
        return self.locate(number)[0].landscape

    def locate(self, number: int) -> tuple[PageRun, int]:
        """(run, page index in it) of page `number` (0-based)."""
        for run in self.runs:
            if number < run.pages:
                return run, number
            number -= run.pages
        raise IndexError(number)

    def page_of(self, text: str) -> tuple[int, float] | None:
        """(page, y in mm from the sheet's top) of the first block starting with `text`, for the preview."""
        first = 0
        for run in self.runs:
            block = run.document.begin()
            while block.isValid():
                if block.text().strip().startswith(text):
                    top = run.document.documentLayout().blockBoundingRect(block).top()
                    page = int(top // run.page_height)
                    y = ts.MARGIN_TOP_MM + (0 if run.landscape else (top - page * run.page_height) / mm_px(1))
                    return first + page, y
                block = block.next()
            first += run.pages
        return None

    def plain_text(self) -> str:
        text = "\n".join(run.document.toPlainText() for run in self.runs)
        return text + ("\n" + self.charts.plain_text() if self.charts is not None else "")

    def paint_page(self, painter: QPainter, number: int) -> None:
        """Page `number` (0-based) on a painter whose unit is one LAYOUT_DPI pixel at the sheet's top-left."""
        if self.charts is not None and number >= self.text_pages:
            self.charts.paint(painter, number - self.text_pages, mm_px(1))
            self._page_number(painter, number + 1 - self.front)
            return
        run, index = self.locate(number)
        painter.save()
        if run.landscape:
            # The landscape type area turned a quarter left: its top along the sheet's left (binding) margin.
            painter.translate(mm_px(ts.MARGIN_LEFT_MM), mm_px(ts.MARGIN_TOP_MM + ts.TYPE_AREA_HEIGHT_MM))
            painter.rotate(-90)
        else:
            painter.translate(mm_px(ts.MARGIN_LEFT_MM), mm_px(ts.MARGIN_TOP_MM))
        clip = QRectF(0, index * run.page_height, run.page_width, run.page_height)
        painter.translate(0, -index * run.page_height)
        painter.setClipRect(clip)
        paint = QAbstractTextDocumentLayout.PaintContext()
        paint.clip = clip
        run.document.documentLayout().draw(painter, paint)
        painter.restore()
        if number >= self.front:
            self._page_number(painter, number + 1 - self.front)

    def _page_number(self, painter: QPainter, n: int) -> None:
        """4号 宋体 `— N —`, centred, its line starting 7 mm under the type area. The dashes and the digits are
        placed half an em apart rather than joined by spaces: a face's narrow space makes PDF readers drop it."""
        font = QFont(self.plan.family("table"))
        font.setPixelSize(round(pt_px(ts.PAGE_NUMBER.size_pt)))
        painter.save()
        painter.setFont(font)
        metrics = QFontMetricsF(font)  # a pixel-sized font: its advances are layout pixels on any device
        before, after = (part.strip() for part in ts.PAGE_NUMBER_TEMPLATE.split("{n}"))
        pieces = [before, str(n), after]
        widths = [metrics.horizontalAdvance(p) for p in pieces]
        gap = pt_px(ts.PAGE_NUMBER.size_pt) / 2
        total = sum(widths) + gap * (len(pieces) - 1)
        x = mm_px(ts.MARGIN_LEFT_MM) + (mm_px(ts.TYPE_AREA_WIDTH_MM) - total) / 2
        top = mm_px(ts.MARGIN_TOP_MM + ts.TYPE_AREA_HEIGHT_MM + ts.PAGE_NUMBER_GAP_MM)
        height = pt_px(ts.PAGE_NUMBER.size_pt) * 1.5
        for piece, width in zip(pieces, widths, strict=True):
            painter.drawText(QRectF(x, top, width + 1, height), int(Qt.AlignmentFlag.AlignLeft
                                                                     | Qt.AlignmentFlag.AlignTop), piece)
            x += width + gap
        painter.restore()


def printed_pages(report: Report, sheet: ApprovalSheet | None = None, *, charts: bool = False,
                  previous: Report | None = None) -> PrintedPages:
    """Lay out every page of `report` (≈ 0.1–0.3 s for a full report), after the approval sheet's if one is given;
    with `charts`, the 图解 pages at the end (this year against last when last year's report is `previous`)."""
    return finish(printed_pages_steps(report, sheet, charts=charts, previous=previous))


def printed_pages_steps(report: Report, sheet: ApprovalSheet | None = None, *, charts: bool = False,
                        previous: Report | None = None, earlier: PrintedPages | None = None) -> Steps[PrintedPages]:
    """`printed_pages` in pieces of a few to ≈ 15 ms (the live preview's, between the window's events). `earlier`:
    pages laid out a moment ago, whose runs are taken as they are where the print HTML is the same — a keystroke
    changes one run, and laying a run out is most of the time."""
    ensure_gui_application()
    plan = font_plan(role_texts(report))
    context = build_context(report)
    headings = frozenset(_headings(context))
    kept = _laid_out(earlier, plan, headings)
    runs, htmls = [], []
    for index, run in enumerate(runs_of(context)):
        yield
        html = render_print_html(context, plan, index)
        htmls.append(html)
        same = kept.get((html, run.landscape))
        runs.append(same if same is not None else
                    (yield from lay_out_steps(html, layout_device(), LAYOUT_DPI, plan, run.landscape, headings)))
    yield
    last_year = _last_year(previous, earlier) if charts else None
    chart_pages = _chart_pages(context, last_year) if charts else None
    pages = PrintedPages(context, plan, runs, htmls, charts=chart_pages, keep_with_next=headings, last_year=last_year)
    if sheet is None:
        return pages
    front = sheet.lay_out(pages.count)  # the sheet states the report's page count: laid out after the report
    return PrintedPages(context, plan, [front, *runs], [sheet.html(pages.count), *htmls], front.pages, chart_pages,
                        headings, last_year)


def _laid_out(earlier: PrintedPages | None, plan: FontPlan,
              headings: frozenset[str]) -> dict[tuple[str, bool], PageRun]:
    """The runs of `earlier` by (print HTML, landscape), when they were laid out as a run is now."""
    if earlier is None or earlier.front or earlier.plan != plan or earlier.keep_with_next != headings:
        return {}
    return {(html, run.landscape): run for html, run in zip(earlier.htmls, earlier.runs, strict=True)}


def _last_year(previous: Report | None, earlier: PrintedPages | None) -> tuple[Report, ReportContext] | None:
    """Last year's report with its figures — those of `earlier` when it was laid out against the same report (the
    stored one, never edited)."""
    if previous is None:
        return None
    if earlier is not None and earlier.last_year is not None and earlier.last_year[0] is previous:
        return earlier.last_year
    return previous, light_context(previous)


def _chart_pages(context: ReportContext, last_year: tuple[Report, ReportContext] | None) -> ChartPages | None:
    book = chart_book(context.format_id)
    if book is None:
        return None
    return lay_out_chart_pages(report_charts(context, last_year[1] if last_year else None), book.heading)


@dataclass(frozen=True)
class PaintedReport:
    pages: int


def paint_report(report: Report, device: QPagedPaintDevice, sheet: ApprovalSheet | None = None, *,
                 charts: bool = False, previous: Report | None = None) -> PaintedReport:
    """Paint every page of the report (after the approval sheet's, before the 图解's with `charts`) on a QPdfWriter
    or QPrinter (A4, zero margins); returns the page count."""
    pages = printed_pages(report, sheet, charts=charts, previous=previous)
    # A PDF shows a landscape table's sheet as a landscape page; a printer (and its preview) gets the sheet.
    upright = isinstance(device, QPdfWriter)
    landscape = [upright and pages.turned(n) for n in range(pages.count)]
    a4_zero_margins(device, landscape=bool(landscape and landscape[0]))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the output device")
    try:
        painter.scale(device.logicalDpiX() / LAYOUT_DPI, device.logicalDpiY() / LAYOUT_DPI)
        for number in range(pages.count):
            if number:
                if landscape[number] != landscape[number - 1]:
                    a4_zero_margins(device, landscape=landscape[number])  # applies to the page begun next
                device.newPage()
            painter.save()
            if landscape[number]:
                # The portrait sheet turned a quarter right: its left (binding) edge at the top, its foot at the
                # left — the table upright, the page number where the bound sheet has it.
                painter.translate(mm_px(ts.PAGE_HEIGHT_MM), 0)
                painter.rotate(90)
            pages.paint_page(painter, number)
            painter.restore()
    finally:
        painter.end()
    return PaintedReport(pages.count)


def pdf_bytes(report: Report, moment: dt.datetime | None = None, sheet: ApprovalSheet | None = None, *,
              pdfa: bool = False, charts: bool = False, previous: Report | None = None) -> bytes:
    """The PDF's bytes (the approval sheet first, if given; the 图解 pages last with `charts`); with `moment`, the
    same report always gives the same bytes. `pdfa`: PDF/A-1b for an archive — the same pages, every font embedded,
    the XMP packet of export.pdfa."""
    ensure_gui_application()
    if pdfa and moment is None:  # the XMP packet and the information dictionary must state one date
        moment = dt.datetime.now(dt.UTC).replace(microsecond=0)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(LAYOUT_DPI)
    writer.setTitle(report.display_title)
    writer.setCreator("disclosure_desktop")
    if moment is not None:
        writer.setDocumentId(QUuid.fromRfc4122(hashlib.sha256(
            f"{report.display_title}|{moment.isoformat()}".encode()).digest()[:16]))
    if pdfa:
        assert moment is not None
        writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
        writer.setAuthor(report.agency)
        writer.setDocumentXmpMetadata(QByteArray(xmp_packet(report, moment, writer.documentId())))
    paint_report(report, writer, sheet, charts=charts, previous=previous)
    del writer  # the writer finishes the file when the painter ends; drop it before reading the buffer
    buffer.close()
    pdf = bytes(data.data())
    return pdf if moment is None else _dated(pdf, moment)


def _dated(pdf: bytes, moment: dt.datetime) -> bytes:
    """Qt writes the clock into the info dictionary and the XMP packet; put the document's own date there.

    Each replacement keeps the length and layout of what it replaces (a zone offset becomes +00'00'), so the
    cross-reference offsets and stream lengths stay right.
    """
    utc = moment.astimezone(dt.UTC)
    info, xmp = utc.strftime("%Y%m%d%H%M%S").encode(), utc.strftime("%Y-%m-%dT%H:%M:%S").encode()

    def zone(found: bytes) -> bytes:
        return found if found == b"Z" else b"+" + re.sub(rb"\d", b"0", found[1:])

    pdf = re.sub(rb"\(D:\d{14}(Z|[+-]\d\d'\d\d'?)\)", lambda m: b"(D:" + info + zone(m.group(1)) + b")", pdf)
    return re.sub(rb"(xmp:(?:CreateDate|ModifyDate|MetadataDate)=\")\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(Z|[+-]\d\d:\d\d)",
                  lambda m: m.group(1) + xmp + zone(m.group(2)), pdf)
