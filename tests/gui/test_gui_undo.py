"""Edit ▸ Undo and Redo over the whole report, as a clerk uses them: every kind of change — a typed cell, a pasted
block, a cleared selection, a fix from the review page, an inserted sentence, a new year — is taken back with
Ctrl+Z and made again with Ctrl+Shift+Z, and after each the file holds exactly what the screen shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from tests.helpers.database import create
from tests.helpers.keys import Answers, press
from tests.helpers.reports import state, wrong_total_report
from tests.helpers.window import click_section, close_window, open_report, problem_item, shown, type_cell

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def on_disk(qtbot, window):
    """The report as the file holds it once every queued write is done."""
    assert window.session.autosave.wait()
    found: list = []
    rid = window.session.report.id
    window.store.run(lambda store: store.load(rid), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    return found[0]


def undo_redo(qtbot, window, before: tuple, after: tuple, name: str) -> None:
    """Ctrl+Z gives `before` back, Ctrl+Shift+Z `after`, both on screen and on disk; Undo names the step."""
    assert window.menus.undo.text().endswith(name), window.menus.undo.text()
    press(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert state(window.session.report) == before
    assert state(on_disk(qtbot, window)) == before
    assert window.menus.redo.text().endswith(name)
    press(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert state(window.session.report) == after
    assert state(on_disk(qtbot, window)) == after


def test_every_kind_of_change_undoes_and_redoes_and_the_file_follows(qtbot, db_path):
    report, right, _wrong = wrong_total_report()
    report.sections["applications"] = ""
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    session = window.session
    opened = state(session.report)

    # A typed cell, and the totals it feeds.
    click_section(qtbot, window, "section:applications")
    before = state(session.report)
    old = shown(window, "t3.carried_in.natural")
    type_cell(qtbot, window, "t3.carried_in.natural", "77")
    assert shown(window, "t3.carried_in.natural") == "77"
    undo_redo(qtbot, window, before, state(session.report), "填写 表三 二、上年结转… 自然人")
    press(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert shown(window, "t3.carried_in.natural") == old  # the grid shows what was there
    press(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL | SHIFT)

    # A pasted block.
    page = window.wizard.current_page()
    page.editor.focus_cell("t3.r.disclosed.natural")
    QGuiApplication.clipboard().setText("1\t2\n3\t4")
    before = state(session.report)
    press(page.editor.view, Qt.Key.Key_V, CTRL)
    assert (shown(window, "t3.r.disclosed.commercial"), shown(window, "t3.r.partial.natural")) == ("2", "3")
    undo_redo(qtbot, window, before, state(session.report), "粘贴 4 格")

    # A cleared selection.
    page.editor.focus_cell("t3.r.disclosed.natural")
    view = page.editor.view
    view.selectionModel().select(page.editor.index_of("t3.r.disclosed.commercial"),
                                 view.selectionModel().SelectionFlag.Select)
    before = state(session.report)
    press(view, Qt.Key.Key_Delete)
    assert shown(window, "t3.r.disclosed.natural") == ""
    undo_redo(qtbot, window, before, state(session.report), "清除 2 格")

    # A fix chosen on the review page.
    click_section(qtbot, window, "review")
    window.checks.run_now()
    row = problem_item(window, "T3-ROW-TOTAL", "t3.new.total")
    window.review.tree.setCurrentItem(row)
    label = window.review.problem_of(row).fix.label
    before = state(session.report)
    qtbot.mouseClick(window.review.fix_button, Qt.MouseButton.LeftButton)
    assert session.report.value("t3.new.total") == right
    window.review.tree.setFocus()
    undo_redo(qtbot, window, before, state(session.report), label)
    assert session.report.value("t3.new.total") == right

    # An inserted sentence, beside text typed before it.
    click_section(qtbot, window, "section:applications")
    page = window.wizard.current_page()
    before = state(session.report)
    qtbot.mouseClick(page.summary_button, Qt.MouseButton.LeftButton)
    assert page.lead_in.toPlainText().startswith("本年度新收")
    undo_redo(qtbot, window, before, state(session.report), "插入 概述语句")
    press(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL)
    assert page.lead_in.toPlainText() == ""  # the box shows what was undone
    press(QApplication.focusWidget(), Qt.Key.Key_Z, CTRL | SHIFT)
    assert page.lead_in.toPlainText().startswith("本年度新收")

    # A new year (asked first: the report has content), and an undo from another page brings it back.
    click_section(qtbot, window, "start")
    start = window.wizard.current_page()
    qtbot.mouseClick(start.year, Qt.MouseButton.LeftButton)
    start.year.selectAll()
    for ch in str(report.year + 1):
        qtbot.keyClick(start.year, ch)
    before = state(session.report)
    answers = Answers("OK")
    press(start.year, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: answers.done, timeout=5000)
    assert session.report.year == report.year + 1
    after = state(session.report)
    window.activateWindow()  # the question had the keyboard; the clerk is back in the window
    qtbot.waitUntil(window.isActiveWindow)
    click_section(qtbot, window, "section:overall")
    window.wizard.current_page().editor.setFocus()
    undo_redo(qtbot, window, before, after, "修改 年度")
    assert window.wizard.current_page().key == "start" and start.year.value() == report.year + 1

    # All the way back, step by step, to the report as it was opened.
    while session.edits.can_undo:
        window.menus.undo.trigger()
    assert state(session.report) == opened == state(on_disk(qtbot, window))
    close_window(window)


def test_undo_is_offered_for_at_least_200_steps(qtbot, db_path):
    report, _, _ = wrong_total_report()
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    click_section(qtbot, window, "section:applications")
    for value in range(1, 211):
        window.session.edits.enter_cells({"t3.carried_in.natural": str(value)})
    assert len(window.session.edits.history()) >= 210
    for _ in range(210):
        window.menus.undo.trigger()
    assert window.session.report.value("t3.carried_in.natural") == report.value("t3.carried_in.natural")
    close_window(window)
