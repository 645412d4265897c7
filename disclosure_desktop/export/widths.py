"""Column widths of a printed table, from the text its columns must hold, measured in the face that prints.

Every output (preview, PDF, print, Word, web page) takes its widths from here through the rendering context, so a
table looks the same in each. A value column holds the widest number of the report and at least six digits for a
count and a six-decimal 万元 amount (large agencies receive tens of thousands of applications); the row-label
columns take what is left. A table whose numbers cannot fit the portrait type area goes on a landscape page
(GB/T 9704 allows it for a wide table), where the type area is 225 mm wide.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from disclosure_desktop.domain.formats import ValueKind
from disclosure_desktop.domain.layout import GridCell
from disclosure_desktop.export import typesetting as ts

# The narrowest text each kind of value column must hold whole.
MIN_VALUE_TEXT: dict[str, str] = {"count": "999999", "amount": "999999.999999", "delta": "-999999"}
_DEFAULT_MIN = MIN_VALUE_TEXT["count"]
# A header cell wraps, but never to fewer than two characters a line (总计, 其他).
_HEADER_MIN_EM = 2.0
# The upright 「三、本年度办理结果」 column holds one character a line; a middle label column (（三）不予公开)
# about three (it spans three rows or more).
_VERTICAL_EM = 1.2
_MIDDLE_STUB_EM = 3.2

# (text, kind) → width in mm at the table's size; kind is "value", "label" or "header".
Measure = Callable[[str, str], float]


@dataclass(frozen=True)
class TableGeometry:
    widths_mm: tuple[float, ...]
    landscape: bool

    @property
    def shares(self) -> tuple[float, ...]:
        total = sum(self.widths_mm)
        return tuple(w / total for w in self.widths_mm)


def _min_text(kind: ValueKind | str | None) -> str:
    return MIN_VALUE_TEXT.get(str(kind), _DEFAULT_MIN) if kind is not None else _DEFAULT_MIN


def table_geometry(
    cells: Iterable[GridCell],
    width: int,
    stub_width: int,
    measure: Measure,
    value_kinds: dict[str, ValueKind | str | None],
) -> TableGeometry:
    """Widths in mm of the `width` grid columns (the first `stub_width` hold row labels), summing to the type area."""
    cells = list(cells)
    pad = 2 * ts.TABLE_CELL_PADDING_MM + ts.TABLE_RULE_MM + ts.TABLE_CELL_SLACK_MM
    em = measure("中", "label")
    need = [0.0] * width
    for cell in cells:
        if cell.col < stub_width:
            continue
        if cell.kind == "value":
            wanted = max(measure(cell.text, "value"), measure(_min_text(value_kinds.get(cell.cell_id)), "value"))
        elif cell.kind == "header":
            wanted = min(measure(cell.text, "header"), _HEADER_MIN_EM * em)
        else:
            continue
        share = (wanted + pad * cell.colspan) / cell.colspan
        for col in range(cell.col, cell.col + cell.colspan):
            need[col] = max(need[col], share)
    values_mm = sum(need[stub_width:])
    stub_min = _stub_minimum(cells, stub_width, em, pad)
    landscape = values_mm + sum(stub_min) > ts.TYPE_AREA_WIDTH_MM + 0.01
    area = ts.TYPE_AREA_HEIGHT_MM if landscape else ts.TYPE_AREA_WIDTH_MM
    widths = need[:]
    if stub_width:
        widths[:stub_width] = stub_min
        # The last label column takes what is left, up to its longest label on one line (a label spanning the
        # columns before it counts their width); what is still left goes to the values.
        last = stub_width - 1
        reach = max((measure(c.text, "label") + pad - sum(stub_min[c.col:last]) for c in cells
                     if c.kind == "stub" and not c.vertical and c.col + c.colspan - 1 == last), default=0.0)
        room = area - sum(widths)
        widths[last] = max(stub_min[last], min(stub_min[last] + room, reach))
    _spread(widths, stub_width, area - sum(widths))
    return TableGeometry(tuple(widths), landscape)


def _stub_minimum(cells: list[GridCell], stub_width: int, em: float, pad: float) -> list[float]:
    out = []
    for col in range(stub_width):
        own = [c for c in cells if c.kind == "stub" and c.col == col and c.colspan == 1]
        if own and all(c.vertical for c in own):
            out.append(_VERTICAL_EM * em + pad)
        elif col < stub_width - 1:
            out.append(_MIDDLE_STUB_EM * em + pad)
        else:
            out.append(4 * em + pad)
    return out


def _spread(widths: list[float], stub_width: int, extra: float) -> None:
    """Share `extra` mm among the value columns (or, in a table of labels only, all columns)."""
    if abs(extra) < 1e-9:
        return
    targets = list(range(stub_width, len(widths))) or list(range(len(widths)))
    if extra < 0:  # cannot happen for values that fit; keep the sum right anyway, in proportion
        total = sum(widths[i] for i in targets)
        for i in targets:
            widths[i] += extra * widths[i] / total
        return
    for i in targets:
        widths[i] += extra / len(targets)
