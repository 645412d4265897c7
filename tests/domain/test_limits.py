"""The limits and character rules of domain/limits.py, which the lead's typing path and every import share."""

from __future__ import annotations

import pytest

from disclosure_desktop.domain import limits
from disclosure_desktop.domain.encodings import decode_text
from disclosure_desktop.domain.report import Cell, Report
from disclosure_desktop.messages import ReportDataError


def test_clean_text_keeps_line_breaks_and_tabs_and_drops_other_controls() -> None:
    assert limits.clean_text("甲\t乙\n丙") == "甲\t乙\n丙"
    assert limits.clean_text("a\r\nb\rc\x0bd\x0ce\u2028f\u2029g\x85h") == "a\nb\nc\nd\ne\nf\ng\nh"
    assert limits.clean_text("\x00公\x1b[31m开\x7f\x9b\ud800\ufffe") == "公[31m开"
    assert limits.clean_text("全角　空格 and emoji 📄 stay") == "全角　空格 and emoji 📄 stay"


def test_terminal_safe_shows_what_a_terminal_would_act_on() -> None:
    assert limits.terminal_safe("a\x1b]0;x\x07b\u202ec") == "a\\x1b]0;x\\x07b\\u202ec"
    assert limits.terminal_safe("某某县人民政府") == "某某县人民政府"


def test_json_depth_skips_brackets_inside_strings_and_is_quick_on_big_files() -> None:
    assert limits.json_depth('{"a": "[[[[", "b": [{"c": "\\"]"}]}') == 3
    assert limits.json_depth("[" * 50 + "]" * 50) == 50
    big = '{"sections": {"overall": "' + "字[" * 1_000_000 + '"}}'
    assert limits.json_depth(big) == 2


def _report(**overrides: object) -> Report:
    report = Report("gov-2021", "某某县人民政府", 2025, sections={"overall": "正文"},
                    cells={"t3.new.natural": Cell("705")})
    for key, value in overrides.items():
        setattr(report, key, value)
    return report


@pytest.mark.parametrize(
    ("overrides", "expected"),
    [
        ({"agency": "\x00 "}, "缺少单位名称"),
        ({"agency": "局" * 101}, "“单位名称”太长：101 个字符，最多 100 个"),
        ({"title": "题" * 101}, "“标题”太长"),
        ({"sections": {"overall": "字" * (limits.MAX_SECTION_CHARS + 1)}}, "“一、总体情况”太长"),  # named as printed
        ({"sections": {s: "字" * 45_000 for s in ("preamble", "overall", "problems", "other_matters", "closing")}},
         "“全文”太长"),
        ({"cells": {"t3.new.natural": Cell("1000000000")}}, "数值过大"),
        ({"cells": {"t2.fees.amount": Cell("1000000000")}}, "数值过大"),
        ({"cells": {"t3.new.natural": Cell("-0")}}, "-0"),
        ({"cells": {"t3.new.natural": Cell("7e3")}}, "科学计数法"),
        ({"cells": {"t3.new.natural": Cell("一" * 31)}}, "太长"),
    ],
)
def test_cleaned_report_refuses_what_is_too_big(overrides: dict, expected: str) -> None:
    with pytest.raises(ReportDataError, match=expected):
        limits.cleaned_report(_report(**overrides))


def test_cleaned_report_keeps_invalid_values_for_the_checks_and_the_largest_allowed_numbers() -> None:
    report = limits.cleaned_report(_report(cells={
        "t3.new.natural": Cell("999999999"), "t2.fees.amount": Cell("999999999.999999"),
        "t3.new.commercial": Cell("-5"), "t3.new.research": Cell("七百"),
    }))
    assert report.value("t3.new.natural") == "999999999" and report.value("t3.new.commercial") == "-5"
    assert report.value("t3.new.research") == "七百"  # not a number: the checks will say so


def test_decode_text_tells_gbk_from_big5_and_reads_utf16() -> None:
    text = "某某县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n"
    assert decode_text(text.encode("gbk"), "x.txt") == text
    assert decode_text(text.encode("utf-16"), "x.txt") == text
    with pytest.raises(ReportDataError, match="Big5"):
        decode_text("某某局年度政府資訊公開報告\n一、總體情況\n".encode("big5"), "x.txt")
