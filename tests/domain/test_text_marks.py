"""Where in a part's text each problem is, as the editor marks it: a check's own span, a placeholder's every
occurrence, and the sentence an office's remark quotes; acknowledged warnings and marked-corrected remarks leave
no mark."""

from __future__ import annotations

from dataclasses import replace

from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.checks.marks import problem_marks
from tests.helpers.reports import clean_report


def test_a_checks_span_a_placeholders_each_and_a_remarks_sentence():
    report = clean_report()
    report.sections["overall"] += "\n全年共收到政府信息公开申请999件。XX单位负责。"
    report.sections["problems"] += "\n政策解读形式较为单一。"
    problems = check_report(report)
    remark = Problem("warning", "REMARK", "problems", "“政策解读形式较为单一”：请补充具体改进措施。", "problems",
                     remark="r1")
    marks = problem_marks([*problems, remark], report)
    overall = report.sections["overall"]
    texts = {(m.text, m.kind) for m in marks["overall"]}
    assert ("999", "warning") in texts and ("XX", "warning") in texts
    for mark in marks["overall"]:
        assert overall[mark.start:mark.end] == mark.text
    [said] = [m for m in marks["problems"] if m.kind == "remark"]
    assert said.text.startswith("政策解读形式较为单一") and said.key == remark.key

    acknowledged = [replace(p, acknowledged="本级受理") if p.rule == "NARRATIVE-NUMBER" else p for p in problems]
    corrected = replace(remark, acknowledged="2026-02-10")
    later = problem_marks([*acknowledged, corrected], report)
    assert all(m.text != "999" for m in later["overall"]) and "problems" not in later
