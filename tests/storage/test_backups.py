"""Backups on real files: taken and verified, thinned, and put back after the database is truncated, overwritten
or has a corrupted index — every report comes back; a backup that is not sound is never restored."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import sqlite3
from pathlib import Path

import pytest

from disclosure_desktop.domain import jsonio
from disclosure_desktop.storage import backup_files, backups, sqlite_file
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.errors import DatabaseError
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.cli import cli
from tests.helpers.damage import corrupt_cell_index, every_report, overwrite_page
from tests.helpers.paths import FULL_REPORT


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(db_path: Path) -> Path:
    report = jsonio.loads(FULL_REPORT.read_text("utf-8"))
    with Database.open(db_path) as db:
        store = ReportStore(db)
        for agency in ("某某县人民政府", "某某县教育局", "某某县卫生健康委员会"):
            report.agency = agency
            store.create(report)
        store.sign(2, "张三")
    return db_path


def test_close_after_a_change_takes_one_verified_backup_a_day(filled: Path) -> None:
    [first] = backups.list_backups(filled)
    assert first.kind == "auto" and first.path.parent == filled.with_name("reports-backups")
    assert backups.verify(first.path) == []
    assert not sqlite_file.companions(first.path)[0].exists()  # a self-contained file, no -wal beside it
    with Database.open(filled) as db:
        ReportStore(db).snapshot(1)
    assert db.closing_backup is None  # already one today
    assert len(backups.list_backups(filled)) == 1
    tomorrow = dt.datetime.now() + dt.timedelta(days=1)
    taken = backups.after_close(filled, changed=True, now=tomorrow)
    assert taken is not None and taken.taken_at.date() == tomorrow.date()
    assert backups.after_close(filled, changed=False, now=tomorrow + dt.timedelta(days=1)) is None  # no change


def test_a_backup_that_fails_verification_never_counts(filled: Path, monkeypatch) -> None:
    monkeypatch.setattr(backups, "verify", lambda path: ["row 3 missing from index"])
    with pytest.raises(DatabaseError):
        backups.take(filled)
    names = [p.name for p in backups.folder(filled).iterdir()]
    assert len(names) == 1 and names[0].endswith("-auto.sqlite")  # only the earlier good one, no half copy


def test_thinning_keeps_daily_weekly_monthly(tmp_path: Path) -> None:
    db = tmp_path / "reports.sqlite"
    where = backups.folder(db)
    where.mkdir()
    now = dt.datetime(2026, 6, 30, 18, 0)
    for days in range(0, 800):
        for hour in (9, 17):
            stamp = (now - dt.timedelta(days=days)).replace(hour=hour).strftime("%Y%m%d-%H%M%S")
            (where / f"reports-{stamp}-auto.sqlite").write_bytes(b"x")
    (where / "reports-20200101-000000-manual.sqlite").write_bytes(b"x")
    (where / "reports-20200101-000000-replaced.sqlite").write_bytes(b"x")
    backups.thin(db, now)
    kept = backups.list_backups(db)
    auto = [b.taken_at for b in kept if b.kind == "auto"]
    assert len({t.date() for t in auto}) == len(auto)  # one a day at most, the day's newest
    assert all(t.hour == 17 for t in auto)
    recent = [t for t in auto if (now - t).days < backup_files.KEEP_DAILY]
    assert len(recent) == backup_files.KEEP_DAILY
    assert len(auto) <= backup_files.KEEP_DAILY + backup_files.KEEP_WEEKLY + backup_files.KEEP_MONTHLY
    assert min(auto) < now - dt.timedelta(days=600)  # monthly copies reach back two years
    assert {b.kind for b in kept} == {"auto", "manual", "replaced"}  # the clerk's own and set-aside files stay


def truncate(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 3])


def corrupt_index(db: Path) -> None:
    corrupt_cell_index(db, keep_mtime=False)


@pytest.mark.parametrize("damage", [truncate, overwrite_page, corrupt_index])
def test_backup_damage_restore_gives_every_report_back(capsys, filled: Path, tmp_path: Path, damage) -> None:
    expected = every_report(filled)
    copy = tmp_path / "U盘" / "年报备份.sqlite"
    copy.parent.mkdir()
    assert cli(capsys, filled, "backup", "-o", str(copy)) == (0, "", "")
    damage(filled)
    damaged = sha(filled)
    code, out, err = cli(capsys, filled, "list")
    assert (code, out) == (2, "") and "已损坏" in err and "最新的备份是" in err and err.count("\n") == 1, err
    assert sha(filled) == damaged  # the damaged file is evidence: not touched by the attempt
    code, out, err = cli(capsys, filled, "restore", str(copy))
    assert (code, out) == (0, "") and "原数据库文件已移到" in err, err
    assert every_report(filled) == expected
    aside = [b for b in backups.list_backups(filled) if b.kind == "replaced"]
    assert len(aside) == 1 and sha(aside[0].path) == damaged  # kept aside byte for byte
    code, out, _ = cli(capsys, filled, "list")
    states = {line.split("\t")[0]: line.split("\t")[5] for line in out.splitlines()}
    assert code == 0 and states == {"1": "起草", "2": "已签发", "3": "起草"}


def test_restore_from_the_automatic_backup_offered_with_the_error(capsys, filled: Path) -> None:
    expected = every_report(filled)
    overwrite_page(filled)
    with pytest.raises(DatabaseError) as caught:
        Database.open(filled)
    assert caught.value.damaged and caught.value.newest_backup is not None
    backups.restore(filled, caught.value.newest_backup)
    assert every_report(filled) == expected


@pytest.mark.parametrize("case", ["foreign", "damaged", "missing", "newer", "folder"])
def test_a_backup_that_is_not_sound_is_not_restored(capsys, filled: Path, tmp_path: Path, case: str) -> None:
    source = tmp_path / "backup.sqlite"
    if case == "foreign":
        with sqlite3.connect(source) as conn:
            conn.execute("CREATE TABLE contacts (name TEXT)")
        conn.close()
    elif case == "damaged":
        assert cli(capsys, filled, "backup", "-o", str(source))[0] == 0
        overwrite_page(source)
    elif case == "newer":
        assert cli(capsys, filled, "backup", "-o", str(source))[0] == 0
        with sqlite3.connect(source) as conn:
            conn.execute("PRAGMA user_version = 99")
        conn.close()
    elif case == "folder":
        source.mkdir()
    before, listed = sha(filled), backups.list_backups(filled)
    code, out, err = cli(capsys, filled, "restore", str(source))
    assert (code, out) == (2, "") and err.startswith("错误：") and err.count("\n") == 1, err
    assert sha(filled) == before and backups.list_backups(filled) == listed


def test_restore_refuses_while_the_database_is_open_elsewhere(capsys, filled: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.sqlite"
    assert cli(capsys, filled, "backup", "-o", str(copy))[0] == 0
    with Database.open(filled) as db:  # the GUI, say
        ReportStore(db).count()
        before = sha(filled)
        code, out, err = cli(capsys, filled, "restore", str(copy))
        assert (code, out) == (2, "") and "正在被使用" in err, err
        assert sha(filled) == before


def test_backup_of_a_file_with_a_corrupted_index_rebuilds_it(capsys, filled: Path, tmp_path: Path) -> None:
    expected = every_report(filled)
    corrupt_index(filled)
    copy = tmp_path / "mended.sqlite"
    code, out, err = cli(capsys, filled, "backup", "-o", str(copy))
    assert (code, out) == (0, "") and "已按表数据重建索引（3 份报告，无丢失）" in err, err
    assert backups.verify(copy) == []
    assert cli(capsys, filled, "restore", str(copy))[0] == 0
    assert every_report(filled) == expected


def test_backup_of_an_overwritten_file_salvages_what_can_be_read(capsys, filled: Path, tmp_path: Path) -> None:
    overwrite_page(filled)
    copy = tmp_path / "salvaged.sqlite"
    code, out, err = cli(capsys, filled, "backup", "-o", str(copy))
    assert (code, out) == (2, "") and "可能不完整" in err and err.count("\n") == 1, err
    assert backups.verify(copy) == []  # sound, even if not everything could be read
    assert "能读出的 3 份报告" in err and sqlite_file.count_rows(copy, "report") == 3


def test_backup_refuses_to_overwrite_the_database_itself(capsys, filled: Path) -> None:
    before = sha(filled)
    code, _, err = cli(capsys, filled, "backup", "-o", str(filled))
    assert code == 2 and "不能写到数据库文件本身" in err
    assert sha(filled) == before


def test_the_clean_close_mark_decides_between_quick_and_full_check(filled: Path, monkeypatch) -> None:
    seen: list[bool] = []
    real = sqlite_file.check
    monkeypatch.setattr(sqlite_file, "check", lambda path, full: seen.append(full) or real(path, full=full))
    Database.open(filled).close()  # the fixture closed cleanly and the close verified a backup
    assert seen == [False]
    db = Database.open(filled)  # the mark is gone while the file is open: a crash now leaves none
    assert not filled.with_name(filled.name + ".clean").exists()
    db.engine.dispose()  # no clean close
    Database.open(filled).close()
    assert seen == [False, False, True]
    mark = json.loads(filled.with_name(filled.name + ".clean").read_text("utf-8"))
    assert mark["file"][0] == filled.stat().st_size


@pytest.mark.slow
def test_integrity_check_and_quick_check_on_2000_reports(tmp_path: Path) -> None:
    """The numbers docs/reliability.md states (not a timing test: it only prints them)."""
    import time

    from disclosure_desktop.storage.report_rows import insert_report as _insert

    db_path = tmp_path / "big.sqlite"
    report = jsonio.loads(FULL_REPORT.read_text("utf-8"))
    with Database.open(db_path) as db:
        store = ReportStore(db)
        with store._write() as session:
            for n in range(2000):
                report.agency = f"某某县第{n}局"
                _insert(session, report)
        db.auto_backup = False
    timings = {}
    for full in (False, True, False, True):
        start = time.perf_counter()
        assert sqlite_file.check(db_path, full=full) == []
        timings.setdefault(full, []).append(time.perf_counter() - start)
    print(f"\n{db_path.stat().st_size / 2**20:.0f} MB: quick_check {min(timings[False]) * 1000:.0f} ms, "
          f"integrity_check {min(timings[True]) * 1000:.0f} ms")
