"""The main window: the list of reports, and for the open report the section list, the wizard and the preview."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.domain.report import Cell, Report
from disclosure_desktop.gui import gc_guard
from disclosure_desktop.gui.autosave import ReportSession, StoreThread
from disclosure_desktop.gui.checks_controller import ChecksController, counts, fix_cells, markers, page_key, target_cell
from disclosure_desktop.gui.icons import app_icon, state_icon
from disclosure_desktop.gui.report_list import ReportListView
from disclosure_desktop.gui.wizard import ReportWizard, WizardPage

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
        self.session: ReportSession | None = None
        self.checks: ChecksController | None = None
        self.review: Any = None  # the ReviewPage of the open report
        self._problem_counts: dict[str, tuple[int, int]] = {}
        self.undo_stack = QUndoStack(self)
        self._db: Any = None

        self.stack = QStackedWidget()
        self.loading = QLabel(self.tr("Opening the database…"), alignment=Qt.AlignmentFlag.AlignCenter)
        self.reports = ReportListView()
        self.editor = QWidget(objectName="editorArea")
        self.stack.addWidget(self.loading)
        self.stack.addWidget(self.reports)
        self.stack.addWidget(self.editor)
        self.setCentralWidget(self.stack)

        self.sections = QListWidget(objectName="sectionList")
        self.sections.setMinimumWidth(220)
        self.sections.setWordWrap(True)
        self.sections.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.wizard = ReportWizard()
        self.banner = QLabel(objectName="exampleBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)
        centre_layout.addWidget(self.banner)
        centre_layout.addWidget(self.wizard, 1)
        from disclosure_desktop.gui.preview import PreviewPane

        self.preview = PreviewPane()
        self.preview.set_source(lambda: self.session.report if self.session else None)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sections)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([250, 660, 450])
        self.preview.setMinimumWidth(300)
        for index in range(3):
            self.splitter.setCollapsible(index, index == 2)
        layout = QVBoxLayout(self.editor)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.save_status = QLabel(objectName="saveStatus")
        self.statusBar().addPermanentWidget(self.save_status)
        self._make_actions()
        self._restore_geometry()

        self.sections.currentRowChanged.connect(self._section_chosen)
        self.wizard.currentChanged.connect(self._page_changed)
        self.wizard.finished.connect(self.show_reports)
        self.reports.open_requested.connect(self.open_report)
        self.reports.new_requested.connect(self.new_report)
        self.reports.example_requested.connect(self.new_example)
        self.reports.duplicate_requested.connect(self.duplicate_report)
        self.reports.next_year_requested.connect(self.new_report_for_next_year)
        self.reports.delete_requested.connect(self.delete_report)

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
        for action in (self.action_new, self.action_list):
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

    # --- actions ------------------------------------------------------------------------------------------

    def _make_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Report"))
        self.action_new = QAction(self.tr("&New report"), self, shortcut=QKeySequence.StandardKey.New)
        self.action_new.triggered.connect(self.new_report)
        self.action_list = QAction(self.tr("All &reports"), self, shortcut=QKeySequence("Ctrl+L"))
        self.action_list.triggered.connect(self.show_reports)
        self.action_quit = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit)
        self.action_quit.triggered.connect(self.close)
        self.action_export = QAction(self.tr("&Export…"), self, shortcut=QKeySequence("Ctrl+E"))
        self.action_export.triggered.connect(self.export_report)
        self.action_print_preview = QAction(self.tr("Print pre&view…"), self, shortcut=QKeySequence("Ctrl+Shift+P"))
        self.action_print_preview.triggered.connect(self.print_preview)
        self.action_print = QAction(self.tr("&Print…"), self, shortcut=QKeySequence.StandardKey.Print)
        self.action_print.triggered.connect(self.print_report)
        self.action_next_year = QAction(self.tr("New report for ne&xt year"), self)
        self.action_next_year.setStatusTip(self.tr("Start next year's report of this agency from this one"))
        self.action_next_year.triggered.connect(lambda: self.new_report_for_next_year())
        self.report_actions = [self.action_export, self.action_print_preview, self.action_print]
        for action in (self.action_new, self.action_next_year, self.action_list):
            menu.addAction(action)
        menu.addSeparator()
        for action in self.report_actions:
            menu.addAction(action)
        self.report_actions.append(self.action_next_year)
        for action in self.report_actions:
            action.setEnabled(False)
        menu.addSeparator()
        menu.addAction(self.action_quit)

        edit = self.menuBar().addMenu(self.tr("&Edit"))
        self.action_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit.addAction(self.action_undo)
        edit.addAction(self.action_redo)

        view = self.menuBar().addMenu(self.tr("&View"))
        self.action_preview = QAction(self.tr("&Preview"), self, checkable=True, checked=True,
                                      shortcut=QKeySequence("F9"))
        self.action_preview.toggled.connect(self.preview.setVisible)
        view.addAction(self.action_preview)
        language = view.addMenu(self.tr("&Language"))
        for code, name in (("zh", "中文"), ("en", "English")):
            action = language.addAction(name)
            action.setData(code)
            action.triggered.connect(lambda _=False, c=code: self._choose_language(c))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = help_menu.addAction(self.tr("&About"))
        about.triggered.connect(self._about)

    # --- leaving the program: export and print ----------------------------------------------------------

    def _current_problems(self) -> list[Problem]:
        if self.checks is None:
            return []
        self.checks.run_now()  # the list must describe the report as it is this moment
        return list(self.checks.problems)

    def export_report(self) -> None:
        if self.session is None:
            return
        from disclosure_desktop.gui.export_dialog import ExportDialog

        self.session.flush()
        dialog = ExportDialog(self.session.report, self._current_problems(), self)
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

    # --- the report list ----------------------------------------------------------------------------------

    def show_reports(self) -> None:
        self._leave_report()
        self.store.run(lambda store: store.list_reports(), self.reports.set_reports)
        self.stack.setCurrentWidget(self.reports)
        self.setWindowTitle(self.tr("Government Information Disclosure Annual Report"))

    def new_report(self) -> None:
        from disclosure_desktop.domain.formats import default_format_for_year

        year = dt.date.today().year - 1  # January's report is about the year that just ended
        report = Report(default_format_for_year(year).id, "", year)
        self._create_and_open(report)

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
        self._leave_report()
        self.store.run(lambda store: store.create(report), lambda rid: self._created(rid))

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
        if self.session and self.session.report.id == report_id:
            self._leave_report()
        self.store.run(lambda store: store.delete(report_id), lambda _: self.show_reports())

    # --- the open report ----------------------------------------------------------------------------------

    def open_report(self, report_id: int, page_key: str = "") -> None:
        self._leave_report()
        self.store.run(lambda store: store.load(report_id), lambda r: self._loaded(r, page_key))

    def _loaded(self, result: Any, page_key: str) -> None:
        if isinstance(result, Exception):
            QMessageBox.critical(self, self.windowTitle(), str(result))
            self.show_reports()
            self.ready.emit()
            return
        report: Report = result
        self.session = ReportSession(report, self.store, self)
        self.session.changed.connect(self._report_changed)
        self.session.saving.connect(lambda: self.save_status.setText(self.tr("Saving…")))
        self.session.saved.connect(self._saved)
        self.session.failed.connect(self._save_failed)
        self.checks = ChecksController(self.session, self.store, self.session)
        self.checks.updated.connect(self._checks_updated)
        self.checks.previous_loaded.connect(self._show_previous)
        self._build_pages()
        self.stack.setCurrentWidget(self.editor)
        index = max(self.wizard.index_of(page_key), 0)
        self.wizard.set_current(index)
        self.store.run(lambda store: store.set_state(STATE_REPORT, str(report.id)))
        self._update_banner()
        self._update_title()
        self.save_status.setText(self.tr("All changes are saved"))
        self.preview.refresh()
        for action in self.report_actions:
            action.setEnabled(True)
        self.report_opened.emit(report.id or 0)
        self.ready.emit()
        page = self.wizard.current_page()
        if page is not None:
            page.focus_first()

    def _build_pages(self) -> None:
        from disclosure_desktop.gui.page_review import ReviewPage
        from disclosure_desktop.gui.page_start import StartPage
        from disclosure_desktop.gui.page_table import TablePage
        from disclosure_desktop.gui.page_text import ClosingPage, PreamblePage, TextPage

        assert self.session is not None
        session = self.session
        pages: list[WizardPage] = [StartPage(session), PreamblePage(session)]
        for section in session.report.format.sections:
            pages.append(TablePage(session, section) if section.kind == "table" else TextPage(session, section))
        pages.append(ClosingPage(session))
        review = ReviewPage(list(pages))
        review.jump.connect(self.go_to_page)
        review.export_requested.connect(self.export_report)
        review.print_preview_requested.connect(self.print_preview)
        review.problem_activated.connect(self.go_to_problem)
        review.fix_requested.connect(self.apply_fix)
        self.review = review
        pages.append(review)
        self.wizard.set_pages(pages)
        with QSignalBlocker(self.sections):
            self.sections.clear()
            for page in pages:
                item = QListWidgetItem(page.title())
                self.sections.addItem(item)
                page.changed.connect(lambda p=page: self._refresh_state(p))
        for page in pages:
            self._refresh_state(page)
        if self.checks is not None:
            self._show_previous(self.checks.previous)
            self._checks_updated(self.checks.problems)

    def _show_previous(self, previous: Report | None) -> None:
        """Last year's text beside each narrative part (hidden where there is none)."""
        from disclosure_desktop.gui.page_text import TextPage

        for page in self.wizard.pages():
            if isinstance(page, TextPage):
                page.set_previous(previous)

    def go_to_page(self, key: str) -> None:
        index = self.wizard.index_of(key)
        if index >= 0:
            self.wizard.set_current(index)
            self.wizard.page(index).focus_first()

    # --- checks -------------------------------------------------------------------------------------------

    def _checks_updated(self, problems: list[Problem]) -> None:
        from disclosure_desktop.gui.page_table import TablePage

        cell_markers = markers(problems)
        self._problem_counts = counts(problems)
        for page in self.wizard.pages():
            if isinstance(page, TablePage):
                page.set_markers({cid: m for cid, m in cell_markers.items() if cid in page.editor.table.cells})
            self._refresh_state(page)
        if self.review is not None:
            self.review.set_problems(problems)
        self.checked.emit()

    def go_to_problem(self, problem: Problem) -> None:
        """Show the problem's page with the cursor on its cell, or in its text."""
        from disclosure_desktop.gui.page_table import TablePage
        from disclosure_desktop.gui.page_text import TextPage

        index = self.wizard.index_of(page_key(problem))
        if index < 0:
            return
        self.wizard.set_current(index)
        page = self.wizard.page(index)
        cell = target_cell(problem)
        if isinstance(page, TablePage):
            if cell and page.editor.focus_cell(cell):
                return
            if problem.rule != "SECTION-MISSING" and page.lead_in.toPlainText():
                page.lead_in.setFocus()  # a text rule about the sentence above the table
                return
        elif isinstance(page, TextPage):
            page.editor.setFocus()
            return
        page.focus_first()

    def apply_fix(self, problem: Problem) -> None:
        """Apply the offered repair as one step of the Edit menu's undo history."""
        if self.session is None or problem.fix is None:
            return
        before, after = fix_cells(self.session.report, problem)
        if before != after:
            self.undo_stack.push(_CellsCommand(self, problem.fix.label, before, after))

    def set_cells(self, cells: dict[str, Cell | None]) -> None:
        """Write cells from outside the table editors (fix, undo, redo): recorded, saved, shown and checked."""
        from disclosure_desktop.gui.page_table import TablePage

        if self.session is None:
            return
        copies = {cid: Cell(c.value, c.source) if c is not None else None for cid, c in cells.items()}
        self.session.record(Changes(cells=copies))
        for page in self.wizard.pages():
            if isinstance(page, TablePage) and set(copies) & set(page.editor.table.cells):
                page.editor.bind(self.session.report)
                page.changed.emit()
        if self.checks is not None:
            self.checks.run_now()

    def _refresh_state(self, page: WizardPage) -> None:
        row = self.wizard.pages().index(page) if page in self.wizard.pages() else -1
        item = self.sections.item(row)
        if item is None:
            return
        errors, warnings = self._problem_counts.get(page.key, (0, 0))
        marks = " ".join(m for m in (f"✖{errors}" if errors else "", f"⚠{warnings}" if warnings else "") if m)
        # On a line of its own, so that a long heading that is cut short never hides the counts.
        item.setText(f"{page.title()}\n{marks}" if marks else page.title())
        tips = []
        if errors:
            tips.append(self.tr("%1 error(s)").replace("%1", str(errors)))
        if warnings:
            tips.append(self.tr("%1 warning(s)").replace("%1", str(warnings)))
        item.setToolTip(page.title() + ("\n" + self.tr("Checks: %1").replace("%1", ", ".join(tips)) if tips else ""))
        if page.key != "review":
            item.setIcon(state_icon(page.state()))

    def _section_chosen(self, row: int) -> None:
        if row >= 0 and row != self.wizard.current_index():
            self.wizard.set_current(row)

    def _page_changed(self, index: int) -> None:
        with QSignalBlocker(self.sections):
            self.sections.setCurrentRow(index)
        if self.session is None:
            return
        self.session.flush()  # a page change is a natural save point
        page = self.wizard.page(index)
        key = page.key  # the database thread gets plain data, never a widget
        self.store.run(lambda store: store.set_state(STATE_PAGE, key))
        # A part scrolls to its heading; pages without one (start, opening, signature, review) to the top.
        self.preview.show_section(page.key.removeprefix("section:"))

    def _report_changed(self, changes: Changes) -> None:
        self.preview.schedule()
        if "format_id" in changes.fields:
            # Another format has other parts and tables: rebuild the pages, staying on the first one.
            QTimer.singleShot(0, self._rebuild_for_format)
        if {"agency", "year", "title"} & set(changes.fields):
            self._update_title()
            self.wizard.retitle()

    def _rebuild_for_format(self) -> None:
        self._build_pages()
        self.wizard.set_current(0)

    def _update_title(self) -> None:
        if self.session:
            self.setWindowTitle(f"{self.session.report.display_title} — " +
                                self.tr("Government Information Disclosure Annual Report"))

    def _update_banner(self) -> None:
        example = bool(self.session and self.session.report.is_example)
        self.banner.setText(self.tr("示例 Example report: every name and number in it is made up. "
                                    "Use it to look around; start your own with Report ▸ New report."))
        self.banner.setVisible(example)

    def _saved(self, when: float) -> None:
        stamp = time.strftime("%H:%M:%S", time.localtime(when))
        self.save_status.setText(self.tr("Saved at %1").replace("%1", stamp))

    def _save_failed(self, message: str) -> None:
        self.save_status.setText(self.tr("Not saved!"))
        QMessageBox.critical(self, self.tr("Could not save"),
                             self.tr("The last changes could not be written to %1:\n%2\n\n"
                                     "They are kept in this window and the program keeps trying to save "
                                     "them.").replace("%1", str(self.db_path)).replace("%2", message))

    def _leave_report(self) -> None:
        for action in getattr(self, "report_actions", []):
            action.setEnabled(False)
        if self.session is None:
            return
        self.undo_stack.clear()  # its steps belong to the report being closed
        if self.checks is not None:
            self.checks.stop()
            self.checks = None
        self._problem_counts = {}
        self.session.flush(final=True)
        self.session.deleteLater()
        self.session = None
        self.store.run(lambda store: store.set_state(STATE_REPORT, ""))

    # --- closing ------------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.session is not None and self.session.failing:
            answer = QMessageBox.warning(
                self, self.tr("Could not save"),
                self.tr("Some changes could not be written to %1 yet. If you close now they are lost.\n\n"
                        "Close anyway?").replace("%1", str(self.db_path)),
                QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Close:
                event.ignore()
                return
        if self.checks is not None:
            self.checks.stop()
        if self.session is not None:
            self.session.flush(final=True)
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


class _CellsCommand(QUndoCommand):
    """One repair: redo writes the new cells, undo the old ones; both are recorded, so autosave keeps them."""

    def __init__(self, window: MainWindow, text: str, before: dict[str, Cell | None],
                 after: dict[str, Cell | None]) -> None:
        super().__init__(text)
        self._window = window
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._window.set_cells(self._after)

    def undo(self) -> None:
        self._window.set_cells(self._before)
