"""Salvage of a damaged SQLite file row by row — SQLite-only like sqlite_file.py, kept apart because only a
backup of a damaged database needs it."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from disclosure_desktop.storage.errors import DatabaseError
from disclosure_desktop.storage.sqlite_file import error_code, read_only


def salvage(source: Path, target: Path) -> dict[str, int]:
    """Rebuild a damaged file's schema in `target` and copy every row that can still be read; rows per table.

    Rows are read in rowid order in small steps; where a damaged page makes a step fail, the read jumps ahead in
    growing strides until it finds readable rows again. Rows whose report did not survive are dropped.
    """
    try:
        with read_only(source) as src:
            schema = src.execute(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type = 'table' DESC"
            ).fetchall()
            stamps = [int(src.execute(f"PRAGMA {p}").fetchone()[0]) for p in ("application_id", "user_version")]
            dst = sqlite3.connect(target, isolation_level=None)
            try:
                dst.execute("BEGIN")
                tables = [name for kind, name, _sql in schema if kind == "table" and not name.startswith("sqlite_")]
                for kind, name, sql in schema:
                    if kind == "table" and not name.startswith("sqlite_"):
                        dst.execute(sql)
                counts = {name: _copy_rows(src, dst, name) for name in tables}
                with contextlib.suppress(sqlite3.Error):
                    seq = src.execute("SELECT name, seq FROM sqlite_sequence").fetchall()
                    dst.execute("DELETE FROM sqlite_sequence")
                    dst.executemany("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", seq)
                for table, rowid, _parent, _fk in dst.execute("PRAGMA foreign_key_check").fetchall():
                    dst.execute(f'DELETE FROM "{table}" WHERE rowid = ?', (rowid,))
                    counts[table] -= 1
                for kind, _name, sql in schema:
                    if kind in ("index", "trigger", "view"):
                        dst.execute(sql)
                dst.execute(f"PRAGMA application_id = {stamps[0]}")
                dst.execute(f"PRAGMA user_version = {stamps[1]}")
                dst.execute("COMMIT")
            finally:
                dst.close()
    except sqlite3.Error as error:
        raise DatabaseError("backup.unsalvageable", path=source, detail=error_code(error)) from None
    return counts


_STEP = 200


def _copy_rows(src: sqlite3.Connection, dst: sqlite3.Connection, table: str) -> int:
    columns = [row[1] for row in src.execute(f'PRAGMA table_info("{table}")').fetchall()]
    names = ", ".join(f'"{c}"' for c in columns)
    marks = ", ".join("?" for _ in range(len(columns) + 1))
    query = f'SELECT rowid, {names} FROM "{table}" WHERE rowid > ? ORDER BY rowid LIMIT {_STEP}'
    last, copied, stride = -(2**63), 0, 1
    while last < 2**62:
        try:
            rows = src.execute(query, (last,)).fetchall()
        except sqlite3.DatabaseError:
            last = max(last, 0) + stride
            stride *= 2
            continue
        if not rows:
            break
        dst.executemany(f'INSERT INTO "{table}" (rowid, {names}) VALUES ({marks})', rows)
        copied += len(rows)
        last, stride = rows[-1][0], 1
    return copied
