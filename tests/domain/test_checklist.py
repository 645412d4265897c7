"""The evaluator's checklist and the order of problems in the report (the review page and F8 read these)."""

from __future__ import annotations

from disclosure_desktop.domain.checks import RULES
from disclosure_desktop.domain.checks.checklist import (
    CRITERIA,
    build_checklist,
    checklist_of_problems,
    in_report_order,
    report_order_key,
    step,
)
from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.report import Cell
from disclosure_desktop.messages import set_language
from tests.helpers.reports import clean_report, previous_of


def statuses(checklist) -> dict[str, str]:
    return {c.id: c.status for c in checklist.criteria}


def test_every_rule_is_under_one_criterion():
    covered = [rule for _, rules in CRITERIA for rule in rules]
    assert sorted(covered) == sorted(RULES)


def test_a_sound_report_published_on_time_is_ready_on_every_line():
    report = clean_report()
    report.meta["published_on"] = "2026-01-23"
    previous = previous_of(report)
    checklist = build_checklist(report, previous, check_report(report, previous))
    assert checklist.ready and (checklist.errors, checklist.warnings, checklist.acknowledged) == (0, 0, 0)
    assert set(statuses(checklist).values()) == {"ok"}
    details = {c.id: c.detail for c in checklist.criteria}
    assert "2026年1月23日" in details["on_time"] and "2026年1月31日" in details["on_time"]
    assert "按机关名称判断" in details["on_time"]  # 某县交通运输局: a department, guessed
    assert "（阈值50%）" in details["repetition"] and "2024年度" in details["repetition"]
    assert checklist.repetition is not None and [p.section_id for p in checklist.repetition.parts]
    assert "处数字已与表格核对" in details["text_tables"]


def test_what_cannot_be_told_yet_does_not_block():
    report = clean_report()  # no publication date, no last year's report
    checklist = build_checklist(report, None, check_report(report))
    assert checklist.ready
    s = statuses(checklist)
    assert s["on_time"] == s["carry_over"] == s["repetition"] == "unknown"
    assert "尚未填写发布日期" in next(c.detail for c in checklist.criteria if c.id == "on_time")


def test_a_warning_blocks_until_acknowledged_an_error_always():
    report = clean_report()
    report.sections["overall"] += "\n全年共受理政府信息公开申请999件。"
    problems = check_report(report)
    checklist = build_checklist(report, None, problems)
    assert not checklist.ready and statuses(checklist)["text_tables"] == "warning"
    (warning,) = problems
    report.acknowledged[warning.key] = "含咨询类申请"
    checklist = build_checklist(report, None, check_report(report))
    assert checklist.ready and statuses(checklist)["text_tables"] == "acknowledged"
    assert checklist.acknowledged == 1
    report.cells["t3.new.total"] = Cell("1")
    checklist = build_checklist(report, None, check_report(report))
    assert not checklist.ready and statuses(checklist)["identities"] == "error"


def test_the_checklist_speaks_english():
    report = clean_report()
    set_language("en")
    checklist = build_checklist(report, None, check_report(report))
    assert [c.label for c in checklist.criteria][:2] == ["Published on time", "Every part present"]
    set_language("zh")


def test_from_the_problems_alone():
    report = clean_report()
    report.cells["t3.new.total"] = Cell("1")
    checklist = checklist_of_problems(check_report(report))
    assert statuses(checklist)["identities"] == "error" and statuses(checklist)["repetition"] == "unknown"


def test_problems_in_report_order_and_stepping_through_them():
    report = clean_report()
    report.sections["preamble"] = "本报告根据《条例》编制。"  # PERIOD: the preamble
    report.cells["t4.reconsideration.total"] = Cell("999")  # T4-TOTAL: table 4
    report.sections["overall"] += "\n全年共收到政府信息公开申请999件。"  # NARRATIVE: part 一
    report.sections["problems"] = ""  # SECTION-MISSING: part 五
    report.meta["published_on"] = "2026-02-10"  # LATE: before the text
    problems = check_report(report)
    assert problems[0].is_error  # the engine lists errors first …
    ordered = in_report_order(problems, report)
    sections = [p.section_id for p in ordered]
    assert sections[0] == "published_on" and sections[1] == "preamble" and sections[-1] == "problems"
    assert sections.index("overall") < sections.index("review_litigation")  # … F8 follows the report
    first = step(problems, report, None)
    assert first is ordered[0]
    walked, place = [], None
    for _ in range(len(ordered) + 1):
        problem = step(problems, report, place)
        walked.append(problem)
        place = report_order_key(problem, report)
    assert walked[:-1] == ordered and walked[-1] is ordered[0]  # wraps round
    assert step(problems, report, report_order_key(ordered[0], report), backwards=True) is ordered[-1]
    # an acknowledged warning is skipped
    narrative = next(p for p in ordered if p.rule == "NARRATIVE-NUMBER")
    report.acknowledged[narrative.key] = "含咨询类申请"
    assert narrative.key not in {p.key for p in in_report_order(check_report(report), report)}
    assert narrative.key in {p.key for p in in_report_order(check_report(report), report, acknowledged=True)}
