"""One unit of the batch, read-only: its report as printed beside the review page's checklist (every criterion an
evaluator scores, with the evidence), its 问题明细清单 with the reviewer's own remarks, and 退回修改 / 已通过."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.domain.checks.checklist import Checklist, checklist_of_problems
from disclosure_desktop.gui.preview.pane import PreviewPane
from disclosure_desktop.gui.wizard.review_checklist import PART_ROLE, ChecklistTree
from disclosure_desktop.review.batch import MISSING, PASSED, RETURNED, UnitReview
from disclosure_desktop.review.issues import IssueList, column_titles, issue_list, similarity_text
from disclosure_desktop.review.summary_table import percent, status_label


class UnitView(QWidget):
    back_requested = Signal()
    decide_requested = Signal(str)  # RETURNED or PASSED
    undo_requested = Signal()
    issue_list_requested = Signal(str)  # ".pdf" or ".docx"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskUnit")
        self.row: UnitReview | None = None
        self.region = ""
        self.back_button = QPushButton(self.tr("< &Back to the summary"), objectName="unitBack")
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel(objectName="pageTitle")
        self.status = QLabel(objectName="unitStatus")
        self.facts = QLabel(objectName="unitFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.return_button = QPushButton(self.tr("Return for &correction…"), objectName="unitReturn")
        self.return_button.setToolTip(self.tr("Write the remarks file (审核意见) for the unit and mark the report "
                                              "退回修改"))
        self.pass_button = QPushButton(self.tr("&Pass…"), objectName="unitPass")
        self.undo_button = QPushButton(self.tr("&Undo the decision"), objectName="unitUndo")
        self.return_button.clicked.connect(lambda: self.decide_requested.emit(RETURNED))
        self.pass_button.clicked.connect(lambda: self.decide_requested.emit(PASSED))
        self.undo_button.clicked.connect(self.undo_requested)

        self.preview = PreviewPane()
        self.preview.set_source(lambda: self.row.report if self.row is not None else None)
        self.nothing = QLabel(self.tr("No report has been received from this unit."), objectName="unitNothing",
                              alignment=Qt.AlignmentFlag.AlignCenter)
        self.left = QStackedWidget()
        self.left.addWidget(self.preview)
        self.left.addWidget(self.nothing)

        self.checklist = ChecklistTree()
        self.checklist.setAccessibleName(self.tr("What evaluators look at"))
        self.checklist.itemActivated.connect(self._show_place)
        self.similar = QLabel(objectName="unitSimilar")
        self.similar.setWordWrap(True)
        review_page = QWidget()
        review_layout = QVBoxLayout(review_page)
        review_layout.addWidget(self.similar)
        review_layout.addWidget(self.checklist, 1)

        self.issues = QTableWidget(0, 4, objectName="issueTable")
        self.issues.setHorizontalHeaderLabels(list(column_titles()))
        self.issues.verticalHeader().hide()
        self.issues.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.issues.setWordWrap(True)
        # The findings take the room; a row taller than the view scrolls by pixels, never cut off.
        self.issues.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.issues.horizontalHeader()
        for column, mode in enumerate((QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Interactive,
                                       QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.Interactive)):
            header.setSectionResizeMode(column, mode)
        self.issues.setColumnWidth(1, 140)
        self.issues.setColumnWidth(3, 140)
        # Wrapped rows are measured again once the columns have their widths (and whenever they change).
        self._fit_rows = QTimer(self, singleShot=True, interval=0)
        self._fit_rows.timeout.connect(self.issues.resizeRowsToContents)
        header.sectionResized.connect(lambda *_: self._fit_rows.start())
        self.remarks = QPlainTextEdit(objectName="unitRemarks")
        self.remarks.setPlaceholderText(self.tr("Your own remarks for the unit, one a line: they join the issue "
                                                "list and the remarks file"))
        self.remarks.setMaximumHeight(90)
        self.remarks.setTabChangesFocus(True)
        self.remarks.textChanged.connect(self._fill_issues)
        self.pdf_button = QPushButton(self.tr("Issue list as P&DF…"), objectName="issuesPdf")
        self.word_button = QPushButton(self.tr("Issue list as &Word…"), objectName="issuesWord")
        self.pdf_button.clicked.connect(lambda: self.issue_list_requested.emit(".pdf"))
        self.word_button.clicked.connect(lambda: self.issue_list_requested.emit(".docx"))
        self.sent = QLabel(objectName="remarksSent")
        self.sent.setWordWrap(True)
        issues_page = QWidget()
        issues_layout = QVBoxLayout(issues_page)
        issues_layout.addWidget(self.issues, 1)
        issues_layout.addWidget(QLabel(self.tr("Further remarks:")))
        issues_layout.addWidget(self.remarks)
        export_row = QHBoxLayout()
        export_row.addWidget(self.sent, 1)
        export_row.addWidget(self.pdf_button)
        export_row.addWidget(self.word_button)
        issues_layout.addLayout(export_row)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("unitTabs")
        self.tabs.addTab(review_page, self.tr("Evaluation checklist"))
        self.tabs.addTab(issues_page, self.tr("Issue list (问题明细清单)"))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.left)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addWidget(self.title, 1)
        top.addWidget(self.status)
        actions = QHBoxLayout()
        actions.addWidget(self.facts, 1)
        for button in (self.undo_button, self.pass_button, self.return_button):
            actions.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(splitter, 1)

    # --- what is shown ----------------------------------------------------------------------------------------

    def show_row(self, row: UnitReview, region: str, *, keep_remarks: bool = False) -> None:
        """The unit's report and findings; `keep_remarks` when the same unit comes back with a new status."""
        same = self.row is not None and self.row.name == row.name
        self.row, self.region = row, region
        if not (keep_remarks and same):
            self.remarks.blockSignals(True)
            self.remarks.clear()
            self.remarks.blockSignals(False)
            self.sent.clear()
            self.tabs.setCurrentIndex(0)
        self.title.setText(row.name)
        self.status.setText(status_label(row.status))
        self.status.setProperty("status", row.status)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)
        received = row.status != MISSING and row.report is not None
        self.facts.setText(self._facts(row))
        for button in (self.return_button, self.pass_button, self.pdf_button, self.word_button):
            button.setEnabled(received)
        self.undo_button.setVisible(row.status in (RETURNED, PASSED))
        self.left.setCurrentWidget(self.preview if received else self.nothing)
        self._fill_review(row)
        self._fill_issues()
        # The printed pages are laid out on the preview's thread a moment later, as the wizard's are: the page is
        # up and its icons and fonts made before that thread measures text (two threads loading a face at once
        # crashed in Qt's font code here).
        if not received:
            self.preview.cancel()
        elif not (same and keep_remarks):
            self.preview.schedule()

    def _facts(self, row: UnitReview) -> str:
        if row.status == MISSING:
            return self.tr("Expected, not received.")
        parts = [self.tr("File: %1").replace("%1", row.file or "—")]
        day = row.published_on
        parts.append(self.tr("Published: %1").replace("%1", day.isoformat() if day else "—")
                     + (self.tr(" (late)") if row.late else ""))
        parts.append(self.tr("%1 error(s), %2 warning(s)").replace("%1", str(row.errors))
                     .replace("%2", str(row.warnings)))
        if row.repetition is not None:
            parts.append(self.tr("Repeated from its own last year: %1").replace("%1", percent(row.repetition)))
        if row.previous_source:
            parts.append(self.tr("Last year's report from: %1").replace("%1", row.previous_source))
        return "　·　".join(parts)

    def _fill_review(self, row: UnitReview) -> None:
        checklist: Checklist = row.checklist or checklist_of_problems([])
        report = row.report
        printed = dict(report.printed_sections()) if report is not None else {}
        self.checklist.fill(checklist, report, lambda sid: printed.get(sid, sid))
        if row.similar is not None and report is not None:
            self.similar.setText(similarity_text(row))
            self.similar.setProperty("problem", True)
        else:
            self.similar.setText(self.tr("No other unit's report is alike this one.") if report is not None else "")
            self.similar.setProperty("problem", False)
        self.similar.style().unpolish(self.similar)
        self.similar.style().polish(self.similar)

    def remark_lines(self) -> tuple[str, ...]:
        return tuple(line.strip() for line in self.remarks.toPlainText().splitlines() if line.strip())

    def current_issues(self) -> IssueList | None:
        row = self.row
        if row is None or row.report is None or row.status == MISSING:
            return None
        return issue_list(row, region=self.region, remarks=self.remark_lines())

    def _fill_issues(self) -> None:
        issues = self.current_issues()
        rows = issues.rows if issues is not None else ()
        self.issues.setRowCount(len(rows))
        for number, item in enumerate(rows):
            for column, text in enumerate((item.indicator, item.standard, "\n".join(item.details),
                                           item.requirement)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.issues.setItem(number, column, cell)
        self._fit_rows.start()

    def set_sent(self, lines: list[str]) -> None:
        """The remarks files written for the unit so far (date, verdict, where)."""
        self.sent.setText("\n".join(lines))

    def _show_place(self, item: QTreeWidgetItem) -> None:
        """A problem or a part's rate activated: the printed report scrolls to that part."""
        problem = self.checklist.problem_of(item)
        section = problem.section_id if problem is not None else item.data(0, PART_ROLE)
        if section:
            self.preview.show_section(section)
