"""Wizard pages whose content is one of the official tables, with an optional lead-in sentence above it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from disclosure_desktop.domain import help_topics
from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.domain.checks.marks import TextMark
from disclosure_desktop.domain.formats import Section
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.summaries import applications_sentence, review_litigation_sentence
from disclosure_desktop.domain.values import ValueFormatError, parse_value
from disclosure_desktop.gui.table.editor import SourceLegend, TableEditor
from disclosure_desktop.gui.wizard.text_binding import SessionTextEdit
from disclosure_desktop.gui.wizard.text_marks import MarkHighlighter, ProblemLine, TextMarks
from disclosure_desktop.gui.wizard.wizard import PageState, WizardPage
from disclosure_desktop.messages import current_language, message
from disclosure_desktop.runtime.checks_runner import target_cell
from disclosure_desktop.runtime.open_report import OpenReport

# The sentence each table can put in its lead-in, by table prefix (parts 三 and 四).
SUMMARIES: dict[str, Callable[[Report], str]] = {"t3": applications_sentence, "t4": review_litigation_sentence}


# Rules about what the text says: on a table's page they lead to its lead-in sentence, not to the cell compared.
TEXT_RULES = frozenset({"NARRATIVE-NUMBER", "PLACEHOLDER", "COPIED-TEXT", "REPETITION"})


class TablePage(WizardPage):
    is_part = True

    def __init__(self, session: OpenReport, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        assert section.table is not None
        self._session = session
        self.section = section
        self.key = f"section:{section.id}"
        self.lead_in = SessionTextEdit(session, section.id, objectName="leadInEdit")
        self.lead_in.setPlaceholderText(self.tr("Optional lead-in sentence printed above the table"))
        self.lead_in.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.lead_in.setAccessibleName(self.tr("Lead-in sentence above the table"))
        self.problem_line = ProblemLine()
        self.problem_line.setAccessibleDescription(self.tr("Problem in the lead-in sentence"))
        self.marks = TextMarks(self.lead_in, MarkHighlighter(self.lead_in.document()), self.problem_line)
        self.editor = TableEditor(section.table)
        self.editor.setObjectName(f"table:{section.table.id}")

        table = section.table
        self.editor.view.setAccessibleName(table.name_en if current_language() == "en" else table.name)
        self.legend = SourceLegend()
        hint = QLabel(self.hint_text(), objectName="hintLabel")
        hint.setWordWrap(True)
        self.hint = hint

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        self.summary_button: QPushButton | None = None
        self._summary = SUMMARIES.get(section.table.prefix)
        if self._summary is not None and self._summary(session.report):
            self.summary_button = QPushButton(self.tr("Insert a &summary sentence from the table"),
                                              objectName="summaryButton")
            self.summary_button.setToolTip(
                self.tr("A sentence with this table's figures as they stand, put in the lead-in at the cursor; "
                        "insert it again after changing the table"))
            self.summary_button.clicked.connect(self.insert_summary)
            row = QHBoxLayout()
            row.addWidget(self.summary_button)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.lead_in)
        layout.addWidget(self.problem_line)
        layout.addWidget(hint)
        layout.addWidget(self.editor)
        layout.addWidget(self.legend)
        layout.addStretch(1)
        # Bound now, so that an undo or a fix on a page not shown yet still marks its state, and the grid has its
        # height before it is first shown.
        self.editor.bind(session)
        self.editor.edited.connect(lambda _edit: self.changed.emit())

    def hint_text(self) -> str:
        """What the table's cells take, by the kinds of value its columns hold (table 二's 万元 takes 2.5)."""
        assert self.section.table is not None
        cells = self.section.table.cells.values()
        kinds = {c.kind for c in cells}
        said = []
        if kinds == {"count"}:
            said.append(self.tr("Whole numbers only."))
        else:
            said.append(self.tr("Counts are whole numbers."))
            if "delta" in kinds:
                said.append(self.tr("An increase or decrease (本年增/减) may be negative."))
            if "amount" in kinds:
                said.append(self.tr("Amounts (万元) may have decimals, e.g. 2.5."))
        said.append(self.tr("Blank cells count as 0 and should be written as 0."))
        if any(c.is_total for c in cells):
            said.append(self.tr("Totals (总计) are added up as you type."))
        return ("" if current_language() == "zh" else " ").join(said)

    def title(self) -> str:
        return self.section.heading

    def subtitle(self) -> str:
        return ""

    def initialize_page(self) -> None:
        self.lead_in.show_stored()
        self.editor.bind(self._session)
        self.marks.entered()

    def set_text_marks(self, marks: dict[str, list[TextMark]]) -> None:
        self.marks.set_marks(marks.get(self.section.id, []))

    def insert_summary(self) -> None:
        """The table's sentence at the lead-in's cursor, as one named step of the report's history."""
        if self._summary is None:
            return
        self.lead_in.insert(self._summary(self._session.report), message("step.insert", what=message(
            "insert.summary")))
        self.lead_in.setFocus()

    def owns_cell(self, cell_id: str) -> bool:
        return cell_id in self.editor.table.cells

    def set_markers(self, markers: dict[str, tuple[str, str]]) -> None:
        """The live checks' marks on this table's cells ({cell id: (severity, tooltip)})."""
        self.editor.set_markers({cid: mark for cid, mark in markers.items() if cid in self.editor.table.cells})

    def focus_cell(self, cell_id: str) -> bool:
        return self.owns_cell(cell_id) and bool(self.editor.focus_cell(cell_id))

    def focus_problem(self, problem: Problem) -> None:
        """The cell a problem is about; a problem about the text leads to the lead-in sentence instead."""
        cell = target_cell(problem)
        if cell and problem.rule not in TEXT_RULES and self.focus_cell(cell):
            return
        if problem.rule != "SECTION-MISSING" and self.lead_in.toPlainText():
            self.marks.go_to(problem)
            return
        self.focus_first()

    def help_key(self, format_id: str, focus: QWidget | None) -> str:
        """The cell's row and column in the guide when the keyboard is in the grid, else the page."""
        cell = self.editor.current_cell_id()
        if cell and focus is not None and (focus is self.editor.view or self.editor.isAncestorOf(focus)):
            return help_topics.cell_key(format_id, cell)
        return super().help_key(format_id, focus)

    def state(self) -> PageState:
        assert self.section.table is not None
        report = self._session.report
        inputs = [c for c in self.section.table.cells.values() if not c.is_total]
        filled = 0
        for spec in inputs:
            try:
                filled += parse_value(spec.kind, report.value(spec.id)) is not None
            except ValueFormatError:
                filled += 1
        if filled == 0:
            return PageState.EMPTY
        return PageState.COMPLETE if filled == len(inputs) else PageState.PARTIAL

    def focus_first(self) -> None:
        assert self.section.table is not None
        first = next(c for c in self.section.table.cells.values() if not c.is_total)
        self.editor.focus_cell(first.id)
