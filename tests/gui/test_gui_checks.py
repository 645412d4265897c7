"""Live checks in the main window: marked cells, counts in the section list, the review page, fixes and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from disclosure_desktop.domain.report import Cell, CellSource
from disclosure_desktop.gui.table.delegate import Role
from tests.helpers.database import create
from tests.helpers.keys import press
from tests.helpers.reports import clean_report, wrong_total_report
from tests.helpers.window import click_section, close_window, open_report, problem_item, stored_value, type_cell


def test_imported_wrong_total_stays_until_fixed_and_undo_brings_it_back(qtbot, db_path):
    report, right, wrong = wrong_total_report()
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)

    # Marked in the table and counted in the section list, but not silently corrected.
    table = window.wizard.page(window.wizard.index_of("section:applications"))
    assert table.editor.model.data(table.editor.index_of("t3.new.total"), Role.MARKER) == "error"
    row = window.wizard.index_of("section:applications")
    assert window.sections.counts(row) == (2, 0)  # the row total, and the balance of the 总计 column it feeds
    assert "2 error(s)" in window.sections.item(row).toolTip()  # the tests read the source texts
    click_section(qtbot, window, "review")
    row = problem_item(window, "T3-ROW-TOTAL", "t3.new.total")
    assert row is not None and right in row.text(0)
    assert window.session.report.value("t3.new.total") == wrong
    assert stored_value(qtbot, window, rid, "t3.new.total") == wrong

    window.review.tree.setCurrentItem(row)
    assert window.review.fix_button.isEnabled()
    row_fix_label = window.review.problem_of(row).fix.label
    qtbot.mouseClick(window.review.fix_button, Qt.MouseButton.LeftButton)
    assert window.session.report.cells["t3.new.total"] == Cell(right, CellSource.COMPUTED)
    assert problem_item(window, "T3-ROW-TOTAL", "t3.new.total") is None
    assert window.sections.counts(window.wizard.index_of("section:applications")) == (0, 0)
    assert stored_value(qtbot, window, rid, "t3.new.total") == right
    assert window.session.edits.history() == [row_fix_label]

    assert window.menus.undo.text().endswith(row_fix_label)  # Edit ▸ Undo names the step
    window.review.tree.setFocus()
    press(window.review.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.report.value("t3.new.total") == wrong, timeout=3000)
    assert window.session.report.cells["t3.new.total"].source == CellSource.IMPORTED
    assert stored_value(qtbot, window, rid, "t3.new.total") == wrong
    assert problem_item(window, "T3-ROW-TOTAL", "t3.new.total") is not None

    window.menus.redo.trigger()
    assert window.session.report.value("t3.new.total") == right
    assert stored_value(qtbot, window, rid, "t3.new.total") == right
    close_window(window)


def test_activating_a_problem_puts_the_cursor_on_its_cell_or_text(qtbot, db_path):
    report, _, _ = wrong_total_report()
    report.sections["problems"] = ""
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    click_section(qtbot, window, "review")

    tree = window.review.tree
    tree.setFocus()
    tree.setCurrentItem(problem_item(window, "T3-ROW-TOTAL", "t3.new.total"))
    press(tree, Qt.Key.Key_Return)
    page = window.wizard.current_page()
    assert page.key == "section:applications"
    assert page.editor.current_cell_id() == "t3.new.total"
    assert page.editor.view.hasFocus()
    assert QApplication.focusWidget() is page.editor.view

    click_section(qtbot, window, "review")
    item = problem_item(window, "SECTION-MISSING", "problems")
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    # QTest's double click is only the second click's events: the first click comes before it, as with a mouse.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = window.wizard.current_page()
    assert page.key == "section:problems"
    assert page.editor.hasFocus()
    close_window(window)


def test_checks_follow_typing_and_last_years_report(qtbot, db_path):
    report = clean_report()
    previous = clean_report(report.year - 1)
    # Last year's carry-over into this year disagrees with this year's 上年结转 in one column.
    previous.cells["t3.carried_out.natural"] = Cell(str(int(report.value("t3.carried_in.natural") or 0) + 2))
    create(db_path, previous)
    rid = create(db_path, report)
    window = open_report(qtbot, db_path, rid)
    qtbot.waitUntil(lambda: any(p.rule == "CARRY-OVER" for p in window.checks.problems), timeout=5000)
    assert window.checks.previous is not None
    assert not any(p.rule == "T3-BALANCE" for p in window.checks.problems)

    click_section(qtbot, window, "section:applications")
    old = int(window.session.report.value("t3.new.natural") or 0)
    with qtbot.waitSignal(window.checked, timeout=3000):
        type_cell(qtbot, window, "t3.new.natural", str(old + 3))
    assert any(p.rule == "T3-BALANCE" and p.location == "t3.r.total.natural" for p in window.checks.problems)
    editor = window.wizard.current_page().editor
    assert editor.model.data(editor.index_of("t3.r.total.natural"), Role.MARKER) == "error"
    tooltip = editor.model.data(editor.index_of("t3.r.total.natural"), Qt.ItemDataRole.ToolTipRole)
    assert any(p.message in tooltip for p in window.checks.problems if p.location == "t3.r.total.natural")
    close_window(window)
