"""What follows an edit, in one place and in one order: write it, then check the report, then lay out the preview.

A burst of keys is one pass (QUIET_MS after the last key), but typing that never pauses still gets one every
MAX_WAIT_MS, so every edit is on disk within a second. The checks wait until the write is handed to the database
thread and (up to SAVE_WAIT_MS) done, and the preview's layout comes last: a layout holds Python's lock for tens
of milliseconds, and a write that waited for it was the autosave's 99th percentile. An undo or redo is one
deliberate step: its pass runs at once, the write handed over first but not waited for.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from disclosure_desktop.domain.edit_session import Edit, EditSession
from disclosure_desktop.runtime.autosave import Autosaver
from disclosure_desktop.runtime.checks_runner import ChecksRunner

QUIET_MS = 30
MAX_WAIT_MS = 500
SAVE_WAIT_MS = 200


class AfterEdit(QObject):
    """Runs save → check → preview after the edits of the open report; `layout` is the preview's request."""

    passed = Signal()  # one pass is done: the edits are handed over, checked, and the preview asked for

    def __init__(self, edits: EditSession, autosave: Autosaver | None, checks: ChecksRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._autosave = autosave
        self._checks = checks
        self._layout: Callable[[], None] | None = None
        self._stopped = False
        self._waiting = False
        self._quiet = self._timer(QUIET_MS, self.run_now)
        self._max_wait = self._timer(MAX_WAIT_MS, self.run_now)
        self._save_wait = self._timer(SAVE_WAIT_MS, self._saved)
        if autosave is not None:
            autosave.saved.connect(self._saved)
            autosave.failed.connect(self._saved)
            autosave.conflict.connect(self._saved)
        self._unsubscribe = edits.subscribe(self._edited)

    def _timer(self, interval: int, slot: Callable[[], None]) -> QTimer:
        timer = QTimer(self, singleShot=True, interval=interval)
        timer.timeout.connect(slot)
        return timer

    def set_layout(self, layout: Callable[[], None] | None) -> None:
        """The preview's request to lay its pages out again (None: no preview shows this report)."""
        self._layout = layout

    def stop(self) -> None:
        """The report is closed: no more passes."""
        self._stopped = True
        self._unsubscribe()
        for timer in (self._quiet, self._max_wait, self._save_wait):
            timer.stop()

    def _edited(self, edit: Edit) -> None:
        if self._stopped:
            return
        if edit.kind in ("undo", "redo", "load"):
            self.run_now(wait=False)
            return
        self._quiet.start()
        if not self._max_wait.isActive():
            self._max_wait.start()

    def run_now(self, wait: bool = True) -> None:
        """A pass now: hand the pending edits to the database thread; check and lay out once they are written
        (`wait` False: at once, for one deliberate step whose result the clerk watches for)."""
        if self._stopped:
            return
        self._quiet.stop()
        self._max_wait.stop()
        autosave = self._autosave
        if autosave is not None and autosave.has_unsaved and not autosave.failing and not autosave.conflicted:
            autosave.flush()
            if wait:
                self._waiting = True
                self._save_wait.start()  # a write that takes longer does not hold the checks and the preview
                return
        self._finish()

    def _saved(self, *_: object) -> None:
        if self._waiting and not self._stopped:
            self._waiting = False
            self._save_wait.stop()
            self._finish()

    def _finish(self) -> None:
        self._checks.run_now()
        if self._layout is not None:
            self._layout()
        self.passed.emit()
