"""The grid editor for one official table: laid out like the printed table, typed into like a spreadsheet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QGuiApplication, QKeyEvent, QKeySequence, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QSizePolicy,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.domain.formats import TableSpec
from disclosure_desktop.domain.layout import Grid, GridCell, table_grid
from disclosure_desktop.domain.report import Cell, CellSource, Report
from disclosure_desktop.domain.totals import recompute
from disclosure_desktop.domain.values import ValueFormatError, format_value, parse_value
from disclosure_desktop.gui.cell_delegate import LABEL_PADDING, CellDelegate, Role
from disclosure_desktop.gui.source_legend import (
    GRID_COLOUR,
    LABEL_BACKGROUND,
    MARKER_BACKGROUND,
    SOURCE_BACKGROUND,
    TITLE_BACKGROUND,
    TOTAL_BACKGROUND,
    SourceLegend,
    source_label,
)

__all__ = ["SourceLegend", "TableEditor", "TableModel", "TableView"]

Index = QModelIndex | QPersistentModelIndex
Markers = dict[str, tuple[str, str]]

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


def column_names(grid: Grid) -> dict[str, str]:
    """Each value cell's column as a clerk names it: the leaf header, with its parents when the leaf repeats."""
    paths: dict[str, list[GridCell]] = {}
    headers: list[GridCell] = []
    in_body = True
    for row in grid.rows():
        if any(c.kind in ("title", "header", "corner") for c in row):
            if in_body:  # a new block (table 2) opens its own header
                headers, in_body = [], False
            headers.extend(c for c in row if c.kind == "header")
        for cell in row:
            if cell.kind == "value":
                in_body = True
                paths[cell.cell_id] = [h for h in headers if h.col <= cell.col < h.col + h.colspan]
    value_cells = grid.value_cells()
    leaf_columns: dict[str, set[int]] = {}
    for cid, path in paths.items():
        if path:
            leaf_columns.setdefault(path[-1].text, set()).add(value_cells[cid].col)
    names: dict[str, str] = {}
    for cid, path in paths.items():
        if not path:
            names[cid] = ""
        elif len(leaf_columns[path[-1].text]) > 1:
            names[cid] = "·".join(h.text for h in path)
        else:
            names[cid] = path[-1].text
    return names


