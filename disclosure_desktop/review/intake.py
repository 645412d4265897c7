"""Taking in a folder or files of units' reports (spec §13): every file read on every core by a bounded pool of
processes (the parsers hold Python's lock, so threads would take turns), progress reported as files finish, the
intake cancellable between files, a bad file listed with its reason while the rest go on, and the same file
(SHA-256) taken once — within the intake and against what an earlier intake of the batch already took.

Blocking: the window calls `take_in` from a worker thread with a progress callback and a CancelToken.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from disclosure_desktop.messages import current_language, message, os_error_text
from disclosure_desktop.review.reading import REVIEW_SUFFIXES, ReadReport, RejectedFile, file_sha256, read_one

# (files done, files to read, the name of the one just done)
Progress = Callable[[int, int, str], None]
# Files in flight per worker: enough to keep every core busy, few enough that Cancel stops within a file or two.
_IN_FLIGHT_PER_WORKER = 2
_POLL_S = 0.1
READER_NICENESS = 5
# Office files' companions that are never a unit's report: Word's lock file, the desktop's folder settings.
_IGNORED_PREFIXES = ("~$", ".")
_IGNORED_NAMES = {"thumbs.db", "desktop.ini"}


class CancelToken:
    """Set by the window's Cancel; the intake stops taking new files and returns what it read."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()


@dataclass(frozen=True)
class DuplicateFile:
    """A file whose bytes are those of a file taken already: `same_as` names that one."""

    file: str
    same_as: str


@dataclass
class Intake:
    read: list[ReadReport] = field(default_factory=list)
    rejected: list[RejectedFile] = field(default_factory=list)
    duplicates: list[DuplicateFile] = field(default_factory=list)
    cancelled: bool = False
    # Files found but not read because Cancel came first.
    not_read: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Pending:
    name: str
    path: Path
    sha256: str


def collect_files(sources: Iterable[Path], ignore: Iterable[Path] = ()) -> tuple[list[tuple[str, Path]],
                                                                               list[RejectedFile]]:
    """(display name, path) of every file to read — a folder's files, sorted, named relative to it — and the files
    of a kind no unit sends, listed with the reason; Word's lock files and folder settings are passed over."""
    found: list[tuple[str, Path]] = []
    rejected: list[RejectedFile] = []
    passed_over = {Path(p).resolve() for p in ignore}
    for source in sources:
        source = Path(source)
        if source.is_dir():
            files = sorted((p for p in source.rglob("*") if p.is_file()), key=lambda p: p.relative_to(source).parts)
            entries = [(p.relative_to(source).as_posix(), p) for p in files]
        else:
            entries = [(source.name, source)]
        for name, path in entries:
            if (path.name.lower() in _IGNORED_NAMES or path.name.startswith(_IGNORED_PREFIXES)
                    or path.resolve() in passed_over):
                continue
            if path.suffix.lower() not in REVIEW_SUFFIXES:
                rejected.append(RejectedFile(name, message("review.not_a_report_kind",
                                                           known="、".join(sorted(REVIEW_SUFFIXES)))))
                continue
            found.append((name, path))
    return found, rejected


def take_in(sources: Iterable[Path], *, known: Mapping[str, str] | None = None, progress: Progress | None = None,
            cancel: CancelToken | None = None, workers: int | None = None, intake: int = 0,
            ignore: Iterable[Path] = ()) -> Intake:
    """Read every report file of `sources` (folders and files) but those in `ignore` (the units list beside them);
    `known` maps the SHA-256 of files an earlier intake took to their names. Results keep the files' order whatever
    order the workers finish in."""
    files, rejected = collect_files(sources, ignore)
    out = Intake(rejected=rejected)
    seen: dict[str, str] = dict(known or {})
    pending: list[_Pending] = []
    for name, path in files:
        if cancel is not None and cancel.cancelled:
            out.cancelled = True
            out.not_read.append(name)
            continue
        try:
            digest = file_sha256(path)
        except OSError as error:
            out.rejected.append(RejectedFile(name, message("review.unreadable", detail=os_error_text(error))))
            continue
        if digest in seen:
            out.duplicates.append(DuplicateFile(name, seen[digest]))
            continue
        seen[digest] = name
        pending.append(_Pending(name, path, digest))
    results = _read_all(pending, progress, cancel, workers)
    for item in pending:
        result = results.get(item.name)
        if result is None:
            out.cancelled = True
            out.not_read.append(item.name)
        elif isinstance(result, RejectedFile):
            out.rejected.append(result)
        else:
            out.read.append(ReadReport(result.name, result.path, result.sha256, result.kind, result.report,
                                       result.version, result.fingerprints, intake))
    return out


