"""Damaging a database file the way disks and other programs do, for the reliability tests."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from disclosure_desktop.domain import jsonio, report_snapshot
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore


def corrupt_cell_index(db: Path, *, keep_mtime: bool) -> None:
    """Change one key inside the cell table's index (a leaf page of type 0x0A); the rows stay as they were."""
    stat = db.stat()
    data = bytearray(db.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    for number in range(len(data) // size):
        start = number * size
        if data[start + (100 if number == 0 else 0)] == 0x0A:
            found = data.find(b"t3.new.natural", start, start + size)
            if found >= 0:
                data[found + 7] = ord("m")
                break
    else:
        raise AssertionError("no index page with the cell id")
    db.write_bytes(bytes(data))
    if keep_mtime:  # as bit rot would: the clean-close mark still matches, only the quick check runs
        os.utime(db, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def set_format(db: Path, format_id: str) -> None:
    """What a later program version would write: a format this one does not ship, with a valid checksum."""
    with Database.open(db) as opened:
        report = ReportStore(opened).load(1)
    report.format_id = format_id
    seal = report_snapshot.digest(report_snapshot.to_json(report))
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE report SET format_id = ?, content_sha256 = ?", (format_id, seal))
    conn.close()


def every_report(db: Path) -> dict[int, str]:
    """id → the report's JSON document, which holds every text and cell."""
    with Database.open(db) as opened:
        store = ReportStore(opened)
        return {s.id: jsonio.dumps(store.load(s.id)) for s in store.list_reports()}


def overwrite_page(db: Path) -> None:
    # The middle page of the report cells, not of the file: a file of many tables has schema pages in its middle,
    # and a damaged schema leaves nothing to salvage.
    data = bytearray(db.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    with contextlib.closing(sqlite3.connect(f"{db.resolve().as_uri()}?mode=ro&immutable=1", uri=True)) as conn:
        pages = [row[0] for row in conn.execute("SELECT pageno FROM dbstat WHERE name = 'cell' ORDER BY pageno")]
    middle = (pages[len(pages) // 2] - 1) * size
    data[middle : middle + size] = bytes((i * 37) % 251 for i in range(size))
    db.write_bytes(bytes(data))
