"""Everything only SQLite does — header stamps, pragmas, integrity checks, the online backup API, locks, upserts —
kept in this one module so that the rest of storage/ stays portable across SQLAlchemy dialects."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Connection, Engine, create_engine, event, literal, text
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.pool import ConnectionPoolEntry, NullPool

from disclosure_desktop.storage.errors import DAMAGED, DatabaseError
from disclosure_desktop.storage.file_faults import refined_key
from disclosure_desktop.storage.file_identity import DATABASE_ID

if TYPE_CHECKING:
    from sqlalchemy.sql.elements import ColumnElement

__all__ = ["insert"]  # the INSERT … ON CONFLICT the repository upserts with (postgres.py has PostgreSQL's)

# PRAGMA application_id of every file this program writes ("DDRP"): a file without it is not ours unless its
# tables and Alembic revision say it was written by a version from before the stamp.
APPLICATION_ID = 0x44445250
_MAGIC = b"SQLite format 3\x00"
# SQLite's own result codes, grouped into what the clerk can do about them (domain/messages.py words them).
_ERROR_KEYS = {
    # The -shm file could not grow: SQLite's own words for "the disk is full" while opening a database.
    "SQLITE_IOERR_SHMSIZE": "db.disk_full",
    "SQLITE_BUSY": "db.busy", "SQLITE_LOCKED": "db.busy", "SQLITE_READONLY": "db.read_only",
    "SQLITE_FULL": "db.disk_full", "SQLITE_IOERR": "db.io_error", "SQLITE_CORRUPT": DAMAGED, "SQLITE_NOTADB": DAMAGED,
    "SQLITE_CANTOPEN": "db.cant_open", "SQLITE_PERM": "db.permission", "SQLITE_AUTH": "db.permission",
}


@dataclass(frozen=True)
class FileFacts:
    """What an existing file says about itself, read without changing it or anything beside it."""

    application_id: int
    user_version: int
    tables: frozenset[str]
    objects: int  # entries of sqlite_master: 0 for a file SQLite created but nobody used
    alembic_revision: str | None


def _wal(path: Path) -> Path:
    return path.with_name(f"{path.name}-wal")


def companions(path: Path) -> list[Path]:
    """The -wal and -shm files SQLite keeps beside a database in WAL mode."""
    return [path.with_name(f"{path.name}{suffix}") for suffix in ("-wal", "-shm")]


def read_only(path: Path) -> contextlib.closing[sqlite3.Connection]:
    """A connection that cannot change the file; without a -wal beside it, not even -wal/-shm files appear.

    `immutable=1` skips locks and the WAL index, which is exact while no -wal exists (no connection in WAL mode is
    open and none crashed). With a -wal, another program is (or was) writing: read through it properly.
    """
    return contextlib.closing(_read_only_connection(path))


def owns_error(error: BaseException) -> bool:
    """True when the driver error came from the sqlite3 module (this module words it)."""
    orig = getattr(error, "orig", None) or error
    return isinstance(orig, sqlite3.Error)


def error_key(error: BaseException) -> str:
    """The message key for a failed SQLite call (driver text never reaches the clerk)."""
    orig = getattr(error, "orig", None) or error
    name = str(getattr(orig, "sqlite_errorname", "") or "")
    for prefix, key in _ERROR_KEYS.items():
        if name.startswith(prefix):
            return key
    text = str(orig)
    if "not a database" in text or "malformed" in text or "Could not decode" in text:
        return DAMAGED
    if "locked" in text:
        return "db.busy"
    return "db.failed"


def error_code(error: BaseException) -> str:
    orig = getattr(error, "orig", None) or error
    return str(getattr(orig, "sqlite_errorname", "") or type(orig).__name__)


def _fail(path: Path, error: BaseException) -> DatabaseError:
    return DatabaseError(refined_key(error_key(error), path), path=path, detail=error_code(error))


def header(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            data = handle.read(100)
    except IsADirectoryError:
        raise DatabaseError("db.is_folder", path=path) from None
    except OSError as error:
        raise DatabaseError("db.cant_open", path=path, detail=error.strerror or error) from None
    if not data.startswith(_MAGIC):
        raise DatabaseError("db.not_sqlite", path=path)
    if len(data) < 100:
        raise DatabaseError(DAMAGED, path=path, detail="header")
    return data


def probe(path: Path) -> FileFacts:
    """Stamps, tables and Alembic revision of an existing SQLite file, read-only."""
    header(path)
    try:
        with read_only(path) as conn:
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            rows = conn.execute("SELECT type, name FROM sqlite_master").fetchall()
            tables = frozenset(name for kind, name in rows if kind == "table" and not name.startswith("sqlite_"))
            revision = None
            if "alembic_version" in tables:
                found = conn.execute("SELECT version_num FROM alembic_version").fetchall()
                revision = str(found[0][0]) if len(found) == 1 else ""
    except sqlite3.Error as error:
        raise _fail(path, error) from None
    return FileFacts(app_id, version, tables, len(rows), revision)


def check(path: Path, *, full: bool) -> list[str]:
    """SQLite's own verdict on a file: [] when sound, else its first complaints.

    quick_check reads every page but does not compare indexes with their tables; integrity_check does (a corrupted
    index makes lookups miss rows, so a save would add a second row for a key). Measured on a 2,000-report file
    (46 MB): quick_check 40 ms, integrity_check 125 ms with the file in the page cache; 680 / 770 ms cold.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        with read_only(path) as conn:
            # One complaint a line, without SQLite's "*** in database main ***" banner.
            rows = [" ".join(str(row[0]).replace("*** in database main ***", "").split())
                    for row in conn.execute(f"PRAGMA {pragma}(20)").fetchall()]
            if full and rows == ["ok"]:
                broken = conn.execute("PRAGMA foreign_key_check").fetchmany(5)
                if broken:
                    return [f"foreign key: {row[0]} rowid {row[1]}" for row in broken]
    except sqlite3.Error as error:
        if error_key(error) == DAMAGED:
            return [error_code(error)]
        raise _fail(path, error) from None
    return [] if rows == ["ok"] else rows


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of `source` (even while another program writes it) through the online backup API.

    The copy is switched to a rollback journal so that it is one self-contained file: opening it never leaves
    -wal/-shm files beside a backup.
    """
    try:
        with read_only(source) as src:
            dst = sqlite3.connect(target, isolation_level=None)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
    except sqlite3.Error as error:
        raise _fail(source, error) from None


def fsync_file(path: Path) -> None:
    with path.open("rb") as handle:
        os.fsync(handle.fileno())


def reindex(path: Path) -> None:
    """Rebuild every index of a copy from its tables (mends a corrupted index; the rows are the truth)."""
    _run(path, "REINDEX")


def _run(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute(sql)
    except sqlite3.Error as error:
        raise _fail(path, error) from None
    finally:
        conn.close()


def ensure_unused(path: Path) -> None:
    """Raise db.in_use when any connection (the GUI, another command) has the file open.

    A connection in WAL mode keeps a shared lock on the file for as long as it is open, so an exclusive lock is
    granted only when nobody else has the database open at all (measured).
    """
    if not path.exists():
        return
    conn = sqlite3.connect(path, timeout=0.5, isolation_level=None)
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.Error as error:
        if error_key(error) == "db.busy":
            raise DatabaseError("db.in_use", path=path) from None
        # A file too damaged to lock through SQLite: nobody can be using it; go on.
    finally:
        conn.close()


def count_rows(path: Path, table: str) -> int:
    try:
        with read_only(path) as conn:
            return int(conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
    except sqlite3.Error:
        return 0


# How long a write waits for another program's lock before saying so. The tests that hold a lock on purpose shorten
# it through the environment (tests/helpers/database.py `short_busy_timeout`), in one place.
BUSY_TIMEOUT_ENV = "DISCLOSURE_DESKTOP_BUSY_TIMEOUT_MS"
BUSY_TIMEOUT_MS = 5000


def busy_timeout_ms() -> int:
    text = os.environ.get(BUSY_TIMEOUT_ENV, "").strip()
    return int(text) if text.isdigit() and 0 < int(text) <= 600_000 else BUSY_TIMEOUT_MS


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: ConnectionPoolEntry) -> None:
    # Hand transaction control to SQLAlchemy's "begin" event: the sqlite3 module would otherwise run DDL
    # outside any transaction, and a failed migration would leave a half-built schema.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        # synchronous=FULL: a report saved a moment before a power cut must survive it; ≈ 1 ms a commit.
        for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                       f"busy_timeout={busy_timeout_ms()}"):
            cursor.execute(f"PRAGMA {pragma}")
    finally:
        cursor.close()


def _begin(conn: Any) -> None:
    # Writers ask for IMMEDIATE so that a second process (the command line beside the GUI) waits on
    # busy_timeout instead of failing when a read lock would have to be upgraded.
    mode = conn.get_execution_options().get("sqlite_begin", "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


def open_engine(path: Path) -> Engine:
    """The engine of a file already known to be ours (its first connection switches it to WAL)."""
    url = URL.create("sqlite+pysqlite", database=str(path))
    # The GUI saves from a worker thread; each thread still uses its own pooled connection.
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _set_pragmas)
    event.listen(engine, "begin", _begin)
    return engine


def read_only_engine(path: Path) -> Engine:
    """An engine that reads a file of ours without changing it (a copy being verified, a backup being restored)."""
    return create_engine("sqlite+pysqlite://", poolclass=NullPool, creator=lambda: _read_only_connection(path))


def _read_only_connection(path: Path) -> sqlite3.Connection:
    uri = f"{path.resolve().as_uri()}?{'mode=ro' if _wal(path).exists() else 'mode=ro&immutable=1'}"
    return sqlite3.connect(uri, uri=True, check_same_thread=False, isolation_level=None)  # plain reads, no BEGIN


def self_contained(path: Path) -> None:
    """Fold the WAL into a file just written and switch it to a rollback journal: one file, nothing beside it."""
    _run(path, "PRAGMA journal_mode=DELETE")


def write_options() -> dict[str, str]:
    """Execution options of transactions that write (take the write lock at BEGIN)."""
    return {"sqlite_begin": "IMMEDIATE"}


def read_options() -> dict[str, str]:
    return {}  # a read transaction in WAL mode already sees one moment


def stamp(conn: Any, schema_version: int) -> None:
    """Mark the file as ours at `schema_version`, inside the migration's transaction."""
    conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.exec_driver_sql(f"PRAGMA user_version = {int(schema_version)}")


