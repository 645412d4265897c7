"""The database thread: every database call of the window runs there, one after another, never on the GUI thread."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.gui import gc_guard

# What a failed save was, so the window can offer the right choices.
FAILED_WRITE, FAILED_CHANGED, FAILED_GONE = "error", "changed", "gone"


class StoreWorker(QObject):
    """Runs database calls one after another on its own thread; results come back as signals."""

    saved = Signal(int, int, float)  # report id, its new revision, when
    failed = Signal(int, str, str)  # report id, FAILED_*, the reason in the clerk's words
    done = Signal(object, object)  # (request token, result)

    def __init__(self) -> None:
        super().__init__()
        self._store: Any = None

    @Slot(object, object)
    def open(self, token: object, factory: Callable[[], Any]) -> None:
        try:
            self._store = result = factory()
        except Exception as exc:
            result = exc
        self.done.emit(token, result)

    @Slot(int, object, object)
    def apply(self, report_id: int, changes: Changes, expected: object) -> None:
        from disclosure_desktop.domain.messages import ReportDataError, message
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

    @Slot(object, object)
    def call(self, token: object, fn: Callable[[Any], Any]) -> None:
        try:
            result = fn(self._store)
        except Exception as exc:
            result = exc
        self.done.emit(token, result)


class StoreThread(QObject):
    """Owns the database thread; `run(fn, callback)` executes fn(store) there and calls back on the GUI thread.

    Calls run in the order they were made, so a read queued after a write sees it.
    """

    _apply = Signal(int, object, object)
    _call = Signal(object, object)
    _open = Signal(object, object)
    saved = Signal(int, int, float)
    failed = Signal(int, str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc_guard.install()  # before the thread exists: no Python garbage collection may start on it
        self._thread = QThread(self)
        self._thread.setObjectName("database")
        self._worker = StoreWorker()
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
        self._open.emit(self._next, factory)

    def run(self, fn: Callable[[Any], Any], callback: Callable[[Any], None] | None = None) -> None:
        self._next += 1
        if callback is not None:
            self._callbacks[self._next] = callback
        self._call.emit(self._next, fn)

    def _on_done(self, token: int, result: object) -> None:
        callback = self._callbacks.pop(token, None)
        if callback is not None:
            callback(result)

    def stop(self) -> None:
        """End the thread once the calls queued so far are done (the window waited for its writes first)."""
        # quit() would end the loop without running what is queued: wait for a marker behind it instead.
        drained = threading.Event()
        self.run(lambda _store: drained.set())
        drained.wait(10)
        self._thread.quit()
        self._thread.wait()
