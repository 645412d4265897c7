"""The roll-up's 图解 on screen: the charts charts/draw.py paints for the files and pages, one under the other,
scaled to the pane's width (never above their own size)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QScrollArea, QSizePolicy, QWidget

from disclosure_desktop.charts import palette
from disclosure_desktop.charts.data import Chart
from disclosure_desktop.charts.draw import WIDTH, chart_height, paint_chart
from disclosure_desktop.charts.faces import ChartFaces

GAP = 12


class _Sheet(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.charts: tuple[Chart, ...] = ()
        self.faces: ChartFaces | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def scale(self) -> float:
        return max(0.2, min(1.0, (self.width() - 2 * GAP) / WIDTH))

    def height_for(self, width: int) -> int:
        scale = max(0.2, min(1.0, (width - 2 * GAP) / WIDTH))
        return int(GAP + sum(chart_height(c) * scale + GAP for c in self.charts))

    def sizeHint(self) -> QSize:
        return QSize(int(WIDTH + 2 * GAP), self.height_for(self.width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#e4e6ea"))
        if self.faces is None:
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scale = self.scale()
        left = max(GAP, (self.width() - WIDTH * scale) / 2)
        top = float(GAP)
        for chart in self.charts:
            height = chart_height(chart) * scale
            if top < event.rect().bottom() and top + height > event.rect().top():
                painter.fillRect(QRectF(left, top, WIDTH * scale, height), QColor(palette.BACKGROUND))
                painter.save()
                painter.translate(left, top)
                painter.scale(scale, scale)
                paint_chart(painter, chart, self.faces)
                painter.restore()
            top += height + GAP
        painter.end()


class ChartsView(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rollupCharts")
        self.setWidgetResizable(True)
        self.sheet = _Sheet()
        self.setWidget(self.sheet)

    def set_charts(self, charts: tuple[Chart, ...], faces: ChartFaces | None) -> None:
        self.sheet.charts, self.sheet.faces = charts, faces
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        width = self.viewport().width()
        self.sheet.setFixedHeight(self.sheet.height_for(width))
        self.sheet.update()

    def chart_titles(self) -> list[str]:
        return [c.title for c in self.sheet.charts]
