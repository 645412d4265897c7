"""The summary table (spec §13) as a Qt model: one row a unit, the columns of review/summary_table.py, units not
received in red, errors and warnings standing out; sorted by each column's value (blank last), filtered to the
units with problems or by a name typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from disclosure_desktop.review.batch import MISSING, STATUSES, BatchReview, UnitReview
from disclosure_desktop.review.summary_table import COLUMNS, Column, text_of

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole  # the UnitReview of the row
RED = QColor("#b3261e")
MISSING_BACKGROUND = QColor("#fde9e7")
ORANGE = QColor("#8a4b00")  # a warning, readable on white and in grey print
# Criterion statuses worst first, so that sorting a criterion's column brings the problems to the top.
_CRITERION_ORDER = {"error": 0, "warning": 1, "unknown": 2, "acknowledged": 3, "ok": 4, "na": 5}
_RIGHT = ("count", "rate")
_OPENING, _CLOSING = "“‘（(《「", "”’）)》」、，。：；"


def two_lines(header: str, longest: int = 6) -> str:
    """A long column header on two lines (at a space, or in the middle of Chinese), so the column can be narrow."""
    if " " in header:
        if len(header) <= 2 * longest + 2:
            return header
        middle = len(header) // 2
        cut = min((i for i, ch in enumerate(header) if ch == " "), key=lambda i: abs(i - middle))
        return header[:cut] + "\n" + header[cut + 1:]
    if len(header) <= longest or header.isascii():  # one English word stays whole
        return header
    cut = (len(header) + 1) // 2
    # Never between a quotation mark or bracket and what it holds.
    while cut < len(header) - 1 and (header[cut] in _CLOSING or header[cut - 1] in _OPENING):
        cut += 1
    return header[:cut] + "\n" + header[cut:]


def sort_key(column: Column, row: UnitReview) -> tuple[int, Any]:
    """(blank?, value): blank cells sort after every value whichever way the column is sorted first."""
    if column.id == "status":
        return 0, STATUSES.index(row.status) if row.status in STATUSES else len(STATUSES)
    value = column.value(row)
    if value is None or value == "":
        return 1, 0
    if column.kind == "criterion":
        return 0, _CRITERION_ORDER.get(str(value), len(_CRITERION_ORDER))
    if isinstance(value, dt.date):
        return 0, value.toordinal()
    return 0, value


class SummaryModel(QAbstractTableModel):
    """The rows of a BatchReview; headers in the language the core speaks (the .xlsx uses the same words)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.rows: list[UnitReview] = []

    def set_review(self, review: BatchReview | None) -> None:
        self.beginResetModel()
        self.rows = list(review.units) if review is not None else []
        self.endResetModel()

    def replace_row(self, row: UnitReview) -> None:
        """One unit's row changed (its status): only that row is repainted."""
        for number, old in enumerate(self.rows):
            if old.name == row.name:
                self.rows[number] = row
                self.dataChanged.emit(self.index(number, 0), self.index(number, len(COLUMNS) - 1))
                return

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return two_lines(COLUMNS[section].header)
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return COLUMNS[section].header
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text_of(column, row)
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self._colour(column, row)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.BackgroundRole and row.status == MISSING:
            return QBrush(MISSING_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and (row.status == MISSING or self._is_bad(column, row)):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in _RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(column, row)
        return None

    @staticmethod
    def _is_bad(column: Column, row: UnitReview) -> bool:
        if column.id == "errors":
            return bool(row.errors)
        if column.id == "late":
            return row.late
        if column.id in ("similarity", "similar_unit"):
            return row.similar is not None
        return column.kind == "criterion" and column.value(row) == "error"

    def _colour(self, column: Column, row: UnitReview) -> QColor | None:
        if row.status == MISSING or self._is_bad(column, row):
            return RED
        if column.id == "warnings" and row.warnings:
            return ORANGE
        if column.kind == "criterion" and column.value(row) == "warning":
            return ORANGE
        if column.id == "repetition" and "REPETITION" in row.rules:
            return ORANGE
        return None

    @staticmethod
    def _tip(column: Column, row: UnitReview) -> str | None:
        if column.id == "rules" and row.counted:
            return "\n".join(f"{p.rule}：{p.message}" for p in row.counted)
        if column.id == "file" and row.read is not None:
            return row.read.name
        text = text_of(column, row)
        return text if len(text) > 12 else None


class SummaryFilter(QSortFilterProxyModel):
    """只看有问题的 and a name (or file) typed; sorted by the rows' values, not by their text."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.problems_only = False
        self.text = ""

    def set_problems_only(self, on: bool) -> None:
        self._refilter(lambda: setattr(self, "problems_only", on))

    def set_text(self, text: str) -> None:
        self._refilter(lambda: setattr(self, "text", text.strip().casefold()))

    def _refilter(self, change: Callable[[], None]) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 on (invalidateRowsFilter is deprecated there)
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, SummaryModel)
        row = model.rows[source_row]
        if self.problems_only and not row.has_problems:
            return False
        if self.text:
            return self.text in row.name.casefold() or self.text in (row.file or "").casefold()
        return True

    def lessThan(self, left: Index, right: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, SummaryModel)
        column = COLUMNS[left.column()]
        a, b = sort_key(column, model.rows[left.row()]), sort_key(column, model.rows[right.row()])
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if a[0] != b[0]:  # blank after every value, ascending or descending
            return (a[0] < b[0]) != descending
        try:
            return a[1] < b[1]
        except TypeError:
            return str(a[1]) < str(b[1])

    def row_at(self, index: Index) -> UnitReview | None:
        if not index.isValid():
            return None
        value = self.data(index, ROW_ROLE)
        return value if isinstance(value, UnitReview) else None
