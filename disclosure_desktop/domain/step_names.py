"""The names of edit steps as the Edit menu shows them (「撤销 填写 表三 一、本年新收… 自然人」), in the UI language."""

from __future__ import annotations

from functools import cache

from disclosure_desktop.domain.formats import CLOSING, PREAMBLE, ReportFormat, TableSpec
from disclosure_desktop.domain.layout import column_names, short_label, table_grid
from disclosure_desktop.messages import current_language, message


def table_name(fmt: ReportFormat, cell_id: str) -> str:
    spec = fmt.cells.get(cell_id)
    if spec is None:
        return ""
    for table in fmt.tables:
        if table.id == spec.table_id:
            return table.name_en if current_language() == "en" else table.name
    return ""


def cell_name(fmt: ReportFormat, cell_id: str) -> str:
    """「表三 一、本年新收… 自然人」: the table, the row cut short and the column."""
    spec = fmt.cells.get(cell_id)
    if spec is None:
        return cell_id
    table = next(t for t in fmt.tables if t.id == spec.table_id)
    column = _column_names(table).get(cell_id, "")
    parts = (table_name(fmt, cell_id), short_label(spec.row_label), column)
    return " ".join(p for p in parts if p)


@cache
def _column_names(table: TableSpec) -> dict[str, str]:
    """Worked out once a table: an import names every cell it cleans (domain/limits.py), 500 of them."""
    return column_names(table_grid(table))


def section_name(fmt: ReportFormat, section_id: str, headings: dict[str, str] | None = None) -> str:
    if section_id == PREAMBLE:
        return message("section.preamble")
    if section_id == CLOSING:
        return message("section.closing")
    override = (headings or {}).get(section_id, "")
    try:
        return override or fmt.section(section_id).heading
    except KeyError:
        return section_id


def cells_step(fmt: ReportFormat, action: str, cell_ids: list[str]) -> str:
    """Typing into one cell names the cell; a paste or a cleared block counts its cells."""
    if len(cell_ids) == 1:
        return message(f"step.{action}_one", cell=cell_name(fmt, cell_ids[0]))
    return message(f"step.{action}_many", n=len(cell_ids))


def field_step(name: str) -> str:
    return message(f"step.field.{name}")
