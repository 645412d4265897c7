"""Lays a table spec out as the official grid (merged headers, nested row labels) for every renderer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Literal

from disclosure_desktop.domain.formats import Block, HeaderCell, TableSpec

CellKind = Literal["title", "header", "corner", "stub", "value"]


@dataclass(frozen=True)
class GridCell:
    kind: CellKind
    text: str
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    cell_id: str = ""
    level: int = 0
    vertical: bool = False

    @property
    def is_label(self) -> bool:
        return self.kind != "value"


@dataclass(frozen=True)
class Grid:
    """Cells placed on a width × height grid; `head_rows` leading rows repeat on continuation pages."""

    width: int
    height: int
    head_rows: int
    cells: tuple[GridCell, ...]

    def rows(self) -> list[list[GridCell]]:
        out: list[list[GridCell]] = [[] for _ in range(self.height)]
        for cell in self.cells:
            out[cell.row].append(cell)
        for row in out:
            row.sort(key=lambda c: c.col)
        return out

    def value_cells(self) -> dict[str, GridCell]:
        return {c.cell_id: c for c in self.cells if c.kind == "value"}


@cache
def table_grid(table: TableSpec) -> Grid:
    cells: list[GridCell] = []
    row = 0
    width = table.width
    head_rows = 0
    for index, block in enumerate(table.blocks):
        if block.title:
            cells.append(GridCell("title", block.title, row, 0, colspan=width))
            row += 1
        header_start = row
        row = _place_header(block, row, cells)
        if index == 0 and not block.title:
            head_rows = row - header_start
        row = _place_body(table, block, row, cells)
    return Grid(width, row, head_rows, tuple(cells))


def header_places(block: Block) -> list[tuple[int, int, HeaderCell]]:
    """(header row, first grid column, cell) of each header cell, placed as the printed table places them: a cell
    spanning rows pushes the cells of the rows below it to the right."""
    occupied: set[tuple[int, int]] = set()
    out: list[tuple[int, int, HeaderCell]] = []
    for r, header_row in enumerate(block.header_rows):
        col = 0
        for h in header_row:
            while (r, col) in occupied:
                col += 1
            out.append((r, col, h))
            for dr in range(h.rowspan):
                for dc in range(h.colspan):
                    occupied.add((r + dr, col + dc))
            col += h.colspan
    return out


def _place_header(block: Block, row: int, cells: list[GridCell]) -> int:
    for offset, col, h in header_places(block):
        kind: CellKind = "corner" if h.corner else "header"
        cells.append(GridCell(kind, h.label, row + offset, col, h.rowspan, h.colspan))
    return row + len(block.header_rows)


def _place_body(table: TableSpec, block: Block, row: int, cells: list[GridCell]) -> int:
    rows = block.rows
    for i, spec in enumerate(rows):
        if spec.id is None:
            # A group label spans the leaf rows nested under it, in its own stub column.
            span = 0
            for member in rows[i + 1 :]:
                if member.level <= spec.level:
                    break
                span += member.id is not None
            cells.append(
                GridCell("stub", spec.label, row, spec.level, rowspan=max(span, 1), level=spec.level,
                         vertical=spec.vertical)
            )
            continue
        if block.stub_width:
            cells.append(
                GridCell("stub", spec.label, row, spec.level, colspan=block.stub_width - spec.level,
                         level=spec.level)
            )
        col = block.stub_width
        for column in block.columns:
            cells.append(
                GridCell("value", "", row, col, colspan=column.span, cell_id=table.cell_id(spec.id, column.id))
            )
            col += column.span
        row += 1
    return row


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


@cache
def cell_names(table: TableSpec) -> dict[str, str]:
    """{cell id: "row label × column"}, as tooltips, screen readers and messages name a value cell."""
    columns = column_names(table_grid(table))
    return {
        cid: " × ".join(part for part in (spec.row_label, columns.get(cid, "")) if part)
        for cid, spec in table.cells.items()
    }


_ORDINAL = re.compile(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、])")
_NOTE = re.compile(r"（[^）]*）$")


def short_label(label: str, chars: int = 4) -> str:
    """A row label cut to its ordinal and first words (「一、本年新收」), for menus where the whole does not fit."""
    label = _NOTE.sub("", label) if not _ORDINAL.fullmatch(label) else label
    found = _ORDINAL.match(label)
    prefix = found.group(0) if found else ""
    rest = label[len(prefix):]
    return prefix + (rest if len(rest) <= chars + 3 else rest[:chars] + "…")
