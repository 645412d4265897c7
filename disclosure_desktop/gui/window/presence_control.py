"""Who has a report open on a shared database (spec §14 “张三 正在编辑 · 表三 · 10:42”): this window announces
the report it has open and the part it is on (storage/presence.py, on the database thread; the server frees it when
the program dies), shows the others' in the report list and under the open report, and says so before the clerk
opens a report someone else has open. A file has nobody else: nothing runs for it."""

from __future__ import annotations

import datetime as dt
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QMessageBox, QStatusBar, QWidget

from disclosure_desktop.gui.window.report_list import ReportListView
from disclosure_desktop.gui.wizard.wizard import ReportWizard
from disclosure_desktop.runtime.open_report import OpenReport
from disclosure_desktop.runtime.store_thread import StoreThread, quiet_failure

REFRESH_MS = 5000  # how often the marks are read again (the watcher's notes, where they come, are sooner)


class PresenceHost(Protocol):
    store: StoreThread
    ready: SignalInstance  # the database is open (or said why not) and the first view is shown
    report_opened: SignalInstance  # the window opened a report (its id)

    @property
    def session(self) -> OpenReport | None: ...

    @property
    def wizard(self) -> ReportWizard: ...

    def dialog_parent(self) -> QWidget: ...

    def open_report(self, report_id: int, page_key: str = "") -> None: ...


