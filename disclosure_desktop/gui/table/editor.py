"""The grid editor for one official table: laid out like the printed table, typed into like a spreadsheet."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QRect, Qt, Signal
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

from disclosure_desktop.domain.edit_session import CellEntry, Edit
from disclosure_desktop.domain.formats import TableSpec
from disclosure_desktop.domain.report import Report
from disclosure_desktop.gui.table.model import Markers, TableModel
from disclosure_desktop.gui.table.view import TableView
from disclosure_desktop.gui.wizard.source_legend import SourceLegend
from disclosure_desktop.runtime.open_report import OpenReport

__all__ = ["SourceLegend", "TableEditor", "TableModel", "TableView"]


class TableEditor(QWidget):
    """One table of the report on a wizard page; the page puts a SourceLegend next to it."""

    edited = Signal(object)  # a domain Edit that changed cells of this table (typed here, undone, fixed …)

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
        self.model.modelReset.connect(self.view.fit)
        self.setFocusProxy(self.view)

    @property
    def report(self) -> Report | None:
        return self.model.report

    def bind(self, session: OpenReport) -> None:
        """Show the open report's numbers for this table; the model follows its changes from then on."""
        if self.model.session is session:
            return
        current = self.current_cell_id()
        if self.model.session is not None:
            self.model.session.changed.disconnect(self._edited)
        self.model.bind(session)
        session.changed.connect(self._edited)
        if current:
            self.focus_cell(current, give_focus=False)

    def _edited(self, edit: Edit) -> None:
        if edit.kind == "load" or not set(edit.changes.cells).isdisjoint(self.table.cells):
            self.edited.emit(edit)

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

    def clear_selected(self) -> CellEntry:
        return self.view.clear_selection()

    def paste_text(self, text: str) -> CellEntry:
        return self.view.paste(text)
