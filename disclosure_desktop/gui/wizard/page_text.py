"""Wizard pages whose content is narrative text: the parts written in prose, the opening and the signature."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.domain.boilerplate import standard_preamble
from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.domain.checks.marks import TextMark
from disclosure_desktop.domain.checks.settings import settings_for
from disclosure_desktop.domain.edit_session import Edit
from disclosure_desktop.domain.formats import CLOSING, PREAMBLE, Section
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.summaries import applications_sentence
from disclosure_desktop.domain.textblocks import split_blocks
from disclosure_desktop.gui.widgets.flow_layout import FlowLayout
from disclosure_desktop.gui.wizard.narrative_highlighter import NarrativeHighlighter
from disclosure_desktop.gui.wizard.text_binding import SessionLineEdit, SessionTextEdit
from disclosure_desktop.gui.wizard.text_marks import ProblemLine, TextMarks
from disclosure_desktop.gui.wizard.wizard import PageState, WizardPage
from disclosure_desktop.messages import message
from disclosure_desktop.runtime.open_report import OpenReport

if TYPE_CHECKING:
    from disclosure_desktop.gui.dialogs.fee import FeeDialog

# Below this many characters of paragraph text a part reads as started, not written.
COMPLETE_CHARS = 15


def text_state(text: str) -> PageState:
    blocks = split_blocks(text)
    if not blocks:
        return PageState.EMPTY
    body = sum(len(b.body) for b in blocks)
    return PageState.COMPLETE if body >= COMPLETE_CHARS else PageState.PARTIAL


class NarrativeEditor(SessionTextEdit):
    """Plain text with one paragraph or sub-heading per line, as the report prints it."""

    def __init__(self, session: OpenReport, section_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, section_id, parent)
        self.setObjectName("narrativeEdit")
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)

        self.highlighter = NarrativeHighlighter(self.document())

    def insert_heading(self, text: str) -> None:
        """Put a sub-heading on a line of its own at the cursor, as one step named after it."""

        def put(cursor: QTextCursor) -> None:
            if cursor.positionInBlock() > 0:
                cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
                cursor.insertText("\n")
            cursor.insertText(text + "\n")

        self.edit_block(put, message("step.insert", what=text))

    def insert_sentence(self, text: str, what: str = "") -> None:
        """Put generated text at the cursor, as one step of the report's history."""
        self.insert(text, message("step.insert", what=what or message("insert.sentence")))


