"""Row heights of a table's grid, as tall as the wrapped labels need: each label measured once for each width it is
given (a table is fitted again at every resize and on showing), every number cell one line of the view's font."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from disclosure_desktop.domain.layout import Grid, GridCell
from disclosure_desktop.gui.table.delegate import CellDelegate

# Dragging a window's edge gives a table many widths: past this many measured labels all are let go and measured
# again as needed.
_KEPT_LABELS = 4000

LabelKey = tuple[str, str, bool, int, str]


class RowHeights:
    """Measures a view's rows; what a label needs at a width and in a font is kept until the style changes."""

    def __init__(self, view: QTableView, delegate: CellDelegate) -> None:
        self._view = view
        self._delegate = delegate
        self._labels: dict[LabelKey, int] = {}

    def forget(self) -> None:
        """The style changed (its margins give a label other room): every label is measured again."""
        self._labels.clear()

    def heights(self, grid: Grid) -> list[int]:
        """Each row's height; a cell spanning rows only adds height when it needs more than its rows have."""
        view = self._view
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        # A cell is painted one pixel short of its columns and rows when the grid is drawn (visualRect leaves the
        # line out): measured in the room it is painted in, a label that fits here fits on screen.
        line = 1 if view.showGrid() else 0
        number = self._delegate.value_height(option) + line
        font = option.font.key()
        if len(self._labels) > _KEPT_LABELS:
            self._labels.clear()
        heights = [0] * grid.height
        tall: list[tuple[GridCell, int]] = []
        for cell in grid.cells:
            height = number if not cell.is_label else self._label(cell, option, line, font)
            if cell.rowspan == 1:
                heights[cell.row] = max(heights[cell.row], height)
            else:
                tall.append((cell, height))
        for cell, height in tall:
            rows = range(cell.row, cell.row + cell.rowspan)
            missing = height - sum(heights[r] for r in rows)
            for r in rows:
                heights[r] += max(0, missing) // cell.rowspan + (1 if r == rows[-1] and missing > 0 else 0)
        return heights

    def _label(self, cell: GridCell, option: QStyleOptionViewItem, line: int, font: str) -> int:
        view = self._view
        width = sum(view.columnWidth(c) for c in range(cell.col, cell.col + cell.colspan))
        # The model gives a label its font by its kind (a title bold, the corner's note smaller), nothing else.
        key = (cell.kind, cell.text, cell.vertical, width, font)
        height = self._labels.get(key)
        if height is None:
            option.rect = QRect(0, 0, width - line, 1000)
            height = self._delegate.sizeHint(option, view.model().index(cell.row, cell.col)).height() + line
            self._labels[key] = height
        return height
