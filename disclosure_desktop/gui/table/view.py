"""The grid view of one official table: moves, edits, copies and pastes like a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QLabel,
    QSizePolicy,
    QTableView,
    QWidget,
)

from disclosure_desktop.domain.edit_session import CellEntry
from disclosure_desktop.domain.layout import GridCell
from disclosure_desktop.gui.table.delegate import CellDelegate, leaves_table
from disclosure_desktop.gui.table.frozen import FrozenPanes
from disclosure_desktop.gui.table.input_method import CommittedText
from disclosure_desktop.gui.table.model import TableModel
from disclosure_desktop.gui.table.row_heights import RowHeights
from disclosure_desktop.gui.table.widths import column_widths, number_width
from disclosure_desktop.gui.wizard.source_legend import GRID_COLOUR

_ENSURE_VISIBLE = QAbstractItemView.ScrollHint.EnsureVisible


# How long a note about a paste stays under the cell.
NOTE_MS = 8000


class TableView(CommittedText, QTableView):
    """A QTableView that moves and edits like a spreadsheet and only ever stops on number cells."""

    message_shown = Signal(str)  # a note about the last paste or a refused text (for the status bar)

    def __init__(self, model: TableModel, parent=None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        grid = model.grid
        self._cover = {
            (r, c): cell
            for cell in grid.cells
            for r in range(cell.row, cell.row + cell.rowspan)
            for c in range(cell.col, cell.col + cell.colspan)
        }
        self._order = sorted(grid.value_cells().values(), key=lambda c: (c.row, c.col))
        delegate = CellDelegate(self)
        delegate.message.connect(lambda editor, text: self.show_message(text, error=True, near=editor))
        delegate.leave.connect(self.leave)
        self.setItemDelegate(delegate)
        self._rows = RowHeights(self, delegate)
        # On the view, not its viewport: above the frozen header rows and row labels, and still while scrolling.
        self._message = QLabel(self, objectName="cellMessage")
        self._message.setWordWrap(True)
        self._message.setStyleSheet(
            "QLabel#cellMessage { background: #fff8e1; color: #3c2f00; border: 1px solid #f2b705;"
            " border-radius: 3px; padding: 3px 6px; }"
            "QLabel#cellMessage[error=\"true\"] { background: #fdecea; color: #611a15; border-color: #c62828; }")
        self._message.hide()
        # A note about a paste fades after a while; one about a refused text stays while its cell is open.
        self._message_timer = QTimer(self, singleShot=True, interval=NOTE_MS)
        self._message_timer.timeout.connect(self._message.hide)
        self.horizontalHeader().hide()
        self.verticalHeader().hide()
        # The hidden headers still impose their minimum section size, which would widen the narrow vertical column.
        self.horizontalHeader().setMinimumSectionSize(1)
        self.verticalHeader().setMinimumSectionSize(1)
        self.setWordWrap(True)
        self.setShowGrid(True)
        self.setCornerButtonEnabled(False)
        self.setTabKeyNavigation(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setStyleSheet(f"QTableView {{ gridline-color: {GRID_COLOUR.name()}; }}")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self._fitted_height = self._bar_height = 0
        model.dataChanged.connect(self._numbers_changed)
        self.apply_spans()

        self.frozen = FrozenPanes(self, grid.head_rows, model.table.blocks[0].stub_width)
        self.verticalScrollBar().valueChanged.connect(lambda _: self.show_message(""))

    def apply_spans(self) -> None:
        self.clearSpans()
        for cell in self._model.grid.cells:
            if cell.rowspan > 1 or cell.colspan > 1:
                self.setSpan(cell.row, cell.col, cell.rowspan, cell.colspan)

    # --- moving ----------------------------------------------------------------------------------------------
    def current_cell(self) -> GridCell | None:
        cell = self._model.grid_cell(self.currentIndex())
        return cell if cell and cell.kind == "value" else None

    def _index(self, cell: GridCell | None) -> QModelIndex:
        return self._model.index(cell.row, cell.col) if cell else QModelIndex()

    def step(self, cell: GridCell, dr: int, dc: int, editable_only: bool = False) -> GridCell | None:
        """The nearest number cell from `cell` in one direction, jumping over labels (and totals if asked)."""
        r = cell.row + (cell.rowspan if dr > 0 else -1 if dr < 0 else 0)
        c = cell.col + (cell.colspan if dc > 0 else -1 if dc < 0 else 0)
        while 0 <= r < self._model.grid.height and 0 <= c < self._model.grid.width:
            found = self._cover.get((r, c))
            if found and found.kind == "value" and (not editable_only or self._model.is_editable(found)):
                return found
            if found and dr:
                r = found.row + found.rowspan if dr > 0 else found.row - 1
            elif found and dc:
                c = found.col + found.colspan if dc > 0 else found.col - 1
            else:
                r, c = r + dr, c + dc
        return None

    def neighbour(self, cell: GridCell | None, forward: bool) -> GridCell | None:
        """The next (or previous) editable cell in reading order, as Tab goes; None past either end."""
        cells = self._order if forward else self._order[::-1]
        if cell is None:
            return next((c for c in cells if self._model.is_editable(c)), None)
        after = False
        for candidate in cells:
            if after and self._model.is_editable(candidate):
                return candidate
            after = after or candidate == cell
        return None

    def moveCursor(self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        A = QAbstractItemView.CursorAction
        cell = self.current_cell()
        if action in (A.MoveNext, A.MovePrevious):
            # An invalid index past the last cell lets Tab leave the table instead of trapping the keyboard.
            return self._index(self.neighbour(cell, action == A.MoveNext))
        if cell is None:
            return self._index(self._order[0] if self._order else None)
        moves = {A.MoveUp: (-1, 0), A.MoveDown: (1, 0), A.MoveLeft: (0, -1), A.MoveRight: (0, 1)}
        if action in moves:
            return self._index(self.step(cell, *moves[action]) or cell)
        if action in (A.MoveHome, A.MoveEnd):
            row = [c for c in self._order if c.row == cell.row]
            return self._index(row[0] if action == A.MoveHome else row[-1])
        index = super().moveCursor(action, modifiers)
        found = self._model.grid_cell(index)
        return index if found and found.kind == "value" else self.currentIndex()

    def go_to(self, cell: GridCell | None) -> None:
        if cell is not None:
            self.setCurrentIndex(self._index(cell))

    def scrollTo(self, index: QModelIndex | QPersistentModelIndex,
                 hint: QAbstractItemView.ScrollHint = _ENSURE_VISIBLE) -> None:
        super().scrollTo(index, hint)
        frozen = getattr(self, "frozen", None)  # Qt scrolls once while the view is being made
        if frozen is None or not index.isValid():
            return
        # Never leave the cell under the frozen header rows or row labels.
        rect = self.visualRect(index)
        for bar, hidden in ((self.verticalScrollBar(), frozen.height() - rect.top()),
                            (self.horizontalScrollBar(), frozen.width() - rect.left())):
            if hidden > 0:
                bar.setValue(bar.value() - hidden)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Like a spreadsheet: Enter moves down, Tab moves on, and the next cell is selected but not opened.
        H = QAbstractItemDelegate.EndEditHint
        cell = self.current_cell()
        self.show_message("")
        if hint == H.RevertModelCache:  # Escape: what the open cell kept while it was typed goes too
            delegate = self.itemDelegate()
            if isinstance(delegate, CellDelegate):  # always: the view sets its delegate when it is made
                delegate.revert_draft(editor)
        super().closeEditor(editor, H.NoHint if hint != H.RevertModelCache else hint)
        if cell is None:
            return
        if hint == H.SubmitModelCache:
            self.go_to(self.step(cell, 1, 0, editable_only=True))
        elif hint in (H.EditNextItem, H.EditPreviousItem):
            self.go_to(self.neighbour(cell, hint == H.EditNextItem))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # A click on a label keeps the current number cell (and the keyboard in the table) instead of
        # parking the cursor where nothing can be typed.
        found = self._model.grid_cell(self.indexAt(event.position().toPoint()))
        if found is not None and found.kind != "value":
            self.setFocus(Qt.FocusReason.MouseFocusReason)
            event.accept()
            return
        super().mousePressEvent(event)

    # --- keys ------------------------------------------------------------------------------------------------
    def leave(self, forward: bool) -> None:
        """Ctrl+Tab: the field after the table (Ctrl+Shift+Tab: before it), not the next cell."""
        QWidget.focusNextPrevChild(self, forward)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (forward := leaves_table(event)) is not None:
            self.leave(forward)
            event.accept()
            return
        if self.state() != QAbstractItemView.State.EditingState:
            key = event.key()
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
                cell = self.current_cell()
                if cell is not None:
                    self.go_to(self.step(cell, 1, 0, editable_only=True))
                event.accept()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_selection()
                event.accept()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste(QGuiApplication.clipboard().text())
                event.accept()
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                QGuiApplication.clipboard().setText(self.selection_text())
                event.accept()
                return
        super().keyPressEvent(event)

    def selected_cells(self) -> list[GridCell]:
        cells = (self._model.grid_cell(i) for i in self.selectionModel().selectedIndexes())
        found = [c for c in cells if c is not None and c.kind == "value"]
        current = self.current_cell()
        if not found and current is not None:
            found = [current]
        return sorted(found, key=lambda c: (c.row, c.col))

    def clear_selection(self) -> CellEntry:
        entry = self._model.enter({c.cell_id: "" for c in self.selected_cells() if self._model.is_editable(c)},
                                  "clear")
        return entry

    def selection_text(self) -> str:
        """The selected numbers as tab/newline separated text, the way spreadsheets copy."""
        rows: dict[int, list[str]] = {}
        for cell in self.selected_cells():
            rows.setdefault(cell.row, []).append(str(self._model.data(self._index(cell)) or ""))
        return "\n".join("\t".join(values) for values in rows.values())

    def paste(self, text: str) -> CellEntry:
        """Spread a block copied from a spreadsheet over the cells from the current one, right and down.

        Each piece lands where it sits in the block (rows of numbers, not label or header rows). The whole paste
        is one step; what does not read as a number, lands on a total or falls outside the table is not applied,
        and the clerk is told (「粘贴42格；3格无法识别：x …」).
        """
        start = self.current_cell()
        if start is None or not text.strip():
            return CellEntry()
        lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
        texts: dict[str, str] = {}
        outside = 0
        row_start: GridCell | None = start
        for line in lines:
            pieces = line.split("\t")
            if row_start is None:
                outside += sum(1 for p in pieces if p.strip())
                continue
            target: GridCell | None = row_start
            for piece in pieces:
                if target is None:
                    outside += bool(piece.strip())
                    continue
                if piece.strip():
                    texts[target.cell_id] = piece
                target = self.step(target, 0, 1)
            row_start = self.step(row_start, 1, 0)
        entry = self._model.enter(texts, "paste")
        entry.outside = outside
        # A sheet's 总计 that agrees with its items is no fault: only what was lost or disagrees is shown red.
        self.show_message(entry.summary(), error=bool(entry.refused or entry.totals_differ or entry.outside))
        return entry

    def show_message(self, text: str, *, error: bool = False, near: QWidget | None = None) -> None:
        """A note under the current cell (what a paste did, why a text was refused); "" hides it."""
        self._message.setText(text)
        self._message.setProperty("error", error)
        self._message.style().polish(self._message)
        if not text:
            self._message_timer.stop()
            self._message.hide()
            return
        rect = near.geometry() if near is not None else self.visualRect(self.currentIndex())
        self._message.adjustSize()
        width = min(self._message.sizeHint().width(), self.viewport().width() - 8)
        self._message.setFixedWidth(max(width, 120))
        self._message.adjustSize()
        x = max(4, min(rect.left(), self.viewport().width() - self._message.width() - 4))
        y = rect.bottom() + 2
        if y + self._message.height() > self.viewport().height():
            y = max(0, rect.top() - self._message.height() - 2)
        self._message.move(self.viewport().mapTo(self, QPoint(x, y)))
        self._message.show()
        self._message.raise_()
        if near is None:
            self._message_timer.start()
        else:
            self._message_timer.stop()
        self.message_shown.emit(text)

    # --- layout ----------------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        # As tall as the table, so a one-row table is not followed by a large empty box; taller tables scroll.
        frame = 2 * self.frameWidth()
        return QSize(max(self.content_width(), 400) + frame, self.content_height() + self._bar_height + frame)

    def minimumSizeHint(self) -> QSize:
        frame = 2 * self.frameWidth()
        return QSize(200, min(self.content_height(), 160) + frame)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.StyleChange:  # the style's margins give a label other room
            self._rows.forget()
        super().changeEvent(event)

    def fit(self) -> None:
        """Column widths and row heights for the current size.

        Whether the vertical scroll bar will show is decided from the content height, not from the bar's current
        state, so a resize never flips the bar back and forth.
        """
        frame = 2 * self.frameWidth()
        width, height = self.width() - frame, self.height() - frame
        self.fit_columns(width)
        self.fit_rows()
        if self.content_height() > height:
            self.fit_columns(width - self.verticalScrollBar().sizeHint().width())
            self.fit_rows()
        # Numbers wider than the view scroll sideways: the bar takes a strip under the last row.
        self._bar_height = self.horizontalScrollBar().sizeHint().height() if self.content_width() > width else 0
        if self.content_height() + self._bar_height != self._fitted_height:
            self._fitted_height = self.content_height() + self._bar_height
            self.updateGeometry()
        # Bring the scroll bars up to date now rather than on the next event loop turn, so a scrollTo that
        # follows (focus_cell) sees the real viewport.
        self.updateGeometries()
        self.frozen.sync()

    def content_height(self) -> int:
        return sum(self.rowHeight(r) for r in range(self._model.grid.height))

    def content_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(self._model.grid.width))

    def fit_columns(self, available: int) -> None:
        for col, width in enumerate(column_widths(self, available)):
            self.setColumnWidth(col, width)

    def _numbers_changed(self, first: QModelIndex, last: QModelIndex, *_: object) -> None:
        """A number wider than its column (999999 typed or pasted) widens the number columns at once."""
        indexes = (self._model.index(r, c) for r in range(first.row(), last.row() + 1)
                   for c in range(first.column(), last.column() + 1))
        changed = [i for i in indexes if (cell := self._model.grid_cell(i)) is not None and cell.kind == "value"]
        if number_width(self, changed) > self.columnWidth(self._model.table.blocks[0].stub_width):
            self.fit()

    def fit_rows(self) -> None:
        """Rows as tall as their wrapped labels (row_heights.py)."""
        for row, height in enumerate(self._rows.heights(self._model.grid)):
            self.setRowHeight(row, height)
