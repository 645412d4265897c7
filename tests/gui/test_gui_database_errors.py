"""A database the program cannot use is reported in the window and left exactly as it was."""

from __future__ import annotations

import hashlib
import sqlite3

from PySide6.QtWidgets import QMessageBox

from disclosure_desktop.gui.window.main_window import MainWindow


def test_newer_database_is_refused_untouched(qtbot, db_path, monkeypatch):
    with sqlite3.connect(db_path) as con:
        con.execute("CREATE TABLE report (id INTEGER PRIMARY KEY)")
        con.execute("PRAGMA user_version = 99")
    con.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args, **kwargs: told.append(args[2]))

    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=15000):
        window.start()
    assert told and "99" in told[0] and "未作任何改动" in told[0]
    assert window.loading.text() == told[0]
    assert window.stack.currentWidget() is window.loading
    assert not window.menus.new.isEnabled()
    window.close()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert sorted(p.name for p in db_path.parent.iterdir() if p.name.startswith(db_path.name)) == [db_path.name]
