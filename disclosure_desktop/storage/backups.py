"""Verified copies of the database: taken on close at most daily, before a migration and on request, thinned to
daily/weekly/monthly, and put back by `restore` even when the current file can no longer be opened."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from disclosure_desktop.messages import message
from disclosure_desktop.storage import sqlite_file, sqlite_salvage
from disclosure_desktop.storage.backup_files import (
    AUTO,
    KEEP_MIGRATION,
    MANUAL,
    MIGRATION,
    REPLACED,
    Backup,
    Retention,
    folder,
    list_backups,
    newest,
)
from disclosure_desktop.storage.errors import DAMAGED, DatabaseError
from disclosure_desktop.storage.file_faults import refined_key
from disclosure_desktop.storage.ownership import SCHEMA_TABLES, ownership

# What callers know this module by: the backup files' names and kinds (backup_files.py) with the copies made here.
__all__ = ["AUTO", "MANUAL", "MIGRATION", "REPLACED", "Backup", "CopyResult", "Retention", "after_close", "copy_out",
           "folder", "list_backups", "newest", "restorable", "restore", "take", "thin", "verify"]


@dataclass(frozen=True)
class CopyResult:
    """What `copy_out` wrote: complete, complete after rebuilding indexes, or only what could be read."""

    path: Path
    repair: str = ""  # "" | "reindexed" | "salvaged"
    reports: int = 0
    native: Path | None = None  # a server's own dump written beside it (pg_dump, storage/portable.py)
    native_problem: str = ""  # why there is none


def _final_name(db_path: Path, kind: str, now: dt.datetime, label: str = "") -> Path:
    where = folder(db_path)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    kind = f"{kind}{label}" if label else kind
    candidate = where / f"{Path(db_path).stem}-{stamp}-{kind}.sqlite"
    counter = 2
    while candidate.exists():  # never overwrite a backup: it may be the only good copy
        candidate = where / f"{Path(db_path).stem}-{stamp}-{counter}-{kind}.sqlite"
        counter += 1
    return candidate


def verify(path: Path) -> list[str]:
    """[] when `path` is a sound database of ours (integrity_check, stamps); else what is wrong."""
    try:
        ownership(path)
    except DatabaseError as error:
        return [str(error)]
    try:
        return sqlite_file.check(path, full=True)
    except DatabaseError as error:
        return [str(error)]


def restorable(path: Path) -> None:
    """Refuse, with the reason, a file that is not a whole database of ours: restoring it would swap every report
    for nothing. An empty file (what a copy to a USB stick that failed leaves), an empty SQLite file, another
    program's file, a file of ours without its tables, a damaged or newer one."""
    if not path.is_file():
        raise DatabaseError("backup.missing", path=path)
    if path.stat().st_size == 0:
        raise DatabaseError("backup.empty_source", path=path)
    try:
        version = ownership(path)
    except DatabaseError as error:
        raise DatabaseError("backup.bad_source", path=path, detail=str(error)) from None
    if version is None:  # SQLite's header and nothing else: no schema, no report
        raise DatabaseError("backup.empty_database", path=path)
    missing = SCHEMA_TABLES - sqlite_file.probe(path).tables
    if missing:
        raise DatabaseError("backup.no_schema", path=path, tables="、".join(sorted(missing)))
    problems = verify(path)
    if problems:
        raise DatabaseError("backup.bad_source", path=path, detail=problems[0])


def _temp_beside(target: Path) -> Path:
    fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    Path(name).unlink()  # SQLite makes the file itself; only the unique name was wanted
    return Path(name)


def _finish(temp: Path, target: Path) -> None:
    sqlite_file.fsync_file(temp)
    os.replace(temp, target)


