"""The checks of spec §5: every rule fires on a broken report and stays silent on a sound one."""

from __future__ import annotations

import subprocess
import sys

import pytest

from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.domain.checks.claims import find_claims
from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.report import Cell, Report
from disclosure_desktop.domain.summaries import applications_sentence
from disclosure_desktop.messages import set_language
from tests.helpers.reports import AGENCY, PROBLEMS_TEXT, YEAR, clean_report, only, previous_of, recompute_all


def rules(problems: list[Problem]) -> list[str]:
    return [p.rule for p in problems]


def apply_fix(report: Report, problem: Problem) -> None:
    assert problem.fix is not None
    for cid, text in problem.fix.cells.items():
        report.cells[cid] = Cell(text)


# A sound report


def test_a_sound_report_has_no_problem():
    report = clean_report()
    assert check_report(report) == []
    assert check_report(report, previous_of(report)) == []


def test_the_sound_gov_2019_report_has_no_problem():
    report = clean_report(2020, "gov-2019")
    report.cells["t2.licensing.delta"] = Cell("-3")  # 本年增/减 may be negative
    assert check_report(report) == []


# Arithmetic


def test_row_total_names_row_column_and_numbers_and_offers_the_sum():
    report = clean_report()
    stated = int(report.value("t3.r.withheld.secret.total"))
    report.cells["t3.r.withheld.secret.total"] = Cell(str(stated + 5))
    found = only(check_report(report), "T3-ROW-TOTAL")
    assert [p.location for p in found] == ["t3.r.withheld.secret.total"]
    p = found[0]
    assert p.severity == "error" and p.section_id == "applications"
    assert "「三、收到和处理政府信息公开申请情况」表中「（三）不予公开 1.属于国家秘密」行「总计」列" in p.message
    assert f"填写为{stated + 5}" in p.message and f"之和为{stated}" in p.message
    assert "t3.r.withheld.secret.commercial" in p.cell_ids
    assert p.fix is not None and p.fix.cells == {"t3.r.withheld.secret.total": str(stated)}
    apply_fix(report, p)
    assert only(check_report(report), "T3-ROW-TOTAL") == []


def test_result_total_is_checked_per_column():
    report = clean_report()
    report.cells["t3.r.total.commercial"] = Cell("999")
    found = only(check_report(report), "T3-RESULT-TOTAL")
    assert [p.location for p in found] == ["t3.r.total.commercial"]
    assert "「（七）总计」行「商业企业」列" in found[0].message
    assert "「（一）予以公开」至「（六）其他处理 3.其他」" in found[0].message


def test_balance_is_located_at_the_results_total_of_the_column():
    report = clean_report()
    for cid in ("t3.carried_out.natural", "t3.carried_out.total"):
        report.cells[cid] = Cell(str(int(report.value(cid)) + 2))
    problems = check_report(report)
    assert [(p.rule, p.location) for p in problems if p.is_error] == [
        ("T3-BALANCE", "t3.r.total.natural"),
        ("T3-BALANCE", "t3.r.total.total"),
    ]
    message = problems[0].message
    assert "「一、本年新收政府信息公开申请数量」、「二、上年结转政府信息公开申请数量」" in message
    assert problems[0].fix is None


def test_table_4_group_total():
    report = clean_report()
    report.cells["t4.lawsuit_after.pending"] = Cell(str(int(report.value("t4.lawsuit_after.pending")) + 1))
    found = only(check_report(report), "T4-TOTAL")
    assert [p.location for p in found] == ["t4.lawsuit_after.total"]
    assert "「行政诉讼—复议后起诉—总计」列" in found[0].message
    assert "「结果维持」至「尚未审结」" in found[0].message


def test_gov_2019_single_other_row_is_summed_from_its_own_data():
    report = clean_report(2020, "gov-2019")
    report.cells["t3.r.other.natural"] = Cell(str(int(report.value("t3.r.other.natural")) + 1))
    found = check_report(report)
    assert {(p.rule, p.location) for p in found if p.is_error} >= {
        ("T3-ROW-TOTAL", "t3.r.other.total"),
        ("T3-RESULT-TOTAL", "t3.r.total.natural"),
    }


# VALUE


@pytest.mark.parametrize(
    ("cid", "text", "words"),
    [
        ("t3.new.natural", "abc", "应填写非负整数"),
        ("t3.new.natural", "1.5", "应填写非负整数"),
        ("t4.reconsideration.upheld", "-1", "不能为负数"),
        ("t2.fees.amount", "1.2345678", "小数最多六位"),
    ],
)
def test_invalid_values_are_reported_once(cid, text, words):
    report = clean_report()
    report.cells[cid] = Cell(text)
    problems = check_report(report)
    values = only(problems, "VALUE")
    assert [p.location for p in values] == [cid]
    assert words in values[0].message and f"“{text}”" in values[0].message
    # The sums over an invalid text are not reported on top of it.
    assert [p for p in problems if p.is_error] == values


