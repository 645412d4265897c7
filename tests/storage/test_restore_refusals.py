"""`restore` and the window's restore take only a whole database of ours (issue 21, item 1): a 0-byte file — what
a failed copy to a USB stick leaves —, an empty SQLite file, or a file of ours whose tables are gone is refused with
the reason; the database stays byte for byte as it was, every report listed, and nothing is set aside — and a
shared server's reports are not replaced by nothing either."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from disclosure_desktop.domain import jsonio
from disclosure_desktop.gui.dialogs.backup import BackupDialog
from disclosure_desktop.storage import backups
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.cli import cli, digest
from tests.helpers.paths import FULL_REPORT

AGENCIES = ("某某县人民政府", "某某县教育局")


@pytest.fixture
def filled(db_path: Path) -> Path:
    with Database.open(db_path) as db:
        store = ReportStore(db)
        report = jsonio.loads(FULL_REPORT.read_text("utf-8"))
        for agency in AGENCIES:
            report.agency = agency
            store.create(report)
    return db_path


def not_restorable(kind: str, folder: Path, filled: Path, capsys) -> tuple[Path, str]:
    """A file that must not replace the database, and what its refusal says."""
    path = folder / "备份.sqlite"
    if kind == "zero_bytes":
        path.write_bytes(b"")
        return path, "是空文件"
    if kind == "empty_sqlite":
        with sqlite3.connect(path) as conn:
            conn.execute("PRAGMA user_version = 0")
            conn.execute("VACUUM")  # SQLite writes its header: a database file with no table at all
        conn.close()
        assert path.stat().st_size > 0
        return path, "空的 SQLite 文件"
    # A copy of ours whose report tables were dropped: still stamped as ours, but nothing in it to restore.
    assert cli(capsys, filled, "backup", "-o", str(path))[0] == 0
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        for table in ("cell", "section_text", "report_meta", "acknowledgement", "report_version", "report"):
            conn.execute(f'DROP TABLE "{table}"')
    conn.close()
    return path, "缺少本程序数据库的表（cell、report、report_meta、section_text）"


def one_line(err: str) -> str:
    assert err.startswith("错误：") and err.count("\n") == 1 and "Traceback" not in err, err
    return err


def listed(capsys, db: Path) -> list[str]:
    code, out, _err = cli(capsys, db, "list")
    assert code == 0
    return [line.split("\t")[3] for line in out.splitlines()]


@pytest.mark.parametrize("kind", ["zero_bytes", "empty_sqlite", "tables_gone"])
def test_restore_refuses_a_file_that_is_no_whole_database(capsys, filled, tmp_path, kind):
    source, said = not_restorable(kind, tmp_path, filled, capsys)
    before, kept = digest(filled), backups.list_backups(filled)

    code, out, err = cli(capsys, filled, "restore", str(source))

    assert (code, out) == (2, "") and err.startswith("错误：") and err.count("\n") == 1, err
    assert said in err and "数据库未作任何改动" in err, err
    assert digest(filled) == before
    assert backups.list_backups(filled) == kept  # nothing set aside as …-replaced
    assert sorted(listed(capsys, filled)) == sorted(AGENCIES)


def test_the_windows_restore_refuses_a_0_byte_file(qtbot, filled, tmp_path, monkeypatch):
    zero = tmp_path / "U盘上的备份.sqlite"
    zero.write_bytes(b"")
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: told.append(a[2]))
    before = digest(filled)
    dialog = BackupDialog(filled, damaged="test")  # at start: the dialog restores by itself
    qtbot.addWidget(dialog)
    dialog._restore(zero)
    assert told and "是空文件" in told[0]
    assert digest(filled) == before and dialog.restored_from is None


@pytest.mark.parametrize("kind", ["zero_bytes", "empty_sqlite"])
def test_restore_into_a_shared_server_refuses_them_too(capsys, tmp_path, postgres_url, filled, kind):
    with Database.open(postgres_url) as db:
        store = ReportStore(db)
        report = jsonio.loads(FULL_REPORT.read_text("utf-8"))
        for agency in AGENCIES:
            report.agency = agency
            store.create(report)
    source, said = not_restorable(kind, tmp_path, filled, capsys)
    code, out, err = cli(capsys, postgres_url, "restore", str(source))  # type: ignore[arg-type]
    assert (code, out) == (2, "") and said in one_line(err)
    with Database.open(postgres_url) as db:
        assert sorted(s.agency for s in ReportStore(db).list_reports()) == sorted(AGENCIES)
