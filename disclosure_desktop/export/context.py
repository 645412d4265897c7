"""One rendering context of a report (title, metadata, sections, table grids and their column widths) that every
output builds from: the preview, the PDF, print, Word and the web page."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Literal

from disclosure_desktop.domain.formats import CellSpec, TableSpec, ValueKind
from disclosure_desktop.domain.layout import GridCell, table_grid
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.textblocks import TextBlock, split_blocks
from disclosure_desktop.export import embedded_meta
from disclosure_desktop.export.fonts import report_measure
from disclosure_desktop.export.widths import Measure, TableGeometry, table_geometry

__all__ = [
    "MetaLine",
    "ReportContext",
    "RowRole",
    "SectionContext",
    "TableCell",
    "TableContext",
    "TableRow",
    "TextBlock",
    "build_context",
    "chinese_date",
]

# Labels of the metadata block of the web page (spec §7).
PUBLISHER_LABEL = "发布机构"
DATE_LABEL = "发布日期"


@dataclass(frozen=True)
class TableCell(GridCell):
    """A cell of the official grid as printed: a value cell carries the report's text and what kind it is."""

    is_total: bool = False
    value_kind: ValueKind | None = None

    @property
    def is_value(self) -> bool:
        return self.kind == "value"


# head: the leading header rows (repeat on continuation pages); title: a block's clause row (table 2);
# header: a block's own header row after its title; body: a row of labels and values.
RowRole = Literal["head", "title", "header", "body"]


@dataclass(frozen=True)
class TableRow:
    """A grid row; `role` tells a renderer where it belongs (repeated head, a block's title, or body)."""

    role: RowRole
    cells: tuple[TableCell, ...]


@dataclass(frozen=True)
class TableContext:
    id: str
    caption: str
    width: int
    height: int
    head: tuple[TableRow, ...]
    # Row groups after the head; table 2 starts a new group at each clause row (第二十条第（一）项 …).
    bodies: tuple[tuple[TableRow, ...], ...]
    # Column widths in mm for the face that prints (export/widths.py); a table too wide for the portrait type
    # area is set on a landscape page.
    geometry: TableGeometry

    @property
    def col_widths(self) -> tuple[float, ...]:
        """Share of the table width per grid column (sums to 1), for renderers that take relative widths."""
        return self.geometry.shares

    @property
    def landscape(self) -> bool:
        return self.geometry.landscape

    @property
    def rows(self) -> tuple[TableRow, ...]:
        return self.head + tuple(row for body in self.bodies for row in body)

    def cell(self, cell_id: str) -> TableCell:
        for row in self.rows:
            for cell in row.cells:
                if cell.cell_id == cell_id:
                    return cell
        raise KeyError(cell_id)


@dataclass(frozen=True)
class SectionContext:
    """A part as printed: its heading, its text blocks (a table's lead-in) and its table, if any."""

    id: str
    heading: str
    blocks: tuple[TextBlock, ...]
    table: TableContext | None = None


@dataclass(frozen=True)
class MetaLine:
    label: str
    value: str


@dataclass(frozen=True)
class ReportContext:
    title: str
    title_lines: tuple[str, ...]
    agency: str
    year: int
    format_id: str
    meta: tuple[MetaLine, ...]
    preamble: tuple[TextBlock, ...]
    sections: tuple[SectionContext, ...]
    closing: tuple[str, ...]
    # (name, content) of metadata the page carries unprinted (export.embedded_meta), read back on import.
    embedded_meta: tuple[tuple[str, str], ...] = ()


def chinese_date(day: dt.date) -> str:
    """2026-01-23 → 2026年1月23日 (Arabic numerals, no leading zeros, as 公文 dates are written)."""
    return f"{day.year}年{day.month}月{day.day}日"


def build_context(report: Report, measure: Measure | None = None) -> ReportContext:
    """The context of `report`; table widths measured by `measure` (default: the faces the PDF and Word print)."""
    if measure is None:
        measure = report_measure(report)
    fmt = report.format
    sections = []
    for section_id, heading in report.printed_sections():
        spec = fmt.section(section_id)
        table = _table_context(report, heading, spec.table, measure) if spec.table is not None else None
        sections.append(SectionContext(section_id, heading, tuple(split_blocks(report.text(section_id))), table))
    return ReportContext(
        title=report.display_title,
        title_lines=tuple(report.title_lines()),
        agency=report.agency,
        year=report.year,
        format_id=fmt.id,
        meta=_meta_lines(report),
        preamble=tuple(split_blocks(report.preamble())),
        sections=tuple(sections),
        closing=tuple(report.closing_lines()),
        embedded_meta=embedded_meta.html_meta(report),
    )


def _meta_lines(report: Report) -> tuple[MetaLine, ...]:
    lines = []
    if report.agency.strip():
        lines.append(MetaLine(PUBLISHER_LABEL, report.agency.strip()))
    day = report.published_on()
    # A date that does not parse is still what the clerk wrote: show it rather than drop it.
    raw = report.meta.get("published_on", "").strip()
    if day or raw:
        lines.append(MetaLine(DATE_LABEL, chinese_date(day) if day else raw))
    return tuple(lines)


def _table_context(report: Report, caption: str, table: TableSpec, measure: Measure) -> TableContext:
    grid = table_grid(table)
    specs = table.cells
    rows: list[TableRow] = []
    for index, grid_row in enumerate(grid.rows()):
        cells = tuple(_cell(report, c, specs) for c in grid_row)
        if index < grid.head_rows:
            role: RowRole = "head"
        elif any(c.kind == "title" for c in grid_row):
            role = "title"
        elif all(c.kind in ("header", "corner") for c in grid_row):
            role = "header"
        else:
            role = "body"
        rows.append(TableRow(role, cells))
    head = tuple(r for r in rows if r.role == "head")
    bodies: list[list[TableRow]] = []
    for row in rows[len(head) :]:
        if row.role == "title" or not bodies:
            bodies.append([])
        bodies[-1].append(row)
    return TableContext(
        id=table.id,
        caption=caption,
        width=grid.width,
        height=grid.height,
        head=head,
        bodies=tuple(tuple(b) for b in bodies),
        geometry=table_geometry(
            [c for r in rows for c in r.cells], grid.width, table.blocks[0].stub_width, measure,
            {cell_id: spec.kind for cell_id, spec in specs.items()},
        ),
    )


def _cell(report: Report, cell: GridCell, specs: dict[str, CellSpec]) -> TableCell:
    fields = {f.name: getattr(cell, f.name) for f in dataclasses.fields(GridCell)}
    if cell.kind != "value":
        return TableCell(**fields)
    spec = specs.get(cell.cell_id)
    fields["text"] = report.value(cell.cell_id)
    return TableCell(**fields, is_total=bool(spec and spec.is_total), value_kind=spec.kind if spec else None)
