"""Shows a rich-text document laid out at the printed page's width and scaled to the pane, like a sheet of paper.

A QTextBrowser lays the report out at the pane's width, so a narrow pane squeezes the 15 columns of table 4 and
breaks lines where the page would not. Laying out at the type area's width and scaling keeps every line break
and table the way the printed page has them, whatever the width of the pane.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from disclosure_desktop.gui.preview_document import PartedDocument

# The type area of GB/T 9704 (156 mm) at 96 dots per inch, plus a little paper on either side.
PAGE_TEXT_WIDTH = 590
PAPER_MARGIN = 24
GAP = 12  # grey around the sheet
MAX_SCALE = 1.25


class PageView(QAbstractScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = PartedDocument(self, PAGE_TEXT_WIDTH)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        self.verticalScrollBar().setSingleStep(24)

    @property
    def scale(self) -> float:
        paper = PAGE_TEXT_WIDTH + 2 * PAPER_MARGIN
        return min(MAX_SCALE, max(0.3, (self.viewport().width() - 2 * GAP) / paper))

    def set_html(self, html: str) -> None:
        position = self.verticalScrollBar().value()
        self.document.set_html(html)
        self._update_range()
        self.verticalScrollBar().setValue(position)
        self.viewport().update()

    def plain_text(self) -> str:
        return self.document.plain_text()

    def scroll_to_text(self, text: str) -> bool:
        """Bring the first block that starts with `text` (a part's heading) to the top."""
        if not text:
            self.verticalScrollBar().setValue(0)
            return True
        y = self.document.block_top(text)
        if y is None:
            return False
        self.verticalScrollBar().setValue(int((y + PAPER_MARGIN) * self.scale))
        return True

    def _paper_height(self) -> float:
        return self.document.height() + 2 * PAPER_MARGIN

    def _update_range(self) -> None:
        content = self._paper_height() * self.scale + 2 * GAP
        bar = self.verticalScrollBar()
        bar.setPageStep(self.viewport().height())
        bar.setRange(0, max(0, int(content - self.viewport().height())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_range()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(self.viewport().rect(), QColor("#e4e6ea"))
        scale = self.scale
        paper_width = (PAGE_TEXT_WIDTH + 2 * PAPER_MARGIN) * scale
        left = max(GAP, (self.viewport().width() - paper_width) / 2)
        top = GAP - self.verticalScrollBar().value()
        paper = QRectF(left, top, paper_width, self._paper_height() * scale)
        painter.fillRect(paper.translated(2, 2), QColor("#c8cbd0"))
        painter.fillRect(paper, QColor("white"))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        painter.translate(QPointF(left + PAPER_MARGIN * scale, top + PAPER_MARGIN * scale))
        painter.scale(scale, scale)
        visible = QRectF(0, (-top) / scale - PAPER_MARGIN, PAGE_TEXT_WIDTH,
                         self.viewport().height() / scale + PAPER_MARGIN)
        self.document.draw(painter, visible)
        painter.end()