class TableModel(QAbstractTableModel):
    """The official grid of one table over a report's cells; edits go straight into `report.cells`."""

    edited = Signal(dict)

    def __init__(self, table: TableSpec, parent=None) -> None:
        super().__init__(parent)
        self.table = table
        self.grid = table_grid(table)
        self._anchors = {(c.row, c.col): c for c in self.grid.cells}
        self._value_cells = self.grid.value_cells()
        columns = column_names(self.grid)
        self._names = {
            cid: " × ".join(part for part in (table.cells[cid].row_label, columns[cid]) if part)
            for cid in self._value_cells
        }
        self.report: Report | None = None
        self._markers: Markers = {}

    # --- structure -------------------------------------------------------------------------------------------
    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else self.grid.height

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else self.grid.width

    def grid_cell(self, index: Index) -> GridCell | None:
        """The grid cell anchored at an index (None for the covered part of a span)."""
        if not index.isValid():
            return None
        return self._anchors.get((index.row(), index.column()))

    def index_of(self, cell_id: str) -> QModelIndex:
        cell = self._value_cells.get(cell_id)
        return self.index(cell.row, cell.col) if cell else QModelIndex()

    def cell_name(self, cell_id: str) -> str:
        return self._names.get(cell_id, "")

    def is_editable(self, cell: GridCell | None) -> bool:
        return bool(cell and cell.kind == "value" and not self.table.cells[cell.cell_id].is_total)

    def bind(self, report: Report) -> None:
        self.beginResetModel()
        self.report = report
        self.endResetModel()

    # --- reading ---------------------------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        cell = self.grid_cell(index)
        if cell is None:
            return Qt.ItemFlag.NoItemFlags
        if cell.kind != "value":
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.report is not None and self.is_editable(cell):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        cell = self.grid_cell(index)
        if cell is None:
            return None
        if role == Role.KIND:
            return cell.kind
        if role == Role.ROW_SPAN:
            return cell.rowspan
        if cell.kind != "value":
            return self._label_data(cell, role)
        return self._value_data(cell, role)

    def _label_data(self, cell: GridCell, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell.text
        if role == Role.VERTICAL:
            return cell.vertical
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if cell.kind == "title" or (cell.kind == "stub" and cell.rowspan == 1):
                return _LEFT
            return _CENTER
        if role == Qt.ItemDataRole.BackgroundRole:
            return TITLE_BACKGROUND if cell.kind == "title" else LABEL_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and cell.kind in ("title", "corner"):
            font = QFont()
            if cell.kind == "title":
                font.setBold(True)
            else:  # the long 勾稽关系 note is an aside, as in the printed table
                font.setPointSizeF(font.pointSizeF() * 0.9)
            return font
        return None

    def _value_data(self, cell: GridCell, role: int) -> Any:
        cid = cell.cell_id
        stored = self.report.cells.get(cid) if self.report else None
        spec = self.table.cells[cid]
        marker = self._markers.get(cid)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return stored.value if stored else ""
        if role == Role.CELL_ID:
            return cid
        if role == Role.VALUE_KIND:
            return spec.kind
        if role == Role.MARKER:
            return marker[0] if marker else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _RIGHT
        if role == Qt.ItemDataRole.BackgroundRole:
            if marker and marker[0] in MARKER_BACKGROUND:
                return MARKER_BACKGROUND[marker[0]]
            if stored:
                return SOURCE_BACKGROUND[stored.source]
            return TOTAL_BACKGROUND if spec.is_total else SOURCE_BACKGROUND[CellSource.TYPED]
        computed = spec.is_total or (stored is not None and stored.source == CellSource.COMPUTED)
        if role == Qt.ItemDataRole.FontRole and computed:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return marker[1] if marker else self._names[cid]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            value = stored.value if stored else self.tr("blank")
            return f"{self._names[cid]}：{value}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            if marker:
                return marker[1]
            if spec.is_total:
                return source_label(CellSource.COMPUTED)
            return source_label(stored.source) if stored else ""
        return None

    # --- writing ---------------------------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        cell = self.grid_cell(index)
        if role != Qt.ItemDataRole.EditRole or not self.is_editable(cell) or self.report is None:
            return False
        assert cell is not None
        if self.parse(cell.cell_id, str(value)) is None:
            return False
        self.apply({cell.cell_id: str(value)})
        return True

    def parse(self, cell_id: str, text: str) -> str | None:
        """The canonical text a clerk's input stands for ("" = blank), None when it is not a valid value."""
        try:
            return format_value(self.table.cells[cell_id].kind, parse_value(self.table.cells[cell_id].kind, text))
        except ValueFormatError:
            return None

    def apply(self, texts: dict[str, str]) -> dict[str, Cell | None]:
        """One user action: store the valid texts of editable cells, recompute totals, emit `edited` once.

        Invalid texts and total cells are skipped. Returns what changed ({cell id: Cell, or None when cleared}).
        """
        if self.report is None:
            return {}
        changed: list[str] = []
        for cid, text in texts.items():
            if not self.is_editable(self._value_cells.get(cid)):
                continue
            new = self.parse(cid, text)
            if new is None or new == self.report.value(cid):
                continue
            if new:
                self.report.cells[cid] = Cell(new, CellSource.TYPED)
            else:
                self.report.cells.pop(cid, None)
            changed.append(cid)
        if not changed:
            return {}
        updated = recompute(self.report, changed)
        payload = {cid: self.report.cells.get(cid) for cid in [*changed, *updated]}
        for cid in payload:
            index = self.index_of(cid)
            if index.isValid():
                self.dataChanged.emit(index, index)
        self.edited.emit(payload)
        return payload

    def set_markers(self, markers: Markers) -> None:
        # Repaint only the cells whose mark changed: the checks run after every edit.
        touched = {cid for cid in set(self._markers) | set(markers) if self._markers.get(cid) != markers.get(cid)}
        self._markers = dict(markers)
        for cid in touched:
            index = self.index_of(cid)
            if index.isValid():
                self.dataChanged.emit(index, index)


class TableView(QTableView):
    """A QTableView that moves and edits like a spreadsheet and only ever stops on number cells."""

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
        self.setItemDelegate(CellDelegate(self))
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
        self._fitted_height = 0
        self.apply_spans()

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

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Like a spreadsheet: Enter moves down, Tab moves on, and the next cell is selected but not opened.
        H = QAbstractItemDelegate.EndEditHint
        cell = self.current_cell()
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
    def keyPressEvent(self, event: QKeyEvent) -> None:
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

    def clear_selection(self) -> dict[str, Cell | None]:
        return self._model.apply({c.cell_id: "" for c in self.selected_cells()})

    def selection_text(self) -> str:
        """The selected numbers as tab/newline separated text, the way spreadsheets copy."""
        rows: dict[int, list[str]] = {}
        for cell in self.selected_cells():
            rows.setdefault(cell.row, []).append(str(self._model.data(self._index(cell)) or ""))
        return "\n".join("\t".join(values) for values in rows.values())

    def paste(self, text: str) -> dict[str, Cell | None]:
        """Spread a block copied from a spreadsheet over the cells from the current one, right and down.

        Each piece lands where it sits in the block (rows of numbers, not label or header rows); a piece that
        falls on a total or does not read as a number is left out, so the rest stay aligned.
        """
        start = self.current_cell()
        if start is None or not text.strip():
            return {}
        lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n").split("\n")
        texts: dict[str, str] = {}
        row_start: GridCell | None = start
        for line in lines:
            if row_start is None:
                break
            target: GridCell | None = row_start
            for piece in line.split("\t"):
                if target is None:
                    break
                if piece.strip() and self._model.parse(target.cell_id, piece):
                    texts[target.cell_id] = piece
                target = self.step(target, 0, 1)
            row_start = self.step(row_start, 1, 0)
        return self._model.apply(texts)

    # --- layout ----------------------------------------------------------------------------------------------
    def sizeHint(self) -> QSize:
        # As tall as the table, so a one-row table is not followed by a large empty box; taller tables scroll.
        frame = 2 * self.frameWidth()
        return QSize(max(self.content_width(), 400) + frame, self.content_height() + frame)

    def minimumSizeHint(self) -> QSize:
        frame = 2 * self.frameWidth()
        return QSize(200, min(self.content_height(), 160) + frame)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

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
        if self.content_height() != self._fitted_height:
            self._fitted_height = self.content_height()
            self.updateGeometry()
        # Bring the scroll bars up to date now rather than on the next event loop turn, so a scrollTo that
        # follows (focus_cell) sees the real viewport.
        self.updateGeometries()

    def content_height(self) -> int:
        return sum(self.rowHeight(r) for r in range(self._model.grid.height))

    def content_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(self._model.grid.width))

    def fit_columns(self, available: int) -> None:
        """Share the width: narrow number columns, label columns wide enough that most labels fit on two lines."""
        grid = self._model.grid
        stub = self._model.table.blocks[0].stub_width
        em = self.fontMetrics().horizontalAdvance("中")
        n_values = grid.width - stub
        if stub == 0:
            # Two characters a line (结果/维持) is enough for a number column of table 4.
            widths = [max(int(2.6 * em), available // grid.width)] * grid.width
        else:
            fixed = [self._fixed_stub_width(c, em) for c in range(stub - 1)]
            labels = [
                c for c in grid.cells if c.kind in ("stub", "header") and c.col == stub - 1 and c.colspan == 1
            ]
            need = max((self.fontMetrics().horizontalAdvance(c.text) for c in labels), default=0) + 3 * em // 2
            room = available - sum(fixed)
            value = max(4 * em, min(7 * em, (room - min(need, 20 * em)) // n_values))
            last = room - value * n_values
            if last > need:  # labels fit on one line: give what is left back to the numbers
                value += (last - need) // n_values
                last = room - value * n_values
            widths = [*fixed, max(last, 6 * em)] + [value] * n_values
        # Rounding leftovers go to the last column so the grid ends flush with the view.
        widths[-1] += max(0, available - sum(widths))
        for col, width in enumerate(widths):
            self.setColumnWidth(col, width)

    def _fixed_stub_width(self, col: int, em: int) -> int:
        anchored = [c for c in self._model.grid.cells if c.col == col and c.colspan == 1]
        if anchored and all(c.vertical for c in anchored):
            return int(1.9 * em)
        return 4 * em + 2 * LABEL_PADDING + 8  # group labels such as （三）不予公开, on two lines

    def fit_rows(self) -> None:
        """Rows as tall as their wrapped labels; a cell spanning rows only adds height when it needs more."""
        delegate = self.itemDelegate()
        model = self._model
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        heights = [0] * model.grid.height
        tall: list[tuple[GridCell, int]] = []
        for cell in model.grid.cells:
            index = model.index(cell.row, cell.col)
            width = sum(self.columnWidth(c) for c in range(cell.col, cell.col + cell.colspan))
            option.rect = QRect(0, 0, width, 1000)
            height = delegate.sizeHint(option, index).height()
            if cell.rowspan == 1:
                heights[cell.row] = max(heights[cell.row], height)
            else:
                tall.append((cell, height))
        for cell, height in tall:
            rows = range(cell.row, cell.row + cell.rowspan)
            missing = height - sum(heights[r] for r in rows)
            for r in rows:
                heights[r] += max(0, missing) // cell.rowspan + (1 if r == rows[-1] and missing > 0 else 0)
        for row, height in enumerate(heights):
            self.setRowHeight(row, height)


class TableEditor(QWidget):
    """One table of the report on a wizard page; the page puts a SourceLegend next to it."""

    edited = Signal(dict)

    def __init__(self, table: TableSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = table
        self.model = TableModel(table, self)
        self.view = TableView(self.model, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        # No taller than the table: a short table keeps the page's legend and hints right under it.
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.model.edited.connect(self.edited)
        self.model.modelReset.connect(self.view.fit)
        self.setFocusProxy(self.view)

    @property
    def report(self) -> Report | None:
        return self.model.report

    def bind(self, report: Report) -> None:
        """Show `report`'s numbers for this table (call again after the report changed outside the editor)."""
        current = self.current_cell_id()
        self.model.bind(report)
        if current:
            self.focus_cell(current, give_focus=False)

    def index_of(self, cell_id: str) -> QModelIndex:
        return self.model.index_of(cell_id)

    def cell_rect(self, cell_id: str) -> QRect:
        """Where a cell is drawn, in viewport coordinates (what a click in a test aims at)."""
        return self.view.visualRect(self.index_of(cell_id))

    def current_cell_id(self) -> str:
        cell = self.view.current_cell()
        return cell.cell_id if cell else ""

    def focus_cell(self, cell_id: str, give_focus: bool = True) -> bool:
        """Select a cell, scroll it into view and put the keyboard there (the review page jumps here)."""
        index = self.index_of(cell_id)
        if not index.isValid():
            return False
        self.view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        if give_focus:
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def set_markers(self, markers: Markers) -> None:
        """Colour the cells the checks found fault with; {cell id: ("error" | "warning", tooltip)} replaces all."""
        self.model.set_markers(markers)

    def clear_selected(self) -> dict[str, Cell | None]:
        return self.view.clear_selection()

    def paste_text(self, text: str) -> dict[str, Cell | None]:
        return self.view.paste(text)
