"""Reports built for tests: a clean report of a year, last year's, filled tables, an edit session's state."""

from __future__ import annotations

from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.domain.fees import fee_sentence
from disclosure_desktop.domain.report import Cell, CellSource, Report
from disclosure_desktop.domain.summaries import applications_sentence, review_litigation_sentence

YEAR = 2025
PROBLEMS_TEXT = (
    "（一）上年度存在问题的整改情况\n针对上年度栏目更新不及时的问题，建立了栏目巡查制度，按月通报巡查结果。\n"
    "（二）本年度存在的主要问题\n政策解读形式较为单一，依申请公开答复文书的规范性仍有待提高，基层公开标准目录更新滞后。\n"
    "（三）下一步改进措施\n丰富图解、视频等解读形式，组织答复文书交叉评查，督促各科室按季度更新公开目录。"
)


def wrong_total_report() -> tuple[Report, str, str]:
    report = clean_report()
    right = report.value("t3.new.total")
    wrong = str(int(right) + 5)
    report.cells["t3.new.total"] = Cell(wrong, CellSource.IMPORTED)
    return report, right, wrong


AGENCY = "某县交通运输局"


def fill_tables(report: Report, seed: int = 0) -> None:
    """Every cell of every table, with totals and the balance right."""
    fmt = report.format
    t3 = next((t for t in fmt.tables if t.balances), None)
    for table in fmt.tables:
        for cid, spec in table.cells.items():
            if spec.is_total:
                continue
            if spec.kind == "amount":
                report.cells[cid] = Cell("12.5")
            elif ".fee_unpaid." in cid:
                report.cells[cid] = Cell("0")  # as in most reports: FEE-NOTICE tests set their own
            else:
                report.cells[cid] = Cell(str((len(cid) * 7 + seed) % 5))
    if t3 is not None:
        cols = [c for c in t3.column_ids() if c != "total"]
        results = [r for r in t3.row_ids() if r.startswith("r.") and r != "r.total"]
        for i, col in enumerate(cols):
            done = sum(int(report.value(t3.cell_id(r, col))) for r in results)
            report.cells[t3.cell_id("carried_in", col)] = Cell(str(i % 3))
            report.cells[t3.cell_id("carried_out", col)] = Cell(str((i + seed) % 2))
            new = done + (i + seed) % 2 - i % 3
            report.cells[t3.cell_id("new", col)] = Cell(str(new))
    recompute_all(report)


def recompute_all(report: Report) -> None:
    # Two passes: 「（七）总计」's own 总计 adds row totals that the first pass may set after it.
    for _ in range(2):
        for table in report.format.tables:
            for inst in table.sum_instances:
                report.cells[inst.target] = Cell(str(sum(int(report.value(p) or 0) for p in inst.parts)))


def clean_report(year: int = YEAR, format_id: str = "gov-2021") -> Report:
    report = Report(format_id, AGENCY, year)
    fill_tables(report)
    ended = int(report.value("t3.r.other.fee_unpaid.total") or 0)  # gov-2019 has no such row
    report.sections = {
        "preamble": "本报告根据《中华人民共和国政府信息公开条例》编制。"
        f"本报告中所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。本报告电子版可在某县人民政府门户网站查阅。",
        "overall": "（一）主动公开\n全年主动公开政府信息312条。\n（二）依申请公开\n"
        + applications_sentence(report),
        "review_litigation": review_litigation_sentence(report),
        "problems": PROBLEMS_TEXT,
        "other_matters": "（一）信息处理费收取情况\n" + fee_sentence(ended, 100 * ended, 0),
    }
    return report


def previous_of(report: Report) -> Report:
    prev = Report(report.format_id if report.year - 1 >= 2021 else "gov-2019", report.agency, report.year - 1)
    fill_tables(prev, seed=1)
    for cid in list(report.format.cells):
        if cid.startswith("t3.carried_in."):
            prev.cells[cid.replace("carried_in", "carried_out")] = Cell(report.value(cid))
    for row in ("rules", "normative"):
        stock = int(report.value(f"t2.{row}.in_force")) - int(report.value(f"t2.{row}.issued")) + int(
            report.value(f"t2.{row}.repealed")
        )
        prev.cells[f"t2.{row}.in_force"] = Cell(str(stock))
    prev.sections = {"overall": "上一年度的总体情况另有表述，内容与本年不同。" * 3, "problems": "上年的问题。"}
    return prev


def only(problems: list[Problem], rule: str) -> list[Problem]:
    return [p for p in problems if p.rule == rule]


def state(report: Report) -> tuple:
    """Everything a step may change, as plain values."""
    return (report.agency, report.year, report.format_id, report.title, report.is_example, dict(report.meta),
            dict(report.sections), dict(report.headings), dict(report.cells), dict(report.acknowledged))
