"""What really stops a database file from being written — its disk, its folder or the file itself read-only, or a
full disk — told from the file system, where SQLite's result code says only that it could not open or write."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

# Below this much free space, a failed write or a file that cannot be opened is the full disk.
_FULL_BELOW = 1024 * 1024


def read_only_cause(path: Path) -> str | None:
    """Why the database at `path` cannot be written, as a message key: its disk, its folder or the file itself is
    read-only; None when it can be (as far as the file system says beforehand)."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return "db.read_only_disk"
    except (AttributeError, OSError):  # no statvfs on Windows; a missing folder is no read-only one
        pass
    if folder.exists() and not os.access(folder, os.W_OK):
        return "db.read_only_folder"
    if path.exists() and not os.access(path, os.W_OK):
        return "db.read_only_file"
    return None


def refined_key(key: str, path: Path) -> str:
    """`key` told more exactly by the file: which of disk, folder and file is read-only, or a disk that is full,
    where SQLite's code says only that it could not open, write or read."""
    if key in ("db.read_only", "db.cant_open", "db.permission", "db.io_error", "db.failed"):
        cause = read_only_cause(path)
        if cause is not None:
            return cause
    if key in ("db.io_error", "db.cant_open", "db.failed", "db.read_only") and disk_full(path):
        return "db.disk_full"
    return key


def disk_full(path: Path) -> bool:
    """True when the disk of `path` has (next to) no room left: opening a database writes its -shm file."""
    try:
        return shutil.disk_usage(path.parent if path.parent.exists() else Path(".")).free < _FULL_BELOW
    except OSError:
        return False


def unwritable(path: Path) -> str | None:
    """Why nothing can be written to the database at `path` now (read-only disk, folder or file, or a full disk),
    as a message key; None when it can be written."""
    return read_only_cause(path) or ("db.disk_full" if disk_full(path) else None)
