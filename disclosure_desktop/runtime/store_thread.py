"""The database thread: every database call of the window runs there, one after another, never on the GUI thread.

`run(fn, success, failure, what=…)` is the one way to use it: fn(store) runs there, and its result comes back to
`success` on the GUI thread, or its error to `failure` — by default the window's one error path, which says what
failed in the clerk's words (an unexpected error is logged with its traceback first, on the thread where it
happened).

The functions sent there stay owned by the GUI thread (a table of them, emptied as their answers come back): a
closure can hold a Qt wrapper (a dialog, say), and the last reference to a wrapper dropped on the database thread
frees Qt objects there, which crashed the program a few exports in ten (PySide6 6.11, segfault in the GUI's event
loop soon after). Errors come back without their traceback for the same reason: its frames hold the closure.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.messages import ReportDataError, message
from disclosure_desktop.runtime import gc_guard, logs
from disclosure_desktop.storage.errors import ReportChangedElsewhere, ReportNotFound

log = logging.getLogger(__name__)

# What a failed save was, so the window can offer the right choices.
FAILED_WRITE, FAILED_CHANGED, FAILED_GONE = "error", "changed", "gone"

Success = Callable[[Any], None]
Failure = Callable[[Exception, str], None]  # (the error, what was being done in the clerk's words)


def expected(error: BaseException) -> bool:
    """An error the clerk's words already explain (a full disk, a locked file, bad data), not a bug."""
    return isinstance(error, ReportDataError | OSError)


def _stripped(error: Exception, what: str) -> Exception:
    """The error to send back: logged first when it is a bug, then without its traceback (see the docstring)."""
    if not expected(error):
        logs.log_traceback(log, what or "a database call", error)
    return error.with_traceback(None)


class StoreWorker(QObject):
    """Runs database calls one after another on its own thread; results come back as signals."""

    saved = Signal(int, int, float)  # report id, its new revision, when
    failed = Signal(int, str, str)  # report id, FAILED_*, the reason in the clerk's words
    done = Signal(int, bool)  # (request token, succeeded): the result waits in `results`

    def __init__(self, functions: dict[int, tuple[Callable[..., Any], str]], results: dict[int, Any]) -> None:
        super().__init__()
        self._store: Any = None
        self._functions = functions  # token → (function, what), owned and emptied by the GUI thread
        self._results = results

    @Slot(int)
    def open(self, token: int) -> None:
        fn, what = self._functions[token]
        try:
            self._store = self._results[token] = fn()
            ok = True
        except Exception as exc:
            self._results[token], ok = _stripped(exc, what), False
        self.done.emit(token, ok)

    @Slot(int, object, object)
    def apply(self, report_id: int, changes: Changes, expected_revision: object) -> None:
        try:
            revision = self._store.apply(report_id, changes, expected_revision)
        except ReportChangedElsewhere:
            self.failed.emit(report_id, FAILED_CHANGED, message("save.changed"))
        except ReportNotFound:
            self.failed.emit(report_id, FAILED_GONE, message("save.gone"))
        except ReportDataError as exc:  # a full disk, a locked file: already said in the clerk's words
            self.failed.emit(report_id, FAILED_WRITE, str(exc))
        except Exception as exc:  # a bug must still reach the clerk as a failed save, not kill the thread
            logs.log_traceback(log, f"saving report {report_id}", exc)
            self.failed.emit(report_id, FAILED_WRITE, f"{type(exc).__name__}: {exc}")
        else:
            self.saved.emit(report_id, revision, time.time())

    @Slot(int)
    def call(self, token: int) -> None:
        fn, what = self._functions[token]
        try:
            self._results[token], ok = fn(self._store), True
        except Exception as exc:
            self._results[token], ok = _stripped(exc, what), False
        self.done.emit(token, ok)


class StoreThread(QObject):
    """Owns the database thread. Calls run in the order they were made, so a read queued after a write sees it."""

    _apply = Signal(int, object, object)
    _call = Signal(int)
    _open = Signal(int)
    saved = Signal(int, int, float)
    failed = Signal(int, str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc_guard.install()  # before the thread exists: no Python garbage collection may start on it
        self._thread = QThread(self)
        self._thread.setObjectName("database")
        self._functions: dict[int, tuple[Callable[..., Any], str]] = {}
        self._results: dict[int, Any] = {}
        self._worker = StoreWorker(self._functions, self._results)
        self._worker.moveToThread(self._thread)
        self._open.connect(self._worker.open)
        self._apply.connect(self._worker.apply)
        self._call.connect(self._worker.call)
        self._worker.saved.connect(self.saved)
        self._worker.failed.connect(self.failed)
        self._worker.done.connect(self._on_done)
        self._callbacks: dict[int, tuple[Success | None, Failure | None]] = {}
        self._next = 0
        self.on_error: Failure = quiet_failure  # the window installs its error dialog here
        self._thread.start()

    def apply(self, report_id: int, changes: Changes, expected_revision: int | None) -> None:
        """Write a batch over `expected_revision` (None: over whatever is stored, after the clerk chose so)."""
        self._apply.emit(report_id, changes, expected_revision)

    def _queue(self, fn: Callable[..., Any], success: Success | None, failure: Failure | None, what: str) -> int:
        self._next += 1
        self._callbacks[self._next] = (success, failure)
        self._functions[self._next] = (fn, what)
        return self._next

    def open(self, factory: Callable[[], Any], success: Success, failure: Failure | None = None, *,
             what: str = "") -> None:
        """Open the store on the worker thread (importing SQLAlchemy and migrating happen there too)."""
        self._open.emit(self._queue(factory, success, failure, what))

    def run(self, fn: Callable[[Any], Any], success: Success | None = None, failure: Failure | None = None, *,
            what: str = "") -> None:
        """fn(store) on the database thread; then success(result), or failure(error, what) — the window's error
        path (`on_error`) when no failure callback is given. `what`: the operation in the clerk's words."""
        self._call.emit(self._queue(fn, success, failure, what))

    def _on_done(self, token: int, ok: bool) -> None:
        _fn, what = self._functions.pop(token, (None, ""))  # released here, on the GUI thread
        result = self._results.pop(token, None)
        success, failure = self._callbacks.pop(token, (None, None))
        if ok:
            if success is not None:
                success(result)
        else:
            (failure or self.on_error)(result, what)

    def call_and_wait(self, fn: Callable[[Any], Any], timeout_s: float = 10) -> Any:
        """Run fn(store) on the database thread and wait for it here (closing the file before it is replaced)."""
        done = threading.Event()
        box: list[Any] = []

        def run(store: Any) -> None:
            try:
                box.append(fn(store))
            finally:
                done.set()

        self.run(run, failure=quiet_failure)
        done.wait(timeout_s)
        return box[0] if box else None

    def stop(self) -> None:
        """End the thread once the calls queued so far are done (the window waited for its writes first)."""
        # quit() would end the loop without running what is queued: wait for a marker behind it instead.
        drained = threading.Event()
        self.run(lambda _store: drained.set(), failure=quiet_failure)
        drained.wait(10)
        self._thread.quit()
        self._thread.wait()


def quiet_failure(error: Exception, what: str) -> None:
    """For calls whose failure costs the clerk nothing (remembering the page shown): logged, not shown."""
    log.warning("%s: %s", what or "a database call", error)
