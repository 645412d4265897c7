"""Report formats loaded from the data files in resources/formats: sections, tables, rows, columns and sums."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from disclosure_desktop.resource_files import resource_path

ValueKind = Literal["count", "amount", "delta"]


@dataclass(frozen=True)
class Column:
    id: str
    label: str
    kind: ValueKind = "count"
    span: int = 1


@dataclass(frozen=True)
class RowSpec:
    """A body row; a row without an id is a group label spanning the rows nested under it."""

    id: str | None
    label: str
    level: int = 0
    vertical: bool = False


@dataclass(frozen=True)
class HeaderCell:
    label: str
    rowspan: int = 1
    colspan: int = 1
    corner: bool = False


@dataclass(frozen=True)
class Block:
    columns: tuple[Column, ...]
    rows: tuple[RowSpec, ...]
    stub_width: int
    title: str = ""
    stub_label: str = ""
    header: tuple[tuple[HeaderCell, ...], ...] = ()

    @property
    def header_rows(self) -> tuple[tuple[HeaderCell, ...], ...]:
        if self.header:
            return self.header
        stub = (HeaderCell(self.stub_label, colspan=self.stub_width),) if self.stub_width else ()
        return (stub + tuple(HeaderCell(c.label, colspan=c.span) for c in self.columns),)

    @property
    def leaf_rows(self) -> tuple[RowSpec, ...]:
        return tuple(r for r in self.rows if r.id is not None)


@dataclass(frozen=True)
class CellSpec:
    id: str
    table_id: str
    row_id: str
    row_label: str
    column: Column
    block_index: int
    computed_by: str = ""

    @property
    def kind(self) -> ValueKind:
        return self.column.kind

    @property
    def is_total(self) -> bool:
        return bool(self.computed_by)


@dataclass(frozen=True)
class SumInstance:
    """One total cell and the cells it adds up, with the rule id a disagreement is reported under."""

    rule: str
    target: str
    parts: tuple[str, ...]


@dataclass(frozen=True)
class Balance:
    rule: str
    left: tuple[str, ...]
    right: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class TableSpec:
    id: str
    prefix: str
    blocks: tuple[Block, ...]
    name: str = ""
    name_en: str = ""
    sums: tuple[dict, ...] = ()
    balances: tuple[Balance, ...] = ()
    _cells: dict[str, CellSpec] = field(default_factory=dict, compare=False, repr=False)

    def cell_id(self, row_id: str, column_id: str) -> str:
        return ".".join(p for p in (self.prefix, row_id, column_id) if p)

    @property
    def width(self) -> int:
        block = self.blocks[0]
        return block.stub_width + sum(c.span for c in block.columns)

    @property
    def cells(self) -> dict[str, CellSpec]:
        """Every cell of the table in reading order (block, row, column)."""
        return self._cells

    @property
    def sum_instances(self) -> tuple[SumInstance, ...]:
        return _sum_instances(self)

    def column_ids(self) -> list[str]:
        seen: dict[str, None] = {}
        for block in self.blocks:
            for c in block.columns:
                seen.setdefault(c.id)
        return list(seen)

    def row_ids(self) -> list[str]:
        return [r.id for b in self.blocks for r in b.leaf_rows if r.id is not None]


@cache
def _sum_instances(table: TableSpec) -> tuple[SumInstance, ...]:
    out: list[SumInstance] = []
    rows = table.row_ids()
    cols = table.column_ids()
    for spec in table.sums:
        if "target_col" in spec:
            for row in rows:
                target = table.cell_id(row, spec["target_col"])
                parts = tuple(table.cell_id(row, p) for p in spec["parts"])
                if target in table.cells and all(p in table.cells for p in parts):
                    out.append(SumInstance(spec["rule"], target, parts))
        else:
            for col in cols:
                target = table.cell_id(spec["target_row"], col)
                parts = tuple(table.cell_id(p, col) for p in spec["parts"])
                if target in table.cells and all(p in table.cells for p in parts):
                    out.append(SumInstance(spec["rule"], target, parts))
    return tuple(out)


@dataclass(frozen=True)
class Section:
    id: str
    heading: str
    kind: Literal["text", "table"]
    required: bool = False
    hints: tuple[str, ...] = ()
    table: TableSpec | None = None
    match: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class ReportFormat:
    id: str
    name: str
    name_en: str
    title_template: str
    sections: tuple[Section, ...]
    first_year: int | None = None
    last_year: int | None = None
    numbered: bool = False
    fee_statement_required: bool = False

    def section(self, section_id: str) -> Section:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)

    @property
    def tables(self) -> tuple[TableSpec, ...]:
        return tuple(s.table for s in self.sections if s.table is not None)

    @property
    def cells(self) -> dict[str, CellSpec]:
        return _format_cells(self)

    def covers_year(self, year: int) -> bool:
        return (self.first_year is None or year >= self.first_year) and (
            self.last_year is None or year <= self.last_year
        )


@cache
def _format_cells(fmt: ReportFormat) -> dict[str, CellSpec]:
    out: dict[str, CellSpec] = {}
    for table in fmt.tables:
        out.update(table.cells)
    return out


# Sections that every format has besides its own: the unheaded opening and the signature block.
PREAMBLE = "preamble"
CLOSING = "closing"
GOV_DEFAULT = "gov-2021"


def _load_table(table_id: str) -> TableSpec:
    data = tomllib.loads(resource_path("formats", "tables", f"{table_id}.toml").read_text("utf-8"))
    blocks = tuple(
        Block(
            columns=tuple(Column(**c) for c in b["columns"]),
            rows=tuple(
                RowSpec(r.get("id"), r.get("label", ""), r.get("level", 0), r.get("vertical", False))
                for r in b["rows"]
            ),
            stub_width=b.get("stub_width", 1),
            title=b.get("title", ""),
            stub_label=b.get("stub_label", ""),
            header=tuple(tuple(HeaderCell(**h) for h in row) for row in b.get("header", ())),
        )
        for b in data["blocks"]
    )
    table = TableSpec(
        id=data["id"],
        prefix=data["prefix"],
        blocks=blocks,
        name=data.get("name", data["id"]),
        name_en=data.get("name_en", data.get("name", data["id"])),
        sums=tuple(data.get("sums", ())),
        balances=tuple(
            Balance(b["rule"], tuple(b["left"]), tuple(b["right"])) for b in data.get("balances", ())
        ),
    )
    totals = {}
    for spec in table.sums:
        if "target_col" in spec:
            totals.update({table.cell_id(r, spec["target_col"]): spec["rule"] for r in table.row_ids()})
        else:
            totals.update({table.cell_id(spec["target_row"], c): spec["rule"] for c in table.column_ids()})
    for index, block in enumerate(blocks):
        for row in block.leaf_rows:
            for col in block.columns:
                cid = table.cell_id(row.id or "", col.id)
                table.cells[cid] = CellSpec(
                    cid, table.id, row.id or "", row.label, col, index, totals.get(cid, "")
                )
    return table


def _load_format(path_name: str) -> ReportFormat:
    data = tomllib.loads(resource_path("formats", path_name).read_text("utf-8"))
    sections = tuple(
        Section(
            id=s["id"],
            heading=s["heading"],
            kind=s["kind"],
            required=s.get("required", False),
            hints=tuple(s.get("hints", ())),
            table=_load_table(s["table"]) if "table" in s else None,
            match=tuple(s.get("match", ())),
        )
        for s in data["sections"]
    )
    return ReportFormat(
        id=data["id"],
        name=data["name"],
        name_en=data.get("name_en", data["name"]),
        title_template=data["title"],
        sections=sections,
        first_year=data.get("first_year"),
        last_year=data.get("last_year"),
        numbered=data.get("numbered", False),
        fee_statement_required=data.get("fee_statement_required", False),
    )


@cache
def all_formats() -> dict[str, ReportFormat]:
    """Every format shipped in resources/formats, newest government format first."""
    files = sorted(p.name for p in resource_path("formats").glob("*.toml"))
    formats = [_load_format(name) for name in files]
    formats.sort(key=lambda f: (f.first_year is None, -(f.first_year or 0)))
    return {f.id: f for f in formats}


def get_format(format_id: str) -> ReportFormat:
    try:
        return all_formats()[format_id]
    except KeyError:
        raise UnknownFormatError(format_id) from None


def default_format_for_year(year: int) -> ReportFormat:
    """The official government format in force for a report year (gov-2021 when none claims it)."""
    for fmt in all_formats().values():
        if fmt.first_year is not None and fmt.covers_year(year):
            return fmt
    return all_formats()[GOV_DEFAULT]


class UnknownFormatError(KeyError):
    def __init__(self, format_id: str) -> None:
        super().__init__(format_id)
        self.format_id = format_id
