"""Files a command may write: never the open database or its journal files, whatever name reaches them."""

from __future__ import annotations

import os
from pathlib import Path

from disclosure_desktop.messages import ReportDataError

# The files SQLite keeps beside a database while it is open or after a crash.
COMPANIONS = ("", "-wal", "-shm", "-journal")


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def is_database_file(target: Path, db_path: Path | str | None) -> bool:
    """True when `target` is the database or one of its companions — by name, or as the same file on disk (a hard
    link, a second path to the same folder)."""
    if db_path is None or not isinstance(db_path, Path | str) or "://" in str(db_path):
        return False
    db = Path(db_path)
    target_id = _identity(target)
    for suffix in COMPANIONS:
        companion = db.with_name(db.name + suffix)
        if Path(os.path.abspath(target)) == Path(os.path.abspath(companion)):
            return True
        if target_id is not None and target_id == _identity(companion):
            return True
    return False


def refuse_database_target(target: Path, db_path: Path | str | None) -> None:
    if is_database_file(target, db_path):
        raise ReportDataError("target.database", path=target)