def ensure_database_id(engine: Engine, new_id: str) -> None:
    """Give the file its own id once (storage/file_identity.py reads it), kept for ever after: the one-window guard
    knows the database by it where the file system cannot tell two names of one file apart."""
    with engine.connect() as conn:
        if conn.exec_driver_sql("SELECT 1 FROM app_state WHERE key = ?", (DATABASE_ID,)).first() is not None:
            return
    with engine.execution_options(**write_options()).begin() as conn:
        conn.exec_driver_sql("INSERT OR IGNORE INTO app_state (key, value) VALUES (?, ?)", (DATABASE_ID, new_id))


def checkpoint(engine: Engine) -> None:
    """Move the WAL into the file and empty it, so a clean close leaves one self-contained file."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


# --- what a server does for several programs at once: a file has one program at a time (runtime/single_instance),
# so nobody is told of its writes (the watcher polls), nobody holds presence, and its login is no one.

def _nothing(*_args: object) -> None:
    """Nobody to notify or drop presence for; a WAL read already sees one moment, IMMEDIATE keeps writers out."""


def _never(*_args: object) -> bool:
    return False  # nobody listens to a file, nobody needs to be told who has a report open


notify = drop_presence = snapshot_reads = lock_tables = _nothing
listen = take_presence = _never


def session_user_sql() -> ColumnElement[str]:
    return literal("")


def holder_id(conn: Connection) -> int:
    return os.getpid()


def live_holders(conn: Connection) -> set[tuple[int, int]]:
    return set()


def sequence_values(conn: Connection, tables: list[str]) -> dict[str, int]:
    """The last id AUTOINCREMENT handed out per table (ids of deleted reports are never reused)."""
    rows = conn.execute(text("SELECT name, seq FROM sqlite_sequence")).all()
    return {str(row[0]): int(row[1]) for row in rows if row[0] in tables}


def set_sequence_values(conn: Connection, values: dict[str, int]) -> None:
    for table, value in values.items():
        conn.execute(text("DELETE FROM sqlite_sequence WHERE name = :t AND seq < :v"), {"t": table, "v": value})
        conn.execute(text("INSERT INTO sqlite_sequence (name, seq) SELECT :t, :v WHERE NOT EXISTS "
                          "(SELECT 1 FROM sqlite_sequence WHERE name = :t)"), {"t": table, "v": value})

