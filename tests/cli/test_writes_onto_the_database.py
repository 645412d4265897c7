"""No command writes onto the database or its journal files, whatever they are called (issue 21, item 4): an
export, an approval sheet, a backup, a submission package, a review's summary and the window's "Save a copy"
aimed at a database named like their output — directly, through "./", through a hard link, or at its -wal
through a hard link — is refused with exit 2 and one line; the database stays byte for byte as it was."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest

from disclosure_desktop.domain import jsonio
from disclosure_desktop.messages import ReportDataError
from disclosure_desktop.workflows.recovery import save_copy
from tests.helpers.cli import EXAMPLE, cli, digest


def database(tmp_path: Path, name: str, capsys) -> Path:
    """A database called `name` holding the example report (id 1), signed as version 1."""
    db = tmp_path / name
    source = tmp_path / "example.json"
    source.write_text(json.dumps(EXAMPLE, ensure_ascii=False), "utf-8")
    assert cli(capsys, db, "import", str(source))[0] == 0
    assert cli(capsys, db, "sign", "1", "--by", "张三") == (0, "1\n", "")
    return db


def refused(capsys, db: Path, *args: str) -> str:
    before = digest(db)
    code, out, err = cli(capsys, db, *args)
    assert (code, out) == (2, ""), err
    assert err.startswith("错误：") and err.count("\n") == 1, err
    assert digest(db) == before
    assert cli(capsys, db, "list")[1].startswith("1\t")
    return err


@pytest.mark.parametrize(("name", "args"), [
    ("reports.json", ("export", "1", "-o", "{db}")),
    ("reports.json", ("export", "1", "-o", "{relative}")),
    ("reports.html", ("export", "1", "--format", "html", "-o", "{link}")),
    ("reports.pdf", ("export", "1", "--version", "1", "--approval-sheet", "-o", "{db}")),
    ("reports.sqlite", ("backup", "-o", "{link}")),
    ("reports.zip", ("submit", "1", "-o", "{relative}")),
])
def test_an_export_or_backup_onto_the_database_is_refused(capsys, tmp_path, monkeypatch, name, args):
    db = database(tmp_path, name, capsys)
    link = tmp_path / f"link{db.suffix}"
    os.link(db, link)
    monkeypatch.chdir(tmp_path)
    filled = [a.format(db=db, link=link, relative=f"./{db.name}") for a in args]
    assert "数据库" in refused(capsys, db, *filled)


def test_an_export_onto_the_open_databases_wal_through_a_hard_link_is_refused(capsys, tmp_path):
    db = database(tmp_path, "reports.sqlite", capsys)
    window = sqlite3.connect(db)  # the window has the database open: its -wal exists
    try:
        window.execute("PRAGMA journal_mode=WAL")
        window.execute("SELECT count(*) FROM report").fetchone()
        wal = db.with_name(db.name + "-wal")
        assert wal.exists()
        link = tmp_path / "report.json"
        os.link(wal, link)
        wal_before = digest(wal)
        assert "数据库" in refused(capsys, db, "export", "1", "-o", str(link))
        assert digest(wal) == wal_before
    finally:
        window.close()


def test_a_review_summary_onto_the_database_is_refused(capsys, tmp_path):
    db = database(tmp_path, "summary.csv", capsys)
    folder = tmp_path / "units"
    folder.mkdir()
    (folder / "report.json").write_text(json.dumps(EXAMPLE, ensure_ascii=False), "utf-8")
    said = refused(capsys, db, "review", str(folder), "--year", "2025", "-o", str(db))
    assert "是一个数据库文件" in said


def test_save_a_copy_onto_the_database_is_refused(tmp_path, capsys):
    db = database(tmp_path, "copy.json", capsys)
    before = digest(db)
    with pytest.raises(ReportDataError, match="是一个数据库文件"):
        save_copy(jsonio.loads(json.dumps(EXAMPLE, ensure_ascii=False)), db)
    assert digest(db) == before
