"""The backup files beside a database — where they are, their names, kinds and times — read without opening
any database (the backup dialog lists them; the window loads no database code for it)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

AUTO, MANUAL, MIGRATION, REPLACED = "auto", "manual", "migration", "replaced"
# Kept of the automatic backups: the newest of each of the last 14 days, of each of the 8 weeks before, and of
# each of the 24 months before — a clerk may need last January's state when next January's report is due.
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 14, 8, 24
KEEP_MIGRATION = 3


@dataclass(frozen=True)
class Retention:
    """How many automatic backups `thin` keeps: the newest of so many days, then weeks, then months."""

    daily: int = KEEP_DAILY
    weekly: int = KEEP_WEEKLY
    monthly: int = KEEP_MONTHLY


_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<kind>[a-z][a-z0-9-]*)\.sqlite$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime  # local time, as the name says
    kind: str
    size: int


def folder(db_path: Path) -> Path:
    """Where the backups of `db_path` live: a folder beside it, named after it."""
    db_path = Path(db_path)
    return db_path.with_name(f"{db_path.stem}-backups")


def list_backups(db_path: Path) -> list[Backup]:
    """Every finished backup, newest first (a copy still being written or verified is never listed)."""
    where = folder(db_path)
    found: list[Backup] = []
    try:
        entries = list(where.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if not match or match["stem"] != Path(db_path).stem or not entry.is_file():
            continue
        try:
            taken = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            size = entry.stat().st_size
        except (ValueError, OSError):
            continue
        found.append(Backup(entry, taken, match["kind"], size))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def newest(db_path: Path) -> Backup | None:
    """The newest copy that was verified when taken (a file set aside by a restore may be the damaged one)."""
    return next((b for b in list_backups(db_path) if b.kind != REPLACED), None)
