"""Paints one chart of the 图解 with QPainter, in chart units: the SVG, both images, the PDF page and the preview
all call `paint_chart`, so each shows the same drawing.

A chart is WIDTH units wide (720: the web page shows it at that many CSS pixels; on paper it fills the 156 mm type
area) and `chart_height` tall, which depends only on what the chart holds, never on the face: the 图解 page is laid
out before any text is measured. Every figure is printed beside its bar, slice or tile — there is no value axis
whose ticks would be numbers the tables do not hold — and text is drawn as text, so that SVG readers, PDF text
extraction and screen readers of the PDF find it.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QPainter, QPainterPath, QPen

from disclosure_desktop.charts import palette
from disclosure_desktop.charts.data import BLANK, Chart, ChartRow
from disclosure_desktop.charts.faces import ChartFaces

__all__ = ["WIDTH", "chart_height", "paint_chart"]

WIDTH = 720.0
PAD = 10.0  # white all round, so that an image's text never touches its edge
INNER = WIDTH - 2 * PAD
TITLE_PX, TEXT_PX, SMALL_PX, TILE_PX = 20.0, 15.0, 13.0, 34.0
HEADER = 42.0  # the title line and the air under it
LEGEND = 28.0
BAR_ROW, BAR = 30.0, 18.0  # one bar a row
SERIES_BAR, SERIES_GAP, GROUP_GAP = 15.0, 3.0, 16.0  # bars of a row side by side
STACK_BAR, STACK_ROW = 22.0, 68.0  # a stacked bar, and its row with the line of parts under it
RING_OUTER, RING_INNER, KEY_ROW = 92.0, 54.0, 28.0
TILE_HEIGHT, TILE_GAP = 96.0, 12.0
SWATCH = 12.0

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTRE = Qt.AlignmentFlag.AlignCenter


def chart_height(chart: Chart) -> float:
    """The chart's height in chart units, from its kind and rows alone."""
    return _content_height(chart) + 2 * PAD


def _content_height(chart: Chart) -> float:
    rows = len(chart.drawn_rows)
    if chart.kind == "tiles":
        return HEADER + TILE_HEIGHT + 4
    if chart.kind == "shares":
        return HEADER + max(2 * RING_OUTER + 12, rows * KEY_ROW + 12)
    if chart.kind == "stacked":
        return HEADER + rows * STACK_ROW
    if len(chart.series) > 1:
        return HEADER + LEGEND + rows * _group_height(len(chart.series))
    return HEADER + rows * BAR_ROW + 6


def _group_height(series: int) -> float:
    return series * SERIES_BAR + (series - 1) * SERIES_GAP + GROUP_GAP


def _number(value: int | None) -> str:
    return BLANK if value is None else str(value)


class _Canvas:
    """The painter, the face and the colours of one chart; text helpers that keep each figure its own text run."""

    def __init__(self, painter: QPainter, faces: ChartFaces, chart: Chart) -> None:
        self.p, self.faces, self.chart = painter, faces, chart

    def text(self, rect: QRectF, text: str, px: float = TEXT_PX, colour: str = palette.TEXT,
             align: Qt.AlignmentFlag = _LEFT, bold: bool = False) -> None:
        self.p.setFont(self.faces.font(px, bold))
        self.p.setPen(QColor(colour))
        self.p.drawText(rect, int(align), text)

    def width(self, text: str, px: float = TEXT_PX, bold: bool = False) -> float:
        return self.faces.width(text, px, bold)

    def fitting(self, text: str, px: float, room: float, bold: bool = False) -> float:
        """`px`, or the smaller size at which `text` fits `room` (a seven-digit figure in a tile)."""
        wide = self.width(text, px, bold)
        return px if wide <= room else max(8.0, px * room / wide)

    def label(self, text: str, room: float) -> str:
        """A row label cut to `room` with an ellipsis in the middle (a unit's long name; its table has it whole)."""
        if self.width(text) <= room:
            return text
        return QFontMetricsF(self.faces.font(TEXT_PX)).elidedText(text, Qt.TextElideMode.ElideMiddle, room)

    def box(self, rect: QRectF, colour: str) -> None:
        self.p.fillRect(rect, QColor(colour))

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: str = palette.GRID) -> None:
        self.p.setPen(QPen(QColor(colour), 1.0))
        self.p.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def header(self) -> None:
        # Tiles say their unit after each number.
        note = self.chart.words.unit(self.chart.unit) if self.chart.kind != "tiles" else ""
        note_width = self.width(note, SMALL_PX) + 4 if note else 0.0
        self.text(QRectF(0, 0, INNER - note_width - 8, 28), self.chart.title, TITLE_PX)
        if note:
            self.text(QRectF(INNER - note_width, 0, note_width, 28), note, SMALL_PX, palette.MUTED, _RIGHT)

    def legend(self, top: float, labels: tuple[str, ...], colours: tuple[str, ...], left: float = 0.0) -> float:
        """Swatches with their labels on one line from `left`; returns where the line ends."""
        x = left
        for label, colour in zip(labels, colours, strict=True):
            self.box(QRectF(x, top + (LEGEND - SWATCH) / 2 - 3, SWATCH, SWATCH), colour)
            w = self.width(label, SMALL_PX)
            self.text(QRectF(x + SWATCH + 5, top - 3, w + 2, LEGEND), label, SMALL_PX, palette.TEXT)
            x += SWATCH + 5 + w + 18
        return x

    def label_column(self, rows: tuple[ChartRow, ...]) -> float:
        """Width of the row labels' column: the longest label, at most two fifths of the chart."""
        return min(INNER * 0.4, max((self.width(r.label) for r in rows), default=0.0) + 14)


