"""The wizard frame: a titled page stack with Back / Next / Finish, where any page can also be reached directly.

QWizard cannot jump to an arbitrary page without replaying its history, and the clerk must be able to jump from
the section list at any time, so this keeps QWizard's idioms (page title and subtitle, initialise on entry,
Back/Next/Finish) on a plain stack.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.domain import help_topics
from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.domain.checks.marks import TextMark
from disclosure_desktop.domain.report import Report


class PageState(StrEnum):
    EMPTY = "empty"
    PARTIAL = "partial"
    COMPLETE = "complete"


class WizardPage(QWidget):
    """A page of the report wizard; subclasses fill themselves from the session on `initialize_page`.

    What the report area asks of every page (a page answers for its own content, so nothing outside switches on
    page types): the checks' marks on its cells, whether it owns a cell, how to show a problem or a changed cell,
    last year's report, and the guide's entry for where the keyboard is.
    """

    changed = Signal()  # the page's state may have changed

    key = ""
    in_go_menu = True  # listed in the Go menu (the review page has F7 instead)
    is_part = False  # one of the report's numbered parts (一、二、…): Ctrl+1…9 reach it

    def title(self) -> str:
        return ""

    def subtitle(self) -> str:
        return ""

    def initialize_page(self) -> None:
        """Called each time the page is entered, as QWizardPage.initializePage."""

    def state(self) -> PageState:
        return PageState.EMPTY

    def focus_first(self) -> None:
        self.focusNextChild()

    def tab_chain(self) -> list[QWidget]:
        """Where Tab stops on this page, in reading order."""
        return focus_order(self)

    def owns_cell(self, cell_id: str) -> bool:
        """True when the cell is on this page (an undo, a problem or a remark leads here)."""
        return False

    def set_markers(self, markers: dict[str, tuple[str, str]]) -> None:
        """The live checks' marks ({cell id: (severity, tooltip)}); a page keeps those of its own cells."""

    def set_text_marks(self, marks: dict[str, list[TextMark]]) -> None:
        """Places in the texts that something is said about ({section id: marks}: the checks' problems, remarks);
        a page underlines those in its own text boxes."""

    def focus_cell(self, cell_id: str) -> bool:
        """Put the cursor in the cell; False when the page has no such cell."""
        return False

    def focus_problem(self, problem: Problem) -> None:
        """Show where the problem is: its cell, or its text."""
        self.focus_first()

    def set_previous(self, previous: Report | None) -> None:
        """Last year's report of the agency (None: there is none), for the pages that show it."""

    def help_key(self, format_id: str, focus: QWidget | None) -> str:
        """The guide's entry for this page, or for the cell the keyboard is in."""
        return help_topics.page_key(format_id, self.key)


def focus_order(widget: QWidget) -> list[QWidget]:
    """The widgets Tab stops at inside `widget`, in the order its layouts place them: top to bottom and, in a
    row, left to right (a form's label before its field)."""
    found: list[QWidget] = []

    def walk(layout: QLayout) -> None:
        for i in range(layout.count()):
            item = layout.itemAt(i)
            assert item is not None  # i is below the count
            child = item.widget()
            if child is not None:
                if child.focusPolicy() & Qt.FocusPolicy.TabFocus and child.focusProxy() is None:
                    found.append(child)
                if (inner := child.layout()) is not None:
                    walk(inner)
            elif (inner := item.layout()) is not None:
                walk(inner)

    if (outer := widget.layout()) is not None:
        walk(outer)
    return found


class ReportWizard(QWidget):
    currentChanged = Signal(int)
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportWizard")
        self._pages: list[WizardPage] = []
        self._title = QLabel(objectName="wizardTitle")
        self._subtitle = QLabel(objectName="wizardSubtitle")
        self._subtitle.setWordWrap(True)
        self._stack = QStackedWidget()
        self.back_button = QPushButton(self.tr("< &Back"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.finish_button = QPushButton(self.tr("&Finish"))
        self.next_button.setDefault(True)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        self.finish_button.clicked.connect(self.finished)
        self._step = QLabel(objectName="wizardStep")

        header = QFrame()
        header.setObjectName("wizardHeader")
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(16, 12, 16, 10)
        header_layout.addWidget(self._title)
        header_layout.addWidget(self._subtitle)

        buttons = QHBoxLayout()
        buttons.setContentsMargins(16, 8, 16, 12)
        buttons.addWidget(self._step)
        buttons.addStretch(1)
        self._tools = QHBoxLayout()  # the preview's toggle: beside the buttons, where the eye is
        buttons.addLayout(self._tools)
        buttons.addSpacing(12)
        for button in (self.back_button, self.next_button, self.finish_button):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self._stack, 1)
        layout.addLayout(buttons)

    def add_tool(self, widget: QWidget) -> None:
        self._tools.addWidget(widget)

    def buttons(self) -> list[QPushButton]:
        return [self.back_button, self.next_button, self.finish_button]

    def set_pages(self, pages: list[WizardPage]) -> None:
        while self._stack.count():
            widget = self._stack.widget(0)
            assert widget is not None  # the stack is not empty
            self._stack.removeWidget(widget)
            widget.deleteLater()
        self._pages = pages
        for page in pages:
            self._stack.addWidget(page)

    def pages(self) -> list[WizardPage]:
        return list(self._pages)

    def page(self, index: int) -> WizardPage:
        return self._pages[index]

    def index_of(self, key: str) -> int:
        for i, page in enumerate(self._pages):
            if page.key == key:
                return i
        return -1

    def current_index(self) -> int:
        return self._stack.currentIndex()

    def current_page(self) -> WizardPage | None:
        widget = self._stack.currentWidget()
        return widget if isinstance(widget, WizardPage) else None

    def set_current(self, index: int) -> None:
        if not 0 <= index < len(self._pages):
            return
        page = self._pages[index]
        page.initialize_page()
        self._stack.setCurrentIndex(index)
        self._title.setText(page.title())
        self._subtitle.setText(page.subtitle())
        self._subtitle.setVisible(bool(page.subtitle()))
        self._step.setText(self.tr("Step %1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(self._pages))))
        last = index == len(self._pages) - 1
        self.back_button.setEnabled(index > 0)
        self.next_button.setVisible(not last)
        self.finish_button.setVisible(last)
        (self.finish_button if last else self.next_button).setDefault(True)
        self.currentChanged.emit(index)

    def next(self) -> None:
        self.set_current(self.current_index() + 1)
        page = self.current_page()
        if page is not None:
            page.focus_first()

    def back(self) -> None:
        self.set_current(self.current_index() - 1)
        page = self.current_page()
        if page is not None:
            page.focus_first()

    def retitle(self) -> None:
        page = self.current_page()
        if page is not None:
            self._title.setText(page.title())
            self._subtitle.setText(page.subtitle())


def heading_label(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("fieldHeading")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label
