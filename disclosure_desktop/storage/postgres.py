"""Everything only PostgreSQL does — the engine and its time-outs, the schema stamp, SQLSTATE codes, advisory locks
for presence, LISTEN/NOTIFY, sequences, other sessions, pg_dump — kept in this one module (sqlite_file.py is its
counterpart), so that the rest of storage/ and the program never ask which database they talk to."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, literal_column, text
from sqlalchemy.dialects.postgresql import insert

from disclosure_desktop.storage.errors import DAMAGED

if TYPE_CHECKING:
    from sqlalchemy.sql.elements import ColumnElement

    from disclosure_desktop.storage.location import Location

__all__ = ["insert"]  # INSERT … ON CONFLICT, spelled as SQLite's (the repository upserts with either)

# The comment on alembic_version that says a database is ours and at which schema version (what PRAGMA
# application_id and user_version say in a file): another program's Alembic table carries no such comment.
STAMP = "disclosure-desktop schema "
# pg_notify's channel for "a report was written" and the first key of every advisory lock this program takes.
CHANNEL = "disclosure_desktop"
LOCK_CLASS = 0x44445250  # "DDRP", as the SQLite stamp; fits PostgreSQL's int4
UPGRADE_LOCK = 0  # second key of the lock `db upgrade` holds while it migrates (report ids start at 1)
# A writer waits this long for a row another program holds, then gives up as SQLite does (db.busy).
LOCK_TIMEOUT_MS = 5000
CONNECT_TIMEOUT_S = 5
APPLICATION_NAME = "disclosure-desktop"
_ERROR_KEYS = {  # SQLSTATE (or its class, two characters) → what the clerk can do about it
    "28P01": "db.login_failed", "28000": "db.login_failed", "3D000": "db.no_such_database",
    "42501": "db.permission", "53100": "db.disk_full", "53200": "db.server_busy", "53300": "db.server_busy",
    "55P03": "db.busy", "40P01": "db.busy", "40001": "db.busy", "25006": "db.read_only",
    "57P01": "db.unreachable", "57P02": "db.unreachable", "57P03": "db.unreachable",
    "08": "db.unreachable", "XX001": DAMAGED, "XX002": DAMAGED,
}


# A failed connection carries no SQLSTATE, only libpq's text (English unless the server speaks another language,
# which then falls through to "unreachable"): the words that tell what the clerk can do, and the code shown.
_CONNECT_FAILURES = (
    ("password authentication failed", "db.login_failed", "28P01"),
    ("no password supplied", "db.login_failed", "28P01"),  # the server asks one and none was given (yet)
    ("role \"", "db.login_failed", "28000"),
    ("no pg_hba.conf entry", "db.login_failed", "28000"),
    ("permission denied for database", "db.login_failed", "42501"),
    ("database \"", "db.no_such_database", "3D000"),
    ("too many clients", "db.server_busy", "53300"),
    ("the database system is", "db.unreachable", "57P03"),
    ("Connection refused", "db.unreachable", "ECONNREFUSED"),
    ("timeout expired", "db.unreachable", "timeout"),
    ("could not translate host name", "db.unreachable", "host"),
)


def _connect_failure(orig: BaseException) -> tuple[str, str] | None:
    said = str(orig)
    return next(((key, code) for words, key, code in _CONNECT_FAILURES if words in said), None)


def owns_error(error: BaseException) -> bool:
    """True when the driver error came from psycopg (this module words it)."""
    orig = getattr(error, "orig", None) or error
    return type(orig).__module__.startswith("psycopg")


def error_code(error: BaseException) -> str:
    orig = getattr(error, "orig", None) or error
    failure = None if getattr(orig, "sqlstate", None) else _connect_failure(orig)
    return str(getattr(orig, "sqlstate", None) or (failure[1] if failure else type(orig).__name__))


def error_key(error: BaseException) -> str:
    """The message key for a failed server call (the driver's text never reaches the clerk)."""
    orig = getattr(error, "orig", None) or error
    state = str(getattr(orig, "sqlstate", None) or "")
    if state:
        return _ERROR_KEYS.get(state) or _ERROR_KEYS.get(state[:2]) or "db.failed"
    # No SQLSTATE: the connection itself failed (refused, timed out, the server went away, the login refused).
    failure = _connect_failure(orig)
    if failure is not None:
        return failure[0]
    if type(orig).__name__ in ("OperationalError", "InterfaceError") or getattr(error, "connection_invalidated", False):
        return "db.unreachable"
    return "db.failed"


def open_engine(location: Location) -> Engine:
    """The engine of a server database; a pooled connection the server dropped is replaced, not used."""
    assert location.url is not None
    # Options the URL carries (`?options=-c role=…`) are kept beside the program's own.
    options = " ".join(filter(None, [str(location.url.query.get("options", "")), f"-c lock_timeout={LOCK_TIMEOUT_MS}"]))
    return create_engine(
        location.url,
        pool_pre_ping=True,  # after a server restart, the first save must not fail on a dead connection
        connect_args={
            "connect_timeout": CONNECT_TIMEOUT_S,
            # Our sessions are told apart from any other by this name, which every role may read (other_sessions).
            "application_name": APPLICATION_NAME,
            "options": options,
            # A cable pulled mid-transaction is noticed within a minute instead of the system's two hours.
            "keepalives": 1, "keepalives_idle": 20, "keepalives_interval": 5, "keepalives_count": 3,
        },
    )


def write_options() -> dict[str, Any]:
    """Writes stay READ COMMITTED: a revision-checked UPDATE then waits for the row and re-reads its revision
    (REPEATABLE READ would fail it with a serialization error instead of saying who was first)."""
    return {}


def read_options() -> dict[str, Any]:
    """A read transaction sees one moment, as it does in SQLite: a report read in READ COMMITTED could take its
    row before a writer's commit and its cells after it (measured: ten writers made loads fail their digest)."""
    return {"isolation_level": "REPEATABLE READ"}


@dataclass(frozen=True)
class ServerFacts:
    """What a server database holds, read without changing it."""

    tables: frozenset[str]
    stamped_version: int | None  # from our comment on alembic_version; None: not stamped (not ours, or empty)
    alembic_revision: str | None


def probe(conn: Connection) -> ServerFacts:
    tables = frozenset(conn.scalars(text(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
    )))
    stamped, revision = None, None
    if "alembic_version" in tables:
        comment = conn.scalar(text("SELECT obj_description(to_regclass('alembic_version'), 'pg_class')")) or ""
        if comment.startswith(STAMP) and comment[len(STAMP):].isdigit():
            stamped = int(comment[len(STAMP):])
        found = conn.scalars(text("SELECT version_num FROM alembic_version")).all()
        revision = str(found[0]) if len(found) == 1 else ""
    return ServerFacts(tables, stamped, revision)


def stamp(conn: Connection, schema_version: int) -> None:
    """Mark the database as ours at `schema_version`, inside the migration's transaction."""
    conn.exec_driver_sql(f"COMMENT ON TABLE alembic_version IS '{STAMP}{int(schema_version)}'")


def lock_upgrade(conn: Connection) -> None:
    """Two administrators upgrading at once: the second waits for the first's transaction, then finds it done."""
    conn.execute(text("SELECT pg_advisory_xact_lock(:c, :k)"), {"c": LOCK_CLASS, "k": UPGRADE_LOCK})


def notify(conn: Connection, change: dict[str, object]) -> None:
    """Tell every listening program about a write; PostgreSQL delivers it only if the transaction commits."""
    conn.execute(text("SELECT pg_notify(:channel, :payload)"),
                 {"channel": CHANNEL, "payload": json.dumps(change, separators=(",", ":"))})


def session_user_sql() -> ColumnElement[str]:
    """The login role of the writing session, as SQL evaluated in the INSERT itself (no extra round trip)."""
    return literal_column("CURRENT_USER")


# --- LISTEN on a connection of its own (storage/watch.py) -----------------------------------------------------


def _driver(conn: Connection) -> Any:
    """psycopg's own connection under SQLAlchemy's (LISTEN and its notifications are psycopg's)."""
    driver = conn.connection.driver_connection
    assert driver is not None
    return driver


def listen(conn: Connection) -> bool:
    """Start listening on `conn` (left in autocommit: notifications arrive between transactions)."""
    driver = _driver(conn)
    driver.autocommit = True
    driver.execute(f"LISTEN {CHANNEL}")
    return True


def notifications(conn: Connection, timeout: float) -> list[dict[str, Any]]:
    """The changes announced within `timeout` seconds (returns at the first, with any that came with it)."""
    driver = _driver(conn)
    found = [n.payload for n in driver.notifies(timeout=timeout, stop_after=1)]
    if found:
        found += [n.payload for n in driver.notifies(timeout=0.0)]
    out = []
    for payload in found:
        try:
            out.append(json.loads(payload))
        except ValueError:
            continue  # not one of ours: someone else's NOTIFY on our channel
    return out


# --- presence: a shared session-level advisory lock per open report, freed by the server when the holder dies ---


def holder_id(conn: Connection) -> int:
    return int(conn.scalar(text("SELECT pg_backend_pid()")) or 0)


def take_presence(conn: Connection, report_id: int) -> bool:
    """Hold the report's presence lock on `conn` (shared: many programs may have one report open)."""
    conn.execute(text("SELECT pg_advisory_lock_shared(:c, :r)"), {"c": LOCK_CLASS, "r": report_id})
    return True


def drop_presence(conn: Connection, report_id: int) -> None:
    conn.execute(text("SELECT pg_advisory_unlock_shared(:c, :r)"), {"c": LOCK_CLASS, "r": report_id})


def live_holders(conn: Connection) -> set[tuple[int, int]]:
    """(holder, report id) of every presence lock held now in this database, by any program still connected."""
    rows = conn.execute(text(
        "SELECT pid, objid::bigint FROM pg_locks WHERE locktype = 'advisory' AND granted AND classid = :c "
        "AND objsubid = 2 AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"
    ), {"c": LOCK_CLASS})
    return {(int(row[0]), int(row[1])) for row in rows if row[1]}


# --- backups, restore and upgrade of a whole database ------------------------------------------------------------


def other_sessions(conn: Connection) -> int:
    """How many other sessions are connected to this database: every program of ours, whoever logged in, and any
    other client the caller's role may see (PostgreSQL shows a session's kind only to its own role and to
    administrators, but its application name to everyone)."""
    return int(conn.scalar(text(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() "
        "AND (application_name = :ours OR backend_type = 'client backend')"
    ), {"ours": APPLICATION_NAME}) or 0)


def lock_tables(conn: Connection, tables: list[str]) -> None:
    """Nobody reads or writes these tables until the caller's transaction ends (a restore replaces them all)."""
    names = ", ".join(f'"{name}"' for name in tables)
    conn.exec_driver_sql(f"LOCK TABLE {names} IN ACCESS EXCLUSIVE MODE")


def snapshot_reads(conn: Connection) -> None:
    """Every read of the caller's transaction sees one moment (a backup taken while clerks type is consistent)."""
    conn.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")


def sequence_values(conn: Connection, tables: list[str]) -> dict[str, int]:
    """The last id handed out per table (ids of deleted reports are never reused, after a restore too)."""
    out = {}
    for table in tables:
        sequence = conn.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table})
        if sequence:
            row = conn.execute(text(f"SELECT last_value, is_called FROM {sequence}")).one()
            out[table] = int(row[0]) if row[1] else 0
    return out


