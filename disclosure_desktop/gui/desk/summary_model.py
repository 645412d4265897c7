"""The summary table (spec §13) as a Qt model: one row a unit, the columns of review/summary_table.py, units not
received in red, errors and warnings standing out; sorted by each column's value (blank last), filtered to the
units with problems or by a name typed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from disclosure_desktop.review.batch import MISSING, STATUSES, BatchReview, UnitReview
from disclosure_desktop.review.summary_table import COLUMNS, Column, Value, text_of_value

Index = QModelIndex | QPersistentModelIndex
RED = QColor("#b3261e")
MISSING_BACKGROUND = QColor("#fde9e7")
ORANGE = QColor("#8a4b00")  # a warning, readable on white and in grey print
# Criterion statuses worst first, so that sorting a criterion's column brings the problems to the top.
_CRITERION_ORDER = {"error": 0, "warning": 1, "unknown": 2, "acknowledged": 3, "ok": 4, "na": 5}
_RIGHT = ("count", "rate")
ROWS_A_TURN = 50  # rows made between two turns of the event loop (≈ 7 ms)
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


class SummaryModel(QStandardItemModel):
    """The rows of a BatchReview as items Qt keeps itself: painting and scrolling call no Python, so the table
    stays smooth while a job checks the next batch on another thread (each Python call would wait for the GIL).
    Headers in the language the core speaks (the .xlsx uses the same words)."""

    built = Signal()  # every row of the review set last is in

    def __init__(self, parent: Any = None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.rows: list[UnitReview] = []
        self._made: list[list[QStandardItem]] = []
        self._generation = 0
        self.texts: list[set[str]] = [set() for _ in COLUMNS]  # each column's texts, for fitting its width
        self._set_headers()

    def _set_headers(self) -> None:
        for number, column in enumerate(COLUMNS):
            item = QStandardItem(two_lines(column.header))
            item.setToolTip(column.header)
            self.setHorizontalHeaderItem(number, item)

    def set_review(self, review: BatchReview | None) -> None:
        """Show `review`'s rows; `built` once they are all in (a few hundred rows take several turns of the event
        loop, ROWS_A_TURN at a time, so that the window answers meanwhile)."""
        self._generation += 1
        self.rows = list(review.units) if review is not None else []
        self._made = []
        self.texts = [set() for _ in COLUMNS]
        self._make(self._generation)

    @property
    def building(self) -> bool:
        return len(self._made) < len(self.rows)

    def _make(self, generation: int) -> None:
        if generation != self._generation:  # another review came meanwhile
            return
        bold = QFont()
        bold.setBold(True)
        start = len(self._made)
        for number in range(start, min(start + ROWS_A_TURN, len(self.rows))):
            self._made.append(self._items(self.rows[number], bold))
        if self.building:
            QTimer.singleShot(0, self, lambda: self._make(generation))
            return
        # Put in silently, then one reset: a signal a row would have the sorting proxy place each row in turn.
        self.blockSignals(True)
        try:
            self.setRowCount(0)
            for items in self._made:
                self.appendRow(items)
        finally:
            self.blockSignals(False)
        self.beginResetModel()
        self.endResetModel()
        self.built.emit()

    def replace_row(self, row: UnitReview) -> None:
        """One unit's row changed (its status): only that row's items are made again."""
        bold = QFont()
        bold.setBold(True)
        for number, old in enumerate(self.rows):
            if old.name == row.name:
                self.rows[number] = row
                if number < len(self._made) and self.building:  # made already, not yet in: made again
                    self._made[number] = self._items(row, bold)
                elif not self.building:
                    for column, item in enumerate(self._items(row, bold)):
                        self.setItem(number, column, item)
                return

    def _items(self, row: UnitReview, bold: QFont) -> list[QStandardItem]:
        items = []
        missing = row.status == MISSING
        background = QBrush(MISSING_BACKGROUND) if missing else None
        for column, texts in zip(COLUMNS, self.texts, strict=True):
            value = column.value(row)
            text = text_of_value(column, value)
            texts.add(text)
            item = QStandardItem(text)  # the view edits nothing; its row is the row of `rows`
            bad = missing or _is_bad(column, row, value)
            colour = RED if bad else _warning_colour(column, row, value)
            if colour is not None:
                item.setForeground(QBrush(colour))
            if background is not None:
                item.setBackground(background)
            if bad:
                item.setFont(bold)
            if column.kind in _RIGHT:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tip = _tip(column, row, text)
            if tip:
                item.setToolTip(tip)
            items.append(item)
        return items

    def row_of(self, number: int) -> UnitReview:
        return self.rows[number]


def _is_bad(column: Column, row: UnitReview, value: Value) -> bool:
    if column.id == "errors":
        return bool(row.errors)
    if column.id == "late":
        return row.late
    if column.id in ("similarity", "similar_unit"):
        return row.similar is not None
    return column.kind == "criterion" and value == "error"


def _warning_colour(column: Column, row: UnitReview, value: Value) -> QColor | None:
    if column.id == "warnings" and row.warnings:
        return ORANGE
    if column.kind == "criterion" and value == "warning":
        return ORANGE
    if column.id == "repetition" and "REPETITION" in row.rules:
        return ORANGE
    return None


def _tip(column: Column, row: UnitReview, text: str) -> str | None:
    if column.id == "rules" and row.counted:
        return "\n".join(f"{p.rule}：{p.message}" for p in row.counted)
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
        model = self.sourceModel()
        assert isinstance(model, SummaryModel)
        return model.row_of(self.mapToSource(index).row())
