"""One official table as a Qt model over the open report: reads its cells, sends typing to the edit session."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView

from disclosure_desktop.domain.edit_session import CellAction, CellEntry, Edit, Refusal
from disclosure_desktop.domain.formats import TableSpec
from disclosure_desktop.domain.layout import GridCell, cell_names, table_grid
from disclosure_desktop.domain.report import CellSource, Report
from disclosure_desktop.gui.table.delegate import Role
from disclosure_desktop.gui.wizard.source_legend import (
    LABEL_BACKGROUND,
    MARKER_BACKGROUND,
    SOURCE_BACKGROUND,
    TITLE_BACKGROUND,
    TOTAL_BACKGROUND,
    source_label,
)
from disclosure_desktop.messages import current_language
from disclosure_desktop.runtime.open_report import OpenReport

Index = QModelIndex | QPersistentModelIndex
Markers = dict[str, tuple[str, str]]

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


class TableModel(QAbstractTableModel):
    """The official grid of one table; it never changes the report itself, the session does."""

    def __init__(self, table: TableSpec, parent=None) -> None:
        super().__init__(parent)
        self.table = table
        self.grid = table_grid(table)
        self._anchors = {(c.row, c.col): c for c in self.grid.cells}
        self._value_cells = self.grid.value_cells()
        self._names = cell_names(table)
        self.session: OpenReport | None = None
        self._markers: Markers = {}

    @property
    def report(self) -> Report | None:
        return self.session.report if self.session is not None else None

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

    def bind(self, session: OpenReport) -> None:
        """Show the open report's numbers and follow its changes from now on."""
        if self.session is not None:
            self.session.changed.disconnect(self._edited)
        self.beginResetModel()
        self.session = session
        self.endResetModel()
        session.changed.connect(self._edited)

    def _edited(self, edit: Edit) -> None:
        if edit.kind == "load":
            self.beginResetModel()
            self.endResetModel()
            return
        for cid in edit.changes.cells:
            index = self.index_of(cid)
            if index.isValid():
                self.dataChanged.emit(index, index)

    # --- reading ---------------------------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        cell = self.grid_cell(index)
        if cell is None:
            return Qt.ItemFlag.NoItemFlags
        if cell.kind != "value":
            return Qt.ItemFlag.ItemIsEnabled
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.session is not None and self.is_editable(cell):
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
        # The whole label as tooltip and accessible name, whatever room the cell has on screen.
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
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
        report = self.report
        stored = report.cells.get(cid) if report else None
        spec = self.table.cells[cid]
        marker = self._markers.get(cid)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return stored.value if stored else ""
        if role == Role.CELL_ID:
            return cid
        if role == Role.NAME:
            return self._names[cid]
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
            return f"{self._names[cid]}{'：' if current_language() == 'zh' else ': '}{value}"
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            if marker:
                return marker[1]
            if spec.is_total:
                return source_label(CellSource.COMPUTED)
            return source_label(stored.source) if stored else ""
        return None

    # --- writing: through the session ------------------------------------------------------------------------
    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        cell = self.grid_cell(index)
        if role != Qt.ItemDataRole.EditRole or not self.is_editable(cell) or self.session is None:
            return False
        assert cell is not None
        entry = self.enter({cell.cell_id: str(value)})
        return not entry.refused

    def check(self, cell_id: str, text: str) -> Refusal | None:
        """Why `text` cannot go into the cell (the editor stays open and says so), None when it can."""
        return self.session.edits.check_cell(cell_id, text) if self.session is not None else None

    def enter(self, texts: dict[str, str], action: CellAction = "type", draft: str = "") -> CellEntry:
        """One user action as one step of the session; what could not be applied is in the result. `draft`: the
        open editor the text comes from (its entries are one step, see EditSession.enter_cells)."""
        if self.session is None:
            return CellEntry()
        return self.session.edits.enter_cells(texts, action, origin=self, draft=draft)

    def take_back(self, draft: str) -> None:
        """What the open editor `draft` kept while it was typed goes again (Escape)."""
        if self.session is not None:
            self.session.edits.take_back_draft(draft, origin=self)

    def set_markers(self, markers: Markers) -> None:
        # Repaint only the cells whose mark changed: the checks run after every edit.
        touched = {cid for cid in set(self._markers) | set(markers) if self._markers.get(cid) != markers.get(cid)}
        self._markers = dict(markers)
        for cid in touched:
            index = self.index_of(cid)
            if index.isValid():
                self.dataChanged.emit(index, index)


def model_of(view: QAbstractItemView) -> TableModel:
    """The grid's model behind `view` (the table view and its frozen panes show the same one)."""
    model = view.model()
    assert isinstance(model, TableModel)
    return model
