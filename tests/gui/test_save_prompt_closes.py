"""A 「无法保存」 question never stays up over edits that are saved (issue 21, item 8): closing the window while the
database is locked asks what to do; when the lock goes and the program's own retry saves the edits, the question
closes by itself and the window closes — nothing clicked, nothing lost."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from tests.helpers.database import stored
from tests.helpers.dialogs import when_modal
from tests.helpers.keys import type_text
from tests.helpers.window import open_window, start_report


@pytest.mark.slow
def test_the_could_not_save_question_closes_once_the_retry_saved_the_edits(qtbot, db_path):
    window = open_window(qtbot, db_path)
    start_report(qtbot, window)
    start = window.wizard.current_page()
    qtbot.waitUntil(lambda: not window.session.autosave.has_unsaved, timeout=5000)

    holder = sqlite3.connect(db_path, timeout=10)  # another program holds the file
    holder.execute("BEGIN EXCLUSIVE")
    released: list[str] = []
    stale: list[str] = []

    def still_up(box: QMessageBox) -> None:
        if box.isVisible():  # the old behaviour: the question outlives the save; Cancel it so the test can fail
            stale.append(box.text())
            box.reject()

    def the_lock_goes(box: QMessageBox) -> None:
        released.append(box.objectName())
        assert "could not be saved" in box.text() and box.isVisible()
        holder.rollback()  # the other program is done; nobody touches the question
        holder.close()
        # The retries come within 8 s. The timer belongs to the question, so it goes with it and never fires
        # into a later test.
        late = QTimer(box)
        late.setSingleShot(True)
        late.timeout.connect(lambda: still_up(box))
        late.start(20000)

    try:
        type_text(start.agency, "某某县人民政府办公室")
        qtbot.waitUntil(lambda: window.session.autosave.failing, timeout=30000)
        seen = when_modal(QMessageBox, the_lock_goes, timeout_ms=30000)
        window.close()  # asks, and waits in the question until it is answered or moot
        assert stale == []
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=30000)
    finally:
        if not released:
            holder.rollback()
            holder.close()
    assert released == ["saveFailedBox"]
    assert not seen[0].isVisible()
    assert stored(db_path).agency == "某某县人民政府办公室"
