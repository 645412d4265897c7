"""Duplicating or deleting a report while another program holds the database says why it did not happen, instead
of leaving the list as it was without a word (the clerk would believe there is a copy, or that it is gone)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from tests.helpers.keys import Answers
from tests.helpers.window import open_window, start_report


@pytest.mark.slow
@pytest.mark.parametrize("button", ["duplicate_button", "delete_button"])
def test_a_locked_database_is_said_when_duplicating_or_deleting(
        short_busy_timeout, qtbot, db_path, button: str) -> None:
    window = open_window(qtbot, db_path)
    start_report(qtbot, window, "welcome_example")
    window.show_reports()
    table = window.reports.table
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=5000)
    table.selectRow(0)
    holder = sqlite3.connect(db_path, timeout=10)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        answers = Answers("Yes", "OK") if button == "delete_button" else Answers("OK")
        qtbot.mouseClick(getattr(window.reports, button), Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: answers.done, timeout=30000)
        assert any("正被其他程序占用" in seen for seen in answers.seen), answers.seen
    finally:
        holder.rollback()
        holder.close()
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=5000)  # nothing was copied or deleted
    window.close()
