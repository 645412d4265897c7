"""Writes an exported file all at once: a reader never sees half a file, and a failure keeps the old one — and
never in place of an SQLite database or its journal files, whatever the file is called."""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from disclosure_desktop.messages import ReportDataError

# The first bytes of SQLite's files: a database, its write-ahead log (either byte order), its rollback journal.
_SQLITE_HEADS = (b"SQLite format 3\x00", b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83",
                 b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")
# A -shm file starts with its WAL index's version, 3007000, in the machine's byte order.
_SHM_VERSION = 3007000
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def is_sqlite_file(path: Path) -> bool:
    """True when `path` is an existing SQLite database, write-ahead log, shared-memory index or rollback journal.

    Read by its first bytes, not its name: a database may be called report.json, and a hard link may give its
    -wal any name. No export of ours begins with those bytes.
    """
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        head = os.read(fd, 16)
    except OSError:
        return False
    finally:
        os.close(fd)
    if head.startswith(_SQLITE_HEADS):
        return True
    return len(head) >= 4 and _SHM_VERSION in (int.from_bytes(head[:4], "little"), int.from_bytes(head[:4], "big"))


def _default_mode() -> int:
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data`. Raises OSError (nothing is left behind) when the folder is not writable, and
    ReportDataError when `path` is an SQLite database or one of its journal files (it would be lost)."""
    path = Path(path)
    if is_sqlite_file(path):
        raise ReportDataError("target.sqlite_file", path=path)
    # mkstemp makes 0600; a page to publish must stay readable like any new file (or keep the old file's mode).
    mode = path.stat().st_mode & 0o777 if path.exists() else _default_mode()
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
