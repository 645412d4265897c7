"""The 图解 page(s) after the report's last page: the heading, then the charts one under the other in the type area.

The PDF, print, print preview and the wizard's preview paint these pages through export/pdf_export.PrintedPages,
with the report's page numbers continuing on them. Charts are painted as vector shapes and text (the PDF's
titles and numbers are text a reader can search and copy), each scaled so its 720 units fill the type area's
156 mm width; a chart that does not fit under the previous one starts a new page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter

from disclosure_desktop.charts import palette
from disclosure_desktop.charts.data import Chart
from disclosure_desktop.charts.draw import WIDTH, chart_height, paint_chart
from disclosure_desktop.charts.faces import ChartFaces, chart_faces
from disclosure_desktop.export import typesetting as ts

__all__ = ["ChartPage", "ChartPages", "lay_out_chart_pages"]

MM_PER_UNIT = ts.TYPE_AREA_WIDTH_MM / WIDTH
# The heading takes one line of the body's pitch and half a line of air, like a part heading; charts are set
# 6 mm apart.
HEADING_MM = ts.LINE_PITCH_PT * 1.5 * 25.4 / 72
CHART_GAP_MM = 6.0


@dataclass(frozen=True)
class ChartPage:
    """One page: the heading (first page only) and each chart with its top, in mm under the type area's top."""

    heading: str
    charts: tuple[tuple[Chart, float], ...]


@dataclass(frozen=True)
class ChartPages:
    pages: tuple[ChartPage, ...]
    faces: ChartFaces

    def __len__(self) -> int:
        return len(self.pages)

    def plain_text(self) -> str:
        return "\n".join(
            "\n".join([page.heading, *(chart.title for chart, _ in page.charts)]).strip() for page in self.pages)

    def paint(self, painter: QPainter, index: int, px_per_mm: float) -> None:
        """Page `index` on a painter whose origin is the sheet's top-left, `px_per_mm` of its units a millimetre."""
        page = self.pages[index]
        painter.save()
        painter.translate(ts.MARGIN_LEFT_MM * px_per_mm, ts.MARGIN_TOP_MM * px_per_mm)
        if page.heading:
            font = self.faces.font(ts.HEADING_1.size_pt * 25.4 / 72 * px_per_mm)
            painter.setFont(font)
            painter.setPen(QColor(palette.TEXT))
            painter.drawText(QRectF(0, 0, ts.TYPE_AREA_WIDTH_MM * px_per_mm, HEADING_MM * px_per_mm),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop), page.heading)
        for chart, top in page.charts:
            painter.save()
            painter.translate(0, top * px_per_mm)
            painter.scale(MM_PER_UNIT * px_per_mm, MM_PER_UNIT * px_per_mm)
            paint_chart(painter, chart, self.faces)
            painter.restore()
        painter.restore()


def lay_out_chart_pages(charts: Sequence[Chart], heading: str) -> ChartPages | None:
    """The charts on as many type-area pages as they need, in order; None when there is no chart."""
    if not charts:
        return None
    pages: list[ChartPage] = []
    current: list[tuple[Chart, float]] = []
    y = HEADING_MM
    for chart in charts:
        height = chart_height(chart) * MM_PER_UNIT
        if current and y + height > ts.TYPE_AREA_HEIGHT_MM:
            pages.append(ChartPage(heading if not pages else "", tuple(current)))
            current, y = [], 0.0
        current.append((chart, y))
        y += height + CHART_GAP_MM
    pages.append(ChartPage(heading if not pages else "", tuple(current)))
    return ChartPages(tuple(pages), chart_faces(charts))