def default_workers(files: int) -> int:
    return max(1, min(os.cpu_count() or 1, files))


def _read_all(pending: list[_Pending], progress: Progress | None, cancel: CancelToken | None,
              workers: int | None) -> dict[str, ReadReport | RejectedFile]:
    count = workers or default_workers(len(pending))
    language = current_language()
    results: dict[str, ReadReport | RejectedFile] = {}

    def done(name: str, result: ReadReport | RejectedFile) -> None:
        results[name] = result
        if progress is not None:
            progress(len(results), len(pending), name)

    if count <= 1 or len(pending) <= 1:
        for item in pending:
            if cancel is not None and cancel.cancelled:
                break
            done(item.name, read_one(item.name, str(item.path), item.sha256, language))
        return results
    crashed = _read_in_pool(pending, count, language, cancel, done)
    # A file that took its worker down (a crash inside a parser) is read again alone, so that only it is lost.
    for item in crashed:
        if cancel is not None and cancel.cancelled:
            break
        done(item.name, _read_alone(item, language))
    return results


def _pool(count: int) -> cf.ProcessPoolExecutor:
    # spawn, not fork: the window's process has threads (Qt's, the database's) that a fork would copy mid-step.
    return cf.ProcessPoolExecutor(max_workers=count, mp_context=multiprocessing.get_context("spawn"),
                                  initializer=_yield_cpu)


def _yield_cpu() -> None:
    """In each reading process: a lower priority, so that on a machine with as many readers as cores the window
    (and the clerk's other programs) still get the processor when they need it; idle cores are used all the same."""
    if hasattr(os, "nice"):  # POSIX; on Windows the readers keep the normal priority
        with contextlib.suppress(OSError):
            os.nice(READER_NICENESS)


def _read_in_pool(pending: list[_Pending], count: int, language: str, cancel: CancelToken | None,
                  done: Callable[[str, ReadReport | RejectedFile], None]) -> list[_Pending]:
    crashed: list[_Pending] = []
    queue = list(reversed(pending))
    pool = _pool(count)
    flying: dict[cf.Future, _Pending] = {}
    try:
        while queue or flying:
            stopping = cancel is not None and cancel.cancelled
            while queue and not stopping and len(flying) < count * _IN_FLIGHT_PER_WORKER:
                item = queue.pop()
                flying[pool.submit(read_one, item.name, str(item.path), item.sha256, language)] = item
            if not flying:
                break
            finished, _ = cf.wait(flying, timeout=_POLL_S, return_when=cf.FIRST_COMPLETED)
            for future in finished:
                item = flying.pop(future)
                try:
                    done(item.name, future.result())
                except cf.process.BrokenProcessPool:
                    crashed.append(item)
            if crashed and any(isinstance(f.exception(), cf.process.BrokenProcessPool)
                               for f in finished if not f.cancelled()):
                # Every file still in the broken pool goes with it: read them again in a new one.
                crashed += list(flying.values())
                flying.clear()
                pool.shutdown(wait=False, cancel_futures=True)
                pool = _pool(count)
    finally:
        pool.shutdown(wait=not (cancel is not None and cancel.cancelled), cancel_futures=True)
    return crashed


def _read_alone(item: _Pending, language: str) -> ReadReport | RejectedFile:
    pool = _pool(1)
    try:
        return pool.submit(read_one, item.name, str(item.path), item.sha256, language).result()
    except cf.process.BrokenProcessPool:
        return RejectedFile(item.name, message("review.reader_crashed"))
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