class PresenceControl(QObject):
    """The 正在编辑 marks of the list and the window, and this window's own presence."""

    refreshed = Signal()  # the marks were read again and shown (tests wait for it)

    def __init__(self, host: PresenceHost, reports: ReportListView, status_bar: QStatusBar,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._reports = reports
        self._mark = QLabel(objectName="presenceMark")  # in the status bar: who else has the open report open
        self._mark.hide()
        status_bar.insertPermanentWidget(0, self._mark)
        reports.open_requested.connect(self.open_from_list)
        host.ready.connect(self._database_opened)
        host.report_opened.connect(lambda report_id: self.hold(report_id, self._part()))
        host.wizard.currentChanged.connect(self._page_changed)
        self._shared = False
        self._user_name = ""
        self._presence: Any = None  # storage's Presence, made and used on the database thread only
        self._held: int | None = None  # the report this window announces
        self._timer = QTimer(self, interval=REFRESH_MS)
        self._timer.timeout.connect(self.refresh)

    def _database_opened(self) -> None:
        """The window is ready: whether its store is a server's, and whose, is asked of the store itself (a window
        that could not open its database has none: nothing to show)."""
        self._host.store.run(lambda store: (store.db.shared, store.user_name) if store is not None else (False, ""),
                             lambda facts: self.opened(*facts), quiet_failure)

    def opened(self, shared: bool, user_name: str) -> None:
        """The database is open: on a server, read the marks now and every few seconds."""
        if (shared, user_name) == (self._shared, self._user_name) and self._timer.isActive() == shared:
            return  # `ready` comes again with every report opened
        self._shared, self._user_name = shared, user_name
        self._reports.show_presence(shared)
        if shared:
            self._timer.start()
            session = self._host.session
            if session is not None and session.report.id is not None and self._held is None:
                self.hold(session.report.id, self._part())  # opened before the store said it was a server's
            self.refresh()

    def _part(self) -> str:
        page = self._host.wizard.current_page()
        return page.title() if page is not None else ""

    def _page_changed(self, index: int) -> None:
        session = self._host.session
        if session is not None and session.report.id is not None:
            self.hold(session.report.id, self._host.wizard.page(index).title())

    def hold(self, report_id: int, part: str) -> None:
        """The clerk opened `report_id` (or moved to `part` of it): the others are told."""
        if not self._shared:
            return
        name, moving = self._user_name, self._held == report_id
        self._held = report_id

        def announce(store: Any) -> bool:
            if self._presence is None:
                from disclosure_desktop.storage.presence import Presence  # on the database thread (deferred.py)

                self._presence = Presence(store.db, name)
            return bool(self._presence.move(report_id, part) if moving else self._presence.hold(report_id, part))

        self._host.store.run(announce, lambda _held: self.refresh(), quiet_failure)

    def release(self) -> None:
        """The report was closed: the others stop seeing it open."""
        report_id, self._held = self._held, None
        self._mark.hide()
        if report_id is None or not self._shared:
            return
        self._host.store.run(lambda _store: self._presence and self._presence.release(report_id),
                             failure=quiet_failure)

    def close(self) -> None:
        """Before the database closes: every presence let go, the connection that held it closed."""
        self._timer.stop()
        self._shared, self._held = False, None
        self._mark.hide()
        presence, self._presence = self._presence, None
        if presence is not None:
            self._host.store.run(lambda _store: presence.close(), failure=quiet_failure)

    def refresh(self) -> None:
        """Read who has which report open (a lost lock is taken again first) and show it."""
        if not self._shared:
            return

        def read(store: Any) -> tuple[str, list[Any]]:
            if self._presence is not None:
                self._presence.refresh()  # after a lost connection: announce again what is open here
            return store.db.session, store.holders()

        self._host.store.run(read, self._show, quiet_failure)

    def _show(self, result: tuple[str, list[Any]]) -> None:
        own, holders = result
        others = [h for h in holders if h.session != own]
        marks: dict[int, list[str]] = {}
        for holder in others:
            marks.setdefault(holder.report_id, []).append(mark_text(holder))
        self._reports.set_presence({rid: "；".join(texts) for rid, texts in marks.items()})
        here = marks.get(self._held) if self._held is not None else None
        self._mark.setText(self.tr("Also open: %1").replace("%1", "；".join(here)) if here else "")
        self._mark.setVisible(bool(here))
        self.refreshed.emit()

    # --- opening a report someone else has open ------------------------------------------------------------

    def open_from_list(self, report_id: int) -> None:
        """The list's Open: on a server, who else has it open is read first and said; the clerk may open it all
        the same (their edits are written revision-checked, a clash shown)."""

        def read(store: Any) -> list[Any]:
            # Asked of the store, not of `_shared`: a click before the store's answer to `opened` came is queued
            # behind that answer on the database thread, and a file's store runs no statement for it.
            if store is None or not store.db.shared:
                return []
            return [h for h in store.holders(report_id) if h.session != store.db.session]

        self._host.store.run(read, lambda others: self._confirm_open(report_id, others),
                             lambda _error, _what: self._host.open_report(report_id))

    def _confirm_open(self, report_id: int, others: list[Any]) -> None:
        if others and not self._open_anyway(others):
            return
        self._host.open_report(report_id)

    def _open_anyway(self, others: list[Any]) -> bool:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Report open elsewhere"),
                          self.tr("This report is open on another computer: %1.").replace(
                              "%1", "；".join(mark_text(h) for h in others)),
                          parent=self._host.dialog_parent())
        box.setObjectName("openElsewhere")
        box.setInformativeText(self.tr("You can both work on it: each change is saved on its own, and a field you "
                                       "both changed is shown to you to choose which to keep."))
        open_button = box.addButton(self.tr("&Open all the same"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(open_button)
        box.exec()
        chosen = box.clickedButton() is open_button
        box.deleteLater()
        return chosen


def mark_text(holder: Any) -> str:
    """“张三 正在编辑 · 表三 · 10:42”: who, where, since when (local time)."""
    since: dt.datetime = holder.since.astimezone()
    who = holder.user_name or QCoreApplication.translate("PresenceControl", "a colleague")
    parts = [QCoreApplication.translate("PresenceControl", "%1 is editing").replace("%1", who)]
    if holder.part:
        parts.append(holder.part)
    parts.append(f"{since.hour:02d}:{since.minute:02d}")
    return " · ".join(parts)
