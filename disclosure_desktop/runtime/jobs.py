"""Work that takes a while off the GUI thread — reading a file to import, taking in a folder of reports — with
progress the window can show and a Cancel that is honoured at the job's next step.

Only numbers and text travel in the signals; the result waits on the job until the GUI thread takes it, so no
object made there is freed on the worker thread, nor a Qt wrapper of the GUI thread on the worker (see
runtime/store_thread.py).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from disclosure_desktop.runtime import gc_guard, logs
from disclosure_desktop.runtime.store_thread import expected

log = logging.getLogger(__name__)

PROGRESS_EVERY_S = 0.05  # a job that reports every line does not flood the GUI thread


class Cancelled(Exception):
    """The clerk cancelled the job: raised at its next step, nothing it made is kept."""


class Progress:
    """Handed to a job: it says how far it has come, and learns at each step whether it was cancelled."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self._cancel = threading.Event()
        self._last = 0.0

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def step(self, done: int, total: int, text: str = "") -> None:
        """`done` of `total` (0 total: not known); raises Cancelled once the clerk cancelled."""
        if self._cancel.is_set():
            raise Cancelled
        now = time.monotonic()
        if now - self._last >= PROGRESS_EVERY_S or (total and done >= total):
            self._last = now
            self._emit(done, total, text)


class _Runner(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(bool)

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    @Slot()
    def run(self) -> None:
        job = self._job
        try:
            job.result, ok = job.function(job.progress), True
        except Cancelled:
            job.cancelled, ok = True, False
        except Exception as error:
            if not expected(error):
                logs.log_traceback(log, job.what or "a background job", error)
            job.error, ok = error.with_traceback(None), False
        del job  # the GUI thread holds the job from here on
        # Back to the GUI thread before saying so: the job (and this runner with it) is deleted there, and an
        # object is only ever deleted on the thread it lives in.
        app = QCoreApplication.instance()
        if app is None:  # the application was destroyed under the job: no GUI thread is left to report to
            raise RuntimeError("a background job ended after the application was gone")
        self.moveToThread(app.thread())
        self.finished.emit(ok)


class Job(QObject):
    """`function(progress)` on a thread of its own; `progressed`, then `finished(ok)` on the GUI thread, with
    `result`, or `error`, or `cancelled`."""

    progressed = Signal(int, int, str)  # done, total (0: unknown), what it is doing
    finished = Signal(bool)

    def __init__(self, function: Callable[[Progress], Any], what: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        gc_guard.install()  # before the thread exists: no Python collection may start on it
        self.function = function
        self.what = what
        self.result: Any = None
        self.error: Exception | None = None
        self.cancelled = False
        self._thread = QThread(self)
        self._thread.setObjectName("job")
        self._runner = _Runner(self)  # no parent: it is moved to the job's thread, and back when done
        self.progress = Progress(self._runner.progressed.emit)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.progressed.connect(self.progressed)
        self._runner.finished.connect(self._finished)

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Ask the job to stop at its next step; `finished(False)` with `cancelled` follows."""
        self.progress.cancel()

    @property
    def running(self) -> bool:
        return self._thread.isRunning()

    def _finished(self, ok: bool) -> None:
        self._thread.quit()
        self._thread.wait()
        self.function = _done  # the closure may hold what the job was given: let it go here
        self.finished.emit(ok)

    def wait(self, timeout_ms: int = 10000) -> bool:
        """Block until the thread ends (closing a dialog while its job still runs)."""
        return self._thread.wait(timeout_ms)


def _done(_progress: Progress) -> None:
    return None
