"""Opens the one file of reports safely: decides read-only whether it is ours, checks it, backs up, then migrates."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, exc

from disclosure_desktop.storage import sqlite_file
from disclosure_desktop.storage.errors import DAMAGED, DatabaseError

if TYPE_CHECKING:
    from disclosure_desktop.storage import backups

# The Alembic head as a number, also written to PRAGMA user_version so that any program version can tell
# (without Alembic, read-only) whether it understands a file. Raise it with every new revision.
SCHEMA_VERSION = 6
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
# Revisions are numbered 0001, 0002 …: every number up to the head is one this program can migrate from (0005 is
# left for another branch's revision; the desk's 0006 follows 0004 until the two are chained when merged).
KNOWN_REVISIONS = {f"{n:04d}" for n in range(1, SCHEMA_VERSION + 1)} - {"0005"}
_OUR_TABLES = {"alembic_version", "report", "report_meta", "section_text", "cell", "app_state", "acknowledgement",
               "report_version", "review_batch", "review_unit", "review_file", "review_remark"}
# A full integrity_check at least this often even when every close was clean (a disk can rot a file at rest).
FULL_CHECK_EVERY = dt.timedelta(days=1)


class MigrationError(Exception):
    """Alembic could not bring the file to the head revision."""


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


def _existing(path: Path) -> bool:
    wal = sqlite_file.companions(path)[0]
    return (path.exists() and path.stat().st_size > 0) or (wal.exists() and wal.stat().st_size > 0)


def ownership(path: Path) -> int | None:
    """The schema version of an existing file of ours, None for a new file.

    Reads only. Raises DatabaseError for another program's file, a newer one and a file SQLite cannot read.
    """
    return _ownership(path)[0]


def _ownership(path: Path) -> tuple[int | None, bool]:
    """(schema version, stamped): a file of ours from before the application_id stamp is not stamped yet."""
    if path.is_dir():
        raise DatabaseError("db.is_folder", path=path)
    if not _existing(path):
        return None, False
    facts = sqlite_file.probe(path)
    if facts.application_id == sqlite_file.APPLICATION_ID:
        if facts.user_version > SCHEMA_VERSION:
            raise DatabaseError("db.too_new", path=path, found=facts.user_version, known=SCHEMA_VERSION)
        if facts.alembic_revision not in KNOWN_REVISIONS or int(facts.alembic_revision or 0) != facts.user_version:
            raise DatabaseError(DAMAGED, path=path, detail=f"revision {facts.alembic_revision}")
        return facts.user_version, True
    if facts.application_id != 0:
        raise DatabaseError("db.not_sqlite", path=path)
    if facts.objects == 0 and facts.user_version == 0:
        return None, False  # an empty SQLite file: nothing in it to lose
    # Ours from before the stamp: only our tables, and an Alembic revision this program wrote.
    if "report" not in facts.tables or not facts.tables <= _OUR_TABLES:
        raise DatabaseError("db.not_sqlite", path=path)
    if facts.user_version > SCHEMA_VERSION:
        raise DatabaseError("db.too_new", path=path, found=facts.user_version, known=SCHEMA_VERSION)
    if facts.alembic_revision is None:
        raise DatabaseError("db.not_sqlite", path=path)
    if facts.alembic_revision not in KNOWN_REVISIONS:
        raise DatabaseError("db.unknown_revision", path=path, revision=facts.alembic_revision)
    # Files written before user_version was stamped say 0; the Alembic revision says what they hold.
    return facts.user_version or int(facts.alembic_revision), False


def _migrate(engine: Engine) -> None:
    # Imported here: Alembic is only needed when a file is new or older, not on every start.
    from alembic import command
    from alembic.config import Config
    from alembic.util import CommandError

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.execution_options(**sqlite_file.write_options()).begin() as conn:
        config.attributes["connection"] = conn
        try:
            command.upgrade(config, "head")
        except CommandError as error:
            raise MigrationError(str(error)) from None
        # Same transaction as the schema change: the stamp never claims a schema the file does not have.
        sqlite_file.stamp(conn, SCHEMA_VERSION)


class Database:
    """An open report database: its engine and what happened on opening (backup taken, version found)."""

    def __init__(self, path: Path, engine: Engine, found_version: int | None, backup: Path | None,
                 checked_at: dt.datetime | None) -> None:
        self.path = path
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
    def write_engine(self) -> Engine:
        """The engine for transactions that write (takes the write lock at BEGIN)."""
        return self.engine.execution_options(**sqlite_file.write_options())

    @classmethod
    def open(cls, path: Path) -> Database:
        from disclosure_desktop.storage import backups

        path = Path(path)
        try:
            found, stamped = _ownership(path)
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
            raise DatabaseError("db.cant_open", path=path, detail=error.strerror or error) from None
        engine = sqlite_file.open_engine(path)
        try:
            with engine.connect():
                pass  # fail here, not on the first save, when the file cannot be opened for writing
        except exc.SQLAlchemyError as error:
            engine.dispose()
            key = sqlite_file.error_key(error)
            raise DatabaseError(key, path=path, detail=sqlite_file.error_code(error)) from None
        try:
            if found != SCHEMA_VERSION or not stamped:
                _migrate(engine)
        except (exc.SQLAlchemyError, MigrationError) as error:
            engine.dispose()
            if isinstance(error, exc.DBAPIError) and sqlite_file.error_key(error) != "db.failed":
                raise DatabaseError(sqlite_file.error_key(error), path=path,
                                    detail=sqlite_file.error_code(error)) from None
            raise DatabaseError("db.migration_failed", path=path, detail=_short(error), backup=backup or "—") from None
        except BaseException:
            engine.dispose()
            raise
        return cls(path, engine, found, backup, checked_at or (now if found is None else None))

    def close(self) -> None:
        """Fold the WAL into the file, back up once a day when something changed, and mark the close as clean."""
        if self._closed:
            return
        self._closed = True
        # Another program may hold the file: its WAL then stays until that program closes.
        with contextlib.suppress(exc.SQLAlchemyError):
            sqlite_file.checkpoint(self.engine)
        self.engine.dispose()
        if self.auto_backup:
            from disclosure_desktop.storage import backups

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


def _short(error: BaseException) -> str:
    # The driver's first line without the SQL and the link SQLAlchemy appends.
    orig = getattr(error, "orig", None) or error
    return str(orig).splitlines()[0][:120] if str(orig) else type(orig).__name__


def _last_checked(path: Path) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(json.loads(_marker(path).read_text("utf-8"))["checked_at"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def schema_version_of(path: Path) -> int:
    """PRAGMA user_version of a file, read-only (for tests and diagnostics)."""
    return sqlite_file.probe(Path(path)).user_version