class ReferencePane(QFrame):
    """Last year's text of the same part, read-only and folded away on request; never part of the report."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("referencePane")
        self.toggle = QToolButton()
        self.toggle.setObjectName("referenceToggle")
        self.toggle.setCheckable(True)
        self.toggle.setChecked(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolTip(self.tr("Show or hide last year's text"))
        self.toggle.toggled.connect(self._toggled)
        self.text = QPlainTextEdit(objectName="referenceText")
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setAccessibleName(self.tr("Last year's text of this part"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.toggle)
        layout.addWidget(self.text, 1)
        self.year = 0
        self.hide()

    def set_reference(self, year: int, text: str) -> None:
        """Show `text` of report year `year`; hidden when there is none."""
        self.year = year
        self.toggle.setText(self.tr("Last year's report (%1), for reference only — do not copy it")
                            .replace("%1", str(year)))
        if self.text.toPlainText() != text:
            self.text.setPlainText(text)
        self.setVisible(bool(text.strip()))

    def _toggled(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.text.setVisible(shown)
        # Folded, the pane is one line and the editor takes the room.
        parent = self.parentWidget()
        layout = parent.layout() if parent is not None else None
        if isinstance(layout, QVBoxLayout):
            layout.setStretchFactor(self, 2 if shown else 0)


class TextPage(WizardPage):
    """A narrative part of the report, with the official sub-headings offered as one-click insertions."""

    shows_reference = True  # last year's text of the part beside the editor
    is_part = True

    def __init__(self, session: OpenReport, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.section = section
        self.key = f"section:{section.id}"
        self.editor = NarrativeEditor(session, section.id)
        self.editor.setPlaceholderText(self._placeholder())
        self.heading_edit: SessionLineEdit | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        if session.report.format.numbered:
            # Numbered free layouts let the agency word its own part headings, as published reports do.
            self.heading_edit = SessionLineEdit(
                session, lambda: session.report.headings.get(section.id, ""),
                lambda text, origin: session.edits.set_heading(section.id, text, origin), objectName="headingEdit")
            self.heading_edit.setPlaceholderText(section.heading)
            row = QHBoxLayout()
            heading_label = QLabel(self.tr("Hea&ding:"))
            heading_label.setBuddy(self.heading_edit)
            row.addWidget(heading_label)
            row.addWidget(self.heading_edit, 1)
            layout.addLayout(row)
        if section.hints:
            hints = FlowLayout(spacing=6)
            hints.addWidget(QLabel(self.tr("Insert sub-heading:")))
            for hint in section.hints:
                button = QPushButton(hint, objectName="hintChip")
                button.setCursor(Qt.CursorShape.PointingHandCursor)
                button.setToolTip(self.tr("Insert this official sub-heading at the cursor"))
                button.clicked.connect(lambda _=False, h=hint: self.editor.insert_heading(h))
                hints.addWidget(button)
            holder = QWidget()
            holder.setLayout(hints)
            holder.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
            layout.addWidget(holder)
        self.sentence_button: QPushButton | None = None
        self.fee_button: QPushButton | None = None
        self.fee_dialog: FeeDialog | None = None
        tools = QHBoxLayout()
        if section.id == "overall" and applications_sentence(session.report):
            self.sentence_button = QPushButton(self.tr("Insert the applications &sentence from table 3"),
                                               objectName="sentenceButton")
            self.sentence_button.setToolTip(
                self.tr("A sentence with the figures of table 3 as they stand, at the cursor"))
            self.sentence_button.clicked.connect(self._insert_applications_sentence)
            tools.addWidget(self.sentence_button)
        fee_sections = settings_for(session.report.format).fee_sections
        if fee_sections is not None and section.id in fee_sections:
            self.fee_button = QPushButton(self.tr("Processing &fees (信息处理费)…"), objectName="feeButton")
            self.fee_button.setToolTip(self.tr("Work out the 信息处理费 and insert the year's fee statement"))
            self.fee_button.clicked.connect(self.open_fee_dialog)
            tools.addWidget(self.fee_button)
        if tools.count():
            tools.addStretch(1)
            layout.addLayout(tools)
        self.reference = ReferencePane()
        self.editor.setAccessibleName(self.title())
        # What is wrong where the cursor is, or where F8 led: read out by screen readers, not only hovered.
        self.problem_line = ProblemLine()
        self.problem_line.setAccessibleDescription(self.tr("Problem in this part's text"))
        self.marks = TextMarks(self.editor, self.editor.highlighter, self.problem_line)
        layout.addWidget(self.editor, 3)
        layout.addWidget(self.problem_line)
        layout.addWidget(self.reference, 2)
        session.changed.connect(self._edited)

    def set_previous(self, previous: Report | None) -> None:
        """Last year's report (None: there is none): its text of this part is shown beside the editor."""
        text = previous.text(self.section.id) if previous is not None and self.shows_reference else ""
        self.reference.set_reference(previous.year if previous is not None else 0, text)

    def _insert_applications_sentence(self) -> None:
        self.editor.insert_sentence(applications_sentence(self._session.report), message("insert.summary"))

    def open_fee_dialog(self) -> None:
        """The 信息处理费 calculator; its statement goes in at the cursor when the clerk inserts it."""

        if self.fee_dialog is None:
            from disclosure_desktop.gui.dialogs.fee import FeeDialog  # a dialog, on first use (deferred.py)

            self.fee_dialog = FeeDialog(self)
            self.fee_dialog.insert_requested.connect(
                lambda text: self.editor.insert_sentence(text, message("insert.fee_statement")))
        self.fee_dialog.open()

    def _placeholder(self) -> str:
        lines = [self.tr("Write this part here. One paragraph per line.")]
        if self.section.hints:
            lines.append(self.tr("Lines starting with （一）, 1. or （1） become sub-headings, e.g.:"))
            lines.append(self.section.hints[0])
        return "\n".join(lines)

    def title(self) -> str:
        override = self._session.report.headings.get(self.section.id, "")
        return override or self.section.heading

    def subtitle(self) -> str:
        return self.tr("Required part of the report.") if self.section.required else ""

    def initialize_page(self) -> None:
        self.editor.show_stored()
        if self.heading_edit is not None:
            self.heading_edit.show_stored()
        self.marks.entered()

    def set_text_marks(self, marks: dict[str, list[TextMark]]) -> None:
        self.marks.set_marks(marks.get(self.section.id, []))

    def focus_problem(self, problem: Problem) -> None:
        """The words the problem is about selected in the text (its span, else the sentence it quotes — a remark
        of the 公开办 or the checks' “…”), and its message on the line under it."""
        self.marks.go_to(problem)

    def _edited(self, edit: Edit) -> None:
        if self.section.id in edit.changes.sections or self.section.id in edit.changes.headings:
            self.changed.emit()

    def state(self) -> PageState:
        return text_state(self._session.report.text(self.section.id))

    def focus_first(self) -> None:
        self.editor.setFocus()



