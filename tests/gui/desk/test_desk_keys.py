"""The desk by keyboard: no two things on a page of the desk answer the same Alt+letter (with the menu bar's), in
either language, and a unit opens from the summary with Enter and goes back with its Back button's key."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QTabBar, QWidget

from disclosure_desktop.review.units import Unit
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from disclosure_desktop.workflows import review_desk
from tests.helpers.desk import REGION, drop
from tests.helpers.review_batch import unit_name, unit_report, write_as
from tests.helpers.window import close_window, open_window


def live_mnemonics(window: QWidget) -> dict[str, list[str]]:
    found: dict[str, list[str]] = defaultdict(list)

    def add(text: str, what: str) -> None:
        key = QKeySequence.mnemonic(text).toString()
        if key:
            found[key].append(f"{what} {text!r}")

    for action in window.menuBar().actions():
        add(action.text(), "menu")
    for widget in window.findChildren(QWidget):
        if widget.window() is not window or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy() is not None):
            add(widget.text(), widget.objectName() or type(widget).__name__)
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i), "tab")
    return dict(found)


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {key: where for key, where in live_mnemonics(window).items() if len(where) > 1}


def test_every_page_of_the_desk_has_its_own_keys(qtbot, db_path, tmp_path, ui_language):
    folder = tmp_path / "in"
    folder.mkdir()
    write_as(unit_report(0), "json", folder / "a.json")
    with Database.open(db_path) as db:
        review_desk.create_batch(ReportStore(db), REGION, 2025, [Unit(unit_name(0)), Unit(unit_name(1))])
    window = open_window(qtbot, db_path)
    window.resize(1366, 768)
    assert clashes(window) == {}  # the welcome page, with its third button
    with qtbot.waitSignal(window.desk_control.rolled_up, timeout=120_000):
        window.show_desk()
    desk = window.desk
    with qtbot.waitSignal(window.desk_control.rolled_up, timeout=120_000):
        drop(desk, [folder])
    for tab in range(desk.tabs.count()):
        desk.tabs.setCurrentIndex(tab)
        assert clashes(window) == {}, desk.tabs.tabText(tab)
    desk.tabs.setCurrentIndex(0)
    desk.table.setCurrentIndex(desk.proxy.index(0, 0))
    desk.table.setFocus()
    qtbot.keyClick(desk.table, Qt.Key.Key_Return)
    assert desk.pages.currentWidget() is desk.unit and desk.unit.title.text() == unit_name(0)
    for tab in range(desk.unit.tabs.count()):
        desk.unit.tabs.setCurrentIndex(tab)
        assert clashes(window) == {}, desk.unit.tabs.tabText(tab)
    # Alt + the Back button's letter, to whatever has the keyboard, as a keyboard sends it.
    back = QKeySequence.mnemonic(desk.unit.back_button.text())[0].key()
    window.activateWindow()
    qtbot.keyClick(QApplication.focusWidget() or window, back, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: desk.pages.currentWidget() is desk.batch_page, timeout=5000)
    close_window(window)
