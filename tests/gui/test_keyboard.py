"""The keyboard and small screens: the Go menu's keys, Tab in reading order, Ctrl+Tab out of a table, the keyboard
shortcuts' overview, accessible names on every field and grid cell, the preview folding away on a 1024-pixel
window, the section list's counts never cut off, and table headers that stay while the numbers scroll."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import QApplication, QWidget

from disclosure_desktop.domain.layout import table_grid
from disclosure_desktop.domain.report import Cell
from disclosure_desktop.gui.dialogs.shortcuts import ShortcutsDialog, shortcut_rows
from disclosure_desktop.gui.table.delegate import Role
from disclosure_desktop.gui.wizard.page_table import TablePage
from tests.helpers.database import create
from tests.helpers.keys import press
from tests.helpers.reports import clean_report
from tests.helpers.table import make_editor
from tests.helpers.window import close_window, open_report, open_window, start_report

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def key(k: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    press(focus(), k, modifiers)


def accessible_name(widget: QWidget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def settle(window, width: int, height: int) -> None:
    window.resize(width, height)
    for _ in range(3):
        QApplication.processEvents()


def example_window(qtbot, db_path):
    window = open_window(qtbot, db_path)
    start_report(qtbot, window, "welcome_example")
    settle(window, 1366, 768)
    return window


# --- keys ----------------------------------------------------------------------------------------------------------


def test_go_menu_keys_reach_every_page(qtbot, db_path):
    window = example_window(qtbot, db_path)
    wizard = window.wizard
    key(Qt.Key.Key_3, CTRL)  # part 三, with the keyboard in its first cell
    assert wizard.current_page().key == "section:applications"
    assert focus() is wizard.current_page().editor.view
    key(Qt.Key.Key_6, CTRL)
    assert wizard.current_page().key == "section:other_matters" and focus() is wizard.current_page().editor
    key(Qt.Key.Key_F7)
    assert wizard.current_page().key == "review" and window.review.isAncestorOf(focus())
    key(Qt.Key.Key_PageUp, CTRL)
    assert wizard.current_page().key == "closing" and focus() is wizard.current_page().editor
    key(Qt.Key.Key_PageDown, CTRL)
    assert wizard.current_page().key == "review"
    key(Qt.Key.Key_0, CTRL)
    assert wizard.current_page().key == "start" and focus() is wizard.current_page().agency
    # Every page but the review page is an entry of Go, and the parts carry Ctrl+1 … Ctrl+6 in their order.
    actions = window.menus.page_actions
    assert list(actions) == [p.key for p in wizard.pages()][:-1]
    parts = [a.shortcut().toString() for k, a in actions.items() if k.startswith("section:")]
    assert parts == [f"Ctrl+{n}" for n in range(1, 7)]
    close_window(window)


def test_shortcut_overview_lists_the_keys(qtbot, db_path):
    window = example_window(qtbot, db_path)
    rows = shortcut_rows(ShortcutsDialog(window.menus, window))
    keys = {k for _group, k, _what in rows}
    for wanted in ("Ctrl+PgDown", "Ctrl+PgUp", "Ctrl+0", "F7", "F8", "Shift+F8", "F9", "Ctrl+E", "Ctrl+Shift+S",
                   "Ctrl+Shift+P", "F1", "Ctrl+Tab / Ctrl+Shift+Tab"):
        assert wanted in keys, (wanted, keys)
    assert "Ctrl+1 … Ctrl+9" in keys
    assert all(what and "&" not in what for _g, _k, what in rows)
    close_window(window)


def test_tab_reads_the_page_before_the_preview(qtbot, db_path):
    window = example_window(qtbot, db_path)
    window.area.go_to_page("section:overall")
    page = window.wizard.current_page()
    window.sections.setFocus()
    order = [focus()]
    for _ in range(40):
        key(Qt.Key.Key_Tab)
        if focus() is order[0]:
            break
        order.append(focus())
    chips = [w for w in order if w.objectName() == "hintChip"]
    assert len(chips) == len(page.section.hints)
    preview = order.index(window.preview.page)
    assert max(order.index(c) for c in chips) < order.index(page.editor) < order.index(window.wizard.next_button)
    assert order.index(window.wizard.next_button) < preview
    close_window(window)


def test_ctrl_tab_leaves_the_table_and_takes_the_open_cell(qtbot, db_path):
    window = example_window(qtbot, db_path)
    key(Qt.Key.Key_3, CTRL)
    page = window.wizard.current_page()
    view = page.editor.view
    key(Qt.Key.Key_Tab)  # plain Tab stays in the table, one cell on
    assert focus() is view and page.editor.current_cell_id() == "t3.new.commercial"
    key(Qt.Key.Key_Tab, CTRL)
    assert focus() is window.wizard.back_button
    key(Qt.Key.Key_Backtab, SHIFT)  # from the button back: the table
    assert focus() is view
    key(Qt.Key.Key_Backtab, CTRL | SHIFT)  # and out of it backwards: the lead-in above it
    assert focus() is page.lead_in
    key(Qt.Key.Key_Tab)
    assert focus() is view
    qtbot.keyClick(focus(), "9")  # opens the cell editor
    assert focus() is not view
    key(Qt.Key.Key_Tab, CTRL)
    assert window.session.report.value("t3.new.commercial") == "9" and focus() is window.wizard.back_button
    key(Qt.Key.Key_Backtab, SHIFT)
    qtbot.keyClick(focus(), "x")  # no number: the cell keeps it, says why, and the keyboard stays there
    key(Qt.Key.Key_Tab, CTRL)
    assert view.isAncestorOf(focus()) and window.session.report.value("t3.new.commercial") == "9"
    close_window(window)


# --- names for a screen reader ---------------------------------------------------------------------------------------


def test_every_field_and_grid_cell_has_an_accessible_name(qtbot, db_path, ui_language):
    window = example_window(qtbot, db_path)
    missing = []
    for index, page in enumerate(window.wizard.pages()):
        window.wizard.set_current(index)
        QApplication.processEvents()
        for widget in [*page.tab_chain(), *window.wizard.buttons(), window.sections, window.preview.page]:
            if widget.isVisible() and not accessible_name(widget):
                missing.append(f"{page.key}: {type(widget).__name__}#{widget.objectName()}")
        if isinstance(page, TablePage):
            missing += _unnamed_cells(page)
    close_window(window)
    assert not missing, missing


def _unnamed_cells(page: TablePage) -> list[str]:
    """Each cell of the grid as a screen reader reaches it: a label says its text, a number its row, column and
    value (the table's accessible children are a grid with the column headers on top and the row headers in
    front, hidden or not, as QAccessibleTable counts them)."""
    view, model = page.editor.view, page.editor.model
    grid = table_grid(model.table)
    table = QAccessible.queryAccessibleInterface(view)
    bad = []
    for cell in grid.cells:
        name = table.child((cell.row + 1) * (grid.width + 1) + cell.col + 1).text(QAccessible.Text.Name)
        index = model.index(cell.row, cell.col)
        expected = model.data(index, Role.NAME) if cell.kind == "value" else cell.text
        value = model.data(index, Qt.ItemDataRole.DisplayRole) if cell.kind == "value" else ""
        if not name.startswith(expected) or not name.endswith(value or "") or not expected:
            bad.append(f"{cell.cell_id or cell.text}: {name!r}")
    return bad


# --- small screens -------------------------------------------------------------------------------------------------


def test_the_preview_folds_away_on_a_narrow_window(qtbot, db_path, ui_language):
    window = example_window(qtbot, db_path)
    area, preview, toggle = window.area, window.preview, window.area.preview_toggle
    key(Qt.Key.Key_3, CTRL)
    view = window.wizard.current_page().editor.view
    assert preview.isVisible() and window.sections.isVisible() and toggle.isChecked()
    assert view.horizontalScrollBar().maximum() == 0  # all of table 3 across, beside the preview
    assert window.minimumSizeHint().width() <= 1024
    settle(window, 1024, 700)
    assert window.width() == 1024 and not preview.isVisible() and not window.menus.preview.isChecked()
    assert toggle.isVisible() and not toggle.isChecked() and window.sections.isVisible()
    assert view.horizontalScrollBar().maximum() == 0
    key(Qt.Key.Key_F9)  # asked for on a narrow window: in the section list's place, the table still whole
    QApplication.processEvents()
    assert preview.isVisible() and not window.sections.isVisible() and toggle.isChecked()
    assert preview.width() >= 300 and view.horizontalScrollBar().maximum() == 0
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert not preview.isVisible() and window.sections.isVisible() and not window.menus.preview.isChecked()
    settle(window, 1366, 768)  # room again: the preview comes back as it was on the wide window
    assert preview.isVisible() and window.sections.isVisible() and area.panes.preview_visible
    close_window(window)


def test_the_section_list_cuts_titles_short_never_the_counts(qtbot, db_path):
    report = clean_report()
    report.cells["t3.new.total"] = Cell("999")  # errors on part 三, whose title is the longest
    window = open_report(qtbot, db_path, create(db_path, report))
    window.checks.run_now()
    settle(window, 1024, 700)
    sections = window.sections
    window.area.splitter.setSizes([sections.minimumWidth(), 2000, 0])
    QApplication.processEvents()
    row = window.wizard.index_of("section:applications")
    errors, _warnings = sections.counts(row)
    assert errors >= 1 and sections.width() <= 170
    rect = sections.visualItemRect(sections.item(row))
    image = sections.viewport().grab(rect).toImage()
    red = QColor("#c62828")
    badge = [x for x in range(image.width()) for y in range(image.height()) if image.pixelColor(x, y) == red]
    # Drawn at the right end of the entry (the red at the left end is the part's error icon).
    assert badge and max(badge) > image.width() * 3 // 4
    assert rect.height() < 2 * sections.fontMetrics().height() + 20  # one line: the title is elided, not wrapped
    close_window(window)


def test_table_headers_and_row_labels_stay_while_the_numbers_scroll(qtbot):
    editor = make_editor(qtbot, "applications")
    editor.resize(420, 330)  # both ways too small for table 3
    QApplication.processEvents()
    view, frozen = editor.view, editor.view.frozen
    editor.focus_cell("t3.r.total.total")  # the bottom right number
    QApplication.processEvents()
    assert view.verticalScrollBar().value() > 0 and view.horizontalScrollBar().value() > 0
    assert frozen.top.isVisible() and frozen.left.isVisible() and frozen.corner.isVisible()
    head = sum(view.rowHeight(r) for r in range(table_grid(editor.table).head_rows))
    assert frozen.height() == head and frozen.top.height() == head
    # The header pane shows the header rows over the same columns as the numbers below it.
    assert frozen.top.verticalScrollBar().value() == 0
    assert frozen.top.horizontalScrollBar().value() == view.horizontalScrollBar().value()
    assert frozen.left.verticalScrollBar().value() == view.verticalScrollBar().value()
    rect = editor.cell_rect("t3.r.total.total")
    assert rect.top() >= frozen.height() and rect.left() >= frozen.width()
    # A number cell moved to above the fold is brought out from under the frozen rows, not left there.
    editor.focus_cell("t3.r.disclosed.natural")
    assert editor.cell_rect("t3.r.disclosed.natural").top() >= frozen.height()
    qtbot.mouseClick(frozen.top.viewport(), Qt.MouseButton.LeftButton)  # a click on a header keeps the cell
    assert editor.current_cell_id() == "t3.r.disclosed.natural"
