"""完成 opens a summary of where the report stands with the steps after it — export, 签发, publishing — instead
of dropping the clerk on the list without a word; Help ▸ Example report opens the example from anywhere."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from disclosure_desktop.domain.report import Cell
from disclosure_desktop.gui.dialogs.export import ExportDialog
from disclosure_desktop.gui.dialogs.finish import FinishDialog
from disclosure_desktop.gui.dialogs.versions import VersionsDialog
from tests.helpers.database import create
from tests.helpers.dialogs import when_modal
from tests.helpers.reports import clean_report
from tests.helpers.window import click_section, close_window, open_report, open_window, start_report


def finish(qtbot, window, act) -> dict:
    """Click 完成 on the review page and let `act(dialog)` answer the summary; returns what it showed."""
    shown: dict = {}

    def answer(dialog: FinishDialog) -> None:
        shown["state"] = dialog.state.text()
        shown["ready"] = dialog.state.property("ready")
        act(dialog)

    when_modal(FinishDialog, answer)
    click_section(qtbot, window, "review")
    qtbot.mouseClick(window.wizard.finish_button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    return shown


def test_finish_says_where_the_report_stands_and_stays(qtbot, db_path):
    report = clean_report()
    report.cells["t3.new.total"] = Cell("999")
    report.sections["problems"] = ""
    window = open_report(qtbot, db_path, create(db_path, report))
    shown = finish(qtbot, window, lambda d: qtbot.mouseClick(d.stay_button, Qt.MouseButton.LeftButton))
    assert not shown["ready"]
    assert "error(s)" in shown["state"] and "五、存在的主要问题及改进情况" in shown["state"]
    assert window.stack.currentWidget() is window.area and window.session is not None  # stayed
    close_window(window)


def test_finish_leads_to_the_list_the_export_or_signing(qtbot, db_path):
    report = clean_report()
    report.meta.update({"contact": "县政府办公室，电话：0000-1234567", "published_on": f"{report.year + 1}-01-20"})
    window = open_report(qtbot, db_path, create(db_path, report))
    # The export dialog comes next (closed here without exporting).
    exported = when_modal(ExportDialog, lambda d: d.reject(), timeout_ms=20000)
    shown = finish(qtbot, window, lambda d: qtbot.mouseClick(d.export_button, Qt.MouseButton.LeftButton))
    assert shown["ready"] and "Ready to publish" in shown["state"]
    qtbot.waitUntil(lambda: bool(exported), timeout=5000)

    signing = when_modal(VersionsDialog, lambda d: d.reject(), timeout_ms=20000)
    finish(qtbot, window, lambda d: qtbot.mouseClick(d.sign_button, Qt.MouseButton.LeftButton))
    qtbot.waitUntil(lambda: bool(signing), timeout=5000)

    finish(qtbot, window, lambda d: qtbot.mouseClick(d.list_button, Qt.MouseButton.LeftButton))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.reports, timeout=5000)
    assert window.session is None
    close_window(window)


def test_help_opens_the_example_report_from_anywhere_once(qtbot, db_path):
    window = open_window(qtbot, db_path)
    start_report(qtbot, window)  # the clerk's own report is open
    own = window.session.report.id
    assert window.menus.example in window.menus.help.actions()
    with qtbot.waitSignal(window.report_opened, timeout=5000):
        window.menus.example.trigger()
    first = window.session.report.id
    assert window.session.report.is_example and first != own
    window.open_report(own, "start")
    qtbot.waitUntil(lambda: window.session is not None and window.session.report.id == own, timeout=5000)
    with qtbot.waitSignal(window.report_opened, timeout=5000):
        window.menus.example.trigger()
    assert window.session.report.id == first  # the same example again, not a second copy
    close_window(window)
