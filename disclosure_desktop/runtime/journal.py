"""The recovery journal of an open report on a shared database (spec §14): while edits have not reached the
server (it is away, or slow), the report on screen is on this computer's disk within a second of the edit —
beside the data folder, with the state it was last stored in — and the journal goes once every edit is stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from disclosure_desktop.domain.edit_session import Edit
from disclosure_desktop.runtime.open_report import OpenReport
from disclosure_desktop.workflows.recovery import remove_journal, write_journal

# After an edit, how long a write to the server may take before the report is kept on disk as well (the promise:
# every edit on disk within a second, as with a file).
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
        autosave.saved.connect(self._stored)
        self._unsubscribe = session.edits.subscribe(self._edited)
        session.destroyed.connect(self._unsubscribe)

    def _edited(self, edit: Edit) -> None:
        if edit.kind != "load" and not self._timer.isActive():
            self._timer.start()  # not restarted by later edits: typing without a pause is kept as often

    def keep(self) -> None:
        """On disk now, when anything is not in the database yet."""
        if self._autosave.has_unsaved or self._autosave.conflicted:
            self.kept = write_journal(self._db_path, self._autosave.stored, self._session.report) is not None

    def _stored(self, _when: float) -> None:
        rid = self._session.report.id
        if self.kept and rid is not None and not self._autosave.has_unsaved:
            remove_journal(self._db_path, rid)
            self.kept = False