class PreamblePage(TextPage):
    """The unheaded opening under the title; offers the standard wording to start from."""

    is_part = False

    def __init__(self, session: OpenReport, parent: QWidget | None = None) -> None:
        super().__init__(session, Section(PREAMBLE, "", "text"), parent)
        self.key = PREAMBLE
        self.standard_button = QPushButton(self.tr("Insert the &standard opening"), objectName="standardButton")
        self.standard_button.setToolTip(
            self.tr("Legal basis, the parts of the report, the statistical period and the contact")
        )
        self.standard_button.clicked.connect(self._insert_standard)
        row = QHBoxLayout()
        row.addWidget(self.standard_button)
        row.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)  # a text page lays itself out in one column
        layout.insertLayout(0, row)

    def title(self) -> str:
        return self.tr("Opening")

    def subtitle(self) -> str:
        return self.tr("The paragraph under the title: legal basis, the parts, the statistical period "
                       "(1 January – 31 December), where the report is published and whom to ask.")

    def _placeholder(self) -> str:
        return self.tr("Write the opening here, or insert the standard opening and adapt it.")

    def _insert_standard(self) -> None:
        self.editor.insert_sentence(standard_preamble(self._session.report), message("insert.opening"))


class ClosingPage(TextPage):
    """The signature block; generated from the agency and the publication date while left empty."""

    is_part = False

    shows_reference = False  # last year's signature is no help

    def __init__(self, session: OpenReport, parent: QWidget | None = None) -> None:
        super().__init__(session, Section(CLOSING, "", "text"), parent)
        self.key = CLOSING

    def title(self) -> str:
        return self.tr("Signature block")

    def subtitle(self) -> str:
        return self.tr("Leave it empty to print the agency's name and the publication date.")

    def initialize_page(self) -> None:
        super().initialize_page()
        generated = "\n".join(self._session.report.closing_lines()) if not self._session.report.text(CLOSING) \
            else ""
        self.editor.setPlaceholderText(generated or self._placeholder())

    def _placeholder(self) -> str:
        return self.tr("Agency name\nDate, e.g. 2026年1月23日")

    def state(self) -> PageState:
        return PageState.COMPLETE if self._session.report.closing_lines() else PageState.EMPTY
