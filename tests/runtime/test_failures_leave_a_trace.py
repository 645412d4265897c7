"""A failure leaves a trace: a slot that raises is written to the log with its traceback and said in a dialog; an
export that fails says what failed in words, in Chinese and in English; a bug on the database thread is logged
there, before its traceback is let go."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox

from disclosure_desktop import paths
from disclosure_desktop.export import registry
from disclosure_desktop.gui.dialogs.export import ExportDialog
from disclosure_desktop.gui.window import start
from disclosure_desktop.runtime import failure_hooks, logs
from disclosure_desktop.runtime.store_thread import StoreThread
from disclosure_desktop.workflows.example_report import example_report
from tests.helpers.database import create
from tests.helpers.dialogs import choose, when_modal
from tests.helpers.window import close_window, open_report, open_window


@pytest.fixture
def log_file():
    """The program's log, started as the window starts it (in the test's own data folder)."""
    logs.stop_file_log()
    yield failure_hooks.install(start.report_failure)
    failure_hooks.uninstall()
    logs.stop_file_log()


def _boom() -> None:
    raise ZeroDivisionError("a slot that divides by nothing")


@pytest.mark.qt_no_exception_capture
def test_a_slot_that_raises_is_logged_with_its_traceback_and_shown(qtbot, db_path: Path, log_file) -> None:
    assert log_file is not None and log_file.parent == paths.log_folder()
    window = open_window(qtbot, db_path)
    shown: list[str] = []

    def read_and_close(box: QMessageBox) -> None:
        shown.append(f"{box.objectName()}|{box.text()}|{box.informativeText()}")
        buttons = [b.text().replace("&", "") for b in box.buttons()]
        shown.append("|".join(buttons))
        box.accept()

    seen = when_modal(QMessageBox, read_and_close)
    timer = QTimer(window, singleShot=True, interval=0)
    timer.timeout.connect(_boom)  # the injected slot: Qt calls it, nobody above it catches
    timer.start()
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert seen and shown[0].startswith("errorDialog|")
    assert "_boom" in shown[0] and "ZeroDivisionError" in shown[0] and str(log_file) in shown[0]
    assert "Open the log folder" in shown[1]  # the source text: the tests run without the Chinese catalogue
    text = log_file.read_text("utf-8")
    assert "Traceback (most recent call last)" in text and "a slot that divides by nothing" in text
    assert "in _boom" in text
    close_window(window)


def test_a_bug_on_the_database_thread_is_logged_there_and_said_in_words(qtbot, log_file) -> None:
    store = StoreThread()
    failed: list[tuple[Exception, str]] = []
    try:
        store.run(lambda _store: {}["missing"], failure=lambda error, what: failed.append((error, what)),
                  what="List the reports")
        qtbot.waitUntil(lambda: bool(failed), timeout=5000)
    finally:
        store.stop()
    error, what = failed[0]
    assert isinstance(error, KeyError) and error.__traceback__ is None and what == "List the reports"
    text = log_file.read_text("utf-8")
    assert "List the reports failed" in text and "Traceback" in text and "KeyError: 'missing'" in text


# What the clerk reads when an export fails for a fault of the program, in each language.
SAID = {"zh": ("导出到", "未能完成", "这是程序本身的错误"),
        "en": ("Export to", "could not be done", "fault of the program")}


def test_an_export_that_fails_says_what_failed_in_words(qtbot, db_path: Path, tmp_path: Path, monkeypatch,
                                                       log_file, ui_language: str) -> None:
    rid = create(db_path, example_report())
    window = open_report(qtbot, db_path, rid)

    def broken(_report, _moment, _options):
        raise ValueError("the renderer broke")

    monkeypatch.setitem(registry.FORMATS, "html", registry.ExportFormat("html", ".html", broken))
    target = tmp_path / "年报.html"
    said: list[str] = []

    def in_the_export_dialog(dialog: ExportDialog) -> None:
        when_modal(QMessageBox, lambda box: (said.append(f"{box.text()}\n{box.informativeText()}"), box.accept()))
        try:
            choose(qtbot, dialog, "html", target)
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
            qtbot.waitUntil(lambda: bool(said), timeout=10000)
        finally:
            dialog.reject()

    when_modal(ExportDialog, in_the_export_dialog)
    window.export_report()
    headline, could_not, fault = SAID[ui_language]
    assert headline in said[0] and could_not in said[0] and str(target) in said[0], said[0]
    assert "the renderer broke" in said[0] and fault in said[0] and "Traceback" not in said[0]
    assert not target.exists()
    logged = log_file.read_text("utf-8")  # on the database thread, where it happened, with its traceback
    assert "Traceback (most recent call last)" in logged and "ValueError: the renderer broke" in logged
    close_window(window)
