"""Opens every file read as a report, once: a regular file only, read whole within its kind's limit as the bytes
actually come, with progress and a Stop honoured between chunks. Every reader works on what this hands it.

A device (/dev/zero, /dev/urandom), a pipe, a socket or a folder — also behind a link or a report's file name —
is refused with what it is: its size says 0 and a read of it would never end, or block for ever. The size on
disk is checked before reading and the bytes read are counted while reading, so a file that grows meanwhile
cannot carry the reading past the limit either.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from disclosure_desktop.domain.limits import MAX_FILE_BYTES, MB
from disclosure_desktop.messages import ReportDataError, message, os_error_text

# How far a reading has come: (done, total, what); a GUI job's step raises from it when the clerk stops.
Step = Callable[[int, int, str], None]
CHUNK = 1024 * 1024
# Opening a pipe for reading waits for a writer unless it is opened non-blocking; other files ignore the flag.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)


def quiet(_done: int, _total: int, _what: str) -> None:
    """A step for callers that show no progress."""


def megabytes(size: int) -> str:
    """A size as the messages print it: 6.0, 2048.0 (MB)."""
    return f"{size / MB:.1f}"


def limit_text(limit: int) -> str:
    """A limit as the messages and docs/reliability.md print it: 2, 20, 0.0625 (MB)."""
    return f"{limit / MB:g}"


@dataclass(frozen=True)
class Source:
    """A file read whole: its path (for its name) and its bytes, within the limit of its kind."""

    path: Path
    data: bytes

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def size(self) -> int:
        return len(self.data)


def too_large(name: str, size: int, limit: int) -> ReportDataError:
    return ReportDataError("import.file_too_large", name=name, size=megabytes(size), limit=limit_text(limit))


def _not_regular(path: Path, mode: int) -> ReportDataError:
    """Why a path that is no regular file cannot be read, naming what it is (and where a link leads)."""
    if stat.S_ISDIR(mode):
        return ReportDataError("import.is_folder", name=path.name)
    target = os.path.realpath(path)
    where = target if target != os.path.abspath(path) else str(path)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return ReportDataError("import.is_device", name=path.name, target=where)
    return ReportDataError("import.is_pipe", name=path.name, target=where)


def _open(path: Path) -> tuple[int, os.stat_result]:
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except IsADirectoryError:
        raise ReportDataError("import.is_folder", name=path.name) from None
    except OSError as error:
        if Path(path).is_dir():  # Windows refuses to open a folder with EACCES
            raise ReportDataError("import.is_folder", name=path.name) from None
        raise ReportDataError("cli.file_unreadable", path=path, detail=os_error_text(error)) from None
    try:
        info = os.fstat(fd)  # of what was opened: a link swapped after a check cannot slip in
    except OSError as error:
        os.close(fd)
        raise ReportDataError("cli.file_unreadable", path=path, detail=os_error_text(error)) from None
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise _not_regular(Path(path), info.st_mode)
    return fd, info


def read_source(path: Path, kind: str, step: Step | None = None, *, limit: int | None = None) -> Source:
    """The whole of `path`, read within `limit` (by default its kind's, domain/limits.MAX_FILE_BYTES).

    Raises ReportDataError naming the file and why: no such file, a folder, a device or a pipe, empty, larger than
    the limit (with its size), unreadable. `step` gets the bytes read so far and raises to stop the reading.
    """
    path = Path(path)
    step = step or quiet
    limit = MAX_FILE_BYTES[kind] if limit is None else limit
    fd, info = _open(path)
    with os.fdopen(fd, "rb", buffering=0) as stream:
        if info.st_size > limit:
            raise too_large(path.name, info.st_size, limit)
        total = info.st_size
        what = message("import.step.reading", name=path.name)
        step(0, total, what)
        chunks: list[bytes] = []
        done = 0
        while True:
            try:
                chunk = stream.read(min(CHUNK, limit + 1 - done))
            except OSError as error:
                raise ReportDataError("cli.file_unreadable", path=path, detail=os_error_text(error)) from None
            if not chunk:
                break
            chunks.append(chunk)
            done += len(chunk)
            if done > limit:  # it grew while being read
                raise too_large(path.name, max(done, os.fstat(stream.fileno()).st_size), limit)
            step(done, max(total, done), what)
    if done == 0:
        raise ReportDataError("import.empty_file", name=path.name)
    return Source(path, b"".join(chunks))


def as_source(file: Source | Path, kind: str, step: Step | None = None) -> Source:
    """A reader's input as a Source: one already read is taken as it is, a path is read now."""
    return file if isinstance(file, Source) else read_source(Path(file), kind, step)
