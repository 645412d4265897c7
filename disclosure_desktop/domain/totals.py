"""Fills the 总计 cells of a report's tables from their parts, as the clerk types."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from disclosure_desktop.domain.formats import ReportFormat, SumInstance
from disclosure_desktop.domain.report import Cell, CellSource, Report
from disclosure_desktop.domain.values import ValueFormatError, format_value, parse_value


def _sum(report: Report, fmt: ReportFormat, total: SumInstance) -> str | None:
    """The sum's text, "" when every part is blank, None when a part is not a valid number."""
    amount: int | Decimal = 0
    seen = False
    for part in total.parts:
        try:
            value = parse_value(fmt.cells[part].kind, report.value(part))
        except ValueFormatError:
            return None
        if value is not None:
            seen = True
            amount += value
    return format_value(fmt.cells[total.target].kind, amount) if seen else ""


def recompute(report: Report, changed: Iterable[str] | None = None) -> dict[str, str]:
    """Recompute the totals that depend on `changed` cells (all totals when None).

    Returns {cell id: new text} for every total whose text changed; the report is updated in place.
    A total the clerk never touched keeps the value it was imported with until one of its parts changes.
    """
    fmt = report.format
    dirty = set(changed) if changed is not None else None
    updates: dict[str, str] = {}
    for table in fmt.tables:
        for total in table.sum_instances:
            if dirty is not None and not dirty.intersection(total.parts):
                continue
            text = _sum(report, fmt, total)
            if text is None:
                continue
            if dirty is not None:
                dirty.add(total.target)
            if report.value(total.target) != text:
                updates[total.target] = text
            if text:
                report.cells[total.target] = Cell(text, CellSource.COMPUTED)
            else:
                report.cells.pop(total.target, None)
    return updates
