"""The edit session is the one writer of an open report: steps, totals, undo and redo, merging of typing."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.edit_session import HISTORY_LIMIT, TEXT_PAUSE_S, Edit, EditSession
from disclosure_desktop.domain.formats import get_format
from disclosure_desktop.domain.report import Cell, CellSource, Report
from disclosure_desktop.domain.values import format_value, parse_value
from tests.helpers.paths import FIXTURES
from tests.helpers.reports import state

FMT = get_format("gov-2021")
INPUTS = [cid for cid, spec in FMT.cells.items() if not spec.is_total]
TOTALS = [cid for cid, spec in FMT.cells.items() if spec.is_total]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def totals_add_up(report: Report) -> bool:
    fmt = report.format
    for table in fmt.tables:
        for total in table.sum_instances:
            values = [parse_value(fmt.cells[p].kind, report.value(p)) for p in total.parts]
            expected = format_value(fmt.cells[total.target].kind, sum(v for v in values if v is not None)) \
                if any(v is not None for v in values) else ""
            if report.value(total.target) != expected:
                return False
    return True


def full_report() -> Report:
    return jsonio.loads((FIXTURES / "full_report_2021.json").read_text("utf-8"))


def test_typing_a_cell_recomputes_its_totals_and_names_the_step():
    session = EditSession(Report("gov-2021", "某某县人民政府", 2025))
    heard: list[Edit] = []
    session.subscribe(heard.append)
    entry = session.enter_cells({"t3.new.natural": "12"})
    assert entry.applied == ["t3.new.natural"]
    assert session.report.value("t3.new.total") == "12"
    assert session.report.cells["t3.new.total"].source == CellSource.COMPUTED
    assert session.undo_name == "填写 表三 一、本年新收… 自然人"
    assert set(heard[-1].changes.cells) == {"t3.new.natural", "t3.new.total"}
    session.undo()
    assert session.report.cells == {}
    assert heard[-1].kind == "undo" and heard[-1].changes.cells == {"t3.new.natural": None, "t3.new.total": None}


@pytest.mark.parametrize(("typed", "stored"), [("１２", "12"), ("1,234", "1234"), (" 7 ", "7"), ("1，234", "1234"),
                                               ("0", "0"), ("　３　", "3")])
def test_what_a_clerk_means_is_normalised(typed, stored):
    session = EditSession(Report("gov-2021", "", 2025))
    assert session.enter_cells({"t3.new.natural": typed}).applied == ["t3.new.natural"]
    assert session.report.value("t3.new.natural") == stored


@pytest.mark.parametrize(("typed", "reason"), [("2.5", "value.not_whole"), ("1e3", "value.not_whole"),
                                               ("-5", "value.negative"), ("abc", "value.not_whole"),
                                               ("12 34", "value.not_whole"), ("1,23", "value.bad_grouping"),
                                               ("9" * 13, "value.too_large"), ("-0", "value.negative")])
def test_anything_else_is_refused_and_nothing_changes(typed, reason):
    session = EditSession(Report("gov-2021", "", 2025, cells={"t3.new.natural": Cell("4")}))
    entry = session.enter_cells({"t3.new.natural": typed})
    assert entry.applied == [] and [r.reason for r in entry.refused] == [reason]
    assert session.report.value("t3.new.natural") == "4" and not session.can_undo
    assert typed.strip() in entry.refused[0].message


def test_amounts_take_six_places_and_deltas_a_sign():
    session = EditSession(Report("gov-2019", "", 2020))
    session.enter_cells({"t2.fees.delta": "-3", "t2.procurement.amount": "24252.311082"})
    assert session.report.value("t2.fees.delta") == "-3"
    assert session.report.value("t2.procurement.amount") == "24252.311082"
    assert session.check_cell("t2.procurement.amount", "1.2345678").reason == "value.too_many_places"


def test_a_paste_says_what_it_did_not_apply():
    session = EditSession(Report("gov-2021", "", 2025))
    entry = session.enter_cells({"t3.new.natural": "5", "t3.new.commercial": "x", "t3.new.total": "9",
                                 "t3.new.research": "1e3"}, "paste")
    entry.outside = 2
    assert entry.summary() == ("粘贴1格；2格无法识别：x、1e3；总计由程序计算，1格未粘贴；其中1格与各项之和不符"
                               "（如表三 一、本年新收… 总计：表格中为9，各项之和为5），请核对原表；2格超出表格")
    assert session.undo_name == "粘贴 表三 一、本年新收… 自然人"


def test_a_pasted_sheet_whose_total_agrees_is_told_so():
    session = EditSession(Report("gov-2021", "", 2025))
    entry = session.enter_cells({"t3.carried_in.natural": "5", "t3.carried_in.legal": "2",
                                 "t3.carried_in.total": "7"}, "paste")
    assert entry.totals == ["t3.carried_in.total"] and entry.totals_differ == []
    assert entry.summary() == "粘贴2格；总计由程序计算，与表格中的1格一致"
    wrong = session.enter_cells({"t3.new.natural": "5", "t3.new.total": "1,005"}, "paste")
    assert wrong.totals_differ == [("t3.new.total", "1005", "5")]
    assert "表格中为1005，各项之和为5" in wrong.summary()


def test_typing_merges_into_one_step_per_pause():
    clock = Clock()
    session = EditSession(Report("gov-2021", "", 2025), clock=clock)
    for text in ("本", "本年", "本年度"):
        clock.now += 0.3
        session.set_text("overall", text)
    clock.now += TEXT_PAUSE_S + 0.1
    session.set_text("overall", "本年度主动公开")
    assert session.history() == ["编辑 一、总体情况", "编辑 一、总体情况"]
    session.undo()
    assert session.report.text("overall") == "本年度"
    session.undo()
    assert session.report.text("overall") == "" and not session.can_undo
    session.redo()
    session.redo()
    assert session.report.text("overall") == "本年度主动公开"


def test_an_insertion_is_a_step_of_its_own_and_a_seal_ends_typing():
    clock = Clock()
    session = EditSession(Report("gov-2021", "", 2025), clock=clock)
    session.set_text("overall", "甲")
    session.set_text("overall", "甲乙", name="插入 概述语句")
    session.set_text("overall", "甲乙丙")
    session.seal()
    session.set_text("overall", "甲乙丙丁")
    assert session.history() == ["编辑 一、总体情况", "插入 概述语句", "编辑 一、总体情况", "编辑 一、总体情况"]


def test_undo_never_overwrites_later_edits_of_other_cells():
    report = full_report()
    report.cells["t3.new.total"] = Cell("1", CellSource.IMPORTED)  # a stated total that is wrong
    session = EditSession(report)
    problem = next(p for p in check_report(session.report) if p.rule == "T3-ROW-TOTAL" and p.fix is not None)
    session.apply_fix(problem)
    fixed = session.report.value("t3.new.total")
    session.enter_cells({"t3.carried_in.natural": "7"})
    session.undo()  # the typing
    assert session.report.value("t3.new.total") == fixed
    session.undo()  # the fix
    assert session.report.value("t3.new.total") == "1"
    assert session.report.value("t3.carried_in.natural") != "7"


def test_year_and_format_change_is_one_step_and_keeps_every_number():
    session = EditSession(full_report())
    before = state(session.report)
    session.set_year(2019, "gov-2019")
    assert (session.report.year, session.report.format_id) == (2019, "gov-2019")
    assert dict(session.report.cells) == before[8]  # nothing is lost, table 2's cells only hidden
    session.undo()
    assert state(session.report) == before


def test_restoring_a_version_is_one_undoable_step():
    session = EditSession(full_report())
    old = copy.deepcopy(session.report)
    session.set_text("overall", "全新的一段。")
    session.enter_cells({"t3.new.natural": "1"})
    session.acknowledge("PLACEHOLDER@overall", "模板原文")
    session.replace(old, "恢复 版本 1")
    assert state(session.report) == state(old)
    session.undo()
    assert session.report.text("overall") == "全新的一段。"
    assert session.report.acknowledged == {"PLACEHOLDER@overall": "模板原文"}


def test_control_characters_never_reach_the_report():
    session = EditSession(Report("gov-2021", "", 2025))
    edit = session.set_text("overall", "甲\x00乙\x1b[31m丙\r\n丁", origin="box")
    assert session.report.text("overall") == "甲乙[31m丙\n丁"
    assert edit.origin is None  # the box must be refreshed to show what was kept
    session.set_field("agency", "某某\x07县 人民政府 ")
    assert session.report.agency == "某某县 人民政府"


def test_history_keeps_the_last_steps():
    session = EditSession(Report("gov-2021", "", 2025))
    for i in range(HISTORY_LIMIT + 20):
        session.enter_cells({"t3.new.natural": str(i)})
    assert len(session.history()) == HISTORY_LIMIT >= 200


# --- properties ------------------------------------------------------------------------------------------------

TEXT_SECTIONS = ["preamble", "overall", "problems", "other_matters", "closing", "applications"]
cell_texts = st.one_of(st.integers(0, 2000).map(str), st.sampled_from(["", "", "x", "2.5", "-1", "１２", "1,234"]))
steps = st.one_of(
    st.tuples(st.just("cells"), st.dictionaries(st.sampled_from(INPUTS + TOTALS[:5]), cell_texts, max_size=6)),
    st.tuples(st.just("text"), st.sampled_from(TEXT_SECTIONS), st.text(alphabet="年度公开。\n甲", max_size=8)),
    st.tuples(st.just("heading"), st.sampled_from(TEXT_SECTIONS), st.text(alphabet="一二三", max_size=3)),
    st.tuples(st.just("field"), st.sampled_from(["agency", "title"]), st.text(alphabet="某县政府", max_size=5)),
    st.tuples(st.just("meta"), st.sampled_from(["contact", "published_on"]), st.text(alphabet="0123-", max_size=5)),
    st.tuples(st.just("ack"), st.sampled_from(["BLANK-CELL@t3.new.natural", "PERIOD@preamble"]),
              st.text(alphabet="理由", max_size=3)),
    st.tuples(st.just("undo")),
    st.tuples(st.just("redo")),
    st.tuples(st.just("pause"), st.floats(0, 3)),
    st.tuples(st.just("seal")),
)


def run(session: EditSession, clock: Clock, step: tuple) -> None:
    kind = step[0]
    if kind == "cells":
        session.enter_cells(step[1])
    elif kind == "text":
        session.set_text(step[1], step[2])
    elif kind == "heading":
        session.set_heading(step[1], step[2])
    elif kind == "field":
        session.set_field(step[1], step[2])
    elif kind == "meta":
        session.set_meta(step[1], step[2])
    elif kind == "ack":
        session.acknowledge(step[1], step[2])
    elif kind == "undo":
        session.undo()
    elif kind == "redo":
        session.redo()
    elif kind == "pause":
        clock.now += step[1]
    else:
        session.seal()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(steps, max_size=40), st.booleans())
def test_undo_all_gives_back_the_original_and_redo_all_the_final_state(script, start_full):
    clock = Clock()
    report = full_report() if start_full else Report("gov-2021", "某某县人民政府", 2025)
    if start_full:
        from disclosure_desktop.domain.totals import recompute

        recompute(report)
    session = EditSession(report, clock=clock)
    original = state(report)
    mirrored = copy.deepcopy(report)  # what a listener that applies every change sees (autosave's view)
    session.subscribe(lambda edit: edit.changes.apply_to(mirrored))
    for step in script:
        run(session, clock, step)
        assert totals_add_up(session.report)
        assert state(mirrored) == state(session.report)
    while session.redo():  # the newest state the history reaches
        pass
    final = state(session.report)
    while session.undo():
        assert totals_add_up(session.report)
    assert state(session.report) == original
    while session.redo():
        pass
    assert state(session.report) == final
    assert state(mirrored) == final


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([(2019, "gov-2019"), (2025, "gov-2021"), (2020, None), (2024, "narrative")]),
                max_size=8))
def test_year_and_format_steps_undo_exactly(changes):
    session = EditSession(full_report())
    original = state(session.report)
    for year, fmt in changes:
        session.set_year(year, fmt)
    while session.undo():
        pass
    assert state(session.report) == original
