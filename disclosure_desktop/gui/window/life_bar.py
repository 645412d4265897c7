"""What every page shows of the report's life (spec §12): the state above the section list, and — while the draft
differs from the signed version — a bar across the page that says so, with a comparison and the way back."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from disclosure_desktop.domain.life import LifeState
from disclosure_desktop.domain.versions import VersionInfo


class StateNames(QObject):
    """The states' names in the window's language (the command line's come from the core's catalogue)."""

    def name(self, state: LifeState | str) -> str:
        return {
            LifeState.DRAFT: self.tr("Draft"), LifeState.SIGNED: self.tr("Signed"),
            LifeState.CHANGED: self.tr("Signed · changed since"), LifeState.SUBMITTED: self.tr("Submitted"),
            LifeState.RETURNED: self.tr("Returned for correction"), LifeState.PASSED: self.tr("Passed"),
            LifeState.PUBLISHED: self.tr("Published"),
        }[LifeState(state)]


@cache
def _names() -> StateNames:
    return StateNames()


def state_name(state: LifeState | str) -> str:
    """起草 / 已签发 / 已签发 · 之后有修改 / 已报送 / 退回修改 / 已通过 / 已发布, as the window says them."""
    return _names().name(state)


class SignedBar(QFrame):
    """Shown on every page while the working copy differs from the latest signed version."""

    compare_requested = Signal()
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signedBar")
        self.setStyleSheet("QFrame#signedBar { background: #fff4d6; border-bottom: 1px solid #e0b44c; }"
                           "QFrame#signedBar QLabel { color: #4a3500; }")
        self.label = QLabel(objectName="signedBarText")
        self.label.setWordWrap(True)
        self.compare_button = QPushButton(self.tr("Co&mpare"), objectName="compareSignedButton")
        self.compare_button.setToolTip(self.tr("What changed since signing, side by side"))
        self.restore_button = QPushButton(self.tr("Back to the si&gned version…"), objectName="restoreSignedButton")
        self.restore_button.setToolTip(self.tr("The draft becomes the signed version again (Edit ▸ Undo takes it "
                                               "back)"))
        self.compare_button.clicked.connect(self.compare_requested)
        self.restore_button.clicked.connect(self.restore_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 6, 16, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.compare_button)
        layout.addWidget(self.restore_button)
        self.hide()

    def show_signed(self, signed: VersionInfo | None, differs: bool) -> None:
        if signed is None or not differs:
            self.hide()
            return
        self.label.setText(
            self.tr("Signed by %1 on %2 (version %3); the draft has changed since. What you export, submit or "
                    "publish should be what was signed: compare, go back to it, or sign again.")
            .replace("%1", signed.signed_by).replace("%2", signed.local_time[:16]).replace("%3", str(signed.id)))
        self.show()


class LifeStateLabel(QLabel):
    """The report's state, as the title bar and the report list say it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="lifeState")
        self.setWordWrap(True)
        self.setContentsMargins(8, 6, 8, 6)

    def show_state(self, state: LifeState, signed: VersionInfo | None) -> None:
        self.setText(self.tr("State: %1").replace("%1", state_name(state)))
        tip = ""
        if signed is not None:
            tip = self.tr("Signed by %1 on %2 (version %3)").replace("%1", signed.signed_by).replace(
                "%2", signed.local_time[:16]).replace("%3", str(signed.id))
        self.setToolTip(tip)
        self.setAccessibleName(self.text())
        changed = state == LifeState.CHANGED
        self.setStyleSheet("QLabel#lifeState { font-weight: bold; color: %s; }" % ("#8a5a00" if changed else
                                                                                     "#1f4e79"))


def with_state_above(state: LifeStateLabel, sections: QWidget) -> QWidget:
    """The section list with the state above it, as one pane."""
    pane = QWidget()
    pane.setObjectName("sectionPane")
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    layout.addWidget(state)
    layout.addWidget(sections, 1)
    return pane
