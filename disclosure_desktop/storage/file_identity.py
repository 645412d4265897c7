"""Which database file a path reaches, whatever the path: the file system's identity of the file (device and inode)
and the id the database keeps in itself — so that a hard link, a second path or a second mount of one share is
known as the same database (runtime/single_instance.py keys its one-window lock on them).

Only the standard library's sqlite3, read-only: the window asks before anything heavy is loaded.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

# The app_state key of the id a database is given when it is first opened (storage/database.py).
DATABASE_ID = "database_id"


def file_key(path: Path) -> str | None:
    """"<device>-<inode>" of the file at `path`; None when there is none (or the file system gives no inode)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return f"{info.st_dev:x}-{info.st_ino:x}" if info.st_ino else None


def _uri(path: Path) -> str:
    # Without a -wal nobody writes the file: read it as it is, creating nothing beside it (as ownership does).
    wal = path.with_name(f"{path.name}-wal")
    return f"{path.resolve().as_uri()}?{'mode=ro' if wal.exists() else 'mode=ro&immutable=1'}"


def database_id(path: Path) -> str | None:
    """The id stored in the database at `path`; None for a new file, another program's, or one not read."""
    if not Path(path).is_file():
        return None
    try:
        conn = sqlite3.connect(_uri(Path(path)), uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    try:
        row = conn.execute("SELECT value FROM app_state WHERE key = ?", (DATABASE_ID,)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        conn.close()
    return str(row[0]) if row and row[0] else None


def in_use(path: Path) -> bool:
    """True when some program has the database at `path` open (a connection in WAL mode keeps a shared lock on
    the file while it is open, so an exclusive lock is granted only when nobody has it open); True also when it
    cannot be told, which is the safe answer for a guard. Only for a file known to be ours."""
    try:
        conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    except sqlite3.Error:
        return True
    try:
        conn.execute("PRAGMA locking_mode=EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
        return False
    except sqlite3.Error:
        return True
    finally:
        conn.close()
