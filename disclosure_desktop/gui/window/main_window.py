"""The main window: the list of reports, and for the open report the section list, the wizard and the preview."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QStackedWidget, QWidget

from disclosure_desktop import options
from disclosure_desktop.domain.edit_session import Edit
from disclosure_desktop.domain.report import Report
from disclosure_desktop.gui.dialogs.error import show_failure
from disclosure_desktop.gui.widgets.icons import app_icon
from disclosure_desktop.gui.widgets.screen_fit import restore_layout, save_layout
from disclosure_desktop.gui.window.desk_door import DeskDoor
from disclosure_desktop.gui.window.export_control import ExportControl
from disclosure_desktop.gui.window.help_control import HelpControl
from disclosure_desktop.gui.window.keyboard import KeyboardControl
from disclosure_desktop.gui.window.life_control import LifeControl
from disclosure_desktop.gui.window.menus import MainMenus
from disclosure_desktop.gui.window.presence_control import PresenceControl
from disclosure_desktop.gui.window.report_area import ReportArea
from disclosure_desktop.gui.window.report_commands import ReportCommands
from disclosure_desktop.gui.window.report_list import ReportListView
from disclosure_desktop.gui.window.save_flow import SaveFlow
from disclosure_desktop.gui.window.shared_control import SharedControl
from disclosure_desktop.gui.window.sync_control import SyncControl
from disclosure_desktop.gui.window.versions_control import VersionsControl
from disclosure_desktop.gui.wizard.wizard import PageState
from disclosure_desktop.messages import message
from disclosure_desktop.paths import shared_home
from disclosure_desktop.runtime import gc_guard
from disclosure_desktop.runtime.open_report import OpenReport
from disclosure_desktop.runtime.store_thread import StoreThread, quiet_failure

STATE_REPORT = "last_report"
STATE_PAGE = "last_page"
GEOMETRY = "window/geometry"  # QSettings key of the window's size, place and state
SPLITTER = "window/splitter"


class MainWindow(QMainWindow):
    """Shown at once on start; the database opens on its own thread and fills the window when ready."""

    ready = Signal()  # the database is open and the first view is shown (tests wait for it)
    report_opened = Signal(int)
    checked = Signal()  # the live checks ran and every page shows their result

    def __init__(self, db: Path | str) -> None:
        super().__init__()
        self._target(db)
        self.setWindowTitle(self.tr("Government Information Disclosure Annual Report"))
        self.setWindowIcon(app_icon())
        self.resize(1360, 860)
        self.store = StoreThread(self)
        self._db: Any = None
        self._opening: int | None = None  # the report being loaded

        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Opening the database…"), alignment=Qt.AlignmentFlag.AlignCenter)
        self.reports = ReportListView()
        self.area = ReportArea()
        for widget in (self.loading, self.reports, self.area):
            self.stack.addWidget(widget)
        self.setCentralWidget(self.stack)
        self.save_status = QLabel(objectName="saveStatus")
        self.statusBar().addPermanentWidget(self.save_status)
        self.saving = SaveFlow(self, self.store, self.db_path, self.save_status, self.area.save_alert)
        self.menus = MainMenus(self)
        self.sharing = SharedControl(self.menus, self, self)  # Report ▸ 连接共享数据库… / 使用本机数据库
        self.presence = PresenceControl(self, self.reports, self.statusBar(), self)  # 正在编辑: who else has it open
        self.store.on_error = self.show_failure  # the one way a failed operation reaches the clerk

        self.commands = ReportCommands(self, self)
        self.exports = ExportControl(self, self)
        self.versions = VersionsControl(self, self.exports, self)
        self.life = LifeControl(self, self.versions, lambda: self.area.go_to_page("review"), self)
        self.help = HelpControl(self, self.area, self)
        self.keys = KeyboardControl(self.menus, self.area, self, self)
        self.desk_door = DeskDoor(self.stack, self)  # the 公开办's review desk (gui/desk/), made when first opened
        self.sync = SyncControl(self, self.saving, self.reports, self.report_opened, self)  # a shared database
        self._connect()
        restore_layout(self, GEOMETRY, self.splitter, SPLITTER)  # as last closed, or 1360×860; inside the screen

    # The open report's parts, as tests and the other modules of the window name them.
    session = property(lambda self: self.area.session)
    checks = property(lambda self: self.area.checks)
    review = property(lambda self: self.area.review)
    wizard = property(lambda self: self.area.wizard)
    sections = property(lambda self: self.area.sections)
    preview = property(lambda self: self.area.preview)
    banner = property(lambda self: self.area.banner)
    splitter = property(lambda self: self.area.splitter)
    desk = property(lambda self: self.desk_door.workspace)
    desk_control = property(lambda self: self.desk_door.control)

    def _connect(self) -> None:
        a = self.menus
        a.new.triggered.connect(self.commands.new_report)
        a.next_year.triggered.connect(lambda: self.commands.new_report_for_next_year())
        a.list.triggered.connect(self.show_reports)
        a.desk.triggered.connect(self.show_desk)
        a.export.triggered.connect(self.export_report)
        a.log_folder.triggered.connect(self.help.open_log_folder)
        a.save_now.triggered.connect(self.commands.save_now)
        a.save_version.triggered.connect(self.versions.save_version)
        a.versions.triggered.connect(self.versions.open_versions)
        a.backups.triggered.connect(self.versions.open_backups)
        a.backups.setVisible(not self.shared)  # a server's backups are the administrator's (`backup -o`, pg_dump)
        a.submit.triggered.connect(self.life.submit)
        a.open_remarks.triggered.connect(lambda: self.life.open_remarks())
        a.publish.triggered.connect(self.life.publish)
        self.area.signed_bar.compare_requested.connect(self.life.compare_signed)
        self.area.signed_bar.restore_requested.connect(self.life.restore_signed)
        self.area.life_changed.connect(self._update_title)
        a.print_preview.triggered.connect(self.exports.print_preview)
        a.print.triggered.connect(self.exports.print_report)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self.commands.undo)
        a.redo.triggered.connect(self.commands.redo)
        for code, name in (("zh", "中文"), ("en", "English")):
            action = a.language.addAction(name)
            action.triggered.connect(lambda _=False, c=code: self.help.choose_language(c))
        a.about.triggered.connect(self.help.show_about)
        a.example.triggered.connect(self.commands.open_example)
        a.guide.triggered.connect(self.help.show_help)
        a.settings.triggered.connect(self.help.show_settings)
        self.area.checked.connect(self.checked)
        self.area.export_requested.connect(self.export_report)
        self.area.print_preview_requested.connect(self.exports.print_preview)
        self.area.wizard.currentChanged.connect(self._page_changed)
        self.area.wizard.finished.connect(self.finish_report)
        c, r = self.commands, self.reports
        a.import_.triggered.connect(lambda: c.import_report())
        r.new_requested.connect(c.new_report)
        r.example_requested.connect(c.new_example)
        r.duplicate_requested.connect(c.duplicate)
        r.next_year_requested.connect(c.new_report_for_next_year)
        r.delete_requested.connect(c.delete)
        r.desk_requested.connect(self.show_desk)

    # --- start-up -----------------------------------------------------------------------------------------

    def start(self) -> None:
        """Open the database off the GUI thread, then show the last report on its last page."""
        login, user_name = self.sharing.opening(self.db_target)  # a server's password, the clerk's name

        def open_store() -> Any:
            # SQLAlchemy loads here, on the database thread, while the window is already on screen (deferred.py).
            from disclosure_desktop.storage.database import Database
            from disclosure_desktop.storage.repository import ReportStore

            db = Database.open(login())  # a server's URL with the password from the keyring or the clerk
            db.retention = options.backup_retention()  # the clerk's setting, used when the file is closed
            return ReportStore(db, user_name=user_name)

        def first_view(store: Any) -> Any:
            return store.list_reports(), store.get_state(STATE_REPORT), store.get_state(STATE_PAGE)

        def opened(result: Any) -> None:
            self._db = result
            gc_guard.freeze_startup()  # SQLAlchemy and the store are loaded by now
            self.store.run(first_view, self._store_opened, self._open_failed, what=self.tr("Open the database"))

        self.store.open(open_store, opened, self._open_failed, what=self.tr("Open the database"))

    def _open_failed(self, error: Exception, _what: str = "") -> None:
        if self.sharing.ask_password(self.db_target, error):  # a refused login: the password asked, tried again
            return self.start()
        if getattr(error, "damaged", False):
            self.ready.emit()
            from disclosure_desktop.gui.dialogs.backup import offer_restore  # a dialog, on first use (deferred.py)
            if offer_restore(self, self.db_path, error):  # a good backup was put in place: open it
                self.start()
                return
        # Without a database there is nothing to create or list; the message stays in the window.
        for action in (self.menus.new, self.menus.list, self.menus.import_, self.menus.desk):
            action.setEnabled(False)
        self.loading.setText(str(error))
        self.loading.setWordWrap(True)
        self.ready.emit()
        QMessageBox.critical(self, self.windowTitle(), str(error))

    def _store_opened(self, result: Any) -> None:
        reports, last, page = result
        self.sync.start(self._db)
        self.saving.offer_journals(self.reports.set_reports)
        self.reports.set_reports(reports)
        ids = {r.id for r in reports}
        if last and last.isdigit() and int(last) in ids:
            self.open_report(int(last), page or "")
        else:
            self.show_reports()
            self.ready.emit()
        self.saving.offer_recovery(self.reports.set_reports)
        if (backup := getattr(getattr(self._db, "db", None), "backup", None)) is not None:
            self.statusBar().showMessage(message("db.migrated", backup=backup), 20000)  # says so, blocks nothing

    def release_database(self) -> None:
        """Close the file (a backup is about to replace it); `start` opens it again."""
        self.desk_door.close(final=False)
        self.presence.close()
        self.sync.stop()
        if self._db is not None:
            self.store.call_and_wait(lambda store: store.close())
            self._db = None
        self.stack.setCurrentWidget(self.loading)

    def _target(self, db: Path | str) -> None:
        # `db`: a file, or a server's URL (opened as such; its journal of unsent edits lives at `db_path`).
        self.db_target, self.shared = db, not isinstance(db, Path)
        self.db_path = shared_home(str(db)) if self.shared else Path(db)

    def switch_database(self, target: Path | str) -> None:
        """Reopen the window on another database (Report ▸ 连接共享数据库… / 使用本机数据库)."""
        if self.leave_report():
            self.release_database()
            self._target(target)
            self.saving.follow(self.db_path)
            self.start()

    # --- simple actions -----------------------------------------------------------------------------------

    def export_report(self) -> None:
        self.exports.export_working_copy(self.area.current_problems())

    def finish_report(self) -> None:
        """完成: where the report stands and the steps after it (export, 签发, 报送, 发布), then what the clerk
        chose."""
        session, review = self.session, self.area.review
        if session is None or review is None:
            return
        from disclosure_desktop.gui.dialogs.finish import Next, ask_next  # a dialog, on first use (deferred.py)
        self.area.current_problems()  # the checklist as of this moment
        unfinished = [p.title() for p in self.wizard.pages() if p is not review and p.state() != PageState.COMPLETE]
        choice = ask_next(session.report.display_title, review.checklist, unfinished, self)
        steps = {Next.EXPORT: self.export_report, Next.SIGN: self.versions.open_versions, Next.SUBMIT: self.life.submit,
                 Next.PUBLISH: self.life.publish, Next.LIST: self.show_reports}
        if (step := steps.get(choice)) is not None:
            step()

    # --- what the controllers use of the window (gui/window/host.py) ----------------------------------------

    def dialog_parent(self) -> QWidget:
        return self

    def say(self, text: str, timeout_ms: int = 8000) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def show_failure(self, error: Exception, what: str) -> None:
        """The one error path of the database thread: what failed, in words (and the log, for a fault)."""
        show_failure(self, what, error)

    undo = property(lambda self: self.commands.undo)  # Edit ▸ Undo / Redo, as tests call them

    def bring_forward(self) -> None:
        """A second start on the same database asked for this window."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    # --- the report list ----------------------------------------------------------------------------------

    def show_reports(self) -> None:
        if not self.leave_report():
            return
        self.store.run(lambda store: store.list_reports(), self.reports.set_reports, what=self.tr("List the reports"))
        self.stack.setCurrentWidget(self.reports)
        self.reports.focus_first()
        self.setWindowTitle(self.tr("Government Information Disclosure Annual Report"))

    def show_desk(self) -> None:
        """The 公开办's review desk in the report list's place (any open report closed first)."""
        if not self.leave_report():
            return
        self.stack.setCurrentWidget(self.desk)
        self.setWindowTitle(self.tr("Review desk") + " — " + self.tr("Government Information Disclosure Annual Report"))
        self.desk_control.enter()

    new_report_for_next_year = property(lambda self: self.commands.new_report_for_next_year)
    import_report = property(lambda self: self.commands.import_report)

    # --- the open report ----------------------------------------------------------------------------------

    def open_report(self, report_id: int, page_key: str = "") -> None:
        # A second Open of the report being opened or already open (a double-click, the list's Open clicked while
        # the last report is reopened at start) builds nothing again: the open one is shown, its undo history kept.
        if self._opening == report_id or self.area.show_open(report_id, page_key) or not self.leave_report():
            return
        self._opening = report_id
        self.store.run(lambda store: store.load(report_id), lambda r: self._loaded(r, page_key),
                       self._not_loaded, what=self.tr("Open the report"))

    def _not_loaded(self, error: Exception, what: str) -> None:
        self._opening = None
        # Not again at every start (a report of a later program version's format, say).
        self._remember(STATE_REPORT, "")
        self.show_failure(error, what)
        self.show_reports()
        self.ready.emit()

    def _remember(self, key: str, value: str) -> None:  # where the clerk was: a refusal costs nothing but that
        self.store.run(lambda store: store.set_state(key, value), failure=quiet_failure)

    def _loaded(self, report: Report, page_key: str) -> None:
        self._opening = None
        session = OpenReport(report, self.store, self)
        session.changed.connect(self._report_changed)
        self.saving.attach(session)
        self.area.show_report(session, page_key)
        self.help.settings_changed()
        self.stack.setCurrentWidget(self.area)
        self._remember(STATE_REPORT, str(report.id))
        self._update_title()
        for action in self.menus.for_report:
            action.setEnabled(True)
        self.menus.show_history(session.edits)
        self.report_opened.emit(report.id or 0)
        self.ready.emit()
        page = self.wizard.current_page()
        if page is not None:
            page.focus_first()

    def _report_changed(self, edit: Edit) -> None:
        self.menus.show_history(self.session.edits if self.session else None)
        if {"agency", "year", "title"} & set(edit.changes.fields) or edit.kind == "load":
            self._update_title()

    def _page_changed(self, index: int) -> None:
        if self.session is None:
            return
        self.session.edits.seal()
        if self.session.autosave is not None:
            self.session.autosave.flush()  # a page change is a natural save point
        key = self.wizard.page(index).key  # the database thread gets plain data, never a widget
        self._remember(STATE_PAGE, key)
        # A part scrolls to its heading; pages without one (start, opening, signature, review) to the top.
        self.preview.show_section(key.removeprefix("section:"))

    def _update_title(self) -> None:
        if self.session:  # the report, its state after drafting (spec §12), the program
            self.setWindowTitle(f"{self.session.report.display_title} — {self.life.state_text()} — " +
                                self.tr("Government Information Disclosure Annual Report"))

    # --- leaving a report: never with unsaved edits unless the clerk chose so -----------------------------

    def leave_report(self, forget: bool = True) -> bool:
        """Write what is pending and close the open report; False when the clerk chose to stay in it.

        `forget`: the next start shows the report list (False on closing: it reopens this report and page).
        """
        session = self.session
        if session is None:
            return True
        session.edits.seal()
        self.setFocus()  # an open cell editor commits what it holds (or keeps a refused text and says why)
        if not self.saving.leave():
            return False
        for action in self.menus.for_report:
            action.setEnabled(False)
        self.area.clear()
        self.presence.release()
        self.saving.detach()
        session.close()
        session.deleteLater()
        self.menus.show_history(None)
        if forget:
            self._remember(STATE_REPORT, "")
        return True

    # --- closing ------------------------------------------------------------------------------------------

    def terminate(self) -> None:
        """Log-out, shutdown or kill: close as the clerk would, but ask nothing (a copy is kept if saving fails)."""
        self.saving.terminating = True
        self.close()
        QApplication.quit()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.saving.check_elsewhere()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.leave_report(forget=False):
            event.ignore()
            return
        save_layout(self, GEOMETRY, self.splitter, SPLITTER)
        self.desk_door.close()  # an intake stops; its job ends before the database closes
        self.presence.close()
        self.sync.stop()  # so does the thread hearing the other programs' writes
        if self._db is not None:
            self.store.run(lambda store: store.close(), failure=quiet_failure)
        self.store.stop()
        event.accept()
