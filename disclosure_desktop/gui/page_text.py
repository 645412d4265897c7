"""Wizard pages whose content is narrative text: the parts written in prose, the opening and the signature."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.formats import CLOSING, PREAMBLE, Section
from disclosure_desktop.domain.textblocks import split_blocks
from disclosure_desktop.gui.autosave import ReportSession
from disclosure_desktop.gui.flow_layout import FlowLayout
from disclosure_desktop.gui.wizard import PageState, WizardPage

# Below this many characters of paragraph text a part reads as started, not written.
COMPLETE_CHARS = 15


def text_state(text: str) -> PageState:
    blocks = split_blocks(text)
    if not blocks:
        return PageState.EMPTY
    body = sum(len(b.body) for b in blocks)
    return PageState.COMPLETE if body >= COMPLETE_CHARS else PageState.PARTIAL


class NarrativeEditor(QPlainTextEdit):
    """Plain text with one paragraph or sub-heading per line, as the report prints it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("narrativeEdit")
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        from disclosure_desktop.gui.narrative_highlighter import NarrativeHighlighter

        self._highlighter = NarrativeHighlighter(self.document())

    def insert_heading(self, text: str) -> None:
        """Put a sub-heading on a line of its own at the cursor."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        if cursor.positionInBlock() > 0:
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            cursor.insertText("\n")
        cursor.insertText(text + "\n")
        cursor.endEditBlock()
        self.setTextCursor(cursor)
        self.setFocus()


class TextPage(WizardPage):
    """A narrative part of the report, with the official sub-headings offered as one-click insertions."""

    def __init__(self, session: ReportSession, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.section = section
        self.key = f"section:{section.id}"
        self.editor = NarrativeEditor()
        self.editor.setPlaceholderText(self._placeholder())
        self.heading_edit: QLineEdit | None = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        if session.report.format.numbered:
            # Numbered free layouts let the agency word its own part headings, as published reports do.
            self.heading_edit = QLineEdit(objectName="headingEdit")
            self.heading_edit.setPlaceholderText(section.heading)
            self.heading_edit.textEdited.connect(self._heading_edited)
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("Heading:")))
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
        layout.addWidget(self.editor, 1)
        self.editor.textChanged.connect(self._text_changed)

    def _placeholder(self) -> str:
        lines = [self.tr("Write this part here. One paragraph per line.")]
        if self.section.hints:
            lines.append(self.tr("Lines starting with （一）, 1. or （1） become sub-headings, e.g.:"))
            lines.append(self.section.hints[0])
        return "\n".join(lines)

    def title(self) -> str:  # type: ignore[override]
        override = self._session.report.headings.get(self.section.id, "")
        return override or self.section.heading

    def subtitle(self) -> str:
        return self.tr("Required part of the report.") if self.section.required else ""

    def initialize_page(self) -> None:
        report = self._session.report
        text = report.text(self.section.id)
        if self.editor.toPlainText() != text:
            with QSignalBlocker(self.editor):
                self.editor.setPlainText(text)
        if self.heading_edit is not None:
            self.heading_edit.setText(report.headings.get(self.section.id, ""))

    def _text_changed(self) -> None:
        self._session.record(Changes(sections={self.section.id: self.editor.toPlainText()}))
        self.changed.emit()

    def _heading_edited(self, text: str) -> None:
        self._session.record(Changes(headings={self.section.id: text.strip()}))
        self.changed.emit()

    def state(self) -> PageState:
        return text_state(self._session.report.text(self.section.id))

    def focus_first(self) -> None:
        self.editor.setFocus()


class PreamblePage(TextPage):
    """The unheaded opening under the title; offers the standard wording to start from."""

    def __init__(self, session: ReportSession, parent: QWidget | None = None) -> None:
        super().__init__(session, Section(PREAMBLE, "", "text"), parent)
        self.key = PREAMBLE
        self.standard_button = QPushButton(self.tr("Insert the standard opening"), objectName="standardButton")
        self.standard_button.setToolTip(
            self.tr("Legal basis, the parts of the report, the statistical period and the contact")
        )
        self.standard_button.clicked.connect(self._insert_standard)
        row = QHBoxLayout()
        row.addWidget(self.standard_button)
        row.addStretch(1)
        self.layout().insertLayout(0, row)

    def title(self) -> str:  # type: ignore[override]
        return self.tr("Opening")

    def subtitle(self) -> str:
        return self.tr("The paragraph under the title: legal basis, the parts, the statistical period "
                       "(1 January – 31 December), where the report is published and whom to ask.")

    def _placeholder(self) -> str:
        return self.tr("Write the opening here, or insert the standard opening and adapt it.")

    def _insert_standard(self) -> None:
        from disclosure_desktop.domain.boilerplate import standard_preamble

        cursor = self.editor.textCursor()
        cursor.insertText(standard_preamble(self._session.report))
        self.editor.setFocus()


class ClosingPage(TextPage):
    """The signature block; generated from the agency and the publication date while left empty."""

    def __init__(self, session: ReportSession, parent: QWidget | None = None) -> None:
        super().__init__(session, Section(CLOSING, "", "text"), parent)
        self.key = CLOSING

    def title(self) -> str:  # type: ignore[override]
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
