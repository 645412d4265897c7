"""The versions dialog in the real window shows the report as it now is after every action: a restore is said
in words and its comparison worked out again against the working copy it made ("No differences"), a saved
version is said and listed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from disclosure_desktop.gui.dialogs.versions import VersionsDialog
from tests.helpers.database import create
from tests.helpers.dialogs import select_rows, when_modal
from tests.helpers.keys import Answers, type_text
from tests.helpers.reports import clean_report
from tests.helpers.window import close_window, open_report

CELL = "t3.new.natural"


def test_after_a_restore_the_comparison_shows_the_restored_working_copy(qtbot, db_path):
    report = clean_report()
    old = report.value(CELL)
    window = open_report(qtbot, db_path, create(db_path, report))
    checked: dict = {}

    def in_dialog(dialog: VersionsDialog) -> None:
        type_text(dialog.name_edit, "报送上级前")
        qtbot.mouseClick(dialog.snapshot_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 1, timeout=5000)
        qtbot.waitUntil(lambda: "报送上级前" in dialog.note.text(), timeout=5000)
        window.session.edits.enter_cells({CELL: "706"})
        select_rows(dialog, 0)
        qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "706" in dialog.view.toPlainText(), timeout=5000)
        checked["before restore"] = dialog.view.toPlainText()

        answers = Answers("Yes")
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: answers.done, timeout=5000)
        qtbot.waitUntil(lambda: window.session.report.value(CELL) == old, timeout=5000)
        qtbot.waitUntil(lambda: "706" not in dialog.view.toPlainText(), timeout=5000)
        checked["after restore"] = dialog.view.toPlainText()
        checked["heading"] = dialog.heading.text()
        checked["note"] = dialog.note.text() if dialog.note.isVisible() else ""
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 2, timeout=5000)  # 恢复前 listed
        dialog.reject()

    when_modal(VersionsDialog, in_dialog)
    window.versions.open_versions()
    QApplication.processEvents()
    assert "706" in checked["before restore"] and old in checked["before restore"]
    assert checked["after restore"].strip() == "No differences."
    assert "Working copy" in checked["heading"] and "报送上级前" in checked["heading"]
    assert "报送上级前" in checked["note"] and "Undo" in checked["note"]
    close_window(window)
