"""What the desk sends out: a unit opened with the remarks already sent to it, 退回修改 or 已通过 with the remarks
file written (and its 问题明细清单 beside it), the summary with the roll-up, and the issue lists of the units
chosen — each file written on a job by workflows/review_desk.py, never on the GUI thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog

from disclosure_desktop.domain.remarks import read_remarks
from disclosure_desktop.gui.desk.batch_dialog import SETTING_FOLDER, desk_folder
from disclosure_desktop.gui.desk.decision_dialog import SETTING_REVIEWER, DecisionDialog
from disclosure_desktop.gui.desk.jobs import DeskJobs
from disclosure_desktop.gui.desk.workspace import DeskWorkspace
from disclosure_desktop.gui.window.host import ReportHost
from disclosure_desktop.messages import ReportDataError
from disclosure_desktop.review.batch import MISSING, RETURNED, UnitReview
from disclosure_desktop.workflows import review_desk

FILES = "files"  # the kind of job that writes what the clerk asked for


class DeskOutputs(QObject):
    written = Signal(list)  # [Path]: files the clerk asked for are written
    decided = Signal(str, str)  # unit, status: recorded, its remarks file written

    def __init__(self, workspace: DeskWorkspace, host: ReportHost, jobs: DeskJobs,
                 batch_id: Callable[[], int | None]) -> None:
        super().__init__(workspace)
        self.view, self.host, self.jobs, self._batch_id = workspace, host, jobs, batch_id
        w = workspace
        w.export_button.clicked.connect(self.export_summary)
        w.lists_button.clicked.connect(lambda: self.export_issue_lists(w.selected_rows() or [
            r for r in w.shown_rows() if r.has_problems and r.status != MISSING]))
        w.unit_opened.connect(self.open_unit)
        w.unit.decide_requested.connect(self.decide)
        w.unit.undo_requested.connect(self.undo_decision)
        w.unit.issue_list_requested.connect(
            lambda suffix: self.export_issue_lists([w.unit.row] if w.unit.row else [], suffix,
                                                   {w.unit.row.name: w.unit.remark_lines()} if w.unit.row else {}))

    @property
    def batch_id(self) -> int | None:
        return self._batch_id()

    @property
    def review(self) -> Any:
        return self.view.review

    # --- a unit -----------------------------------------------------------------------------------------------

    def open_unit(self, row: UnitReview) -> None:
        self.view.show_unit(row)
        self._show_sent(row.name)

    def _show_sent(self, unit: str) -> None:
        batch_id = self.batch_id
        if batch_id is None:
            return

        def shown(remarks: Any) -> None:
            if self.view.unit.row is None or self.view.unit.row.name != unit:
                return
            lines = []
            for sent in remarks:
                try:
                    items = str(len(read_remarks(sent.content.encode("utf-8"), Path(sent.path).name).items))
                except ReportDataError:
                    items = "?"
                lines.append(self.tr("Sent %1: %2, %3 item(s), %4").replace(
                    "%1", sent.written_at.astimezone().strftime("%Y-%m-%d %H:%M")).replace("%2", sent.verdict)
                    .replace("%3", items).replace("%4", sent.path))
            self.view.unit.set_sent(lines)

        self.host.store.run(lambda store: review_desk.remarks_sent(store, batch_id, unit), shown,
                            what=self.tr("Read the remarks sent"))

    def decide(self, status: str) -> None:
        row, batch_id, review = self.view.unit.row, self.batch_id, self.review
        if row is None or batch_id is None or review is None or row.report is None:
            return
        issues = self.view.unit.current_issues()
        findings = sum(len(r.details) for r in issues.rows) if issues is not None else 0
        dialog = DecisionDialog(row.name, row.report.year, status == RETURNED, findings, self.host.dialog_parent())
        try:
            if dialog.exec() != DecisionDialog.DialogCode.Accepted:
                return
            path, list_path = dialog.path(), dialog.issue_list_path()
            reviewer, day = dialog.reviewer(), dialog.date()
        finally:
            dialog.deleteLater()
        remarks = self.view.unit.remark_lines()

        # On the database thread, as every export: the 清单's PDF loads faces, and a job's thread would take them
        # with it when it ends (see control._summed).
        self.host.store.run(lambda store: review_desk.decide(store, batch_id, row, status, path, region=review.region,
                                                             reviewer=reviewer, date=day, remarks=remarks,
                                                             issue_list_path=list_path),
                            self._decided, what=self.tr("Write the remarks file"))

    def _decided(self, decision: review_desk.Decision) -> None:
        if self.review is None:
            return
        self.view.replace_row(review_desk.with_status(self.review, decision.unit, decision.status)
                              .row(decision.unit))
        written = [decision.path] + ([decision.issue_list_path] if decision.issue_list_path else [])
        self.host.say(self.tr("%1: %2 — written %3").replace("%1", decision.unit)
                      .replace("%2", decision.issues.verdict).replace("%3", "、".join(str(p) for p in written)),
                      15000)
        self._show_sent(decision.unit)
        self.decided.emit(decision.unit, decision.status)
        self.written.emit(written)

    def undo_decision(self) -> None:
        row, batch_id = self.view.unit.row, self.batch_id
        if row is None or batch_id is None or self.review is None:
            return
        review = self.review
        self.host.store.run(lambda store: review_desk.undo_decision(store, batch_id, row.name),
                            lambda _none: self.view.replace_row(review_desk.with_status(review, row.name, "")
                                                                .row(row.name)),
                            what=self.tr("Undo the decision"))

    # --- files written --------------------------------------------------------------------------------------

    def export_summary(self) -> None:
        review = self.review
        if review is None:
            return
        start = str(Path(desk_folder()) / f"{review.year}年{review.region}年报审核汇总.xlsx")
        name, chosen = QFileDialog.getSaveFileName(self.host.dialog_parent(), self.tr("Export the summary"), start,
                                                   self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if not name:
            return
        path = _with_suffix(Path(name), ".csv" if "csv" in chosen.lower() else ".xlsx", review_desk.SUMMARY_SUFFIXES)
        rollup = self.view.rollup.rollup
        self.jobs.start(FILES, self.tr("Export the summary"),
                        lambda _s, _p: review_desk.export_summary(review, path, rollup), self._wrote, database=False)

    def export_issue_lists(self, rows: list[UnitReview], suffix: str = "",
                           remarks: dict[str, tuple[str, ...]] | None = None) -> None:
        review = self.review
        rows = [r for r in rows if r.status != MISSING and r.report is not None]
        if review is None or not rows:
            self.host.say(self.tr("Choose units that sent a report in the table first."))
            return
        stem = rows[0].name if len(rows) == 1 else f"{review.year}年{review.region}"
        start = str(Path(desk_folder()) / f"{stem}问题明细清单{suffix or '.pdf'}")
        filters = {".pdf": self.tr("PDF (*.pdf)"), ".docx": self.tr("Word document (*.docx)")}
        shown = [filters[suffix]] if suffix else list(filters.values())
        name, chosen = QFileDialog.getSaveFileName(self.host.dialog_parent(), self.tr("Export the issue lists"),
                                                   start, ";;".join(shown))
        if not name:
            return
        path = _with_suffix(Path(name), suffix or (".docx" if "docx" in chosen else ".pdf"),
                            review_desk.ISSUE_LIST_SUFFIXES)
        reviewer = str(QSettings().value(SETTING_REVIEWER, "") or "")
        lists = review_desk.issue_lists(rows, region=review.region, reviewer=reviewer, date=dt.date.today(),
                                        remarks=remarks or {})
        self.host.store.run(lambda _store: [review_desk.write_issue_lists(lists, path)], self._wrote,
                            what=self.tr("Export the issue lists"))

    def _wrote(self, paths: list[Path]) -> None:
        QSettings().setValue(SETTING_FOLDER, str(Path(paths[0]).parent))
        self.host.say(self.tr("Written: %1").replace("%1", "、".join(str(p) for p in paths)), 15000)
        self.written.emit(list(paths))


def _with_suffix(path: Path, default: str, known: tuple[str, ...]) -> Path:
    """The name typed, with the format's suffix added when the clerk typed none of the known ones."""
    return path if path.suffix.lower() in known else path.with_name(path.name + default)