def test_full_width_digits_are_valid():
    report = clean_report()
    report.cells["t2.fees.amount"] = Cell("１２.５")
    assert only(check_report(report), "VALUE") == []


# BLANK-CELL


def test_blank_cells_draw_one_warning_per_table_with_a_fix():
    report = clean_report()
    table = report.format.section("applications").table
    zeros = [c for c, spec in table.cells.items() if report.value(c) == "0" and not spec.is_total][:2]
    assert len(zeros) == 2
    for cid in zeros:
        del report.cells[cid]
    problems = check_report(report)
    assert not [p for p in problems if p.is_error]  # blank counts as 0
    (blank,) = only(problems, "BLANK-CELL")
    assert blank.location == "applications" and blank.severity == "warning"
    assert set(blank.cell_ids) == set(zeros)
    assert "2个空白单元格" in blank.message
    assert blank.fix is not None and blank.fix.label == "在2个空白单元格中填写0"
    apply_fix(report, blank)
    assert check_report(report) == []


def test_an_entirely_blank_table_is_one_warning_filled_by_its_fix():
    report = clean_report()
    for cid in list(report.cells):
        if cid.startswith("t4."):
            del report.cells[cid]
    report.sections["review_litigation"] = ""
    (blank,) = check_report(report)
    assert blank.rule == "BLANK-CELL" and blank.location == "review_litigation"
    assert "全部空白" in blank.message and len(blank.cell_ids) == 15


# CARRY-OVER and T2-STOCK


def test_carry_over_against_last_years_report():
    report = clean_report()
    previous = previous_of(report)
    previous.cells["t3.carried_out.research"] = Cell("7")
    found = check_report(report, previous)
    assert [(p.rule, p.location) for p in found] == [("CARRY-OVER", "t3.carried_in.research")]
    assert "2024年度报告中「四、结转下年度继续办理」为7" in found[0].message
    apply_fix(report, found[0])
    assert only(check_report(report, previous), "CARRY-OVER") == []


def test_history_is_ignored_without_last_years_report_or_with_another_year():
    report = clean_report()
    previous = previous_of(report)
    previous.cells["t3.carried_out.research"] = Cell("7")
    previous.year = YEAR - 2
    assert check_report(report, previous) == []


def test_carry_over_from_a_gov_2019_report():
    report = clean_report(2021)
    previous = previous_of(report)
    assert previous.format_id == "gov-2019"
    assert check_report(report, previous) == []
    previous.cells["t3.carried_out.total"] = Cell("99")
    assert [p.location for p in check_report(report, previous)] == ["t3.carried_in.total"]


def test_stock_of_rules_rolls_forward():
    report = clean_report()
    previous = previous_of(report)
    previous.cells["t2.normative.in_force"] = Cell("40")
    expected = 40 + int(report.value("t2.normative.issued")) - int(report.value("t2.normative.repealed"))
    (p,) = check_report(report, previous)
    assert (p.rule, p.location, p.severity) == ("T2-STOCK", "t2.normative.in_force", "warning")
    assert f"应为{expected}" in p.message and "「行政规范性文件」行「现行有效件数」列" in p.message
    assert p.fix is not None and p.fix.cells == {"t2.normative.in_force": str(expected)}


# SECTION-MISSING and FEE-STATEMENT


def test_required_sections_must_have_text():
    report = clean_report()
    report.sections["problems"] = "  \n"
    found = check_report(report)
    assert [(p.rule, p.location) for p in found] == [("SECTION-MISSING", "problems")]
    assert "「五、存在的主要问题及改进情况」" in found[0].message


def test_narrative_format_has_no_required_section():
    report = Report("narrative", "某银行某分行", 2019, sections={
        "preamble": "本报告统计期限为2019年1月1日至12月31日。", "overview": "概述。"})
    assert check_report(report) == []


def test_fee_statement_missing():
    report = clean_report()
    report.sections["other_matters"] = "（二）年度政务公开工作要点落实情况\n各项要点均已落实。"
    found = check_report(report)
    assert [(p.rule, p.location, p.severity) for p in found] == [("FEE-STATEMENT", "other_matters", "error")]
    assert "信息处理费" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "本年度未收取信息处理费。",
        "本机关本年度未向申请人收取任何费用。",
        "本年度共发出收费通知2件，收费金额300元，实际收取300元。",
        "本年度共发出收费通知0件，通知收费金额0元，实际收取金额0元。",
    ],
)
def test_fee_statement_phrasings(text):
    report = clean_report()
    report.sections["other_matters"] = text
    assert check_report(report) == []


def test_gov_2019_does_not_require_a_fee_statement():
    report = clean_report(2020, "gov-2019")
    report.sections["other_matters"] = "无其他需要报告的事项。"
    assert check_report(report) == []


