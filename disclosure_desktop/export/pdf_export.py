"""The report as a PDF on GB/T 9704 pages (spec §6); the same painting feeds the print preview.

The print HTML (resources/templates/print.html.j2) is laid out in a QTextDocument the size of the type area on a
fixed-resolution device, then painted page by page into the type area of an A4 page with zero margins, with
`— N —` drawn 7 mm under the type area. QtGui only (QPdfWriter, QPagedPaintDevice): the CLI uses it headless.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUuid
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
)

from disclosure_desktop.domain.report import Report
from disclosure_desktop.export import typesetting as ts
from disclosure_desktop.export.atomic_file import write_atomically
from disclosure_desktop.export.context import ReportContext, build_context
from disclosure_desktop.export.fonts import FontPlan, ensure_gui_application, font_plan
from disclosure_desktop.export.html import _environment

__all__ = ["LAYOUT_DPI", "PRINT_TEMPLATE", "PaintedReport", "export_pdf", "paint_report", "render_print_html"]

PRINT_TEMPLATE = "print.html.j2"
# Pixels per inch of the layout device: 4 px a point, fine enough that rounding never shows.
LAYOUT_DPI = 288
# Tighter than the Word tables' 1 mm: table 3 must fit on one page, since Qt draws a cell that spans rows across
# a page break over the repeated header rows.
CELL_PADDING_MM = 0.5
_MM_PER_INCH = 25.4
_PT_PER_INCH = 72.0


def mm_px(mm: float) -> float:
    return mm / _MM_PER_INCH * LAYOUT_DPI


def pt_px(pt: float) -> float:
    return pt / _PT_PER_INCH * LAYOUT_DPI


def css_px(pt: float) -> float:
    """Qt scales CSS lengths of line heights, margins, paddings and borders by device dpi / 96 (CSS px)."""
    return pt / _PT_PER_INCH * 96


def _sizes() -> dict[str, float]:
    return {
        "line": round(css_px(ts.LINE_PITCH_PT), 2),
        "title_line": round(css_px(ts.LINE_PITCH_PT * 1.25), 2),
        # text-indent alone is taken in layout-device pixels
        "indent": round(pt_px(ts.BODY.size_pt * ts.FIRST_LINE_INDENT_CHARS)),
        "indent_css": round(css_px(ts.BODY.size_pt * ts.SIGNATURE_RIGHT_INDENT_CHARS), 2),
        "cell_pad": round(css_px(CELL_PADDING_MM / _MM_PER_INCH * _PT_PER_INCH), 2),
        "rule": round(css_px(ts.TABLE_BORDER_EIGHTHS_PT / 8), 2),
        "table_gap": round(css_px(ts.LINE_PITCH_PT / 2), 2),
    }


_UNSAFE_FAMILY = re.compile(r"[\"'<>&;{}\\]")


def _families(plan: FontPlan) -> dict[str, str]:
    # A family name goes into the style sheet: keep only characters that cannot close the string or the rule.
    return {role: _UNSAFE_FAMILY.sub("", font.used) for role, font in plan.items()}


def render_print_html(context: ReportContext, plan: FontPlan) -> str:
    return _environment().get_template(PRINT_TEMPLATE).render(r=context, px=_sizes(), f=_families(plan))


_layout_buffer: QBuffer | None = None
_layout_writer: QPdfWriter | None = None


def _layout_device() -> QPdfWriter:
    """A never-painted PDF writer at LAYOUT_DPI: the document's metrics are those of the PDF engine."""
    global _layout_buffer, _layout_writer
    if _layout_writer is None:
        _layout_buffer = QBuffer()
        _layout_buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        _layout_writer = QPdfWriter(_layout_buffer)
        _layout_writer.setResolution(LAYOUT_DPI)
    return _layout_writer


@dataclass(frozen=True)
class PaintedReport:
    pages: int


def _document(report: Report, plan: FontPlan) -> QTextDocument:
    document = QTextDocument()
    document.documentLayout().setPaintDevice(_layout_device())
    font = QFont(plan.family("body"))
    font.setPointSizeF(ts.BODY.size_pt)
    document.setDefaultFont(font)
    document.setDocumentMargin(0)
    document.setPageSize(QSizeF(mm_px(ts.TYPE_AREA_WIDTH_MM), mm_px(ts.TYPE_AREA_HEIGHT_MM)))
    document.setHtml(render_print_html(build_context(report), plan))
    return document


def _a4_zero_margins(device: QPagedPaintDevice) -> None:
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0),
        QPageLayout.Unit.Millimeter,
    )
    layout.setMode(QPageLayout.Mode.FullPageMode)
    device.setPageLayout(layout)


def paint_report(report: Report, device: QPagedPaintDevice) -> PaintedReport:
    """Paint every page of the report on a QPdfWriter or QPrinter (A4, zero margins); returns the page count."""
    ensure_gui_application()
    plan = font_plan()
    document = _document(report, plan)
    _a4_zero_margins(device)
    page_w = mm_px(ts.TYPE_AREA_WIDTH_MM)
    page_h = mm_px(ts.TYPE_AREA_HEIGHT_MM)
    pages = max(1, document.pageCount())
    number_font = QFont(plan.family("table"))
    number_font.setPointSizeF(ts.PAGE_NUMBER.size_pt)
    layout = document.documentLayout()

    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the output device")
    try:
        painter.scale(device.logicalDpiX() / LAYOUT_DPI, device.logicalDpiY() / LAYOUT_DPI)
        for index in range(pages):
            if index:
                device.newPage()
            painter.save()
            painter.translate(mm_px(ts.MARGIN_LEFT_MM), mm_px(ts.MARGIN_TOP_MM))
            painter.save()
            clip = QRectF(0, index * page_h, page_w, page_h)
            painter.translate(0, -index * page_h)
            painter.setClipRect(clip)
            context = QAbstractTextDocumentLayout.PaintContext()
            context.clip = clip
            layout.draw(painter, context)
            painter.restore()
            # The page number: 4号 宋体, centred, its line starting 7 mm under the type area.
            painter.setFont(_device_font(number_font, painter))
            box = QRectF(0, page_h + mm_px(ts.PAGE_NUMBER_GAP_MM), page_w, pt_px(ts.PAGE_NUMBER.size_pt) * 1.5)
            painter.drawText(
                box, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                ts.PAGE_NUMBER_TEMPLATE.format(n=index + 1),
            )
            painter.restore()
    finally:
        painter.end()
    return PaintedReport(pages)


def _device_font(font: QFont, painter: QPainter) -> QFont:
    # The painter is scaled from LAYOUT_DPI to the device: give the point size in layout pixels so it comes out
    # at the same size on any device resolution.
    scaled = QFont(font)
    scaled.setPixelSize(round(pt_px(font.pointSizeF())))
    return scaled


def pdf_bytes(report: Report, moment: dt.datetime | None = None) -> bytes:
    """The PDF's bytes; with `moment`, the same report always gives the same bytes."""
    ensure_gui_application()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(LAYOUT_DPI)
    writer.setTitle(report.display_title)
    writer.setCreator("disclosure_desktop")
    if moment is not None:
        writer.setDocumentId(QUuid.fromBytes(hashlib.sha256(
            f"{report.display_title}|{moment.isoformat()}".encode()).digest()[:16]))
    paint_report(report, writer)
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


def export_pdf(report: Report, path: Path) -> int:
    """Write the report to `path` as a PDF atomically; returns the number of bytes written."""
    path = Path(path)
    data = pdf_bytes(report)
    write_atomically(path, data)
    return len(data)
