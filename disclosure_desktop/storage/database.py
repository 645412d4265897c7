"""Opens the database of reports safely: a file is decided read-only to be ours, checked, backed up, then migrated;
a shared server database is only opened at this program's schema (storage/server.py; `db upgrade` migrates it)."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import uuid
from pathlib import Path

from sqlalchemy import Engine, exc

from disclosure_desktop.messages import os_error_text
from disclosure_desktop.storage import backups, dialect, server, sqlite_file
from disclosure_desktop.storage.errors import DAMAGED, DatabaseError
from disclosure_desktop.storage.file_faults import refined_key, unwritable
from disclosure_desktop.storage.location import Location, locate
from disclosure_desktop.storage.migrate import MIGRATIONS_DIR, MigrationError, migrate
from disclosure_desktop.storage.ownership import SCHEMA_VERSION, ownership_and_stamp

__all__ = ["MIGRATIONS_DIR", "Database", "DatabaseError", "MigrationError"]  # the migrations' names, as before
# A full integrity_check at least this often even when every close was clean (a disk can rot a file at rest).
FULL_CHECK_EVERY = dt.timedelta(days=1)


def _marker(path: Path) -> Path:
    # Beside the database: written by a clean close, removed on opening, so a crash leaves none behind.
    return path.with_name(f"{path.name}.clean")


def _stat_key(path: Path) -> list[int]:
    stat = path.stat()
    return [stat.st_size, stat.st_mtime_ns, stat.st_ino]


def _unchanged_since_clean_close(path: Path, now: dt.datetime) -> bool:
    """True when the file is exactly as our last clean close left it and was fully checked recently."""
    try:
        data = json.loads(_marker(path).read_text("utf-8"))
        checked = dt.datetime.fromisoformat(data["checked_at"])
        wal = sqlite_file.companions(path)[0]
        return (data["file"] == _stat_key(path) and not (wal.exists() and wal.stat().st_size)
                and now - checked < FULL_CHECK_EVERY)
    except (OSError, ValueError, KeyError, TypeError):
        return False


class Database:
    """An open report database: its engine and what happened on opening (backup taken, version found)."""

    def __init__(self, location: Location, engine: Engine, found_version: int | None, backup: Path | None,
                 checked_at: dt.datetime | None) -> None:
        self.location = location
        self.path = location.path  # the file; None for a server
        self.name = str(location)  # what messages call it (a URL without its password)
        # This opening's name in the notes other programs get about its writes (a window skips its own).
        self.session = uuid.uuid4().hex[:16]
        self.engine = engine
        self.found_version = found_version  # None: the file was created now
        self.backup = backup  # the verified copy taken before a migration
        self.changed = False  # a report or version was written (the store says so): the close may back up
        self.auto_backup = True
        self.retention: backups.Retention | None = None  # the clerk's setting; None keeps the default plan
        self.closing_backup: Path | None = None
        self.closing_problem: str | None = None
        self._checked_at = checked_at
        self._closed = False

    @property
    def shared(self) -> bool:
        """True for a server database that other programs write at the same time."""
        return self.location.shared

    @property
    def read_engine(self) -> Engine:
        """The engine for transactions that only read: each sees the database at one moment."""
        return self.engine.execution_options(**dialect.of(self.engine).read_options())

    @property
    def write_engine(self) -> Engine:
        """The engine for transactions that write (a file: takes the write lock at BEGIN)."""
        return self.engine.execution_options(**dialect.of(self.engine).write_options())

    read_only = ""  # opened by open_for_reading where nothing may be written: why (a message key)

    @classmethod
    def open(cls, target: Path | str | Location, *, create: bool = True) -> Database:
        """The database named by a path or URL; DatabaseError (nothing changed) when it cannot be used as it is.
        `create=False` refuses a file path where there is none (a command that changes reports, not one that adds
        the first)."""
        location = locate(target)
        if location.shared:
            engine, found = server.open_checked(location)
            return cls(location, engine, found, None, None)
        if not create:
            _require_existing(Path(str(location.path)))
        return cls._open_file(location)

    @classmethod
    def open_for_reading(cls, target: Path | str | Location) -> Database:
        """The database for a command that only reads (list, check, versions, export): a file is never created — a
        mistyped path makes no folder and no file — and, where the file, its folder or its disk is read-only or
        full, it is opened read-only instead of refused (nothing is written then, not even -wal/-shm files)."""
        location = locate(target)
        if location.shared:
            return cls.open(location)
        path = Path(str(location.path))
        _require_existing(path)
        cause = unwritable(path)
        if cause is None:
            return cls._open_file(location)
        found, stamped = ownership_and_stamp(path)
        if found != SCHEMA_VERSION or not stamped:  # an upgrade writes, and takes a backup beside the file first
            raise DatabaseError("db.read_only_upgrade", path=path)
        problems = sqlite_file.check(path, full=False)
        if problems:
            raise DatabaseError(DAMAGED, path=path, detail=problems[0], newest_backup=_newest_backup(path))
        db = cls(location, sqlite_file.read_only_engine(path), found, None, None)
        db.read_only = cause  # what a write will say: the file cannot take one
        db.auto_backup = False
        return db

    @classmethod
    def _open_file(cls, location: Location) -> Database:
        path = Path(str(location.path))
        try:
            found, stamped = ownership_and_stamp(path)
        except DatabaseError as error:
            # Damage that already stops the read-only look (a schema page of a file with many tables) is damage
            # all the same: name the backup that restores it.
            if not error.damaged or error.newest_backup is not None:
                raise
            good = backups.newest(path)
            raise DatabaseError(error.key, newest_backup=good.path if good else None, **error.values) from None
        now = dt.datetime.now(dt.UTC)
        checked_at: dt.datetime | None = None
        backup: Path | None = None
        if found is not None:
            migrating = found != SCHEMA_VERSION or not stamped
            full = migrating or not _unchanged_since_clean_close(path, now)
            problems = sqlite_file.check(path, full=full)
            if problems:
                good = backups.newest(path)
                raise DatabaseError(DAMAGED, path=path, detail=problems[0],
                                    newest_backup=good.path if good else None)
            checked_at = now if full else _last_checked(path)
            if migrating:
                backup = backups.take(path, kind=backups.MIGRATION, label=f"v{found}").path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _marker(path).unlink(missing_ok=True)
        except OSError as error:
            key = refined_key("db.cant_open", path)
            raise DatabaseError(key, path=path, detail=os_error_text(error)) from None
        engine = sqlite_file.open_engine(path)
        try:
            with engine.connect():
                pass  # fail here, not on the first save, when the file cannot be opened for writing
        except exc.SQLAlchemyError as error:
            engine.dispose()
            key = refined_key(sqlite_file.error_key(error), path)
            raise DatabaseError(key, path=path, detail=sqlite_file.error_code(error)) from None
        try:
            if found != SCHEMA_VERSION or not stamped:
                migrate(engine)
        except (exc.SQLAlchemyError, MigrationError) as error:
            engine.dispose()
            if isinstance(error, exc.DBAPIError) and sqlite_file.error_key(error) != "db.failed":
                raise DatabaseError(refined_key(sqlite_file.error_key(error), path), path=path,
                                    detail=sqlite_file.error_code(error)) from None
            raise DatabaseError("db.migration_failed", path=path, detail=_short(error), backup=backup or "—") from None
        except BaseException:
            engine.dispose()
            raise
        # Once: a later start can tell this database from a copy, and one file reached by two names as one.
        with contextlib.suppress(exc.SQLAlchemyError):
            sqlite_file.ensure_database_id(engine, uuid.uuid4().hex)
        return cls(location, engine, found, backup, checked_at or (now if found is None else None))

    def close(self) -> None:
        """Fold the WAL into the file, back up once a day when something changed, and mark the close as clean.

        A server database is only let go: its backups are the administrator's (`backup -o`, pg_dump).
        """
        if self._closed:
            return
        self._closed = True
        if self.path is None or self.read_only:  # a server's, or a file nothing may be written to
            self.engine.dispose()
            return
        # Another program may hold the file: its WAL then stays until that program closes.
        with contextlib.suppress(exc.SQLAlchemyError):
            sqlite_file.checkpoint(self.engine)
        self.engine.dispose()
        if self.auto_backup:
            try:
                taken = backups.after_close(self.path, changed=self.changed, retention=self.retention)
            except DatabaseError as error:
                self.closing_problem = str(error)
                return  # no clean mark: the next start checks the whole file
            if taken is not None:
                self.closing_backup = taken.path
                self._checked_at = dt.datetime.now(dt.UTC)  # the copy passed integrity_check page for page
        self._mark_clean()

    def _mark_clean(self) -> None:
        assert self.path is not None
        wal = sqlite_file.companions(self.path)[0]
        if self._checked_at is None or (wal.exists() and wal.stat().st_size):
            return
        data = {"file": _stat_key(self.path), "checked_at": self._checked_at.isoformat()}
        with contextlib.suppress(OSError):  # without the mark the next start only checks more
            _marker(self.path).write_text(json.dumps(data), "utf-8")

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _require_existing(path: Path) -> None:
    if not (path.exists() or sqlite_file.companions(path)[0].exists()):
        raise DatabaseError("db.missing", path=path)


def _newest_backup(path: Path) -> Path | None:
    good = backups.newest(path)
    return good.path if good else None


def _short(error: BaseException) -> str:
    # The driver's first line without the SQL and the link SQLAlchemy appends.
    orig = getattr(error, "orig", None) or error
    return str(orig).splitlines()[0][:120] if str(orig) else type(orig).__name__


def _last_checked(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(json.loads(_marker(path).read_text("utf-8"))["checked_at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
