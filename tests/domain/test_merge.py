"""Another clerk's write folded into an open report (domain/merge.py): theirs taken where this clerk changed
nothing unsaved, a clash only where both changed one key to different values, totals never clash."""

from __future__ import annotations

import copy

from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.edit_session import EditSession
from disclosure_desktop.domain.merge import CELLS, SECTIONS, catch_up, differences
from disclosure_desktop.domain.report import Cell, CellSource
from tests.helpers.reports import clean_report


def _with(report, **cells: str):
    changed = copy.deepcopy(report)
    for cid, value in cells.items():
        changed.cells[cid.replace("_", ".")] = Cell(value, CellSource.TYPED)
    return changed


def test_differences_name_every_changed_key_at_its_new_value() -> None:
    base = clean_report()
    after = _with(base, t3_new_natural="99")
    after.sections["problems"] = ""
    found = differences(base, after)
    assert found.cells == {"t3.new.natural": Cell("99", CellSource.TYPED)}
    assert found.sections == {"problems": ""}
    assert differences(base, copy.deepcopy(base)).keys() == set()


def test_their_change_to_a_key_i_did_not_touch_is_taken() -> None:
    base = clean_report()
    stored = _with(base, t3_new_research="5")
    session = EditSession(copy.deepcopy(base))
    session.enter_cells({"t3.new.natural": "77"})
    unsaved = Changes(cells={"t3.new.natural": session.report.cells["t3.new.natural"]})
    found = catch_up(base, stored, session.report, unsaved)
    assert found.clashes == []
    assert found.theirs.cells == {"t3.new.research": Cell("5", CellSource.TYPED)}  # no total: recomputed here


def test_a_key_both_changed_differently_is_a_clash_and_the_same_value_is_none() -> None:
    base = clean_report()
    session = EditSession(copy.deepcopy(base))
    session.enter_cells({"t3.new.natural": "77"})
    session.set_text("problems", "我的文字")
    unsaved = Changes(cells={"t3.new.natural": session.report.cells["t3.new.natural"]},
                      sections={"problems": "我的文字"})
    stored = _with(base, t3_new_natural="78")
    stored.sections["problems"] = "我的文字"  # they typed the same: nothing to ask
    found = catch_up(base, stored, session.report, unsaved)
    assert [(c.part, c.key, c.mine.value, c.theirs.value) for c in found.clashes] == [
        (CELLS, "t3.new.natural", "77", "78")]
    assert SECTIONS not in {c.part for c in found.clashes} and not found.theirs
    assert "自然人" in found.clashes[0].name(session.report)


def test_a_key_i_wrote_already_is_theirs_to_change() -> None:
    base = _with(clean_report(), t3_new_natural="77")  # mine, stored: in the base
    stored = _with(base, t3_new_natural="80")
    found = catch_up(base, stored, copy.deepcopy(base), Changes())
    assert found.clashes == [] and found.theirs.cells["t3.new.natural"].value == "80"


def test_taking_theirs_recomputes_totals_and_stays_out_of_the_history() -> None:
    base = clean_report()
    session = EditSession(copy.deepcopy(base))
    session.enter_cells({"t3.new.natural": "1000"})
    history, heard = session.history(), []
    session.subscribe(heard.append)
    edit = session.take_theirs(Changes(cells={"t3.new.research": Cell("1", CellSource.TYPED)}))
    assert edit is not None and edit.kind == "merge" and heard == [edit]
    assert session.history() == history and session.undo_name == history[-1]
    parts = [int(session.report.value(c) or 0) for c in session.report.format.cells
             if c.startswith("t3.new.") and c != "t3.new.total"]
    assert int(session.report.value("t3.new.total")) == sum(parts)
    assert "t3.new.total" in edit.changes.cells
    assert session.take_theirs(Changes(cells={"t3.new.research": Cell("1", CellSource.TYPED)})) is None