def set_sequence_values(conn: Connection, values: dict[str, int]) -> None:
    """Each table's next id above both `values` and the largest id it holds."""
    for table, value in values.items():
        sequence = conn.scalar(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table})
        if sequence:
            top = max(value, int(conn.scalar(text(f'SELECT coalesce(max(id), 0) FROM "{table}"')) or 0))
            conn.execute(text("SELECT setval(:s, :v, :called)"),
                         {"s": sequence, "v": max(top, 1), "called": top > 0})


NATIVE_DUMP_SUFFIX = ".pgdump"


def native_dump(location: Location, target: Path) -> str:
    """PostgreSQL's own dump (custom format) of the database into `target`; "" when written, else why not."""
    program = shutil.which("pg_dump")
    if program is None:
        return "pg_dump not installed"
    url = location.url
    assert url is not None
    # The password goes by environment, never on the command line where `ps` shows it.
    env = {**os.environ, **({"PGPASSWORD": url.password} if url.password else {})}
    dsn = url.set(drivername="postgresql", password=None).render_as_string(hide_password=False)
    temp = target.with_name(f".{target.name}.tmp")
    try:
        done = subprocess.run([program, "--format=custom", "--no-owner", f"--file={temp}", f"--dbname={dsn}"],
                              env=env, capture_output=True, text=True, timeout=3600, check=False)
        if done.returncode != 0:
            return (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1][:200]
        os.replace(temp, target)
        return ""
    except (OSError, subprocess.TimeoutExpired) as error:
        return str(error)[:200]
    finally:
        temp.unlink(missing_ok=True)
