"""Keeps every edit in the database, off the GUI thread, so there is never unsaved work.

Edits gather until the after-edit pass (runtime/after_edit.py) hands them over, within a second of the first.
One batch is written at a time; a batch that fails goes back in front of the newer edits and is tried again. A
batch refused because another writer changed the report waits for the clerk.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

from PySide6.QtCore import QDeadlineTimer, QEventLoop, QObject, QTimer, Signal

from disclosure_desktop.domain.changes import Changes, current_values, whole_report
from disclosure_desktop.domain.edit_session import Edit, EditSession
from disclosure_desktop.domain.report import Report
from disclosure_desktop.runtime.store_thread import FAILED_CHANGED, FAILED_WRITE, StoreThread

# After a failed write (a full disk, a file another program holds locked), try again after these pauses.
RETRY_MS = (1000, 2000, 5000)


class Autosaver(QObject):
    saving = Signal()
    saved = Signal(float)  # every edit so far is on disk, at this time
    failed = Signal(str)  # the first failure of a run of failures, in the clerk's words
    conflict = Signal(str)  # another writer changed (or deleted) the report: the clerk must choose

    def __init__(self, edits: EditSession, store: StoreThread, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._edits = edits
        self._store = store
        self._pending = Changes()
        self._in_flight: Changes | None = None
        self._retries = 0
        self.revision = edits.report.revision
        self.failing = False
        self.conflicted = False
        self.reason = ""
        self._force = False  # the next batch is written over whatever is stored (the clerk chose so)
        # The report as stored at `revision` (what another clerk's write is compared with: domain/merge.py).
        self.stored: Report = copy.deepcopy(edits.report)
        # Set on a shared database: a write refused because another clerk wrote first catches up field by field
        # (runtime/report_sync.py) instead of asking about the whole report.
        self.catch_up: Callable[[], None] | None = None
        self._retry = QTimer(self, singleShot=True, interval=RETRY_MS[0])
        self._retry.timeout.connect(self.flush)
        store.saved.connect(self._on_saved)
        store.failed.connect(self._on_failed)
        edits.subscribe(self._edited)

    @property
    def report_id(self) -> int | None:
        return self._edits.report.id

    @property
    def has_unsaved(self) -> bool:
        return bool(self._pending) or self._in_flight is not None

    @property
    def writing(self) -> bool:
        return self._in_flight is not None

    def unsaved(self) -> Changes:
        """The keys not in the database yet (the batch in flight included), at their values on screen."""
        keys = self._pending.copy()
        if self._in_flight is not None:
            keys.add_missing(self._in_flight)
        return current_values(self._edits.report, keys)

    def caught_up(self, stored: Report) -> None:
        """Another clerk's write was read (runtime/report_sync.py): later writes go over it."""
        self.stored = copy.deepcopy(stored)
        self.revision = stored.revision

    def forget(self, keys: Changes) -> None:
        """The clerk took the other clerk's values for these keys: nothing of them is to be written."""
        for pending, dropped in zip(self._pending.parts(), keys.parts(), strict=True):
            for key in dropped:
                pending.pop(key, None)

    def release(self) -> None:
        """Every clash is settled: write what is left over the revision read last."""
        self.conflicted = False
        self.flush()

    def _edited(self, edit: Edit) -> None:
        if edit.kind == "load":  # the report as stored: nothing of it is unsaved
            self._pending = Changes()
            self.revision = self._edits.report.revision
            self.stored = copy.deepcopy(self._edits.report)
            self.conflicted = self.failing = False
            return
        if edit.kind == "merge":  # the other clerk's values are stored; totals recomputed over them are not
            now, stored = current_values(self._edits.report, edit.changes), current_values(self.stored, edit.changes)
            for part, was, value in zip(self._pending.parts(), stored.parts(), now.parts(), strict=True):
                part.update({key: v for key, v in value.items() if was.get(key) != v})
            return
        self._pending.merge(edit.changes)

    def flush(self) -> None:
        """Send the pending edits to the database thread now (unless a write is in flight or the clerk must choose)."""
        if not self._pending or self.report_id is None or self._in_flight is not None or self.conflicted:
            return
        self._retry.stop()
        batch, self._pending = self._pending, Changes()
        self._in_flight = batch
        expected = None if self._force else self.revision
        self.saving.emit()
        self._store.apply(self.report_id, batch, expected)

    def overwrite(self) -> None:
        """After a conflict: write the whole report as it is on screen over what the other writer stored."""
        self._pending = whole_report(self._edits.report)
        self._force, self.conflicted = True, False
        self.flush()

    def discard(self) -> None:
        """The clerk chose to leave without the unsaved edits: forget them (they are not written)."""
        self._pending = Changes()
        self._retry.stop()

    def wait(self, timeout_ms: int = 10000) -> bool:
        """Write what is pending and wait for it; True when every edit is on disk (False: failing or refused)."""
        self.flush()
        deadline = QDeadlineTimer(timeout_ms)
        loop = QEventLoop()
        while self.has_unsaved and not self.conflicted and not deadline.hasExpired():
            if self.failing and self._in_flight is None:
                break  # the write failed again: the clerk decides what happens next
            loop.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50)
        return not self.has_unsaved

    def retry(self) -> bool:
        """Try the failed write again at once and wait for it."""
        self.failing = False
        return self.wait()

    def _on_saved(self, report_id: int, revision: int, when: float) -> None:
        if report_id != self.report_id or self._in_flight is None:
            return
        self._in_flight.apply_to(self.stored)
        self._in_flight = None
        self.revision = self.stored.revision = revision
        self._force = False
        self._retries = 0
        self.failing = False
        if self._pending:
            self.flush()
        else:
            self.saved.emit(when)

    def _on_failed(self, report_id: int, kind: str, reason: str) -> None:
        if report_id != self.report_id or self._in_flight is None:
            return
        restored, self._in_flight = self._in_flight, None
        restored.merge(self._pending)  # newer edits win over the batch they follow
        self._pending = restored
        self.reason = reason
        if kind != FAILED_WRITE:
            self.conflicted = True
            if kind == FAILED_CHANGED and self.catch_up is not None:
                self.catch_up()  # field by field: only a key both clerks changed is asked about
            else:
                self.conflict.emit(reason)
            return
        self._retry.start(RETRY_MS[min(self._retries, len(RETRY_MS) - 1)])
        self._retries += 1
        if not self.failing:
            self.failing = True
            self.failed.emit(reason)
