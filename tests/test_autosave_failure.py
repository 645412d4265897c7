"""A write that fails (another program holds the file locked) is kept and tried again: nothing typed is lost."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui_helpers import type_text
from tests.test_gui_wizard import close_window, open_window, start_report, stored


@pytest.mark.slow
def test_locked_database_edits_are_kept_and_saved_once_the_lock_goes(qtbot, db_path, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args, **kwargs: told.append(args[2]))
    window = open_window(qtbot, db_path)
    start_report(qtbot, window)
    start = window.wizard.current_page()
    qtbot.waitUntil(lambda: not window.session.has_unsaved, timeout=5000)

    holder = sqlite3.connect(db_path, timeout=10)  # waits out the program's own short writes
    holder.execute("BEGIN EXCLUSIVE")
    try:
        type_text(start.agency, "某某县人民政府办公室")
        qtbot.waitUntil(lambda: window.session.failing, timeout=20000)
        # Said in the UI language, without the driver's text (the path alone holds the word "locked").
        assert len(told) == 1 and "正被其他程序占用" in told[0], told
        assert "sqlalche" not in told[0] and "[SQL" not in told[0]
    finally:
        holder.rollback()
        holder.close()
    # The next edit touches another field: the failed one must still reach the file.
    type_text(start.contact, "0000-1234567")

    qtbot.waitUntil(lambda: not window.session.failing and not window.session.has_unsaved, timeout=20000)
    assert len(told) == 1, "one message for one run of failures"
    close_window(window)
    report = stored(db_path)
    assert report.agency == "某某县人民政府办公室"
    assert report.meta["contact"] == "0000-1234567"
