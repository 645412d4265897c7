"""What the desk's workspace does when the clerk acts: batches listed, created and deleted on the database thread;
files taken in, batches checked and roll-ups summed on jobs (workflows/review_desk.py does each), doubtful names
confirmed — the window's host gives it the database, dialogs and the status bar, never its widgets. What the desk
sends out is gui/desk/outputs.py's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox

from disclosure_desktop.charts.faces import chart_faces
from disclosure_desktop.gui.desk.batch_dialog import SETTING_FOLDER, BatchDialog, desk_folder
from disclosure_desktop.gui.desk.doubtful_dialog import DoubtfulDialog
from disclosure_desktop.gui.desk.jobs import DeskJobs
from disclosure_desktop.gui.desk.outputs import DeskOutputs
from disclosure_desktop.gui.desk.workspace import DeskWorkspace
from disclosure_desktop.gui.window.host import ReportHost
from disclosure_desktop.review.batch import MISSING, BatchReview
from disclosure_desktop.review.intake import CancelToken, DuplicateFile
from disclosure_desktop.runtime.jobs import Progress
from disclosure_desktop.runtime.store_thread import quiet_failure
from disclosure_desktop.workflows import review_desk

STATE_BATCH = "desk_batch"  # the batch shown last, for the next visit
BATCH, ROLLUP = "batch", "rollup"  # kinds of job: a newer one of a kind makes an older one moot


class DeskControl(QObject):
    reviewed = Signal()  # a batch's review is on screen (opened, taken in, confirmed): tests wait for it
    rolled_up = Signal()  # the roll-up and its charts are on screen

    def __init__(self, workspace: DeskWorkspace, host: ReportHost) -> None:
        super().__init__(workspace)
        self.view = workspace
        self.host = host
        self.jobs = DeskJobs(host.store, self)
        self.batch_id: int | None = None
        self.duplicates: list[DuplicateFile] = []
        self._token: CancelToken | None = None
        w = workspace
        w.first_new.clicked.connect(self.new_batch)
        w.new_button.clicked.connect(self.new_batch)
        w.delete_button.clicked.connect(self.delete_batch)
        w.batch_combo.activated.connect(lambda index: self.open_batch(w.batch_combo.itemData(index)))
        w.folder_button.clicked.connect(self._choose_folder)
        w.files_button.clicked.connect(self._choose_files)
        w.files_dropped.connect(self.take_in)
        w.intake.cancel_requested.connect(self.cancel_intake)
        w.files.confirm_requested.connect(self.confirm_doubtful)
        w.rollup.subset_changed.connect(self.sum_up)
        w.rollup.start_local_requested.connect(self.start_local_report)
        self.outputs = DeskOutputs(workspace, host, self.jobs, lambda: self.batch_id)
        self._shown_next: Any = None  # the roll-up to show once the summary's rows are in
        w.model.built.connect(self._rows_in)

    @property
    def review(self) -> BatchReview | None:
        return self.view.review

    # --- batches ----------------------------------------------------------------------------------------------

    def enter(self) -> None:
        """The desk is shown: its batches listed, the one shown last opened again."""
        self.host.store.run(lambda store: (review_desk.batches(store), store.get_state(STATE_BATCH)),
                            self._listed, what=self.tr("List the review batches"))

    def _listed(self, result: Any, chosen: int | None = None) -> None:
        infos, last = result
        combo = self.view.batch_combo
        combo.clear()
        for info in infos:
            combo.addItem(self.tr("%1 · %2 (%3 units, %4 files)").replace("%1", str(info.year))
                          .replace("%2", info.region).replace("%3", str(info.units)).replace("%4", str(info.files)),
                          info.id)
        if not infos:
            self.batch_id = None
            self.view.set_review(None)
            self.view.show_empty()
            return
        ids = [info.id for info in infos]
        wanted = chosen or (int(last) if last and last.isdigit() and int(last) in ids else ids[0])
        combo.setCurrentIndex(ids.index(wanted))
        if self.view.pages.currentIndex() == 0:
            self.view.show_summary()
        if wanted != self.batch_id or self.review is None:
            self.open_batch(wanted)

    def open_batch(self, batch_id: int) -> None:
        self.batch_id = batch_id
        self.duplicates = []
        self.view.set_review(None)
        self.view.show_summary()
        self.host.store.run(lambda store: store.set_state(STATE_BATCH, str(batch_id)), failure=quiet_failure,
                            what=self.tr("Remember the batch shown"))
        self._busy(self.tr("Checking the batch's reports…"))
        self.jobs.start(BATCH, self.tr("Open the review batch"),
                        lambda store, _p: _screen(store, review_desk.reviewed(store, batch_id)), self._show_review,
                        failed=self._idle)

    def new_batch(self) -> None:
        dialog = BatchDialog(self.host.dialog_parent())
        try:
            if dialog.exec() != BatchDialog.DialogCode.Accepted:
                return
            region, year, units = dialog.region(), dialog.year(), list(dialog.units)
        finally:
            dialog.deleteLater()
        self.host.store.run(lambda store: (review_desk.create_batch(store, region, year, units),
                                           review_desk.batches(store)),
                            lambda result: self._listed((result[1], None), chosen=result[0]),
                            what=self.tr("Create the review batch"))

    def delete_batch(self) -> None:
        batch_id, name = self.batch_id, self.view.batch_combo.currentText()
        if batch_id is None or self.jobs.busy:
            return
        asked = QMessageBox.question(
            self.host.dialog_parent(), self.tr("Delete the batch"),
            self.tr("Delete the batch %1 with every file taken into it and the decisions made? The files on disk "
                    "and the remarks files sent stay where they are.").replace("%1", name))
        if asked != QMessageBox.StandardButton.Yes:
            return
        self.batch_id = None

        def delete(store: Any) -> Any:
            review_desk.delete_batch(store, batch_id)
            return review_desk.batches(store), None

        self.host.store.run(delete, self._listed, what=self.tr("Delete the batch"))

    # --- intake -----------------------------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self.host.dialog_parent(), self.tr("Take in a folder of reports"),
                                                  desk_folder())
        if folder:
            self.take_in([Path(folder)])

    def _choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.host.dialog_parent(), self.tr("Take in reports"), desk_folder(),
            self.tr("Reports (*.docx *.html *.htm *.pdf *.json *.zip);;All files (*)"))
        if names:
            self.take_in([Path(n) for n in names])

    def take_in(self, paths: list[Path]) -> None:
        """Read `paths` into the batch on a job: progress above the table, Cancel keeps what was read."""
        batch_id = self.batch_id
        if batch_id is None or self._token is not None or not paths:
            return
        QSettings().setValue(SETTING_FOLDER, str(paths[0] if paths[0].is_dir() else paths[0].parent))
        token = self._token = CancelToken()
        self._busy(self.tr("Looking for report files…"), cancellable=True)

        def work(store: Any, progress: Progress) -> Any:
            def step(done: int, total: int, name: str) -> None:
                if not progress.cancelled:
                    progress.step(done, total, name)

            intake, review = review_desk.take_in(store, batch_id, paths, progress=step, cancel=token)
            return intake, _screen(store, review)

        self.jobs.start(BATCH, self.tr("Take the reports in"), work, self._taken_in,
                        progressed=self.view.intake.progressed, failed=self._idle)

    def cancel_intake(self) -> None:
        if self._token is not None:
            self._token.cancel()

    def _taken_in(self, result: Any) -> None:
        intake, screen = result
        review = screen[0]
        self.duplicates = list(intake.duplicates)
        self._show_review(screen)
        self.host.say(self.tr("Read %1 report(s); %2 file(s) not taken, %3 already taken before.%4")
                      .replace("%1", str(len(intake.read))).replace("%2", str(len(intake.rejected)))
                      .replace("%3", str(len(intake.duplicates)))
                      .replace("%4", " " + self.tr("Cancelled: %1 file(s) not read.").replace(
                          "%1", str(len(intake.not_read))) if intake.cancelled else ""), 15000)
        self._refresh_names()
        if review.doubtful:
            self.confirm_doubtful()

    def confirm_doubtful(self) -> None:
        review, batch_id = self.review, self.batch_id
        if review is None or batch_id is None or not review.doubtful or self.jobs.busy:
            return
        dialog = DoubtfulDialog(review.doubtful, self.host.dialog_parent())
        try:
            answers = dialog.answers() if dialog.exec() == DoubtfulDialog.DialogCode.Accepted else {}
        finally:
            dialog.deleteLater()
        if not answers:
            return
        self._busy(self.tr("Checking the batch's reports…"))
        self.jobs.start(BATCH, self.tr("Confirm the units"),
                        lambda store, _p: _screen(store, review_desk.confirm(store, batch_id, answers)),
                        self._show_review,
                        failed=self._idle)

    def _show_review(self, screen: tuple[BatchReview, Any]) -> None:
        """A batch's review and its roll-up, made on the same job: nothing computes while they are first painted.
        The summary's rows go in over a few turns of the event loop; `reviewed` follows once they are all in."""
        review, summed = screen
        self.jobs.forget(ROLLUP)  # a roll-up of the batch as it was is moot now
        self._idle()
        unit = self.view.unit.row.name if self.view.pages.currentWidget() is self.view.unit and \
            self.view.unit.row else None
        self._shown_next = summed
        self.view.set_review(review)
        self.view.set_files_count(self.view.files.show_files(review, self.duplicates))
        self.view.rollup.set_units([u.name for u in review.units if u.status != MISSING and u.report is not None])
        if unit is not None and any(u.name == unit for u in review.units):
            self.view.unit.show_row(review.row(unit), review.region, keep_remarks=True)

    def _rows_in(self) -> None:
        summed, self._shown_next = self._shown_next, None
        if summed is None or self.review is None:
            return
        self.reviewed.emit()
        self._summed(summed)

    def _busy(self, text: str, cancellable: bool = False) -> None:
        self.view.intake.start(text, cancellable)
        for widget in (self.view.folder_button, self.view.files_button, self.view.batch_combo, self.view.new_button,
                       self.view.delete_button, self.view.first_new):
            widget.setEnabled(False)
        self.view.setAcceptDrops(False)

    def _idle(self) -> None:
        self._token = None
        self.view.intake.finish()
        has = self.batch_id is not None
        for widget in (self.view.folder_button, self.view.files_button, self.view.delete_button):
            widget.setEnabled(has)
        for widget in (self.view.batch_combo, self.view.new_button, self.view.first_new):
            widget.setEnabled(True)
        self.view.setAcceptDrops(True)

    def _refresh_names(self) -> None:
        """The batch chooser's counts after an intake."""
        self.host.store.run(lambda store: review_desk.batches(store), self._renamed, what=self.tr("List the review "
                                                                                                  "batches"))

    def _renamed(self, infos: Any) -> None:
        combo = self.view.batch_combo
        for info in infos:
            index = combo.findData(info.id)
            if index >= 0:
                combo.setItemText(index, self.tr("%1 · %2 (%3 units, %4 files)").replace("%1", str(info.year))
                                  .replace("%2", info.region).replace("%3", str(info.units))
                                  .replace("%4", str(info.files)))

    # --- the roll-up ------------------------------------------------------------------------------------------

    def sum_up(self) -> None:
        """The roll-up of the units ticked (the batch's own when all are) and its charts, on a job."""
        review = self.review
        if review is None:
            self.view.rollup.show_rollup(None)
            return
        subset = self.view.rollup.subset()
        self.jobs.start(ROLLUP, self.tr("Sum the tables"),
                        lambda store, _p: _rollup_screen(store, review, review_desk.rollup_of(review, subset)),
                        self._summed)

    def _summed(self, result: Any) -> None:
        rollup, charts = result
        # Faces are chosen here, never on a job: Qt keeps a thread's font engines with that thread, and a face
        # first loaded on a job that has ended is gone for every thread that uses it after (a crash).
        self.view.rollup.show_rollup(rollup, charts, chart_faces(charts) if charts else None)
        self.rolled_up.emit()

    def start_local_report(self) -> None:
        rollup, review = self.view.rollup.rollup, self.review
        if rollup is None or review is None:
            return
        agency, ok = QInputDialog.getText(self.host.dialog_parent(), self.tr("Start the 本级 report"),
                                          self.tr("The agency whose report this is:"), QLineEdit.EchoMode.Normal,
                                          review.region)
        if not ok or not agency.strip():
            return
        self.host.store.run(lambda store: review_desk.start_local_report(store, rollup, agency),
                            lambda report_id: self.host.open_report(report_id, "section:applications"),
                            what=self.tr("Start the 本级 report"))

    def close(self, final: bool = True) -> None:
        """The window closes (or its database is about to be replaced, `final` False): an intake stops at its
        next file, and every job ends before the database does."""
        self.cancel_intake()
        self.jobs.wait_all(final=final)


def _rollup_screen(store: Any, review: BatchReview, rollup: Any) -> tuple[Any, Any]:
    """The roll-up with its charts (their faces are chosen on the GUI thread: see `_summed`)."""
    return rollup, review_desk.rollup_charts_of(store, review, rollup) if rollup is not None else ()


def _screen(store: Any, review: BatchReview) -> tuple[BatchReview, tuple[Any, Any]]:
    """What the desk shows of a batch: its review, and the roll-up of every unit received."""
    return review, _rollup_screen(store, review, review.rollup)
