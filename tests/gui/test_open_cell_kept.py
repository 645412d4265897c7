"""What is typed into a cell and left open (no Enter) is the clerk's typing too: after a short pause a valid value
goes to the report and the database while the cell stays open; Enter after it is the same one step of the
history, Escape takes it back, and a text the cell refuses is never kept."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from disclosure_desktop.gui.table.delegate import DRAFT_PAUSE_MS
from disclosure_desktop.workflows.recovery import recovery_copies
from tests.helpers.database import create
from tests.helpers.reports import clean_report
from tests.helpers.window import click_section, close_window, open_report, stored_value

CELL = "t3.new.natural"


def open_cell_and_type(qtbot, window, digits: str) -> QLineEdit:
    click_section(qtbot, window, "section:applications")
    editor = window.wizard.current_page().editor
    editor.focus_cell(CELL)
    for ch in digits:
        qtbot.keyClick(QApplication.focusWidget(), ch)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit) and line.text() == digits
    assert editor.view.state() == QAbstractItemView.State.EditingState
    return line


def test_a_value_left_open_is_saved_after_a_pause(qtbot, db_path):
    report = clean_report()
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    before = report.value(CELL)
    steps = len(window.session.edits.history())
    line = open_cell_and_type(qtbot, window, "57")
    assert window.session.report.value(CELL) == before  # not at once: while typing, nothing is kept yet
    qtbot.waitUntil(lambda: window.session.report.value(CELL) == "57", timeout=DRAFT_PAUSE_MS + 3000)
    assert stored_value(qtbot, window, rid, CELL) == "57"
    assert QApplication.focusWidget() is line and line.text() == "57"  # the cell is still open
    # The total follows the kept number, as it does on Enter.
    assert window.session.report.value("t3.new.total") != report.value("t3.new.total")

    # More typing, then Enter: one step for the whole editing of the cell.
    qtbot.keyClick(line, "8")
    qtbot.waitUntil(lambda: window.session.report.value(CELL) == "578", timeout=DRAFT_PAUSE_MS + 3000)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    view = window.wizard.current_page().editor.view
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=3000)  # Qt closes it queued
    assert window.session.report.value(CELL) == "578"
    history = window.session.edits.history()
    assert len(history) == steps + 1, history
    window.session.edits.undo()
    assert window.session.report.value(CELL) == before
    close_window(window)


def test_escape_takes_back_what_the_open_cell_kept(qtbot, db_path):
    report = clean_report()
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    before = report.value(CELL)
    steps = len(window.session.edits.history())
    line = open_cell_and_type(qtbot, window, "91")
    qtbot.waitUntil(lambda: window.session.report.value(CELL) == "91", timeout=DRAFT_PAUSE_MS + 3000)
    qtbot.keyClick(line, Qt.Key.Key_Escape)
    view = window.wizard.current_page().editor.view
    qtbot.waitUntil(lambda: view.state() != QAbstractItemView.State.EditingState, timeout=3000)
    assert window.session.report.value(CELL) == before
    assert len(window.session.edits.history()) == steps  # no step left behind
    assert stored_value(qtbot, window, rid, CELL) == before
    close_window(window)


def test_a_text_the_cell_refuses_is_not_kept(qtbot, db_path):
    report = clean_report()
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    before = report.value(CELL)
    line = open_cell_and_type(qtbot, window, "2.5")  # a count: not a whole number
    pause = line.findChild(object, "draftPause")
    qtbot.waitUntil(lambda: not pause.isActive(), timeout=DRAFT_PAUSE_MS + 3000)
    QApplication.processEvents()
    assert window.session.report.value(CELL) == before
    assert line.text() == "2.5"
    close_window(window)


@pytest.mark.slow  # the forced end waits out the refused write (≈ 25 s)
def test_a_forced_end_keeps_the_open_cells_value_in_the_recovery_copy(qtbot, db_path):
    """The database refuses every write (another program holds it); the cell is left open after the pause and the
    session is ended (a log-out): the copy kept beside the database has the number."""
    report = clean_report()
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    holder = sqlite3.connect(db_path, timeout=10)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        open_cell_and_type(qtbot, window, "63")
        qtbot.waitUntil(lambda: window.session.report.value(CELL) == "63", timeout=DRAFT_PAUSE_MS + 3000)
        qtbot.waitUntil(lambda: window.session.autosave.failing, timeout=30000)
        window.terminate()
        QApplication.processEvents()
    finally:
        holder.rollback()
        holder.close()
    [copy] = recovery_copies(db_path)
    assert json.loads(copy.read_text("utf-8"))["cells"][CELL] == 63
