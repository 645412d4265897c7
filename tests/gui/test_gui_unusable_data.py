"""The window with data it cannot use — a report in a later version's format, a damaged file — says so and goes
on; it never hangs on "正在打开数据库…" and writes nothing."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from disclosure_desktop.gui.dialogs.backup import BackupDialog
from disclosure_desktop.gui.window.main_window import MainWindow
from tests.helpers.cli import EXAMPLE, cli
from tests.helpers.damage import overwrite_page, set_format


def _stored(capsys, db_path: Path, tmp_path: Path) -> None:
    import json

    source = tmp_path / "in.json"
    source.write_text(json.dumps(EXAMPLE, ensure_ascii=False), "utf-8")
    assert cli(capsys, db_path, "import", str(source))[0] == 0


def _start(qtbot, db_path: Path) -> MainWindow:
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=15000):
        window.start()
    return window


def test_a_report_in_an_unknown_format_is_refused_with_a_message_and_listed(qtbot, capsys, db_path: Path,
                                                                          tmp_path: Path, monkeypatch) -> None:
    _stored(capsys, db_path, tmp_path)
    set_format(db_path, "gov-2031")
    from disclosure_desktop.storage.database import Database
    from disclosure_desktop.storage.repository import ReportStore

    with Database.open(db_path) as db:
        ReportStore(db).set_state("last_report", "1")  # reopened at every start: it used to hang here
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: told.append(a[2]))
    window = _start(qtbot, db_path)
    assert told and "不认识的格式“gov-2031”" in told[0]
    assert window.stack.currentWidget() is window.reports
    assert window.reports.table.rowCount() == 1 and window.reports.table.item(0, 2).text() == "gov-2031"
    window.close()


def test_a_damaged_database_is_reported_in_the_window_untouched(qtbot, capsys, db_path: Path, tmp_path: Path,
                                                               monkeypatch) -> None:
    _stored(capsys, db_path, tmp_path)
    overwrite_page(db_path)
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: told.append(a[2]))
    offered: list[str] = []

    def close_the_offer() -> None:
        # The backups are offered first; the clerk closes the dialog without choosing one.
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, BackupDialog):
            offered.append(dialog.findChild(QLabel, "damagedNote").text())
            dialog.reject()
        else:
            QTimer.singleShot(30, close_the_offer)

    QTimer.singleShot(0, close_the_offer)
    window = _start(qtbot, db_path)
    assert offered and "已损坏" in offered[0]
    assert told and "已损坏" in told[0] and "sqlalche" not in told[0]
    window.close()
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
