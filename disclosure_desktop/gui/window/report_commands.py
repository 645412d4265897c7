"""What the Report menu and the report list do with whole reports: new, example, next year's, import, duplicate,
delete. Each leaves the open report first (which waits for its last write) and then works on the database thread
through the workflows the command line uses too."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from disclosure_desktop import options
from disclosure_desktop.domain.formats import default_format_for_year
from disclosure_desktop.domain.report import Report
from disclosure_desktop.gui.window.host import ReportHost
from disclosure_desktop.messages import message
from disclosure_desktop.workflows import next_year
from disclosure_desktop.workflows.adding import add_report, replace_report, same_reports
from disclosure_desktop.workflows.example_report import example_report


class ReportCommands(QObject):
    def __init__(self, host: ReportHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        # A report is being created: a second click (a double-click on 新建报告) must not make a second one.
        self._creating = False

    def save_now(self) -> None:
        """Ctrl+S out of habit: there is no unsaved state, but wait until the last edit is on disk and say so."""
        autosave = self._host.session.autosave if self._host.session is not None else None
        if autosave is not None and autosave.wait():
            self._host.say(self.tr("Everything is saved."), 5000)

    def undo(self) -> None:
        if self._host.session is not None:
            self._host.session.edits.undo()

    def redo(self) -> None:
        if self._host.session is not None:
            self._host.session.edits.redo()

    def new_report(self) -> None:
        year = dt.date.today().year - 1  # January's report is about the year that just ended
        self.create_and_open(options.apply_agency_defaults(Report(default_format_for_year(year).id, "", year)))

    def new_example(self) -> None:
        self.create_and_open(example_report())

    def open_example(self) -> None:
        """Help ▸ Example report: the example already in the list, else a new one — never a second copy."""
        host = self._host

        def found(summaries: list) -> None:
            example = next((s for s in summaries if s.is_example), None)
            if example is None:
                self.new_example()
            elif host.session is None or host.session.report.id != example.id:
                host.open_report(example.id, "start")

        host.store.run(lambda store: store.list_reports(), found, what=self.tr("Open the example report"))

    def new_report_for_next_year(self, report_id: int | None = None) -> None:
        """Create and open the following year's report of `report_id` (the open report when None)."""
        host = self._host
        # The open report is read here, on the GUI thread that changes it; a listed one is loaded by the store.
        last = host.session.report if report_id is None and host.session else None
        if report_id is None and last is None:
            return

        def made(result: next_year.NextYear) -> None:
            if result.exists:
                answer = QMessageBox.question(
                    host.dialog_parent(), self.tr("New report for next year"),
                    self.tr("There is already a %1 report of %2. Create another one?")
                    .replace("%1", str(result.report.year)).replace("%2", result.report.agency or "—"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
                if answer != QMessageBox.StandardButton.Yes:
                    return
            self.create_and_open(result.report)

        host.store.run(lambda store: next_year.prepare(store, report_id, last=last), made,
                       what=self.tr("Start next year's report"))

    def create_and_open(self, report: Report) -> None:
        if self._creating or not self._host.leave_report():
            return
        self._creating = True

        def created(rid: int) -> None:
            self._creating = False
            self._host.open_report(int(rid), "start")

        def failed(error: Exception, what: str) -> None:
            self._creating = False
            self._host.store.on_error(error, what)

        self._host.store.run(lambda store: store.create(report), created, failed, what=self.tr("Create the report"))

    def import_report(self, path: Path | None = None) -> None:
        """Read a report from a Word file, web page, JSON or text, show what was recognised, then add it."""
        host = self._host
        # The dialog brings the readers of Word, web pages and PDFs (deferred.py): loaded now, not at the start.
        from disclosure_desktop.gui.dialogs.importing import (
            KEEP_BOTH,
            REPLACE,
            ImportDialog,
            ask_same_report,
            next_year_box,
        )

        dialog = ImportDialog(host.dialog_parent(), path)
        try:
            if path is None and not dialog.choose_file():
                return
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            report = dialog.imported_report()
            name = dialog.file_label.text()
        finally:
            dialog.deleteLater()
        if report is None or not host.leave_report():
            return

        def created(rid: int) -> None:
            if next_year_box(host.dialog_parent(), report).exec() == QMessageBox.StandardButton.Yes:
                self.new_report_for_next_year(int(rid))
            else:
                host.show_reports()

        def looked_up(same: list) -> None:
            choice = ask_same_report(host.dialog_parent(), report, same) if same else KEEP_BOTH
            if choice == KEEP_BOTH:
                # The agency may be missing from the file: the clerk types it on the start page.
                host.store.run(lambda store: add_report(store, report, require_agency=False), created,
                               what=self.tr("Import the report"))
            elif choice == REPLACE:
                rid = same[0].id
                kept_as = message("version.before_import") + (f" {name}" if name else "")
                host.store.run(lambda store: replace_report(store, rid, report, kept_as=kept_as,
                                                            require_agency=False),
                               created, what=self.tr("Import the report"))

        # An agency's report of that year is there already: replace it (kept as a version first), keep both, or
        # stop — never a silent duplicate.
        host.store.run(lambda store: same_reports(store, report) if report.agency else [], looked_up,
                       what=self.tr("Import the report"))

    def duplicate(self, report_id: int) -> None:
        self._host.store.run(lambda store: store.duplicate(report_id), self._done_in_list, self._failed_in_list,
                             what=self.tr("Duplicate the report"))

    def _done_in_list(self, _result: object) -> None:
        self._host.show_reports()

    def _failed_in_list(self, error: Exception, what: str) -> None:
        """A duplicate or a deletion the database refused (a locked or full disk): say why, then the list."""
        self._host.store.on_error(error, what)
        self._host.show_reports()

    def delete(self, report_id: int, title: str) -> None:
        host = self._host
        answer = QMessageBox.question(
            host.dialog_parent(), self.tr("Delete report"),
            self.tr("Delete the report 「%1」? This cannot be undone.").replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if host.session and host.session.report.id == report_id and not host.leave_report():
            return
        host.store.run(lambda store: store.delete(report_id), self._done_in_list, self._failed_in_list,
                       what=self.tr("Delete the report"))
