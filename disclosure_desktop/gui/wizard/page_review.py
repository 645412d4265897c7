"""The wizard's last page: whether the report is ready, checked the way evaluators score it — a line per criterion
with its problems, each one activation away from its place — and warnings set aside with a reason."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSizePolicy,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.domain.checks.checklist import Checklist, build_checklist, checklist_of_problems
from disclosure_desktop.domain.checks.problem import can_acknowledge
from disclosure_desktop.domain.formats import CLOSING, PREAMBLE
from disclosure_desktop.domain.report import Report
from disclosure_desktop.gui.widgets.icons import state_icon
from disclosure_desktop.gui.wizard.review_checklist import PART_ROLE, ChecklistTree
from disclosure_desktop.gui.wizard.wizard import PageState, WizardPage

KEY = "review"
# What the page needs beyond the problems: the open report and last year's (for dates, rates, carry-over).
Source = Callable[[], tuple[Report, Report | None] | None]


class ReviewPage(WizardPage):
    key = KEY
    in_go_menu = False  # F7 reaches it
    jump = Signal(str)  # page key
    problem_activated = Signal(object)  # Problem: go to its cell or text
    fix_requested = Signal(object)  # Problem whose offered fix the clerk chose
    # `RULE@location` and the clerk's reason: the edit session records it (an undoable step)
    acknowledge_requested = Signal(str, str)
    unacknowledge_requested = Signal(str)  # `RULE@location`: the warning counts again
    # A remark of the 公开办 (its key) marked 已整改 on a day (ISO), or "" to take the mark back: an undoable step
    remark_fixed_requested = Signal(str, str)
    export_requested = Signal()
    print_preview_requested = Signal()

    def __init__(self, pages: list[WizardPage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self._problems: list[Problem] = []
        self._source: Source | None = None
        self._threshold: float | None = None
        self._published: dt.date | None = None  # recorded after 发布: the deadline is judged by it
        self.checklist: Checklist = checklist_of_problems([])

        self.verdict = QLabel(objectName="reviewVerdict")
        self.verdict.setWordWrap(True)
        self.summary = QLabel(objectName="reviewSummary")
        self.summary.setWordWrap(True)
        self.items = QListWidget()
        self.items.setObjectName("reviewList")
        self.items.itemActivated.connect(lambda item: self.jump.emit(item.data(Qt.ItemDataRole.UserRole)))
        self.items.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

        self.tree = ChecklistTree()
        self.tree.setAccessibleName(self.tr("What evaluators look at"))
        self.items.setAccessibleName(self.tr("Parts not complete yet"))
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_actions())
        self.tree.customContextMenuRequested.connect(self._context_menu)

        self.fix_label = QLabel(objectName="fixLabel")
        self.fix_label.setWordWrap(True)
        self.fix_button = QPushButton(self.tr("F&ix"), objectName="fixButton")
        self.fix_button.setToolTip(self.tr("Apply the offered repair (Edit ▸ Undo takes it back)"))
        self.fix_button.clicked.connect(self._fix_current)
        self.acknowledge_button = QPushButton(self.tr("&Acknowledge…"), objectName="acknowledgeButton")
        self.acknowledge_button.clicked.connect(self.acknowledge_current)
        self.unacknowledge_button = QPushButton(self.tr("&Take back"), objectName="unacknowledgeButton")
        self.unacknowledge_button.setToolTip(self.tr("The warning counts again"))
        self.unacknowledge_button.clicked.connect(self._unacknowledge_current)
        self.remark_button = QPushButton(self.tr("Mark as &corrected"), objectName="remarkFixedButton")
        self.remark_button.setToolTip(self.tr("The office's remark was dealt with; Edit ▸ Undo takes the "
                                              "mark back"))
        self.remark_button.clicked.connect(self._toggle_remark)
        # The clerk's next step from here: hand the report on.
        self.export_button = QPushButton(self.tr("E&xport…"), objectName="reviewExport")
        self.export_button.clicked.connect(self.export_requested)
        self.print_button = QPushButton(self.tr("Print previe&w…"), objectName="reviewPrintPreview")
        self.print_button.clicked.connect(self.print_preview_requested)
        button_row = QHBoxLayout()
        for button in (self.fix_button, self.acknowledge_button, self.unacknowledge_button, self.remark_button):
            button_row.addWidget(button)
        button_row.addStretch(1)
        button_row.addWidget(self.print_button)
        button_row.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.verdict)
        layout.addWidget(self.summary)
        layout.addWidget(self.items)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.fix_label)
        layout.addLayout(button_row)
        self._update_actions()

    def title(self) -> str:
        return self.tr("Review")

    def subtitle(self) -> str:
        return self.tr("What evaluators look at, line by line. Double-click or press Enter on a problem to go "
                       "there; F8 walks the problems in the order of the report.")

    def set_source(self, source: Source | None) -> None:
        """Where the page finds the report and last year's (the deadline, the rates, the carry-over)."""
        self._source = source
        self._refresh()

    def set_published(self, day: dt.date | None) -> None:
        """The publication recorded (None: none yet): the on-time line goes by it, as LATE does."""
        if day != self._published:
            self._published = day
            self._refresh()

    def set_repetition_threshold(self, threshold: float | None) -> None:
        """The share of repeated text above which REPETITION warns (None: the format's, 50 %)."""
        self._threshold = threshold
        self._refresh()

    def initialize_page(self) -> None:
        self.items.clear()
        done = 0
        for page in self._pages:
            state = page.state()
            if state == PageState.COMPLETE:
                done += 1
                continue
            text = page.title() + "  —  " + (self.tr("empty") if state == PageState.EMPTY else self.tr("unfinished"))
            item = QListWidgetItem(state_icon(state), text)
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.items.addItem(item)
        if done == len(self._pages):
            self.summary.setText(self.tr("Every part of the report is filled in."))
        else:
            self.summary.setText(
                self.tr("%1 of %2 parts are complete.").replace("%1", str(done)).replace("%2", str(len(self._pages)))
            )
        self.items.setVisible(self.items.count() > 0)
        rows = min(self.items.count(), 4)
        self.items.setMaximumHeight(rows * self.items.sizeHintForRow(0) + 2 * self.items.frameWidth() + 2
                                    if rows else 0)
        self._refresh(now=True)

    # --- the checks ---------------------------------------------------------------------------------------

    def set_problems(self, problems: list[Problem]) -> None:
        """The live checks' result; the same problems as shown leave the list (its current row, its scroll) alone."""
        if getattr(self, "_problems", None) == list(problems) and not getattr(self, "_stale", False) \
                and self.tree.topLevelItemCount():
            return
        self._problems = list(problems)
        self._refresh()

    def problem_items(self) -> list[QTreeWidgetItem]:
        """The rows that stand for one problem each (tests and keyboard users walk these)."""
        self._catch_up()
        return self.tree.problem_items()

    def problem_of(self, item: QTreeWidgetItem | None) -> Problem | None:
        return self.tree.problem_of(item)

    def select_problem(self, key: str) -> bool:
        """Make the problem `RULE@location` the current row (e.g. after F8 elsewhere)."""
        for item in self.problem_items():
            problem = self.problem_of(item)
            if problem is not None and problem.key == key:
                self.tree.setCurrentItem(item)
                self.tree.scrollToItem(item)
                return True
        return False

    def _refresh(self, now: bool = False) -> None:
        # While the page is not shown the checklist only goes stale: it is built when the clerk comes to it
        # (7–9 ms a check run, and most of the report's opening, saved on every other page).
        if not now and not self.isVisible():
            self._stale = True
            return
        self._stale = False
        found = self._source() if self._source is not None else None
        if found is not None:
            report, previous = found
            self.checklist = build_checklist(report, previous, self._problems, self._threshold, self._published)
            self.tree.fill(self.checklist, report, lambda sid: self._heading(report, sid))
        else:
            self.checklist = checklist_of_problems(self._problems)
            self.tree.fill(self.checklist, None, lambda sid: sid)
        self._show_verdict()
        self._update_actions()

    def showEvent(self, event: QShowEvent) -> None:
        self._catch_up()
        super().showEvent(event)

    def _catch_up(self) -> None:
        if getattr(self, "_stale", False):
            self._refresh(now=True)

    def _heading(self, report: Report, section_id: str) -> str:
        printed = dict(report.printed_sections())
        if section_id in printed:
            return printed[section_id]
        if section_id in (PREAMBLE, CLOSING):
            return {PREAMBLE: self.tr("Opening"), CLOSING: self.tr("Signature block")}[section_id]
        try:
            return report.format.section(section_id).heading
        except KeyError:
            return section_id

    def _show_verdict(self) -> None:
        c = self.checklist
        if c.ready:
            text = self.tr("Ready to publish: no errors, and every warning fixed or acknowledged.")
        elif c.errors:
            text = (self.tr("Not ready: %1 error(s) and %2 warning(s) to deal with.")
                    .replace("%1", str(c.errors)).replace("%2", str(c.warnings)))
        else:
            text = (self.tr("Not ready: %1 warning(s) to fix or acknowledge with a reason.")
                    .replace("%1", str(c.warnings)))
        if c.acknowledged:
            text = (self.tr("%1 %2 warning(s) acknowledged.").replace("%1", text)
                    .replace("%2", str(c.acknowledged)))
        self.verdict.setText(text)
        self.verdict.setProperty("ready", c.ready)
        self.verdict.style().unpolish(self.verdict)
        self.verdict.style().polish(self.verdict)

    def _update_actions(self) -> None:
        problem = self.problem_of(self.tree.currentItem())
        fix = problem.fix if problem else None
        self.fix_button.setEnabled(fix is not None)
        can_ack = problem is not None and can_acknowledge(problem)
        self.acknowledge_button.setEnabled(can_ack)
        self.unacknowledge_button.setEnabled(problem is not None and problem.acknowledged is not None)
        if problem is not None and problem.is_error:
            self.acknowledge_button.setToolTip(self.tr("An error cannot be acknowledged: it stays until it is fixed"))
        else:
            self.acknowledge_button.setToolTip(self.tr("Say why this warning does not apply; it then no longer "
                                                       "counts"))
        has_problems = bool(self._problems)
        remark = problem is not None and bool(problem.remark)
        for button in (self.fix_button, self.acknowledge_button, self.unacknowledge_button):
            button.setVisible(has_problems and not remark)
        self.remark_button.setVisible(remark)
        if problem is not None and remark:
            fixed = problem.acknowledged is not None
            self.remark_button.setText(self.tr("Not &corrected yet") if fixed else self.tr("Mark as &corrected"))
            self.fix_label.setText(self.tr("Corrected on %1").replace("%1", problem.acknowledged or "") if fixed
                                   else self.tr("A remark of the disclosure office: correct it there (Enter), then "
                                                "mark it as corrected."))
        elif problem is not None and problem.acknowledged is not None:
            self.fix_label.setText(self.tr("Acknowledged: %1").replace("%1", problem.acknowledged))
        elif fix is not None:
            self.fix_label.setText(self.tr("Offered repair: %1").replace("%1", fix.label))
        elif problem is not None and problem.is_error:
            self.fix_label.setText(self.tr("No obvious repair: go there (Enter) and correct it."))
        elif problem is not None:
            self.fix_label.setText(self.tr("No obvious repair: correct it there (Enter), or acknowledge it if it "
                                           "does not apply."))
        elif has_problems:
            self.fix_label.setText(self.tr("Choose a problem; where the repair is obvious it is offered here."))
        else:
            self.fix_label.clear()
        self.fix_label.setVisible(bool(self.fix_label.text()))

    def _activated(self, item: QTreeWidgetItem) -> None:
        problem = self.problem_of(item)
        if problem is not None:
            self.problem_activated.emit(problem)
            return
        part = item.data(0, PART_ROLE)
        if part:
            self.jump.emit(f"section:{part}")

    def _fix_current(self) -> None:
        problem = self.problem_of(self.tree.currentItem())
        if problem is not None and problem.fix is not None:
            self.fix_requested.emit(problem)

    def acknowledge_current(self) -> None:
        """Ask the clerk why the current warning does not apply, and pass the reason on."""

        problem = self.problem_of(self.tree.currentItem())
        if problem is None or not can_acknowledge(problem):
            return
        from disclosure_desktop.gui.dialogs.acknowledge import ask_reason  # a dialog, on first use (deferred.py)

        reason = ask_reason(problem, self)
        if reason:
            self.acknowledge_requested.emit(problem.key, reason)

    def _toggle_remark(self) -> None:
        problem = self.problem_of(self.tree.currentItem())
        if problem is not None and problem.remark:
            day = "" if problem.acknowledged is not None else dt.date.today().isoformat()
            self.remark_fixed_requested.emit(problem.remark, day)

    def _unacknowledge_current(self) -> None:
        problem = self.problem_of(self.tree.currentItem())
        if problem is not None and problem.acknowledged is not None:
            self.unacknowledge_requested.emit(problem.key)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.tree.itemAt(pos)
        problem = self.problem_of(item)
        if item is None or problem is None:
            return
        self.tree.setCurrentItem(item)
        menu = QMenu(self)
        menu.addAction(self.tr("Go there"), lambda: self.problem_activated.emit(problem))
        if problem.fix is not None:
            menu.addAction(self.tr("Fix: %1").replace("%1", problem.fix.label),
                           lambda: self.fix_requested.emit(problem))
        if problem.remark:
            menu.addAction(self.remark_button.text().replace("&", ""), self._toggle_remark)
        elif problem.acknowledged is not None:
            menu.addAction(self.tr("Take back the acknowledgement"), self._unacknowledge_current)
        elif can_acknowledge(problem):
            menu.addAction(self.tr("Acknowledge…"), self.acknowledge_current)
        menu.exec(self.tree.viewport().mapToGlobal(pos))

    def state(self) -> PageState:
        return PageState.COMPLETE

    def focus_first(self) -> None:
        """The keyboard on the checklist, on its first line when none is chosen (Enter goes there)."""
        if self.tree.currentItem() is None and (first := self.tree.topLevelItem(0)) is not None:
            self.tree.setCurrentItem(first)
        self.tree.setFocus()


def connect_review(review: ReviewPage, source: Source, record_acknowledgement: Callable[[str, str], None]) -> None:
    """What the window does for the review page: hand it the report and last year's, and record what the clerk
    acknowledges (`record_acknowledgement(key, reason)`, reason "" taking it back) as an undoable step."""
    review.set_source(source)
    review.acknowledge_requested.connect(record_acknowledgement)
    review.unacknowledge_requested.connect(lambda key: record_acknowledgement(key, ""))
