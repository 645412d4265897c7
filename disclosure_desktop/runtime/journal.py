"""The recovery journal of an open report on a shared database (spec §14): while edits cannot reach the server
(it is away, or a write hangs), the report on screen is on this computer's disk within a second — beside the data
folder, with the state it was last stored in — and the journal goes once every edit is stored.

While the server answers, edits reach it within a second by themselves (runtime/autosave.py) and nothing is
written here: the journal is for the time a write fails or takes long."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from disclosure_desktop.domain.edit_session import Edit
from disclosure_desktop.runtime.open_report import OpenReport
from disclosure_desktop.workflows.recovery import remove_journal, write_journal

# How long a write may take before the report is kept on disk as well (the promise: every edit on disk within a
# second, as with a file).
KEEP_AFTER_MS = 400


class Journal(QObject):
    def __init__(self, session: OpenReport, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._db_path = db_path
        self.kept = False  # a journal of this report is on disk now
        self._timer = QTimer(self, singleShot=True, interval=KEEP_AFTER_MS)
        self._timer.timeout.connect(self.keep)
        autosave = session.autosave
        assert autosave is not None
        self._autosave = autosave
        autosave.saving.connect(self._soon)  # a write that is still under way then is kept meanwhile
        autosave.failed.connect(lambda _reason: self.keep())
        autosave.saved.connect(self._stored)
        # Never unsubscribed: the edit session goes with the report.
        session.edits.subscribe(self._edited)

    def _soon(self) -> None:
        if not self._timer.isActive():
            self._timer.start()  # not restarted by later edits: typing without a pause is kept as often

    def _edited(self, edit: Edit) -> None:
        if edit.kind != "load" and (self._autosave.failing or self._autosave.conflicted or self.kept):
            self._soon()

    def keep(self) -> None:
        """On disk now, when the database has not taken everything and cannot at the moment."""
        autosave = self._autosave
        if autosave.has_unsaved and (autosave.failing or autosave.conflicted or autosave.writing or self.kept):
            self.kept = write_journal(self._db_path, autosave.stored, self._session.report) is not None

    def _stored(self, _when: float) -> None:
        rid = self._session.report.id
        if self.kept and rid is not None and not self._autosave.has_unsaved:
            remove_journal(self._db_path, rid)
            self.kept = False
