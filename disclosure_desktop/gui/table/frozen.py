"""The header rows and row labels of a table editor held in place while its numbers scroll, as Qt's "frozen
column" example does: copies of the grid's top rows, left columns and their corner drawn over the scrolling grid.

Table 3 has 28 rows under a header four rows deep: on a 768-pixel screen, without this, the column headers
scroll away after a few rows and the clerk types 科研机构 numbers into 社会公益组织.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QFrame, QTableView, QWidget

from disclosure_desktop.gui.table.delegate import CellDelegate
from disclosure_desktop.gui.table.model import model_of


class FrozenPane(QTableView):
    """A still part of the grid: the same model and look, no focus, no selection; clicks give the keyboard back
    to the grid and wheel turns scroll it."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self._view = view
        self._spanned = False
        self.frozen: FrozenPanes | None = None  # its panes, once they made it (the delegate centres labels by it)
        self.setObjectName("frozenPane")
        self.setModel(view.model())

        self.setItemDelegate(CellDelegate(self))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        self.horizontalHeader().setMinimumSectionSize(1)
        self.verticalHeader().setMinimumSectionSize(1)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrap(True)
        self.setStyleSheet(view.styleSheet())
        self.hide()

    def copy_layout(self) -> None:
        """The grid's spans, column widths and row heights (after it fitted them to its width)."""
        view = self._view
        model = model_of(view)
        if not self._spanned:
            for cell in model.grid.cells:
                if cell.rowspan > 1 or cell.colspan > 1:
                    self.setSpan(cell.row, cell.col, cell.rowspan, cell.colspan)
            self._spanned = True
        for row in range(model.rowCount()):
            self.setRowHeight(row, view.rowHeight(row))
        for col in range(model.columnCount()):
            self.setColumnWidth(col, view.columnWidth(col))
        self.updateGeometries()  # the scroll ranges now, so the grid's scroll position can be copied at once

    # A label is no place for the keyboard: a click there leaves it in the grid, on the cell it was on.
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._view.setFocus(Qt.FocusReason.MouseFocusReason)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        QApplication.sendEvent(self._view.viewport(), event)


class FrozenPanes(QObject):
    """The top rows (`rows`), the left columns (`cols`) and their corner of `view`, kept over its viewport."""

    def __init__(self, view: QTableView, rows: int, cols: int) -> None:
        super().__init__(view)
        self._view = view
        self.rows, self.cols = rows, cols
        # Made the first time the grid scrolls: most tables fit on a wide screen and never need them.
        self.top: FrozenPane | None = None
        self.left: FrozenPane | None = None
        self.corner: FrozenPane | None = None
        view.horizontalScrollBar().valueChanged.connect(self._scrolled)
        view.verticalScrollBar().valueChanged.connect(self._scrolled)
        view.horizontalScrollBar().rangeChanged.connect(lambda *_: self.place())
        view.verticalScrollBar().rangeChanged.connect(lambda *_: self.place())
        view.viewport().installEventFilter(self)

    def panes(self) -> list[FrozenPane]:
        return [p for p in (self.top, self.left, self.corner) if p is not None]

    def height(self) -> int:
        """How far the frozen rows reach down the viewport (0 while they need not be frozen)."""
        return self._rows_height() if self.top is not None and self.top.isVisible() else 0

    def width(self) -> int:
        return self._cols_width() if self.left is not None and self.left.isVisible() else 0

    def uncovered(self, rect: QRect) -> QRect:
        """The part of `rect` (viewport coordinates) in view: inside the viewport and not under a frozen pane."""
        port = self._view.viewport().rect()
        return rect.intersected(port.adjusted(0, self.height(), 0, 0)) if rect.intersects(port) else rect

    def _rows_height(self) -> int:
        return sum(self._view.rowHeight(r) for r in range(self.rows))

    def _cols_width(self) -> int:
        return sum(self._view.columnWidth(c) for c in range(self.cols))

    def sync(self) -> None:
        """After the grid laid itself out again: the same widths and heights, then the panes' places."""
        for pane in self.panes():
            pane.copy_layout()
        self.place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.place()
        return False

    def _scrolled(self) -> None:
        self.place()
        # Not only what scrolled into view: a long vertical label is drawn in the middle of its visible part.
        self._view.viewport().update()
        for pane in self.panes():
            pane.viewport().update()

    def _made(self, pane: FrozenPane | None, wanted: bool) -> FrozenPane | None:
        if pane is not None or not wanted:
            return pane
        pane = FrozenPane(self._view)
        pane.frozen = self  # its vertical labels are centred in what is in view, as the grid's are
        pane.copy_layout()
        return pane

    def place(self) -> None:
        view = self._view
        port = view.viewport().geometry()
        scrolls_down = view.verticalScrollBar().maximum() > 0
        scrolls_across = view.horizontalScrollBar().maximum() > 0
        self.top = self._made(self.top, bool(self.rows) and scrolls_down)
        self.left = self._made(self.left, bool(self.cols) and scrolls_across)
        self.corner = self._made(self.corner, bool(self.rows and self.cols) and (scrolls_down or scrolls_across))
        h, w = min(self._rows_height(), port.height()), min(self._cols_width(), port.width())
        if self.top is not None:
            self.top.setGeometry(port.x(), port.y(), port.width(), h)
            self.top.horizontalScrollBar().setValue(view.horizontalScrollBar().value())
            self.top.setVisible(scrolls_down)
        if self.left is not None:
            self.left.setGeometry(port.x(), port.y(), w, port.height())
            self.left.verticalScrollBar().setValue(view.verticalScrollBar().value())
            self.left.setVisible(scrolls_across)
        if self.corner is not None:
            self.corner.setGeometry(port.x(), port.y(), w, h)
            self.corner.setVisible(scrolls_down or scrolls_across)
        for pane in (self.left, self.top, self.corner):  # the corner over both
            if pane is not None:
                pane.raise_()
        notes: list[QWidget] = view.findChildren(QWidget, "cellMessage")
        for note in notes:
            note.raise_()
