"""The report's state (spec §12) from the facts alone, and where a remark's quoted words stand in a text."""

from __future__ import annotations

import datetime as dt

from disclosure_desktop.domain.life import LifeEvent, LifeState, derive_state, same_content
from disclosure_desktop.domain.remarks import quoted_span
from disclosure_desktop.domain.report import Cell
from tests.helpers.reports import clean_report

T = dt.datetime(2026, 1, 20, tzinfo=dt.UTC)


def _at(hours: int) -> dt.datetime:
    return T + dt.timedelta(hours=hours)


def test_each_state_from_the_facts():
    submitted = LifeEvent("submitted", _at(1), 3)
    returned = LifeEvent("remarks", _at(2), 3, "退回修改")
    passed = LifeEvent("remarks", _at(3), 3, "通过")
    published = LifeEvent("published", _at(4), 3)
    assert derive_state(None, False, []) == LifeState.DRAFT
    assert derive_state(3, False, []) == LifeState.SIGNED
    assert derive_state(3, True, [submitted]) == LifeState.CHANGED
    assert derive_state(3, False, [submitted]) == LifeState.SUBMITTED
    assert derive_state(3, False, [returned, submitted]) == LifeState.RETURNED
    assert derive_state(3, False, [submitted, returned, passed]) == LifeState.PASSED
    assert derive_state(3, False, [published, passed, submitted, returned]) == LifeState.PUBLISHED
    # Signed again after the corrections: what happened to the old version no longer says where this one is.
    assert derive_state(5, False, [submitted, returned]) == LifeState.SIGNED
    # Remarks opened on a report that was never signed (the office read its Word file).
    assert derive_state(None, False, [LifeEvent("remarks", _at(1), None, "退回修改")]) == LifeState.RETURNED


def test_same_content_is_the_content_a_version_keeps():
    a, b = clean_report(), clean_report()
    assert same_content(a, b)
    b.remarks_fixed["1.1"] = "2026-02-05"  # kept with the report, no part of what was signed
    assert same_content(a, b)
    b.cells["t2.rules.issued"] = Cell("9")
    assert not same_content(a, b)


def test_the_sentence_a_remark_quotes():
    text = "（一）主动公开\n全年主动公开政府信息312条。本年度新收申请17件，办结16件。\n（二）其他"
    start, end = quoted_span(text, "「一」中写有“新收申请17件”，但表中为224件。")
    assert text[start:end] == "本年度新收申请17件，办结16件。"
    assert quoted_span(text, "没有引用原文。") is None
    assert quoted_span(text, "“文中没有的话”") is None
