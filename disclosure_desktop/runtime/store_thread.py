"""The database thread: every database call of the window runs there, one after another, never on the GUI thread.

The functions sent there stay owned by the GUI thread (a table of them, emptied as their answers come back): a
closure can hold a Qt wrapper (a dialog, say), and the last reference to a wrapper dropped on the database thread
frees Qt objects there, which crashed the program a few exports in ten (PySide6 6.11, segfault in the GUI's event
loop soon after). Errors come back without their traceback for the same reason: its frames hold the closure.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.runtime import gc_guard

# What a failed save was, so the window can offer the right choices.
FAILED_WRITE, FAILED_CHANGED, FAILED_GONE = "error", "changed", "gone"


class StoreWorker(QObject):
    """Runs database calls one after another on its own thread; results come back as signals."""

    saved = Signal(int, int, float)  # report id, its new revision, when
    failed = Signal(int, str, str)  # report id, FAILED_*, the reason in the clerk's words
    done = Signal(object, object)  # (request token, result)

    def __init__(self, functions: dict[int, Callable[..., Any]]) -> None:
        super().__init__()
        self._store: Any = None
        self._functions = functions  # token → function, owned and emptied by the GUI thread

    @Slot(int)
    def open(self, token: int) -> None:
        try:
            self._store = result = self._functions[token]()
        except Exception as exc:
            result = exc.with_traceback(None)
        self.done.emit(token, result)

    @Slot(int, object, object)
    def apply(self, report_id: int, changes: Changes, expected: object) -> None:
        from disclosure_desktop.messages import ReportDataError, message
        from disclosure_desktop.storage.repository import ReportChangedElsewhere, ReportNotFound

        try:
            revision = self._store.apply(report_id, changes, expected)
        except ReportChangedElsewhere:
            self.failed.emit(report_id, FAILED_CHANGED, message("save.changed"))
        except ReportNotFound:
            self.failed.emit(report_id, FAILED_GONE, message("save.gone"))
        except ReportDataError as exc:  # a full disk, a locked file: already said in the clerk's words
            self.failed.emit(report_id, FAILED_WRITE, str(exc))
        except Exception as exc:  # a bug must still reach the clerk as a failed save, not kill the thread
            self.failed.emit(report_id, FAILED_WRITE, f"{type(exc).__name__}: {exc}")
        else:
            self.saved.emit(report_id, revision, time.time())

    @Slot(int)
    def call(self, token: int) -> None:
        try:
            result = self._functions[token](self._store)
        except Exception as exc:
            result = exc.with_traceback(None)
        self.done.emit(token, result)


class StoreThread(QObject):
    """Owns the database thread; `run(fn, callback)` executes fn(store) there and calls back on the GUI thread.

    Calls run in the order they were made, so a read queued after a write sees it.
    """

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
        self._functions: dict[int, Callable[..., Any]] = {}
        self._worker = StoreWorker(self._functions)
        self._worker.moveToThread(self._thread)
        self._open.connect(self._worker.open)
        self._apply.connect(self._worker.apply)
        self._call.connect(self._worker.call)
        self._worker.saved.connect(self.saved)
        self._worker.failed.connect(self.failed)
        self._worker.done.connect(self._on_done)
        self._callbacks: dict[int, Callable[[Any], None]] = {}
        self._next = 0
        self._thread.start()

    def apply(self, report_id: int, changes: Changes, expected_revision: int | None) -> None:
        """Write a batch over `expected_revision` (None: over whatever is stored, after the clerk chose so)."""
        self._apply.emit(report_id, changes, expected_revision)

    def open(self, factory: Callable[[], Any], callback: Callable[[Any], None]) -> None:
        """Open the store on the worker thread (importing SQLAlchemy and migrating happen there too)."""
        self._next += 1
        self._callbacks[self._next] = callback
        self._functions[self._next] = factory
        self._open.emit(self._next)

    def run(self, fn: Callable[[Any], Any], callback: Callable[[Any], None] | None = None) -> None:
        self._next += 1
        if callback is not None:
            self._callbacks[self._next] = callback
        self._functions[self._next] = fn
        self._call.emit(self._next)

    def _on_done(self, token: int, result: object) -> None:
        self._functions.pop(token, None)  # released here, on the GUI thread
        callback = self._callbacks.pop(token, None)
        if callback is not None:
            callback(result)

    def call_and_wait(self, fn: Callable[[Any], Any], timeout_s: float = 10) -> Any:
        """Run fn(store) on the database thread and wait for it here (closing the file before it is replaced)."""
        done = threading.Event()
        box: list[Any] = []

        def run(store: Any) -> None:
            try:
                box.append(fn(store))
            finally:
                done.set()

        self.run(run)
        done.wait(timeout_s)
        return box[0] if box else None

    def stop(self) -> None:
        """End the thread once the calls queued so far are done (the window waited for its writes first)."""
        # quit() would end the loop without running what is queued: wait for a marker behind it instead.
        drained = threading.Event()
        self.run(lambda _store: drained.set())
        drained.wait(10)
        self._thread.quit()
        self._thread.wait()
