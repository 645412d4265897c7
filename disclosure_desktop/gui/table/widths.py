"""How wide a table's columns are for the width it has: every number whole in its column, labels on at most two
lines, what is left shared out. A number is never cut to 「12…」: the number columns are at least as wide as the
widest number the table shows, and the table scrolls sideways (its label columns held) when that is too wide."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QStyle, QTableView

from disclosure_desktop.gui.table.delegate import LABEL_PADDING, VALUE_PADDING
from disclosure_desktop.gui.table.model import model_of


def number_width(view: QTableView, indexes: Iterable[QModelIndex] | None = None) -> int:
    """The width a number column needs for the widest number the table shows, or of `indexes` (set bold, as
    totals are)."""
    model = model_of(view)
    font = view.font()
    font.setBold(True)
    metrics = QFontMetrics(font)
    if indexes is None:
        indexes = (model.index(c.row, c.col) for c in model.grid.cells if c.kind == "value")
    texts = (model.data(index, Qt.ItemDataRole.DisplayRole) for index in indexes)
    widest = max((metrics.horizontalAdvance(str(t)) for t in texts if t), default=0)
    # The delegate's padding and the style's text margin on both sides, as the cell paints it.
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return widest + 2 * (VALUE_PADDING + margin) + 2


def column_widths(view: QTableView, available: int) -> list[int]:
    """Share the width: narrow number columns, label columns wide enough that most labels fit on two lines."""
    model = model_of(view)
    grid = model.grid
    stub = model.table.blocks[0].stub_width
    metrics = view.fontMetrics()
    em = metrics.horizontalAdvance("中")
    numbers = number_width(view)
    n_values = grid.width - stub
    if stub == 0:
        # Two characters a line (结果/维持) is enough for a number column of table 4.
        widths = [max(int(2.6 * em), numbers, available // grid.width)] * grid.width
    else:
        fixed = [_fixed_stub_width(view, c, em) for c in range(stub - 1)]
        labels = [c for c in grid.cells if c.kind in ("stub", "header") and c.col == stub - 1 and c.colspan == 1]
        need = max((metrics.horizontalAdvance(c.text) for c in labels), default=0) + 3 * em // 2
        room = available - sum(fixed)
        value = max(4 * em, numbers, min(7 * em, (room - min(need, 20 * em)) // n_values))
        last = room - value * n_values
        if last > need:  # labels fit on one line: give what is left back to the numbers
            value += (last - need) // n_values
            last = room - value * n_values
        widths = [*fixed, max(last, 6 * em)] + [value] * n_values
    # Rounding leftovers go to the last column so the grid ends flush with the view.
    widths[-1] += max(0, available - sum(widths))
    return widths


def _fixed_stub_width(view: QTableView, col: int, em: int) -> int:
    anchored = [c for c in model_of(view).grid.cells if c.col == col and c.colspan == 1]
    if anchored and all(c.vertical for c in anchored):
        return int(1.9 * em)
    return 4 * em + 2 * LABEL_PADDING + 8  # group labels such as （三）不予公开, on two lines
