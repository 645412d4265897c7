"""The report open in the window: its edit session (the one writer), its autosave, its live checks and the
after-edit pass that runs them in order, and a Qt signal per change for the widgets."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from disclosure_desktop.domain.edit_session import EditSession
from disclosure_desktop.domain.report import Report
from disclosure_desktop.runtime.after_edit import AfterEdit
from disclosure_desktop.runtime.autosave import Autosaver
from disclosure_desktop.runtime.checks_runner import ChecksRunner
from disclosure_desktop.runtime.life_watch import LifeWatch
from disclosure_desktop.runtime.store_thread import StoreThread


class OpenReport(QObject):
    """Widgets read `report` and send steps to `edits`; `changed` carries each domain Edit to them."""

    changed = Signal(object)  # domain.edit_session.Edit

    def __init__(self, report: Report, store: StoreThread | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.edits = EditSession(report)
        # Autosave hears a change before any widget does: a widget's reaction never delays the save. A report
        # that is not stored (one widget tried on its own) has none.
        self.autosave = Autosaver(self.edits, store, self) if store is not None else None
        self.checks = ChecksRunner(self.edits, store, self)
        self.after_edit = AfterEdit(self.edits, self.autosave, self.checks, self)
        self.life = LifeWatch(self.edits, store, self.checks, self)  # 签发, 报送, remarks, 发布 (spec §12)
        self._unsubscribe = self.edits.subscribe(self.changed.emit)

    @property
    def report(self) -> Report:
        return self.edits.report

    def close(self) -> None:
        """The window lets the report go (everything was written, or the clerk chose to drop it)."""
        self._unsubscribe()
        self.after_edit.stop()
        self.life.stop()
        self.checks.stop()
        if self.autosave is not None:
            self.autosave.discard()