def paint_chart(painter: QPainter, chart: Chart, faces: ChartFaces) -> None:
    """Paint `chart` with its top-left corner at the painter's origin, one unit a chart unit."""
    painter.save()
    painter.translate(PAD, PAD)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    canvas = _Canvas(painter, faces, chart)
    canvas.header()
    if chart.kind == "tiles":
        _tiles(canvas)
    elif chart.kind == "shares":
        _shares(canvas)
    elif chart.kind == "stacked":
        _stacked(canvas)
    elif len(chart.series) > 1:
        _grouped(canvas)
    else:
        _bars(canvas)
    painter.restore()


def _scale(values: list[int | None], room: float) -> float:
    top = max((v for v in values if v is not None), default=0)
    return room / top if top > 0 else 0.0


def _bars(c: _Canvas) -> None:
    rows = c.chart.drawn_rows
    label_w = c.label_column(rows)
    number_w = max(c.width(_number(r.values[0])) for r in rows) + 10
    per = _scale([r.values[0] for r in rows], INNER - label_w - number_w - 6)
    colour = palette.series_colours(1)[0]
    for index, row in enumerate(rows):
        top = HEADER + index * BAR_ROW
        c.text(QRectF(0, top, label_w - 10, BAR_ROW), c.label(row.label, label_w - 10), align=_RIGHT)
        length = (row.values[0] or 0) * per
        if length > 0:
            c.box(QRectF(label_w, top + (BAR_ROW - BAR) / 2, length, BAR), colour)
        c.text(QRectF(label_w + length + 6, top, number_w, BAR_ROW), _number(row.values[0]))
    c.line(label_w, HEADER + 2, label_w, HEADER + len(rows) * BAR_ROW - 2)


def _grouped(c: _Canvas) -> None:
    chart, rows = c.chart, c.chart.drawn_rows
    colours = palette.series_colours(len(chart.series))
    label_w = c.label_column(rows)
    c.legend(HEADER, chart.series, colours, label_w)
    number_w = max(c.width(_number(v)) for r in rows for v in r.values) + 10
    per = _scale([v for r in rows for v in r.values], INNER - label_w - number_w - 6)
    block = _group_height(len(chart.series))
    top = HEADER + LEGEND
    for index, row in enumerate(rows):
        y = top + index * block
        c.text(QRectF(0, y, label_w - 10, block - GROUP_GAP), c.label(row.label, label_w - 10), align=_RIGHT)
        for k, (value, colour) in enumerate(zip(row.values, colours, strict=True)):
            bar_top = y + k * (SERIES_BAR + SERIES_GAP)
            length = (value or 0) * per
            if length > 0:
                c.box(QRectF(label_w, bar_top, length, SERIES_BAR), colour)
            c.text(QRectF(label_w + length + 6, bar_top - 2, number_w, SERIES_BAR + 4), _number(value), SMALL_PX)
    c.line(label_w, top - 2, label_w, top + len(rows) * block - GROUP_GAP + 2)


def _stacked(c: _Canvas) -> None:
    chart, rows = c.chart, c.chart.drawn_rows
    colours = palette.series_colours(len(chart.series))
    label_w = c.label_column(rows)
    number_w = max(c.width(_number(r.total), bold=True) for r in rows) + 10
    per = _scale([max(r.total or 0, sum(v or 0 for v in r.values)) for r in rows], INNER - label_w - number_w - 6)
    for index, row in enumerate(rows):
        top = HEADER + index * STACK_ROW
        c.text(QRectF(0, top, label_w - 10, STACK_BAR), c.label(row.label, label_w - 10), align=_RIGHT)
        x = label_w
        for value, colour in zip(row.values, colours, strict=True):
            length = (value or 0) * per
            if length > 0:
                c.box(QRectF(x, top, length, STACK_BAR), colour)
                x += length
                c.line(x, top, x, top + STACK_BAR, palette.BACKGROUND)  # a seam between two parts
        c.line(label_w, top - 3, label_w, top + STACK_BAR + 3)
        c.text(QRectF(x + 6, top, number_w, STACK_BAR), _number(row.total), bold=True)
        # The parts under the bar, each after its colour: every figure of the row stays readable, however short
        # its piece of the bar.
        px, key_top = label_w, top + STACK_BAR + 6
        for label, value, colour in zip(chart.series, row.values, colours, strict=True):
            c.box(QRectF(px, key_top + 4, SWATCH - 2, SWATCH - 2), colour)
            px += SWATCH + 3
            c.text(QRectF(px, key_top, c.width(label, SMALL_PX) + 2, 18), label, SMALL_PX, palette.MUTED)
            px += c.width(label, SMALL_PX) + 4
            number = _number(value)
            c.text(QRectF(px, key_top, c.width(number, SMALL_PX) + 2, 18), number, SMALL_PX)
            px += c.width(number, SMALL_PX) + 16


