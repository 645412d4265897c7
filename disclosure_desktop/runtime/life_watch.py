"""The open report's life after drafting (spec §12) as the window shows it: the state, whether the working copy
on screen differs from the signed version (after every edit, an undo included), the remarks still open and the
publication recorded — read from the database thread when the report opens and after each change of state."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QObject, Signal

from disclosure_desktop.domain.edit_session import Edit, EditSession
from disclosure_desktop.domain.life import LifeState, ReportLife, same_content
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.versions import VersionInfo
from disclosure_desktop.runtime.checks_runner import ChecksRunner
from disclosure_desktop.runtime.store_thread import StoreThread, quiet_failure


class LifeWatch(QObject):
    """`changed` after the facts were (re)read and whenever the working copy comes to differ from the signed
    version or to equal it again."""

    changed = Signal()

    def __init__(self, edits: EditSession, store: StoreThread | None, checks: ChecksRunner,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._edits = edits
        self._store = store
        self._checks = checks
        self.life: ReportLife | None = None
        self.signed_report: Report | None = None  # the latest signed version's content
        self.differs = False
        self._stopped = False
        self._request = 0
        self._unsubscribe = edits.subscribe(self._edited)
        self.reload()

    @property
    def state(self) -> LifeState:
        return self.life.state_if(self.differs) if self.life is not None else LifeState.DRAFT

    @property
    def signed(self) -> VersionInfo | None:
        return self.life.signed if self.life is not None else None

    @property
    def published_on(self) -> dt.date | None:
        return self.life.published_on if self.life is not None else None

    def stop(self) -> None:
        self._stopped = True
        self._unsubscribe()

    def reload(self) -> None:
        """Read the facts again (after 签发, 报送, remarks opened, 发布); the database thread runs calls in order,
        so what was just recorded is read."""
        report_id = self._edits.report.id
        if self._store is None or report_id is None:
            return
        self._request += 1
        request = self._request

        def read(store: Any) -> tuple[ReportLife, Report | None]:
            life = store.life(report_id)
            return life, store.load_version(life.signed.id) if life.signed is not None else None

        self._store.run(read, lambda found: self._loaded(request, found), quiet_failure, what="the report's life")

    def _loaded(self, request: int, found: tuple[ReportLife, Report | None]) -> None:
        if self._stopped or request != self._request:
            return
        self.life, self.signed_report = found
        self.differs = self._differs()
        remarks = self.life.remarks.items if self.life.remarks is not None else ()
        self._checks.set_life(self.life.published_on, remarks)
        self.changed.emit()

    def _differs(self) -> bool:
        signed = self.signed_report
        return signed is not None and not same_content(self._edits.report, signed)

    def _edited(self, edit: Edit) -> None:
        if self._stopped or self.signed_report is None:
            return
        differs = self._differs()
        if differs != self.differs:
            self.differs = differs
            self.changed.emit()
