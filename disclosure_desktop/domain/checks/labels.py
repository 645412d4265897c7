"""Official row and column labels of every table cell, so that a message names a cell as the printed table does."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from disclosure_desktop.domain.formats import Block, ReportFormat, TableSpec
from disclosure_desktop.domain.layout import header_places


@dataclass(frozen=True)
class CellPlace:
    section_id: str
    order: int  # reading order within the format, for a stable sort
    row: str  # "" for a table whose single row has no label (table 4)
    column: str
    row_id: str
    column_id: str


@dataclass(frozen=True)
class FormatIndex:
    cells: dict[str, CellPlace]
    section_order: dict[str, int]
    # row label of each table row id, per table prefix: for sentences naming whole rows
    row_labels: dict[tuple[str, str], str]


def _row_labels(block: Block) -> dict[str, str]:
    """Leaf row id → its label preceded by the labels of the (non-vertical) groups it is nested in."""
    out: dict[str, str] = {}
    parents: list[tuple[int, str]] = []
    for row in block.rows:
        while parents and parents[-1][0] >= row.level:
            parents.pop()
        if row.id is None:
            if not row.vertical:
                parents.append((row.level, row.label))
            continue
        out[row.id] = " ".join([label for _, label in parents] + [row.label])
    return out


def _column_labels(block: Block) -> dict[str, str]:
    """Column id → its label; a label used twice in a block (table 4's 结果维持) gets the headers above it."""
    own = [c.label for c in block.columns]
    value_width = sum(c.span for c in block.columns)
    # Which columns each label of the header rows covers, placed as the layout places them.
    # (first col, past-last col, label, header row)
    covering = [(col, col + h.colspan, h.label, r) for r, col, h in header_places(block)
                if block.header and not h.corner and h.colspan < value_width]
    out: dict[str, str] = {}
    start = block.stub_width  # header grids include the stub columns
    for column in block.columns:
        if own.count(column.label) == 1 or not covering:
            out[column.id] = column.label
        else:
            path = [label for first, last, label, _ in sorted(covering, key=lambda c: c[3])
                    if first <= start < last]
            out[column.id] = "—".join(path) if path else column.label
        start += column.span
    return out


def _table_places(section_id: str, table: TableSpec, base: int) -> dict[str, CellPlace]:
    out: dict[str, CellPlace] = {}
    rows: dict[str, str] = {}
    cols: dict[tuple[int, str], str] = {}
    for index, block in enumerate(table.blocks):
        rows.update(_row_labels(block))
        for cid, label in _column_labels(block).items():
            cols[(index, cid)] = label
    for offset, (cid, spec) in enumerate(table.cells.items()):
        out[cid] = CellPlace(
            section_id, base + offset, rows.get(spec.row_id, ""), cols[(spec.block_index, spec.column.id)],
            spec.row_id, spec.column.id,
        )
    return out


@cache
def format_index(fmt: ReportFormat) -> FormatIndex:
    cells: dict[str, CellPlace] = {}
    row_labels: dict[tuple[str, str], str] = {}
    order = {"format": -4, "agency": -3, "published_on": -2, "title": -1, "preamble": 0}
    for number, section in enumerate(fmt.sections, start=1):
        order[section.id] = number
        if section.table is not None:
            cells.update(_table_places(section.id, section.table, len(cells)))
            for block in section.table.blocks:
                for rid, label in _row_labels(block).items():
                    row_labels[(section.table.prefix, rid)] = label
    order["closing"] = len(fmt.sections) + 1
    return FormatIndex(cells, order, row_labels)
