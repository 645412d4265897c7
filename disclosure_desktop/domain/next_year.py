"""Next year's report, started from last year's: the same agency and contact, the numbers that carry over, no text.

Only the figures that by definition continue from one year to the next are taken over, marked as carried:
- table 3, 二、上年结转政府信息公开申请数量 = last year's 四、结转下年度继续办理, column by column;
- table 2, 现行有效件数 starts from last year's stock (the clerk adds this year's issued and repealed).
Which cells these are is the checks' data (`carry_over` and `stocks` of the format's `[checks]` table), so the
new report passes CARRY-OVER and T2-STOCK by construction. Texts are not copied: a report that repeats last year's
wording is what evaluators mark down (内容雷同), and the clerk sees last year's text beside each part instead.
"""

from __future__ import annotations

from disclosure_desktop.domain.checks.settings import settings_for
from disclosure_desktop.domain.formats import ReportFormat, default_format_for_year
from disclosure_desktop.domain.report import IMPORT_META_KEYS, Cell, CellSource, Report
from disclosure_desktop.domain.totals import recompute
from disclosure_desktop.domain.values import format_value


def next_format(last: Report, year: int) -> ReportFormat:
    """The government format in force for `year`; a non-government format (no years of its own) stays."""
    fmt = last.format
    return default_format_for_year(year) if fmt.first_year is not None else fmt


def carried_cells(last: Report, fmt: ReportFormat) -> dict[str, Cell]:
    """{cell id: carried cell} of a report in `fmt` that follows `last`."""
    settings = settings_for(fmt)
    cells: dict[str, Cell] = {}
    for rule in settings.carry_over:
        previous_prefix = rule.previous_row + "."
        # A blank row last year says nothing about what carries over: leave this year's blank too.
        if not last.has_values(previous_prefix):
            continue
        for cid, spec in fmt.cells.items():
            if not cid.startswith(rule.row + ".") or spec.is_total:
                continue
            value = last.number(previous_prefix + cid[len(rule.row) + 1 :])
            if value is not None:
                cells[cid] = Cell(format_value(spec.kind, value), CellSource.CARRIED)
    for stock in settings.stocks:
        stock_spec = fmt.cells.get(stock.stock)
        if stock_spec is None or not last.value(stock.stock).strip():
            continue
        value = last.number(stock.stock)
        if value is not None:
            cells[stock.stock] = Cell(format_value(stock_spec.kind, value), CellSource.CARRIED)
    return cells


def next_year_report(last: Report) -> Report:
    """A new, unsaved report for the year after `last` (which is not changed)."""
    year = last.year + 1
    fmt = next_format(last, year)
    # The agency's kind stays; a publication date, a local deadline and an import mark belong to one copy only.
    meta = {k: v for k, v in last.meta.items() if k not in ("published_on", "deadline", *IMPORT_META_KEYS)}
    # The agency's own part headings (free layouts) are structure, not content; they stay when the format does.
    headings = dict(last.headings) if fmt.id == last.format_id else {}
    report = Report(fmt.id, last.agency, year, meta=meta, headings=headings, cells=carried_cells(last, fmt))
    recompute(report)
    return report
