"""The main window: the list of reports, and for the open report the section list, the wizard and the preview."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox, QStackedWidget

from disclosure_desktop.domain.edit_session import Edit
from disclosure_desktop.domain.report import Report
from disclosure_desktop.gui import gc_guard
from disclosure_desktop.gui.icons import app_icon
from disclosure_desktop.gui.menus import MainMenus
from disclosure_desktop.gui.open_report import OpenReport
from disclosure_desktop.gui.report_area import ReportArea
from disclosure_desktop.gui.report_list import ReportListView
from disclosure_desktop.gui.save_flow import SaveFlow
from disclosure_desktop.gui.store_thread import StoreThread
from disclosure_desktop.gui.unsaved import recovery_copies

STATE_REPORT = "last_report"
STATE_PAGE = "last_page"


class MainWindow(QMainWindow):
    """Shown at once on start; the database opens on its own thread and fills the window when ready."""

    ready = Signal()  # the database is open and the first view is shown (tests wait for it)
    report_opened = Signal(int)
    checked = Signal()  # the live checks ran and every page shows their result

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self.db_path = db_path
        self.setWindowTitle(self.tr("Government Information Disclosure Annual Report"))
        self.setWindowIcon(app_icon())
        self.resize(1360, 860)
        self.store = StoreThread(self)
        self._db: Any = None

        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Opening the database…"), alignment=Qt.AlignmentFlag.AlignCenter)
        self.reports = ReportListView()
        self.area = ReportArea(self.store)
        for widget in (self.loading, self.reports, self.area):
            self.stack.addWidget(widget)
        self.setCentralWidget(self.stack)
        self.save_status = QLabel(objectName="saveStatus")
        self.statusBar().addPermanentWidget(self.save_status)
        self.saving = SaveFlow(self, self.store, db_path, self.save_status, self.area.save_alert)
        self.actions = MainMenus(self)
        self._connect()
        self._restore_geometry()

    # The open report's parts, as tests and the other modules of the window name them.
    session = property(lambda self: self.area.session)
    checks = property(lambda self: self.area.checks)
    review = property(lambda self: self.area.review)
    wizard = property(lambda self: self.area.wizard)
    sections = property(lambda self: self.area.sections)
    preview = property(lambda self: self.area.preview)
    banner = property(lambda self: self.area.banner)
    splitter = property(lambda self: self.area.splitter)

    def _connect(self) -> None:
        a = self.actions
        a.new.triggered.connect(self.new_report)
        a.next_year.triggered.connect(lambda: self.new_report_for_next_year())
        a.list.triggered.connect(self.show_reports)
        a.export.triggered.connect(self.export_report)
        a.print_preview.triggered.connect(self.print_preview)
        a.print.triggered.connect(self.print_report)
        a.quit.triggered.connect(self.close)
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        a.preview.toggled.connect(self.area.preview.setVisible)
        for code, name in (("zh", "中文"), ("en", "English")):
            action = a.language.addAction(name)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))
        a.about.triggered.connect(self._about)
        self.area.checked.connect(self.checked)
        self.area.export_requested.connect(self.export_report)
        self.area.print_preview_requested.connect(self.print_preview)
        self.area.wizard.currentChanged.connect(self._page_changed)
        self.area.wizard.finished.connect(self.show_reports)
        r = self.reports
        r.open_requested.connect(self.open_report)
        r.new_requested.connect(self.new_report)
        r.example_requested.connect(self.new_example)
        r.duplicate_requested.connect(self.duplicate_report)
        r.next_year_requested.connect(self.new_report_for_next_year)
        r.delete_requested.connect(self.delete_report)

    # --- start-up -----------------------------------------------------------------------------------------

    def start(self) -> None:
        """Open the database off the GUI thread, then show the last report on its last page."""
        path = self.db_path

        def open_store() -> Any:
            from disclosure_desktop.storage.database import Database
            from disclosure_desktop.storage.repository import ReportStore

            return ReportStore(Database.open(path))

        def first_view(store: Any) -> Any:
            return store.list_reports(), store.get_state(STATE_REPORT), store.get_state(STATE_PAGE)

        def opened(result: Any) -> None:
            if isinstance(result, Exception):
                self._open_failed(result)
            else:
                self._db = result
                gc_guard.freeze_startup()  # SQLAlchemy and the store are loaded by now
                self.store.run(first_view, self._store_opened)

        self.store.open(open_store, opened)

    def _open_failed(self, error: Exception) -> None:
        # Without a database there is nothing to create or list; the message stays in the window.
        for action in (self.actions.new, self.actions.list):
            action.setEnabled(False)
        self.loading.setText(str(error))
        self.loading.setWordWrap(True)
        self.ready.emit()
        QMessageBox.critical(self, self.windowTitle(), str(error))

    def _store_opened(self, result: Any) -> None:
        if isinstance(result, Exception):
            self._open_failed(result)
            return
        reports, last, page = result
        self.reports.set_reports(reports)
        ids = {r.id for r in reports}
        if last and last.isdigit() and int(last) in ids:
            self.open_report(int(last), page or "")
        else:
            self.show_reports()
            self.ready.emit()
        self._offer_recovery()

    def _offer_recovery(self) -> None:
        """Edits a forced end could not save were kept beside the database: bring them back as reports."""
        copies = recovery_copies(self.db_path)
        if not copies:
            return
        answer = QMessageBox.question(
            self, self.tr("Recovered changes"),
            self.tr("When the program was last ended, %1 report(s) had changes the database refused; they were "
                    "kept in %2. Add them to the list of reports now?").replace("%1", str(len(copies)))
            .replace("%2", str(copies[0].parent)))
        if answer != QMessageBox.StandardButton.Yes:
            return
        from disclosure_desktop.domain import jsonio

        def bring_back(store: Any) -> int:
            for path in copies:
                report = jsonio.loads(path.read_text("utf-8"))
                report.title = report.title or report.display_title
                store.create(report)
                path.rename(path.with_suffix(".imported"))
            return len(copies)

        self.store.run(bring_back, lambda _: self.show_reports() if self.session is None else None)

    # --- simple actions -----------------------------------------------------------------------------------

    def export_report(self) -> None:
        if self.session is None:
            return
        from disclosure_desktop.gui.export_dialog import ExportDialog

        self.session.autosave.flush()
        dialog = ExportDialog(self.session.report, self.area.current_problems(), self)
        if dialog.exec() and dialog.exported_to is not None:
            self.statusBar().showMessage(self.tr("Exported to %1").replace("%1", str(dialog.exported_to)), 8000)

    def print_preview(self) -> None:
        if self.session is None:
            return
        from disclosure_desktop.gui.print_preview import preview_dialog

        dialog = preview_dialog(self.session.report, self)
        dialog.resize(self.width() * 3 // 4, self.height())
        dialog.exec()

    def print_report(self) -> None:
        if self.session is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        from disclosure_desktop.export.pdf_export import paint_report

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setFullPage(True)
        printer.setDocName(self.session.report.display_title)
        if QPrintDialog(printer, self).exec():
            paint_report(self.session.report, printer)

    def undo(self) -> None:
        if self.session is not None:
            self.session.edits.undo()

    def redo(self) -> None:
        if self.session is not None:
            self.session.edits.redo()

    def _choose_language(self, code: str) -> None:
        QSettings().setValue("language", code)
        QMessageBox.information(self, self.windowTitle(),
                                self.tr("The language changes when the program is started again."))

    def _about(self) -> None:
        from disclosure_desktop import __version__

        QMessageBox.about(
            self, self.windowTitle(),
            self.tr("<b>disclosure_desktop</b> %1<br>Drafts, checks and publishes the annual report on "
                    "government information disclosure. Works offline; your reports stay in %2.")
            .replace("%1", __version__).replace("%2", str(self.db_path)),
        )

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
        self.store.run(lambda store: store.list_reports(), self.reports.set_reports)
        self.stack.setCurrentWidget(self.reports)
        self.setWindowTitle(self.tr("Government Information Disclosure Annual Report"))

    def new_report(self) -> None:
        from disclosure_desktop.domain.formats import default_format_for_year

        year = dt.date.today().year - 1  # January's report is about the year that just ended
        self._create_and_open(Report(default_format_for_year(year).id, "", year))

    def new_example(self) -> None:
        from disclosure_desktop.gui.example_report import example_report

        self._create_and_open(example_report())

    def new_report_for_next_year(self, report_id: int | None = None) -> None:
        """Create and open the following year's report of `report_id` (the open report when None)."""
        from disclosure_desktop.domain.next_year import next_year_report

        # The open report is read here, on the GUI thread that changes it; a listed one is loaded by the store.
        ready = next_year_report(self.session.report) if report_id is None and self.session is not None else None
        if report_id is None and ready is None:
            return

        def make(store: Any) -> tuple[Report, bool]:
            report = ready if ready is not None else next_year_report(store.load(report_id))
            exists = any(s.agency == report.agency and s.year == report.year and not s.is_example
                         for s in store.list_reports())
            return report, exists

        def made(result: Any) -> None:
            if isinstance(result, Exception):
                QMessageBox.critical(self, self.windowTitle(), str(result))
                return
            report, exists = result
            if exists:
                answer = QMessageBox.question(
                    self, self.tr("New report for next year"),
                    self.tr("There is already a %1 report of %2. Create another one?")
                    .replace("%1", str(report.year)).replace("%2", report.agency or "—"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
                if answer != QMessageBox.StandardButton.Yes:
                    return
            self._create_and_open(report)

        self.store.run(make, made)

    def _create_and_open(self, report: Report) -> None:
        if not self.leave_report():
            return
        self.store.run(lambda store: store.create(report), self._created)

    def _created(self, result: Any) -> None:
        if isinstance(result, Exception):
            QMessageBox.critical(self, self.windowTitle(), str(result))
            return
        self.open_report(int(result), "start")

    def duplicate_report(self, report_id: int) -> None:
        self.store.run(lambda store: store.duplicate(report_id), lambda _: self.show_reports())

    def delete_report(self, report_id: int, title: str) -> None:
        answer = QMessageBox.question(
            self, self.tr("Delete report"),
            self.tr("Delete the report 「%1」? This cannot be undone.").replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.session and self.session.report.id == report_id and not self.leave_report():
            return
        self.store.run(lambda store: store.delete(report_id), lambda _: self.show_reports())

    # --- the open report ----------------------------------------------------------------------------------

    def open_report(self, report_id: int, page_key: str = "") -> None:
        if not self.leave_report():
            return
        self.store.run(lambda store: store.load(report_id), lambda r: self._loaded(r, page_key))

    def _loaded(self, result: Any, page_key: str) -> None:
        if isinstance(result, Exception):
            QMessageBox.critical(self, self.windowTitle(), str(result))
            self.show_reports()
            self.ready.emit()
            return
        report: Report = result
        session = OpenReport(report, self.store, self)
        session.changed.connect(self._report_changed)
        self.saving.attach(session)
        self.area.show_report(session, page_key)
        self.stack.setCurrentWidget(self.area)
        self.store.run(lambda store: store.set_state(STATE_REPORT, str(report.id)))
        self._update_title()
        for action in self.actions.for_report:
            action.setEnabled(True)
        self.actions.show_history(session.edits)
        self.report_opened.emit(report.id or 0)
        self.ready.emit()
        page = self.wizard.current_page()
        if page is not None:
            page.focus_first()

    def _report_changed(self, edit: Edit) -> None:
        self.actions.show_history(self.session.edits if self.session else None)
        if {"agency", "year", "title"} & set(edit.changes.fields) or edit.kind == "load":
            self._update_title()

    def _page_changed(self, index: int) -> None:
        if self.session is None:
            return
        self.session.edits.seal()
        self.session.autosave.flush()  # a page change is a natural save point
        key = self.wizard.page(index).key  # the database thread gets plain data, never a widget
        self.store.run(lambda store: store.set_state(STATE_PAGE, key))
        # A part scrolls to its heading; pages without one (start, opening, signature, review) to the top.
        self.preview.show_section(key.removeprefix("section:"))

    def _update_title(self) -> None:
        if self.session:
            self.setWindowTitle(f"{self.session.report.display_title} — " +
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
        for action in self.actions.for_report:
            action.setEnabled(False)
        self.area.clear()
        self.saving.detach()
        session.close()
        session.deleteLater()
        self.actions.show_history(None)
        if forget:
            self.store.run(lambda store: store.set_state(STATE_REPORT, ""))
        return True

    # --- closing ------------------------------------------------------------------------------------------

    def terminate(self) -> None:
        """Log-out, shutdown or kill: close as the clerk would, but ask nothing (a copy is kept if saving fails)."""
        self.saving.terminating = True
        self.close()
        QApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.leave_report(forget=False):
            event.ignore()
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        if self._db is not None:
            self.store.run(lambda store: store.close())
        self.store.stop()
        event.accept()

    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)
