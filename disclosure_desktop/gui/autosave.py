"""Keeps every edit in the database within a second, off the GUI thread, so there is never unsaved work."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.report import Report
from disclosure_desktop.gui import gc_guard

# Long enough to batch a burst of keystrokes into one write, short enough that a crash a second after an edit
# loses nothing.
SAVE_DELAY_MS = 300
# After a failed write (a full disk, a file another program holds locked) try again this often.
RETRY_MS = 5000


class StoreWorker(QObject):
    """Runs database calls one after another on its own thread; results come back as signals."""

    saved = Signal(int, float)
    failed = Signal(int, str)
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

    @Slot(int, object)
    def apply(self, report_id: int, changes: Changes) -> None:
        try:
            self._store.apply(report_id, changes)
        except Exception as exc:  # a full disk or a locked file must reach the clerk, not kill the thread
            self.failed.emit(report_id, str(exc))
            return
        self.saved.emit(report_id, time.time())

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

    _apply = Signal(int, object)
    _call = Signal(object, object)
    _open = Signal(object, object)
    saved = Signal(int, float)
    failed = Signal(int, str)

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

    def apply(self, report_id: int, changes: Changes) -> None:
        self._apply.emit(report_id, changes)

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
        """Finish every queued write, then end the thread (used on close)."""
        self._thread.quit()
        self._thread.wait()


class ReportSession(QObject):
    """The open report in memory plus the edits not yet written; pages record changes here.

    One batch is written at a time. A batch that fails goes back in front of the newer edits and is tried
    again, so a passing failure (a locked file, a full disk that was cleared) loses nothing.
    """

    changed = Signal(object)  # Changes just recorded (for the preview and the section states)
    saving = Signal()
    saved = Signal(float)
    failed = Signal(str)  # the first failure of a run of failures

    def __init__(self, report: Report, store: StoreThread, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self._store = store
        self._pending = Changes()
        self._in_flight: Changes | None = None
        self.failing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        store.saved.connect(self._on_saved)
        store.failed.connect(self._on_failed)

    def record(self, changes: Changes) -> None:
        if not changes:
            return
        changes.apply_to(self.report)
        self._pending.merge(changes)
        self._timer.start(SAVE_DELAY_MS)
        self.changed.emit(changes)

    @property
    def has_unsaved(self) -> bool:
        return bool(self._pending) or self._in_flight is not None

    def flush(self, *, final: bool = False) -> None:
        """Send the pending edits to the database thread; `final` (on close) sends even behind a write in flight."""
        self._timer.stop()
        if not self._pending or self.report.id is None:
            return
        if self._in_flight is not None and not final:
            return  # sent when the write in flight is done
        batch, self._pending = self._pending, Changes()
        self._in_flight = batch
        self.saving.emit()
        self._store.apply(self.report.id, batch)

    def _on_saved(self, report_id: int, when: float) -> None:
        if report_id != self.report.id:
            return
        self._in_flight = None
        self.failing = False
        if self._pending:
            self.flush()
        else:
            self.saved.emit(when)

    def _on_failed(self, report_id: int, message: str) -> None:
        if report_id != self.report.id or self._in_flight is None:
            return
        restored, self._in_flight = self._in_flight, None
        restored.merge(self._pending)  # newer edits win over the batch they follow
        self._pending = restored
        self._timer.start(RETRY_MS)
        if not self.failing:
            self.failing = True
            self.failed.emit(message)
