"""The official labels of a table, as the format data states them: each column's header path and each row's nesting.

A printed table is read by comparing its labels with these, never with labels written into the code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from disclosure_desktop.domain.formats import Block, Column, RowSpec, TableSpec
from disclosure_desktop.domain.layout import header_places


@dataclass(frozen=True)
class OfficialColumn:
    block: int
    column: Column
    path: tuple[str, ...]  # header labels above the column, top-down, its own label last
    order: int  # left to right within its block


@dataclass(frozen=True)
class OfficialRow:
    block: int
    row: RowSpec
    parents: tuple[str, ...]  # labels of the groups it is nested in (三、本年度办理结果, （三）不予公开 …)
    order: int  # reading order over the whole table, group labels included

    @property
    def is_group(self) -> bool:
        return self.row.id is None


@dataclass(frozen=True)
class OfficialTable:
    spec: TableSpec
    columns: tuple[tuple[OfficialColumn, ...], ...]  # per block
    rows: tuple[OfficialRow, ...]
    header_labels: tuple[str, ...]  # every label of every header row (corner, stub label, groups, columns)
    block_titles: tuple[str, ...]
    stub_labels: tuple[str, ...]  # the stub's header (信息内容) and the corner text

    @property
    def leaf_rows(self) -> tuple[OfficialRow, ...]:
        return tuple(r for r in self.rows if not r.is_group)


def _column_paths(block: Block) -> tuple[OfficialColumn, ...]:
    """Place the block's header rows as the layout does and read the labels above each value column."""
    # (header row, first col, past-last col, label)
    covering = [(r, col, col + h.colspan, h.label) for r, col, h in header_places(block) if not h.corner]
    out = []
    start = block.stub_width
    for order, column in enumerate(block.columns):
        path = tuple(label for _, first, last, label in sorted(covering) if first <= start < last and label)
        out.append(OfficialColumn(-1, column, path or (column.label,), order))
        start += column.span
    return tuple(out)


def _rows(block_index: int, block: Block, start: int) -> list[OfficialRow]:
    out: list[OfficialRow] = []
    parents: list[tuple[int, str]] = []
    for offset, row in enumerate(block.rows):
        while parents and parents[-1][0] >= row.level:
            parents.pop()
        out.append(OfficialRow(block_index, row, tuple(label for _, label in parents), start + offset))
        if row.id is None:
            parents.append((row.level, row.label))
    return out


@cache
def official(spec: TableSpec) -> OfficialTable:
    columns = []
    rows: list[OfficialRow] = []
    header_labels: list[str] = []
    stub_labels: list[str] = []
    for index, block in enumerate(spec.blocks):
        cols = tuple(
            OfficialColumn(index, c.column, c.path, c.order) for c in _column_paths(block)
        )
        columns.append(cols)
        rows.extend(_rows(index, block, len(rows)))
        for header_row in block.header_rows:
            for h in header_row:
                if h.label:
                    header_labels.append(h.label)
                    if h.corner:
                        stub_labels.append(h.label)
        if block.stub_label:
            stub_labels.append(block.stub_label)
    return OfficialTable(
        spec=spec,
        columns=tuple(columns),
        rows=tuple(rows),
        header_labels=tuple(dict.fromkeys(header_labels)),
        block_titles=tuple(b.title for b in spec.blocks if b.title),
        stub_labels=tuple(dict.fromkeys(stub_labels)),
    )