# PLACEHOLDER


@pytest.mark.parametrize(
    "token", ["XX", "XXX", "××", "【】", "（此处填写）", "ＸＸ", "【填写单位名称】", "＿＿＿"]
)
def test_placeholders_in_text(token):
    report = clean_report()
    report.sections["problems"] += f"\n联系人：{token}。"
    found = check_report(report)
    assert [(p.rule, p.location) for p in found] == [("PLACEHOLDER", "problems")]
    assert token in found[0].message


@pytest.mark.parametrize("text", ["采用XML格式发布数据。", "面积为3×4米。", "【政策解读】专栏", "Windows XP"])
def test_no_placeholder_in_ordinary_text(text):
    report = clean_report()
    report.sections["problems"] += "\n" + text
    assert check_report(report) == []


def test_placeholder_in_the_agency_name():
    report = clean_report()
    report.agency = "中国银行XX分行"
    found = check_report(report)
    assert [(p.rule, p.location) for p in found] == [("PLACEHOLDER", "agency")]
    assert "机关名称" in found[0].message


# PERIOD


@pytest.mark.parametrize(
    "sentence",
    [
        f"本报告中所列数据的统计期限自{YEAR}年1月1日起至{YEAR}年12月31日止。",
        f"统计期限为{YEAR}年1月1日至{YEAR}年12月31日。",
        "本报告所列数据统计期限为1月1日至12月31日。",
        f"统计时段为{YEAR}年1月1日—12月31日。",
        "统计期限为二〇二五年一月一日至二〇二五年十二月三十一日。",
        f"本报告统计期限为{YEAR}年度。",
        "数据统计期限为２０２５年１月１日至２０２５年１２月３１日。",
    ],
)
def test_period_phrasings(sentence):
    report = clean_report()
    report.sections["preamble"] = "本报告根据《条例》编制。" + sentence
    assert check_report(report) == []


def test_period_missing_or_of_another_year():
    report = clean_report()
    report.sections["preamble"] = "本报告根据《条例》编制。今年11月1日起施行新制度。"
    found = check_report(report)
    assert [(p.rule, p.location) for p in found] == [("PERIOD", "preamble")]
    report.sections["preamble"] = f"统计期限自{YEAR - 1}年1月1日起至{YEAR - 1}年12月31日止。"
    found = check_report(report)
    assert [p.rule for p in found] == ["PERIOD"] and f"{YEAR - 1}年" in found[0].message


# TITLE and FORMAT-VERSION


def test_title_override_must_match_the_metadata():
    report = clean_report()
    report.title = f"{AGENCY}{YEAR}年政府信息公开工作年度报告（更正版）"
    assert check_report(report) == []
    report.title = f"{AGENCY}二〇二五年政府信息公开工作年度报告"
    assert check_report(report) == []
    report.title = f"{AGENCY}{YEAR - 1}年政府信息公开工作年度报告"
    assert [(p.rule, p.location) for p in check_report(report)] == [("TITLE", "title")]
    report.title = f"某县财政局{YEAR}年政府信息公开工作年度报告"
    (p,) = check_report(report)
    assert p.rule == "TITLE" and AGENCY in p.message


@pytest.mark.parametrize(("format_id", "year", "fires"), [
    ("gov-2019", 2023, True), ("gov-2021", 2020, True), ("gov-2019", 2020, False), ("gov-2021", 2031, False),
])
def test_format_version(format_id, year, fires):
    report = clean_report(year, format_id)
    found = only(check_report(report), "FORMAT-VERSION")
    assert bool(found) is fires
    if fires:
        assert found[0].location == "format" and found[0].severity == "warning"


def test_narrative_format_suits_any_year():
    report = Report("narrative", "某银行某分行", 2024, sections={"preamble": "统计期限为2024年1月1日至12月31日。"})
    assert check_report(report) == []


# COPIED-TEXT


def test_copied_text_from_last_year_even_with_new_years():
    report = clean_report()
    previous = previous_of(report)
    previous.sections["problems"] = PROBLEMS_TEXT.replace("按月通报", "每月通报") + "\n2024年将继续推进。"
    report.sections["problems"] = PROBLEMS_TEXT + "\n2025年将继续推进。"
    found = check_report(report, previous)
    assert [(p.rule, p.location) for p in found] == [("COPIED-TEXT", "problems")]
    assert "2024年度" in found[0].message


def test_rewritten_or_short_text_is_not_copied():
    report = clean_report()
    previous = previous_of(report)
    previous.sections["problems"] = (
        "（一）存在的问题\n信息公开工作人员力量不足，业务培训覆盖面不够，网站栏目设置需要优化。"
    )
    assert check_report(report, previous) == []
    previous.sections["other_matters"] = report.sections["other_matters"]  # short: boilerplate is fine
    assert check_report(report, previous) == []