def take(db_path: Path, kind: str = MANUAL, *, label: str = "", now: dt.datetime | None = None) -> Backup:
    """Copy the database into the backups folder and verify the copy; a copy that fails never counts."""
    db_path = Path(db_path)
    now = now or dt.datetime.now()
    try:
        folder(db_path).mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise DatabaseError("backup.failed", path=folder(db_path), detail=error.strerror or error) from None
    target = _final_name(db_path, kind, now, f"-{label}" if label else "")
    _copy_verified(db_path, target)
    return Backup(target, now.replace(microsecond=0), kind + (f"-{label}" if label else ""), target.stat().st_size)


def _copy_verified(db_path: Path, target: Path) -> None:
    temp = _temp_beside(target)
    try:
        sqlite_file.copy_database(db_path, temp)
        problems = verify(temp)
        if problems:
            raise DatabaseError(DAMAGED, path=db_path, detail=problems[0])
        _finish(temp, target)
    except OSError as error:
        raise DatabaseError("backup.failed", path=target, detail=error.strerror or error) from None
    finally:
        temp.unlink(missing_ok=True)


def due(db_path: Path, now: dt.datetime | None = None) -> bool:
    """No automatic or manual backup yet today."""
    today = (now or dt.datetime.now()).date()
    return not any(b.taken_at.date() == today for b in list_backups(db_path) if b.kind in (AUTO, MANUAL))


def after_close(db_path: Path, *, changed: bool, now: dt.datetime | None = None,
                retention: Retention | None = None) -> Backup | None:
    """The automatic backup of a clean close: at most daily, and only when the file changed since the last one."""
    db_path = Path(db_path)
    now = now or dt.datetime.now()
    if not db_path.exists() or not due(db_path, now):
        return None
    last = next((b for b in list_backups(db_path) if b.kind != REPLACED), None)
    if last is None:  # never backed up: worth it as soon as there is a report to lose
        newer = sqlite_file.count_rows(db_path, "report") > 0
    else:
        newer = db_path.stat().st_mtime > last.path.stat().st_mtime
    if not (changed or newer):
        return None
    taken = take(db_path, AUTO, now=now)
    thin(db_path, now, retention)
    return taken


def _keep_newest(backups: list[Backup], key: Callable[[Backup], object], count: int) -> set[Path]:
    kept: dict[object, Path] = {}
    for backup in backups:  # newest first: the first of each period is its newest
        period = key(backup)
        if period not in kept:
            if len(kept) == count:
                break
            kept[period] = backup.path
    return set(kept.values())


def thin(db_path: Path, now: dt.datetime | None = None, retention: Retention | None = None) -> list[Path]:
    """Delete automatic backups beyond the daily/weekly/monthly plan and old pre-migration copies."""
    now = now or dt.datetime.now()
    plan = retention or Retention()
    backups = list_backups(db_path)
    auto = [b for b in backups if b.kind == AUTO]
    keep = _keep_newest(auto, lambda b: b.taken_at.date(), plan.daily)
    daily_end = now.date() - dt.timedelta(days=plan.daily)
    older = [b for b in auto if b.taken_at.date() <= daily_end]
    keep |= _keep_newest(older, lambda b: b.taken_at.isocalendar()[:2], plan.weekly)
    keep |= _keep_newest(older, lambda b: (b.taken_at.year, b.taken_at.month), plan.monthly)
    migration = [b for b in backups if b.kind.startswith(MIGRATION)]
    keep |= {b.path for b in migration[:KEEP_MIGRATION]}
    removed = []
    for backup in auto + migration:
        if backup.path not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                pass
    return removed


