"""Opens the one SQLite file of reports safely: refuses files it does not understand, backs up, then migrates."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, exc
from sqlalchemy.pool import ConnectionPoolEntry

from disclosure_desktop.domain.messages import ReportDataError

# The Alembic head as a number, also written to PRAGMA user_version so that any program version can tell
# (without Alembic, read-only) whether it understands a file. Raise it with every new revision.
SCHEMA_VERSION = 2
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
_SQLITE_MAGIC = b"SQLite format 3\x00"
_OUR_TABLES = {"alembic_version", "report", "report_meta", "section_text", "cell", "app_state", "acknowledgement"}


class DatabaseError(ReportDataError):
    """The file cannot be used as the report database; the text says why, in the user's language."""


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    # Hand transaction control to SQLAlchemy's "begin" event: the sqlite3 module would otherwise run DDL
    # outside any transaction, and a failed migration would leave a half-built schema.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        # FULL: a report saved a moment before a power cut must survive it; ≈ 1 ms a commit is affordable.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
    finally:
        cursor.close()


def _begin(conn: Any) -> None:
    # Writers ask for IMMEDIATE so that a second process (the command line beside the GUI) waits on
    # busy_timeout instead of failing when a read lock would have to be upgraded.
    mode = conn.get_execution_options().get("sqlite_begin", "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


def _header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            header = handle.read(100)
    except OSError as error:
        raise DatabaseError("db.unopenable", path=path, detail=error.strerror or error) from None
    if not header.startswith(_SQLITE_MAGIC):
        raise DatabaseError("db.not_sqlite", path=path)
    return header


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _stored_version(path: Path) -> int:
    """PRAGMA user_version of an existing file, read without changing the file or anything beside it."""
    header = _header(path)
    wal = path.with_name(f"{path.name}-wal")
    if len(header) == 100 and not wal.exists():
        # Without a WAL file the header is authoritative; even a read-only connection to a WAL-mode file
        # would leave -wal and -shm files beside a file we may be about to refuse.
        return int.from_bytes(header[60:64], "big", signed=True)
    try:
        with contextlib.closing(_read_only(path)) as conn:
            return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as error:
        raise _sqlite_error(path, error) from None


def _tables(path: Path) -> set[str]:
    try:
        with contextlib.closing(_read_only(path)) as conn:
            return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as error:
        raise _sqlite_error(path, error) from None


def _sqlite_error(path: Path, error: sqlite3.Error) -> DatabaseError:
    if "not a database" in str(error):
        return DatabaseError("db.not_sqlite", path=path)
    return DatabaseError("db.unopenable", path=path, detail=error)


def _backup_path(path: Path, old_version: int) -> Path:
    candidate = path.with_name(f"{path.name}.bak-v{old_version}")
    counter = 2
    while candidate.exists():  # never overwrite an earlier backup: it may be the only good copy
        candidate = path.with_name(f"{path.name}.bak-v{old_version}-{counter}")
        counter += 1
    return candidate


def _backup(path: Path, old_version: int) -> Path:
    target = _backup_path(path, old_version)
    src = _read_only(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    except sqlite3.Error as error:
        target.unlink(missing_ok=True)
        raise DatabaseError("db.unopenable", path=path, detail=error) from None
    finally:
        src.close()
    return target


class MigrationError(Exception):
    """Alembic could not bring the file to the head revision (e.g. it names a revision we do not ship)."""


def _migrate(engine: Engine) -> None:
    # Imported here: Alembic is only needed when a file is new or older, not on every start.
    from alembic import command
    from alembic.config import Config
    from alembic.util import CommandError

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.execution_options(sqlite_begin="IMMEDIATE").begin() as conn:
        config.attributes["connection"] = conn
        try:
            command.upgrade(config, "head")
        except CommandError as error:
            raise MigrationError(str(error)) from None
        # Same transaction as the schema change: the number never claims a schema the file does not have.
        conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")


class Database:
    """An open report database: its engine and what happened on opening (backup taken, version found)."""

    def __init__(self, path: Path, engine: Engine, found_version: int | None, backup: Path | None) -> None:
        self.path = path
        self.engine = engine
        self.found_version = found_version  # None: the file was created now
        self.backup = backup

    @property
    def write_engine(self) -> Engine:
        """The engine for transactions that write (takes the write lock at BEGIN)."""
        return self.engine.execution_options(sqlite_begin="IMMEDIATE")

    @classmethod
    def open(cls, path: Path) -> Database:
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseError("db.unopenable", path=path, detail=error.strerror or error) from None
        existing = path.exists() and path.stat().st_size > 0
        found: int | None = None
        backup: Path | None = None
        if existing:
            found = _stored_version(path)
            if found > SCHEMA_VERSION:
                raise DatabaseError("db.too_new", path=path, found=found, known=SCHEMA_VERSION)
            if found < SCHEMA_VERSION:
                tables = _tables(path) - {"sqlite_sequence"}
                if found == 0 and tables and not ("alembic_version" in tables and tables <= _OUR_TABLES):
                    # Some other program's SQLite file: adding our tables to it would be vandalism.
                    raise DatabaseError("db.not_sqlite", path=path)
                if tables:
                    backup = _backup(path, found)
        url = URL.create("sqlite+pysqlite", database=str(path))
        # The GUI saves from a worker thread; each thread still uses its own pooled connection.
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _set_pragmas)
        event.listen(engine, "begin", _begin)
        try:
            if existing:
                _quick_check(engine, path)
            if found != SCHEMA_VERSION:
                _migrate(engine)
        except exc.DBAPIError as error:
            engine.dispose()
            raise DatabaseError("db.unopenable", path=path, detail=error.orig) from None
        except (exc.SQLAlchemyError, sqlite3.Error, MigrationError) as error:
            engine.dispose()
            raise DatabaseError("db.unopenable", path=path, detail=error) from None
        except BaseException:
            engine.dispose()
            raise
        return cls(path, engine, found, backup)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def _quick_check(engine: Engine, path: Path) -> None:
    with engine.connect() as conn:
        rows = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    if rows != ["ok"]:
        raise DatabaseError("db.unopenable", path=path, detail="; ".join(map(str, rows[:3])))


def schema_version_of(path: Path) -> int:
    """PRAGMA user_version of a file, read-only (for tests and diagnostics)."""
    with contextlib.closing(_read_only(Path(path))) as conn:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