# NARRATIVE-NUMBER


@pytest.mark.parametrize(
    ("sentence", "cells"),
    [
        ("全年共收到政府信息公开申请17件。", ("t3.new.total",)),
        ("本年度新收政府信息公开申请数量为17件。", ("t3.new.total",)),
        ("其中予以公开1件。", ("t3.r.disclosed.total",)),
        ("被申请行政复议30件。", ("t4.reconsideration.total",)),
        ("发生行政诉讼2件。", ("t4.lawsuit_direct.total", "t4.lawsuit_after.total")),
        ("本年度未发生政府信息公开行政复议案件。", ("t4.reconsideration.total",)),
    ],
)
def test_narrative_numbers_that_disagree(sentence, cells):
    report = clean_report()
    report.sections["overall"] = sentence
    found = check_report(report)
    assert [(p.rule, p.section_id) for p in found] == [("NARRATIVE-NUMBER", "overall")]
    assert found[0].location == cells[0] and found[0].cell_ids[: len(cells)] == cells
    assert f"「一、总体情况」中写有“{sentence.rstrip('。')}”" in found[0].message


@pytest.mark.parametrize(
    "text",
    [
        "全年主动公开政府信息42条，发布政策解读17篇，组织培训3次。",
        "本报告统计期限为2025年1月1日至2025年12月31日，共收到来信12封。",
        "收到政府信息公开申请后，其中自然人申请15件均按期答复。",
        "较上年收到申请100件有所下降。",
        "予以公开和部分公开共7件。",
        "行政复议被纠错1件。",
        "未发生行政复议被纠错的情况。",
    ],
)
def test_no_false_alarm_on_unrelated_numbers(text):
    report = clean_report()
    report.sections["overall"] = text
    assert check_report(report) == []


def test_generated_sentences_agree_and_stop_agreeing_when_the_table_changes():
    report = clean_report()
    report.sections["applications"] = applications_sentence(report)
    assert check_report(report) == []
    report.cells["t3.r.disclosed.natural"] = Cell(str(int(report.value("t3.r.disclosed.natural")) + 1))
    recompute_all(report)
    found = check_report(report)
    assert ("NARRATIVE-NUMBER", "applications", "t3.r.disclosed.total") in {
        (p.rule, p.section_id, p.location) for p in found}


def test_problems_section_is_not_read_for_numbers():
    report = clean_report()
    report.sections["problems"] = PROBLEMS_TEXT + "\n上年度收到政府信息公开申请999件。"
    assert check_report(report) == []


def test_chinese_numerals_are_read():
    assert [(c.kind, c.value) for c in find_claims("行政复议一百零二件；新收政府信息公开申请十五件")] == [
        ("reconsideration", 102),
        ("new", 15),
    ]


# Ordering, languages, purity


def test_errors_come_first_then_section_order():
    report = clean_report()
    report.sections["preamble"] = "无统计期限。"
    report.cells["t4.reconsideration.total"] = Cell("999")
    report.cells["t3.new.total"] = Cell("999")
    report.sections["other_matters"] = "无。"
    assert [(p.severity, p.rule, p.location) for p in check_report(report)] == [
        ("error", "T3-ROW-TOTAL", "t3.new.total"),
        ("error", "T3-BALANCE", "t3.r.total.total"),
        ("error", "T4-TOTAL", "t4.reconsideration.total"),
        ("error", "FEE-STATEMENT", "other_matters"),
        ("warning", "PERIOD", "preamble"),
        ("warning", "NARRATIVE-NUMBER", "t3.new.total"),
        ("warning", "NARRATIVE-NUMBER", "t4.reconsideration.total"),
    ]


def test_messages_follow_the_ui_language():
    report = clean_report()
    report.cells["t3.new.total"] = Cell("1000")
    report.sections["preamble"] = "无。"
    set_language("en")
    problems = check_report(report)
    total = next(p for p in problems if p.rule == "T3-ROW-TOTAL")
    assert total.message.startswith(
        "table 「三、收到和处理政府信息公开申请情况」, row 「一、本年新收政府信息公开申请数量」"
    )
    assert "1000 is stated" in total.message and total.fix is not None and total.fix.label.startswith("set it to")
    period = next(p for p in problems if p.rule == "PERIOD")
    assert period.message.startswith("the preamble does not state")
    set_language("zh")
    assert "填写为1000" in next(p for p in check_report(report) if p.rule == "T3-ROW-TOTAL").message


def test_the_engine_imports_no_qt():
    code = (
        "import sys; import disclosure_desktop.domain.checks.engine, disclosure_desktop.domain.summaries, "
        "disclosure_desktop.domain.fees; assert not [m for m in sys.modules if m.startswith('PySide6')]"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
