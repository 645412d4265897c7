"""The open report kept up with other clerks' writes on a shared database (spec §14): their changes to keys this
clerk is not changing appear on screen as they are stored; a key both changed is held for the clerk's choice —
mine, theirs, or both (mine kept as a version) — and nothing is written over it until then."""

from __future__ import annotations

import copy
from enum import Enum
from typing import Any

from PySide6.QtCore import QObject, Signal

from disclosure_desktop.domain.merge import Clash, catch_up
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.versions import MANUAL
from disclosure_desktop.messages import message
from disclosure_desktop.runtime.open_report import OpenReport
from disclosure_desktop.runtime.store_thread import StoreThread, quiet_failure


class Keep(Enum):
    MINE = "mine"
    THEIRS = "theirs"
    BOTH = "both"  # theirs on screen and in the database, mine saved as a version first


class ReportSync(QObject):
    """One per open report; `caught_up(taken)` after their values were taken, `clashed` while a clash waits
    (the first in `clashes`), `settled` once every clash is decided."""

    caught_up = Signal(int)  # how many of their keys were taken
    clashed = Signal()
    settled = Signal()

    def __init__(self, session: OpenReport, store: StoreThread, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._store = store
        self.clashes: list[Clash] = []
        self._reading = False
        self._again = False
        autosave = session.autosave
        assert autosave is not None
        self._autosave = autosave
        autosave.catch_up = self.catch_up  # a write refused because they wrote first
        autosave.saved.connect(self._write_done)
        autosave.failed.connect(self._write_done)

    def catch_up(self, revision: int | None = None) -> None:
        """Read the report as stored and fold their changes in (`revision`: the one announced, None: find out)."""
        autosave = self._autosave
        if revision is not None and revision <= autosave.revision and not autosave.conflicted:
            return  # this program's own write, or one already read
        if self._reading or autosave.writing or self.clashes:
            self._again = True  # after the write in flight (or the clerk's choice), once more
            return
        rid = self._session.report.id
        self._reading = True
        self._store.run(lambda store: store.load(rid), self._read, self._unreadable, what="catch up")

    def _write_done(self, *_: object) -> None:
        if self._again and not self._autosave.writing:
            self._again = False
            self.catch_up()

    def _unreadable(self, error: Exception, what: str) -> None:
        self._reading = False
        if self._autosave.conflicted:  # deleted meanwhile, or the database fails: the whole-report choices
            self._autosave.conflict.emit(str(error))
        else:
            quiet_failure(error, what)

    def _read(self, stored: Report) -> None:
        self._reading = False
        autosave, edits = self._autosave, self._session.edits
        if self._session.autosave is None or stored.id != edits.report.id:
            return
        if autosave.writing:
            self._again = True
            return
        if stored.revision <= autosave.revision and not autosave.conflicted:
            return
        found = catch_up(autosave.stored, stored, edits.report, autosave.unsaved())
        autosave.caught_up(stored)
        if found.theirs:
            edits.take_theirs(found.theirs)
        self.caught_up.emit(len(found.theirs.keys()))
        self.clashes = found.clashes
        if self.clashes:
            autosave.conflicted = True  # nothing is written over their value until the clerk has chosen
            self.clashed.emit()
        else:
            autosave.release()
            self._write_done()

    def keep(self, choice: Keep) -> None:
        """The clerk's choice for the first clash; the next is shown, or the writes go on."""
        if not self.clashes:
            return
        clash = self.clashes.pop(0)
        if choice == Keep.BOTH:
            mine, rid = copy.deepcopy(self._session.report), self._session.report.id
            name = message("sync.mine_kept", field=clash.name(mine))
            self._store.run(lambda store: store.snapshot(rid, MANUAL, name, report=mine), what=name)
        if choice in (Keep.THEIRS, Keep.BOTH):
            self._autosave.forget(clash.only(None))
            self._session.edits.take_theirs(clash.only(clash.theirs))
        if self.clashes:
            self.clashed.emit()
            return
        self._autosave.release()
        self.settled.emit()
        self._write_done()

    def clash_text(self) -> tuple[str, str, str]:
        """The first clash as the clerk reads it: the field, my value, theirs."""
        clash, report = self.clashes[0], self._session.report
        return clash.name(report), _shown(clash.mine), _shown(clash.theirs)


def _shown(value: Any) -> str:
    text = getattr(value, "value", value)  # a table's Cell shows its value
    text = "" if text is None else str(text)
    return text if len(text) <= 60 else text[:57] + "…"
