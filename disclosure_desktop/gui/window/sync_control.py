"""The window on a shared database (spec §14): other clerks' writes heard every second (runtime/change_feed.py)
refresh the report list and catch the open report up (runtime/report_sync.py); a field both changed is shown on
the save bar with the choices mine / theirs / both; the status line says when the server cannot be reached."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, SignalInstance

from disclosure_desktop.gui.window.host import ReportHost
from disclosure_desktop.gui.window.report_list import ReportListView
from disclosure_desktop.gui.window.save_flow import SaveFlow
from disclosure_desktop.runtime.change_feed import GONE, PRESENCE, ChangeFeed
from disclosure_desktop.runtime.journal import Journal
from disclosure_desktop.runtime.open_report import OpenReport
from disclosure_desktop.runtime.report_sync import Keep, ReportSync
from disclosure_desktop.runtime.store_thread import quiet_failure


class SyncControl(QObject):
    def __init__(self, host: ReportHost, saving: SaveFlow, reports: ReportListView, opened: SignalInstance,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._saving = saving
        self._reports = reports
        self.feed: ChangeFeed | None = None
        self.sync: ReportSync | None = None
        self._session: OpenReport | None = None
        self.reachable = True
        self._list_again = QTimer(self, singleShot=True, interval=300)  # a burst of writes: one new list
        self._list_again.timeout.connect(self._refresh_list)
        opened.connect(self._opened)

    def start(self, store: Any) -> None:
        """The store is open: listen when it is a shared database (a file has one window, and no other writer)."""
        db = getattr(store, "db", None)
        if self.feed is None and db is not None and db.shared:
            self.feed = ChangeFeed(self._host.store, db.session, self)
            self.feed.changed.connect(self._changed)
            self.feed.reachable.connect(self._reachable)

    def stop(self) -> None:
        if self.feed is not None:
            self.feed.stop()
            self.feed = None

    def _opened(self, _report_id: int) -> None:
        session = self._host.session
        if self.feed is None or session is None or session.autosave is None:
            return
        self._session = session
        self.sync = ReportSync(session, self._host.store, session)  # goes with the report when it is closed
        journal = Journal(session, self._host.db_path, session)
        self._saving.keep_journal = journal.keep
        self.sync.clashed.connect(self._show_clash)
        self.sync.settled.connect(self._saving.alert.hide)
        self.sync.catch_up()  # what was written between the list and the opening

    def _current(self) -> ReportSync | None:
        if self.sync is not None and self._host.session is self._session:
            return self.sync
        return None

    def _changed(self, report_id: int, revision: int) -> None:
        sync, session = self._current(), self._host.session
        if sync is not None and session is not None and session.report.id == report_id and revision != PRESENCE:
            sync.catch_up(None if revision == GONE else revision)
        if self._reports.isVisible():
            self._list_again.start()

    def _refresh_list(self) -> None:
        if self._reports.isVisible():
            self._host.store.run(lambda store: store.list_reports(), self._reports.set_reports, quiet_failure)

    def _reachable(self, answered: bool) -> None:
        self.reachable = answered
        self._saving.away = "" if answered else self.tr(
            "The server cannot be reached: your changes are kept on this computer and written when it is back")
        if not answered:
            self._saving.status(self._saving.away, alarm=True)
            return
        self._saving.status(self.tr("Connected to the server again"))
        session = self._host.session
        if session is not None and session.autosave is not None and session.autosave.failing:
            session.autosave.failing = False
            session.autosave.flush()  # at once, not at the next pause between retries
        if self.sync is not None and self._current() is not None:
            self.sync.catch_up()  # what the others wrote while this program could not hear them

    def _show_clash(self) -> None:
        sync = self._current()
        if sync is None or not sync.clashes:
            return
        field, mine, theirs = sync.clash_text()
        empty = self.tr("(empty)")
        text = (self.tr("“%1” was changed by another clerk while you were changing it. Yours: %2 — theirs: %3.")
                .replace("%1", field).replace("%2", mine or empty).replace("%3", theirs or empty))
        self._saving.status(self.tr("Not saved: changed elsewhere"), alarm=True)
        self._saving.alert.show_alert(text, [(self.tr("Keep mine"), lambda: sync.keep(Keep.MINE)),
                                             (self.tr("Take theirs"), lambda: sync.keep(Keep.THEIRS)),
                                             (self.tr("Keep both (mine as a version)"), lambda: sync.keep(Keep.BOTH))])
