"""What the Report menu and the report list do with whole reports: new, example, next year's, import, duplicate,
delete. Each leaves the open report first (which waits for its last write) and then works on the database thread."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QMessageBox

from disclosure_desktop.domain.report import Report

if TYPE_CHECKING:
    from disclosure_desktop.gui.window.main_window import MainWindow


class ReportCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window

    def _fail(self, result: Any) -> bool:
        if isinstance(result, Exception):
            QMessageBox.critical(self._window, self._window.windowTitle(), str(result))
            return True
        return False

    def new_report(self) -> None:
        from disclosure_desktop import options
        from disclosure_desktop.domain.formats import default_format_for_year

        year = dt.date.today().year - 1  # January's report is about the year that just ended
        self.create_and_open(options.apply_agency_defaults(Report(default_format_for_year(year).id, "", year)))

    def new_example(self) -> None:
        from disclosure_desktop.workflows.example_report import example_report

        self.create_and_open(example_report())

    def new_report_for_next_year(self, report_id: int | None = None) -> None:
        """Create and open the following year's report of `report_id` (the open report when None)."""
        from disclosure_desktop.domain.next_year import next_year_report

        window = self._window
        # The open report is read here, on the GUI thread that changes it; a listed one is loaded by the store.
        ready = next_year_report(window.session.report) if report_id is None and window.session else None
        if report_id is None and ready is None:
            return

        def make(store: Any) -> tuple[Report, bool]:
            report = ready if ready is not None else next_year_report(store.load(report_id))
            exists = any(s.agency == report.agency and s.year == report.year and not s.is_example
                         for s in store.list_reports())
            return report, exists

        def made(result: Any) -> None:
            if self._fail(result):
                return
            report, exists = result
            if exists:
                answer = QMessageBox.question(
                    window, self.tr("New report for next year"),
                    self.tr("There is already a %1 report of %2. Create another one?")
                    .replace("%1", str(report.year)).replace("%2", report.agency or "—"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
                if answer != QMessageBox.StandardButton.Yes:
                    return
            self.create_and_open(report)

        window.store.run(make, made)

    def create_and_open(self, report: Report) -> None:
        window = self._window
        if not window.leave_report():
            return
        window.store.run(lambda store: store.create(report),
                         lambda rid: None if self._fail(rid) else window.open_report(int(rid), "start"))

    def import_report(self, path: Path | None = None) -> None:
        """Read a report from a Word file, web page, JSON or text, show what was recognised, then add it."""
        from disclosure_desktop.gui.dialogs.importing import ImportDialog, next_year_box

        window = self._window
        dialog = ImportDialog(window, path)
        if path is None and not dialog.choose_file():
            return
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        report = dialog.imported_report()
        if not window.leave_report():
            return

        def created(result: Any) -> None:
            if self._fail(result):
                return
            if next_year_box(window, report).exec() == QMessageBox.StandardButton.Yes:
                self.new_report_for_next_year(int(result))
            else:
                window.show_reports()

        window.store.run(lambda store: store.create(report), created)

    def duplicate(self, report_id: int) -> None:
        self._window.store.run(lambda store: store.duplicate(report_id), self._done_in_list)

    def _done_in_list(self, result: Any) -> None:
        """A duplicate or a deletion came back: say why if it failed (a locked or full disk), then the list."""
        self._fail(result)
        self._window.show_reports()

    def delete(self, report_id: int, title: str) -> None:
        window = self._window
        answer = QMessageBox.question(
            window, self.tr("Delete report"),
            self.tr("Delete the report 「%1」? This cannot be undone.").replace("%1", title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if window.session and window.session.report.id == report_id and not window.leave_report():
            return
        window.store.run(lambda store: store.delete(report_id), self._done_in_list)
