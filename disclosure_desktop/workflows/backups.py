"""Backups of the whole database, once for every front end: a verified copy out, a verified copy put back, never
written onto the database itself — of a file, or of a shared database (storage/portable.py)."""

from __future__ import annotations

from pathlib import Path

from disclosure_desktop.storage import backups, portable
from disclosure_desktop.storage.backups import Backup, CopyResult
from disclosure_desktop.workflows.targets import refuse_database_target


def newest(db_path: Path) -> Backup | None:
    """The newest verified backup: the one a damaged database's message names."""
    return backups.newest(Path(db_path))


def take(db_path: Path) -> Backup:
    """Back up now (the backup dialog's button): into the backups folder beside the database."""
    return backups.take(Path(db_path))


def copy_out(db: Path | str, target: Path) -> CopyResult:
    """`backup -o`: a verified copy at `target`, which must not be the database or one of its journal files."""
    refuse_database_target(Path(target), db)
    return portable.copy_out(db, Path(target))


def restore(db: Path | str, source: Path, *, aside_folder: Path | None = None) -> Backup | None:
    """Put a verified backup in place of the database (the current file, or a server's reports copied into
    `aside_folder`, kept aside); returns that copy."""
    return portable.restore(db, Path(source), aside_folder=aside_folder)
