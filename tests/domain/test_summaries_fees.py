"""信息处理费 tiers (国办函〔2020〕109号), the fee sentence, and the sentences generated from tables 3 and 4."""

from __future__ import annotations

from decimal import Decimal

import pytest

from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.fees import (
    fee_for_nth_application,
    fee_sentence,
    per_application_fee,
    per_page_fee,
    quote,
)
from disclosure_desktop.domain.report import Cell, Report
from disclosure_desktop.domain.summaries import applications_sentence, review_litigation_sentence


@pytest.mark.parametrize(
    ("n", "fee"), [(1, 0), (10, 0), (11, 100), (30, 100), (31, 200), (40, 200), (41, 300), (50, 300), (51, 400)]
)
def test_fee_of_the_nth_application_in_a_month(n, fee):
    assert fee_for_nth_application(n) == fee


@pytest.mark.parametrize(
    ("count", "total"), [(0, 0), (10, 0), (11, 100), (30, 2000), (31, 2200), (40, 4000), (41, 4300), (45, 5500)]
)
def test_per_application_fee_is_progressive(count, total):
    assert per_application_fee(count) == total


@pytest.mark.parametrize(
    ("pages", "fee"), [(0, 0), (30, 0), (31, 10), (100, 700), (101, 720), (200, 2700), (201, 2740), (250, 4700)]
)
def test_per_page_fee_is_progressive(pages, fee):
    assert per_page_fee(pages) == fee


def test_quote_gives_both_methods():
    q = quote(applications_in_month=35, pages=120)
    assert (q.per_application, q.per_page, q.lower) == (200, 1100, 200)
    with pytest.raises(ValueError):
        per_page_fee(-1)


def test_fee_sentences():
    assert fee_sentence(0, 0, 0) == "本年度未发出收费通知，未收取信息处理费。"
    assert fee_sentence(3, Decimal("1200.50"), 1000) == (
        "本年度共发出收费通知3件，收费金额1200.5元，实际收取1000元。"
    )


@pytest.mark.parametrize("args", [(0, 0, 0), (2, 300, 0), (5, Decimal("600.00"), Decimal("600"))])
def test_fee_sentences_satisfy_the_fee_check(args):
    report = _report({})
    report.sections["other_matters"] = fee_sentence(*args)
    assert [p.rule for p in check_report(report) if p.rule == "FEE-STATEMENT"] == []


def _report(values: dict[str, int]) -> Report:
    report = Report("gov-2021", "某县人民政府", 2025)
    report.cells = {cid: Cell(str(v)) for cid, v in values.items()}
    return report


def test_applications_sentence_with_percentages_of_the_results():
    report = _report({
        "t3.new.total": 20, "t3.carried_in.total": 2, "t3.r.disclosed.total": 9, "t3.r.partial.total": 3,
        "t3.r.withheld.secret.total": 1, "t3.r.withheld.process.total": 2, "t3.r.other.fee_unpaid.total": 1,
        "t3.r.total.total": 16, "t3.carried_out.total": 6,
    })
    assert applications_sentence(report) == (
        "本年度新收政府信息公开申请20件，上年结转政府信息公开申请2件；办理结果总计16件，其中予以公开9件（占56.3%），"
        "部分公开3件（占18.8%），不予公开3件（占18.8%），其他处理1件（占6.3%）；结转下年度继续办理6件。"
    )


def test_applications_sentence_zero_and_without_table():
    assert applications_sentence(_report({})) == "本年度未收到政府信息公开申请，无上年结转申请。"
    assert applications_sentence(Report("narrative", "某银行", 2019)) == ""


def test_review_litigation_sentences():
    report = _report({
        "t4.reconsideration.upheld": 2, "t4.reconsideration.pending": 1, "t4.reconsideration.total": 3,
        "t4.lawsuit_after.corrected": 1, "t4.lawsuit_after.total": 1,
    })
    assert review_litigation_sentence(report) == (
        "本年度发生政府信息公开行政复议3件（结果维持2件，结果纠正0件，其他结果0件，尚未审结1件）；"
        "行政诉讼1件，其中未经复议直接起诉0件，复议后起诉1件（结果维持0件，结果纠正1件，其他结果0件，尚未审结0件）。"
    )
    assert review_litigation_sentence(_report({})) == "本年度未发生政府信息公开行政复议和行政诉讼案件。"
    only_lawsuit = _report({"t4.lawsuit_direct.total": 2, "t4.lawsuit_direct.upheld": 2})
    assert review_litigation_sentence(only_lawsuit).startswith(
        "本年度未发生政府信息公开行政复议案件；发生行政诉讼2件"
    )


@pytest.mark.parametrize(
    "values",
    [
        {"t4.reconsideration.total": 3, "t4.reconsideration.upheld": 3},
        {"t4.lawsuit_direct.total": 2, "t4.lawsuit_direct.upheld": 2},
        {"t4.lawsuit_after.total": 1, "t4.lawsuit_after.other": 1},
        {},
    ],
)
def test_review_sentence_agrees_and_a_changed_table_disagrees(values):
    report = _report(values)
    report.sections["review_litigation"] = review_litigation_sentence(report)
    report.cells.setdefault("t4.reconsideration.upheld", Cell("0"))  # the table is filled in
    assert [p for p in check_report(report) if p.rule == "NARRATIVE-NUMBER"] == []
    report.cells["t4.reconsideration.total"] = Cell(str(int(report.value("t4.reconsideration.total") or 0) + 1))
    found = [p for p in check_report(report) if p.rule == "NARRATIVE-NUMBER"]
    assert [p.cell_ids for p in found] == [("t4.reconsideration.total",)]
