"""The desk's long work off the GUI thread: each piece a runtime Job (its own thread, progress, finished on the GUI
thread), handed the report store when it reads or writes the database, and forgotten when a newer piece of the
same kind has started — the clerk who picks another batch meanwhile never sees the first one's result."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from disclosure_desktop.runtime.jobs import Job, Progress
from disclosure_desktop.runtime.store_thread import StoreThread

Work = Callable[[Any, Progress], Any]  # (the report store or None, progress) → result, on the job's thread
Done = Callable[[Any], None]
Progressed = Callable[[int, int, str], None]


class DeskJobs(QObject):
    def __init__(self, store: StoreThread, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._latest: dict[str, int] = {}
        self._running: set[Job] = set()
        self._closed = False  # the window is closing: nothing new starts (a job's thread must not outlive it)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def start(self, kind: str, what: str, work: Work, done: Done, *, database: bool = True,
              progressed: Progressed | None = None, failed: Callable[[], None] | None = None) -> None:
        """Run `work` on a job; `done(result)` on the GUI thread unless a newer job of `kind` started since.
        A failure is said through the window's one error path, then `failed()` (to put the screen right)."""
        number = self._latest.get(kind, 0) + 1
        self._latest[kind] = number
        if database:
            # The store itself is only a handle: the job uses it on its own thread, beside the database thread.
            self._store.run(lambda store: store, lambda store: self._begin(kind, number, what, work, done,
                                                                          store, progressed, failed),
                            lambda error, said: self._refused(error, said, failed), what=what)
        else:
            self._begin(kind, number, what, work, done, None, progressed, failed)

    def forget(self, kind: str) -> None:
        """The result of a job of `kind` still running is not wanted any more."""
        self._latest[kind] = self._latest.get(kind, 0) + 1

    def _begin(self, kind: str, number: int, what: str, work: Work, done: Done, store: Any,
               progressed: Progressed | None, failed: Callable[[], None] | None) -> None:
        if number != self._latest.get(kind) or self._closed:
            return
        job = Job(lambda progress: work(store, progress), what, self)
        if progressed is not None:
            job.progressed.connect(progressed)
        job.finished.connect(lambda ok, job=job: self._finished(kind, number, job, ok, done, failed))
        self._running.add(job)
        job.start()

    def _finished(self, kind: str, number: int, job: Job, ok: bool, done: Done,
                  failed: Callable[[], None] | None) -> None:
        self._running.discard(job)
        result, error, what = job.result, job.error, job.what
        job.result = None
        job.deleteLater()  # not deleted from inside its own signal
        if number != self._latest.get(kind):
            return
        if ok:
            done(result)
            return
        if error is not None:
            self._store.on_error(error, what)
        if failed is not None:
            failed()

    def _refused(self, error: Exception, what: str, failed: Callable[[], None] | None) -> None:
        self._store.on_error(error, what)
        if failed is not None:
            failed()

    def wait_all(self, timeout_ms: int = 30000, *, final: bool = True) -> None:
        """Every job ends before the database is closed under it; `final` (the window closes): none starts after."""
        self._closed = self._closed or final
        for job in list(self._running):
            job.cancel()
            job.wait(timeout_ms)
