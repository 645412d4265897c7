"""The wizard's last page: what is still missing, each item one activation away from its page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from disclosure_desktop.gui.icons import state_icon
from disclosure_desktop.gui.wizard import PageState, WizardPage

KEY = "review"


class ReviewPage(WizardPage):
    key = KEY
    jump = Signal(str)  # page key

    def __init__(self, pages: list[WizardPage], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self.summary = QLabel(objectName="reviewSummary")
        self.summary.setWordWrap(True)
        self.items = QListWidget(objectName="reviewList")
        self.items.itemActivated.connect(lambda item: self.jump.emit(item.data(Qt.ItemDataRole.UserRole)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 12, 24, 12)
        layout.addWidget(self.summary)
        layout.addWidget(self.items, 1)

    def title(self) -> str:  # type: ignore[override]
        return self.tr("Review")

    def subtitle(self) -> str:
        return self.tr("Parts still empty or unfinished. Double-click or press Enter to go there.")

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

    def state(self) -> PageState:
        return PageState.COMPLETE
