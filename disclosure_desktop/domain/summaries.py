"""Sentences a clerk can put in the text, generated from tables 3 and 4 so that text and tables agree.

The outcome groups and their labels come from the format data (the level-1 result rows of table 3); the sentences
are the NARRATIVE-NUMBER check's own phrasing, so a generated sentence always passes it.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from disclosure_desktop.domain.formats import Block, TableSpec
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.values import ValueFormatError, parse_value

_MARKER = re.compile(r"^（[一二三四五六七八九十]+）")
_TRAILING_NOTE = re.compile(r"（[^）]*）$")


def _count(report: Report, cid: str) -> int:
    """A count with blank (or an invalid text, which VALUE reports) taken as 0."""
    try:
        value = parse_value("count", report.value(cid))
    except ValueFormatError:
        return 0
    return int(value or 0)


def _balanced_table(report: Report) -> TableSpec | None:
    return next((t for t in report.format.tables if t.balances), None)


def _total_column(table: TableSpec) -> str:
    return next((s["target_col"] for s in table.sums if "target_col" in s), "total")


def _outcome_groups(block: Block, results_row: str) -> list[tuple[str, list[str]]]:
    """(short label, leaf row ids) of each level-1 result entry, e.g. 不予公开 [r.withheld.…]."""
    groups: list[tuple[str, list[str]]] = []
    current: list[str] | None = None
    for row in block.rows:
        if row.level == 1:
            if row.id == results_row:
                current = None
                continue
            label = _TRAILING_NOTE.sub("", _MARKER.sub("", row.label))
            current = [] if row.id is None else [row.id]
            groups.append((label, current))
        elif row.level >= 2 and current is not None and row.id is not None:
            current.append(row.id)
        elif row.level == 0:
            current = None
    return [(label, rows) for label, rows in groups if rows]


def _percent(part: int, whole: int) -> str:
    value = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{value}%"


def applications_sentence(report: Report) -> str:
    """「本年度新收政府信息公开申请95件，上年结转政府信息公开申请3件；办理结果总计…」, or "" without table 3."""
    table = _balanced_table(report)
    if table is None:
        return ""
    balance = table.balances[0]
    new_row, carried_row = balance.left[0], balance.left[1]
    results_row, carried_out_row = balance.right[0], balance.right[1]
    col = _total_column(table)

    def total(row: str) -> int:
        return _count(report, table.cell_id(row, col))

    new, carried_in = total(new_row), total(carried_row)
    results, carried_out = total(results_row), total(carried_out_row)
    if new == carried_in == results == carried_out == 0:
        return "本年度未收到政府信息公开申请，无上年结转申请。"
    parts = [f"本年度新收政府信息公开申请{new}件，上年结转政府信息公开申请{carried_in}件"]
    outcome = f"办理结果总计{results}件"
    if results:
        items = []
        for label, rows in _outcome_groups(table.blocks[0], results_row):
            count = sum(total(r) for r in rows)
            if count:
                items.append(f"{label}{count}件（占{_percent(count, results)}）")
        if items:
            # Joined by ，not 、: the check reads a figure after a list mark as part of a list.
            outcome += "，其中" + "，".join(items)
    parts.append(outcome)
    parts.append(f"结转下年度继续办理{carried_out}件")
    return "；".join(parts) + "。"


_OUTCOMES = (("upheld", "结果维持"), ("corrected", "结果纠正"), ("other", "其他结果"), ("pending", "尚未审结"))


def _details(report: Report, group: str) -> str:
    items = [f"{label}{_count(report, f't4.{group}.{col}')}件" for col, label in _OUTCOMES]
    return "（" + "，".join(items) + "）"


def review_litigation_sentence(report: Report) -> str:
    """「本年度发生政府信息公开行政复议3件（结果维持…）；行政诉讼2件，其中…」, or "" without table 4."""
    cells = report.format.cells
    if "t4.reconsideration.total" not in cells:
        return ""
    review = _count(report, "t4.reconsideration.total")
    direct = _count(report, "t4.lawsuit_direct.total")
    after = _count(report, "t4.lawsuit_after.total")
    if review == direct == after == 0:
        return "本年度未发生政府信息公开行政复议和行政诉讼案件。"
    parts = []
    if review:
        parts.append(f"本年度发生政府信息公开行政复议{review}件{_details(report, 'reconsideration')}")
    else:
        parts.append("本年度未发生政府信息公开行政复议案件")
    if direct or after:
        lawsuits = f"行政诉讼{direct + after}件，其中"
        lawsuits += f"未经复议直接起诉{direct}件{_details(report, 'lawsuit_direct') if direct else ''}，"
        lawsuits += f"复议后起诉{after}件{_details(report, 'lawsuit_after') if after else ''}"
        parts.append(("发生" if not review else "") + lawsuits)
    else:
        parts.append("未发生政府信息公开行政诉讼案件")
    return "；".join(parts) + "。"
