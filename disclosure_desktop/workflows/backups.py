"""Backups of the whole database, once for every front end: a verified copy out, a verified copy put back, never
written onto the database itself."""

from __future__ import annotations

from pathlib import Path

from disclosure_desktop.storage import backups
from disclosure_desktop.storage.backups import Backup, CopyResult
from disclosure_desktop.workflows.targets import refuse_database_target


def newest(db_path: Path) -> Backup | None:
    """The newest verified backup: the one a damaged database's message names."""
    return backups.newest(Path(db_path))


def take(db_path: Path) -> Backup:
    """Back up now (the backup dialog's button): into the backups folder beside the database."""
    return backups.take(Path(db_path))


def copy_out(db_path: Path, target: Path) -> CopyResult:
    """`backup -o`: a verified copy at `target`, which must not be the database or one of its journal files."""
    refuse_database_target(Path(target), db_path)
    return backups.copy_out(Path(db_path), Path(target))


def restore(db_path: Path, source: Path) -> Backup | None:
    """Put a verified backup in place of the database (the current file is kept aside); returns that file."""
    return backups.restore(Path(db_path), Path(source))