def _ring_piece(centre: QPointF, start: float, span: float) -> QPainterPath:
    """A piece of the ring from `start` degrees, `span` degrees (negative: clockwise, as Qt counts)."""
    outer = QRectF(centre.x() - RING_OUTER, centre.y() - RING_OUTER, 2 * RING_OUTER, 2 * RING_OUTER)
    inner = QRectF(centre.x() - RING_INNER, centre.y() - RING_INNER, 2 * RING_INNER, 2 * RING_INNER)
    path = QPainterPath()
    path.arcMoveTo(outer, start)
    path.arcTo(outer, start, span)
    path.arcTo(inner, start + span, -span)
    path.closeSubpath()
    return path


def _shares(c: _Canvas) -> None:
    chart, rows = c.chart, c.chart.drawn_rows
    colours = palette.series_colours(len(rows))
    centre = QPointF(RING_OUTER + 8, HEADER + RING_OUTER + 6)
    whole = sum(r.values[0] or 0 for r in rows)
    c.p.setPen(Qt.PenStyle.NoPen)
    if whole <= 0:
        c.p.setBrush(QBrush(QColor(palette.TILE)))
        c.p.drawPath(_ring_piece(centre, 90, -360))
    else:
        # From twelve o'clock, clockwise, in the legend's order; a white seam between two pieces.
        start = 90.0
        for row, colour in zip(rows, colours, strict=True):
            span = -360.0 * (row.values[0] or 0) / whole
            if span:
                c.p.setBrush(QBrush(QColor(colour)))
                c.p.setPen(QPen(QColor(palette.BACKGROUND), 1.5))
                c.p.drawPath(_ring_piece(centre, start, span))
            start += span
    c.p.setBrush(Qt.BrushStyle.NoBrush)
    inner = 2 * RING_INNER
    total = _number(chart.total)
    c.text(QRectF(centre.x() - RING_INNER, centre.y() - 24, inner, 34), total, c.fitting(total, 28, inner - 12),
           palette.TEXT, _CENTRE)
    if chart.total_label:
        c.text(QRectF(centre.x() - RING_INNER, centre.y() + 10, inner, 18), chart.total_label, 12,
               palette.MUTED, _CENTRE)
    left = 2 * RING_OUTER + 48
    label_w = max(c.width(r.label) for r in rows) + 16
    number_w = max(c.width(_number(r.values[0])) for r in rows) + 6
    shares = chart.shares()
    share_w = max(c.width(s or BLANK) for s in shares) + 6
    top = HEADER + max(0.0, (2 * RING_OUTER + 12 - len(rows) * KEY_ROW) / 2)
    for index, (row, colour, share) in enumerate(zip(rows, colours, shares, strict=True)):
        y = top + index * KEY_ROW
        c.box(QRectF(left, y + (KEY_ROW - 14) / 2, 14, 14), colour)
        c.text(QRectF(left + 22, y, label_w, KEY_ROW), row.label)
        x = left + 22 + label_w
        c.text(QRectF(x, y, number_w, KEY_ROW), _number(row.values[0]), align=_RIGHT)
        c.text(QRectF(x + number_w + 14, y, share_w, KEY_ROW), share or BLANK, TEXT_PX, palette.MUTED, _RIGHT)


def _tiles(c: _Canvas) -> None:
    rows = c.chart.drawn_rows
    count = len(rows)
    width = (INNER - TILE_GAP * (count - 1)) / count
    unit = c.chart.unit
    for index, row in enumerate(rows):
        left = index * (width + TILE_GAP)
        tile = QRectF(left, HEADER, width, TILE_HEIGHT)
        c.p.setPen(Qt.PenStyle.NoPen)
        c.p.setBrush(QBrush(QColor(palette.TILE)))
        c.p.drawRoundedRect(tile, 6, 6)
        c.p.setBrush(Qt.BrushStyle.NoBrush)
        number = _number(row.values[0])
        unit_w = c.width(unit, SMALL_PX) + 4 if unit and row.values[0] is not None else 0.0
        px = c.fitting(number, TILE_PX, width - unit_w - 16, bold=True)
        number_w = c.width(number, px, bold=True)
        x = left + (width - number_w - unit_w) / 2
        c.text(QRectF(x, HEADER + 10, number_w + 2, 46), number, px, palette.series_colours(2)[0], _LEFT, bold=True)
        if unit_w:
            c.text(QRectF(x + number_w + 4, HEADER + 24, unit_w, 28), unit, SMALL_PX, palette.MUTED)
        c.text(QRectF(left + 4, HEADER + 58, width - 8, 28), row.label, TEXT_PX, palette.TEXT, _CENTRE)
