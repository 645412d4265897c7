"""The main window as a test drives it: open it, start or open a report, click a part, type into a cell."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from disclosure_desktop.gui.window.main_window import MainWindow


def open_window(qtbot, db_path: Path) -> MainWindow:
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    with qtbot.waitSignal(window.ready, timeout=15000):
        window.start()
    return window


def start_report(qtbot, window: MainWindow, button: str = "welcome_new") -> None:
    """Click one of the welcome page's buttons (new or example report) and wait for the report to open."""
    with qtbot.waitSignal(window.report_opened, timeout=5000):
        qtbot.mouseClick(getattr(window.reports, button), Qt.MouseButton.LeftButton)


def close_window(window: MainWindow) -> None:
    window.close()
    QApplication.processEvents()


def click_section(qtbot, window: MainWindow, key: str) -> None:
    """Click the part's entry in the section list, as a clerk jumps there."""
    row = window.wizard.index_of(key)
    item = window.sections.item(row)
    window.sections.scrollToItem(item)
    rect = window.sections.visualItemRect(item)
    qtbot.mouseClick(window.sections.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.wizard.current_page().key == key


def type_cell(qtbot, window: MainWindow, cell_id: str, digits: str) -> None:
    page = window.wizard.current_page()
    editor = page.editor
    editor.view.scrollTo(editor.index_of(cell_id))
    qtbot.mouseClick(editor.view.viewport(), Qt.MouseButton.LeftButton, pos=editor.cell_rect(cell_id).center())
    assert editor.current_cell_id() == cell_id
    for ch in digits:
        qtbot.keyClick(QApplication.focusWidget(), ch)
    with qtbot.waitSignal(editor.edited, timeout=3000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)


def shown(window: MainWindow, cell_id: str) -> str:
    editor = window.wizard.current_page().editor
    return editor.model.data(editor.index_of(cell_id), Qt.ItemDataRole.DisplayRole)


def open_report(qtbot, db_path: Path, report_id: int) -> MainWindow:
    window = open_window(qtbot, db_path)
    if window.session is not None and window.session.report.id == report_id:
        window.open_report(report_id, "start")  # reopened at start, where the database's last window left it
    else:
        with qtbot.waitSignal(window.report_opened, timeout=5000):
            window.open_report(report_id, "start")
    # The first check runs once last year's report has been looked up on the database thread.
    qtbot.waitUntil(lambda: window.session.checks.looked_up, timeout=5000)
    return window


def stored_value(qtbot, window: MainWindow, report_id: int, cell_id: str) -> str:
    """The cell as the database holds it, read on the database thread after every queued write."""
    assert window.session.autosave.wait()  # every edit so far is written (one write may be in flight)
    found: list[str] = []
    window.store.run(lambda store: store.load(report_id).value(cell_id), found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=5000)
    return found[0]


def problem_item(window: MainWindow, rule: str, location: str):
    for item in window.review.problem_items():
        problem = window.review.problem_of(item)
        if problem.rule == rule and problem.location == location:
            return item
    return None