def copy_out(db_path: Path, target: Path) -> CopyResult:
    """`backup -o`: a verified copy at `target`, even of a damaged file (mended or salvaged, and said so)."""
    db_path, target = Path(db_path), Path(target)
    if not db_path.exists():  # a mistyped --db: nothing to copy, and nothing is made
        raise DatabaseError("db.missing", path=db_path)
    if target.exists() and target.resolve() == db_path.resolve():
        raise DatabaseError("backup.onto_itself", path=target)
    try:
        ownership(db_path)
    except DatabaseError as error:
        if error.key in ("db.not_sqlite", "db.is_folder", "db.cant_open", "db.unknown_revision"):
            raise
    temp = _temp_beside(target)
    try:
        repair = ""
        try:
            sqlite_file.copy_database(db_path, temp)
            problems = verify(temp)
        except DatabaseError as error:
            if not error.damaged:  # a full or read-only target, a database another program holds: no damage
                raise _unwritten(target, error) from None
            problems = [str(error)]
        if problems:
            temp.unlink(missing_ok=True)
            repair = _mend(db_path, temp)
        reports = sqlite_file.count_rows(temp, "report")
        _finish(temp, target)
        return CopyResult(target, repair, reports)
    except OSError as error:
        raise DatabaseError("backup.failed", path=target, detail=error.strerror or error) from None
    finally:
        temp.unlink(missing_ok=True)


# What a failed copy says about the target, in place of the database's path in SQLite's own message.
_TARGET_CAUSES = {"db.disk_full": "os.no_space", "db.read_only_disk": "os.read_only", "db.read_only_folder":
                  "os.permission", "db.permission": "os.permission"}


def _unwritten(target: Path, error: DatabaseError) -> DatabaseError:
    """A copy that could not be written: the target's disk or folder by its cause, anything else as it is."""
    cause = error.key if error.key in _TARGET_CAUSES else refined_key(error.key, target)
    if cause in _TARGET_CAUSES:
        return DatabaseError("backup.failed", path=target, detail=message(_TARGET_CAUSES[cause]))
    return error


def _mend(db_path: Path, temp: Path) -> str:
    # First the cheap, complete repair: a corrupted index is rebuilt from its table. Then whatever rows can be read.
    try:
        sqlite_file.copy_database(db_path, temp)
        sqlite_file.reindex(temp)
        if not verify(temp):
            return "reindexed"
    except DatabaseError:
        pass
    temp.unlink(missing_ok=True)
    sqlite_salvage.salvage(db_path, temp)
    problems = verify(temp)
    if problems:
        raise DatabaseError("backup.unsalvageable", path=db_path, detail=problems[0])
    return "salvaged"


def restore(db_path: Path, source: Path, *, now: dt.datetime | None = None) -> Backup | None:
    """Put a verified copy of `source` in place of the database; the current file (damaged or not) is kept aside.

    Refused, with nothing changed, when `source` is not a sound, whole database of ours (`restorable`) or the
    database is open in another window. Returns the file set aside (None when there was no database).
    """
    db_path, source = Path(db_path), Path(source)
    restorable(source)
    now = now or dt.datetime.now()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    temp = _temp_beside(db_path)
    try:
        sqlite_file.copy_database(source, temp)  # a fresh copy: the chosen backup itself stays as it is
        if verify(temp):
            raise DatabaseError("backup.bad_source", path=source, detail=message("backup.copy_unsound"))
        sqlite_file.fsync_file(temp)
        # Checked just before the move (a window still holding the file would go on writing the moved one);
        # released first, because Windows cannot rename a file that is open.
        sqlite_file.ensure_unused(db_path)
        aside = _set_aside(db_path, now)
        os.replace(temp, db_path)
        db_path.with_name(f"{db_path.name}.clean").unlink(missing_ok=True)
        return aside
    except OSError as error:
        raise DatabaseError("backup.failed", path=db_path, detail=error.strerror or error) from None
    finally:
        temp.unlink(missing_ok=True)


def _set_aside(db_path: Path, now: dt.datetime) -> Backup | None:
    """Move the current file and its -wal/-shm into the backups folder, unchanged, under one name."""
    if not db_path.exists():
        for companion in sqlite_file.companions(db_path):
            companion.unlink(missing_ok=True)
        return None
    folder(db_path).mkdir(parents=True, exist_ok=True)
    target = _final_name(db_path, REPLACED, now)
    os.replace(db_path, target)
    for companion, suffix in zip(sqlite_file.companions(db_path), ("-wal", "-shm"), strict=True):
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    return Backup(target, now.replace(microsecond=0), REPLACED, target.stat().st_size)
