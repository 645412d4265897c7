"""The 备份 dialog: says where the backups are, lists them, and at start restores a damaged database by itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

from disclosure_desktop.domain import jsonio
from disclosure_desktop.gui.dialogs.backup import BackupDialog, offer_restore
from disclosure_desktop.storage import backups
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.errors import DatabaseError
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.damage import every_report, overwrite_page
from tests.helpers.paths import FULL_REPORT


@pytest.fixture
def filled(db_path: Path) -> Path:
    with Database.open(db_path) as db:
        store = ReportStore(db)
        report = jsonio.loads(FULL_REPORT.read_text("utf-8"))
        for agency in ("某某县人民政府", "某某县教育局"):
            report.agency = agency
            store.create(report)
    return db_path


def test_the_dialog_says_where_backups_are_and_lists_them(qtbot, filled: Path) -> None:
    backups.take(filled)
    dialog = BackupDialog(filled)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert str(backups.folder(filled)) in dialog.findChild(QLabel, "backupFolderNote").text()
    assert dialog.table.rowCount() == 2
    assert {dialog.table.item(r, 1).text() for r in range(2)} == {"Automatic, on closing", "Made by hand"}
    assert dialog.selected() == backups.newest(filled).path
    requested: list[bool] = []
    dialog.backup_requested.connect(lambda: requested.append(True))
    assert dialog.backup_button.isVisible()
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    assert requested == [True]


def test_restore_of_an_open_database_is_a_request_to_the_window(qtbot, filled: Path, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog = BackupDialog(filled)
    qtbot.addWidget(dialog)
    requested: list[str] = []
    dialog.restore_requested.connect(requested.append)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert requested == [str(backups.newest(filled).path)]


def test_a_damaged_database_at_start_is_restored_from_the_newest_backup(qtbot, filled: Path, monkeypatch) -> None:
    expected = every_report(filled)
    overwrite_page(filled)
    with pytest.raises(DatabaseError) as caught:
        Database.open(filled)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    seen: list[BackupDialog] = []

    def run(dialog: BackupDialog) -> int:
        seen.append(dialog)
        assert "已损坏" in dialog.findChild(QLabel, "damagedNote").text()
        assert not dialog.backup_button.isVisibleTo(dialog)  # nothing to back up: the file is damaged
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(BackupDialog, "exec", run)
    assert offer_restore(None, filled, caught.value)
    assert seen[0].set_aside is not None and seen[0].set_aside.exists()
    assert every_report(filled) == expected


def test_a_refused_restore_says_why_and_leaves_the_file(qtbot, filled: Path, tmp_path: Path, monkeypatch) -> None:
    bad = tmp_path / "not-a-backup.sqlite"
    bad.write_text("这不是数据库", "utf-8")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: told.append(a[2]))
    before = filled.read_bytes()
    dialog = BackupDialog(filled, damaged="test")
    qtbot.addWidget(dialog)
    dialog._restore(bad)
    assert told and "不是本程序的数据库文件" in told[0]
    assert filled.read_bytes() == before and dialog.restored_from is None


def test_back_up_now_that_cannot_write_says_why(qtbot, db_path: Path, monkeypatch) -> None:
    from tests.helpers.dialogs import when_modal
    from tests.helpers.window import close_window, open_window, start_report

    window = open_window(qtbot, db_path)
    start_report(qtbot, window, "welcome_example")
    backups.folder(db_path).parent.mkdir(parents=True, exist_ok=True)
    backups.folder(db_path).write_text("not a folder")  # where the backups would go, a file stands
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: told.append(a[2]))

    def back_up(dialog: BackupDialog) -> None:
        qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
        for _ in range(100):  # the answer comes from the database thread
            if told:
                break
            qtbot.wait(30)
        dialog.reject()

    seen = when_modal(BackupDialog, back_up)
    window.menus.backups.trigger()
    assert seen and len(told) == 1 and str(backups.folder(db_path)) in told[0]  # the store's sentence, with where
    assert backups.list_backups(db_path) == []
    close_window(window)
