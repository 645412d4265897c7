"""完成 (Finish): where the report stands — ready or not, what is still open — and the steps that follow it
(export, 签发, 报送, publishing by the deadline), each a button; then back to the list or on with the report."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from disclosure_desktop.domain.checks.checklist import Checklist
from disclosure_desktop.gui.widgets.screen_fit import keep_on_screen

WIDTH = 560


class Next(StrEnum):
    """What the clerk chose to do next."""

    EXPORT = "export"
    SIGN = "sign"
    SUBMIT = "submit"
    PUBLISH = "publish"
    LIST = "list"
    STAY = "stay"


class FinishDialog(QDialog):
    def __init__(self, title: str, checklist: Checklist, unfinished: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("finishDialog")
        self.setWindowTitle(self.tr("Finish"))
        self.setMinimumWidth(WIDTH)
        self.chosen = Next.STAY

        heading = QLabel(title, objectName="finishTitle")
        heading.setWordWrap(True)
        font = heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        heading.setFont(font)
        self.state = QLabel(self._state(checklist, unfinished), objectName="finishState")
        self.state.setWordWrap(True)
        self.state.setProperty("ready", checklist.ready and not unfinished)
        self.state.setStyleSheet("QLabel#finishState { padding: 6px 10px; border-radius: 4px; background: #fdecea;"
                                 " color: #8c1d18; } QLabel#finishState[ready=\"true\"] { background: #e6f4ea;"
                                 " color: #0d3d1c; }")
        steps = QLabel(self.tr("Next steps:"), objectName="finishStepsHeading")

        self.export_button = QPushButton(self.tr("&Export…"), objectName="finishExport")
        self.export_button.setToolTip(self.tr("PDF to print, sign and seal; Word for the superior office; the web "
                                              "page for the website's annual report column"))
        self.sign_button = QPushButton(self.tr("Si&gn (签发)…"), objectName="finishSign")
        self.sign_button.setToolTip(self.tr("Freeze the version that is signed and sealed (Versions and signing)"))
        self.submit_button = QPushButton(self.tr("S&ubmit…"), objectName="finishSubmit")
        self.submit_button.setToolTip(self.tr("Write the submission package of the signed version for the "
                                              "disclosure office"))
        self.publish_button = QPushButton(self.tr("Recor&d publication…"), objectName="finishPublish")
        self.publish_button.setToolTip(self.tr("When and where the report was published"))
        rows = [
            (self.export_button, self.tr("1. Export the report: the PDF to print, sign and seal, Word for the "
                                         "superior office, the web page for the website.")),
            (self.sign_button, self.tr("2. 签发: once it is signed, freeze that version, so that later edits "
                                       "never change what was signed.")),
            (self.submit_button, self.tr("3. 报送: the signed version's package for the disclosure office, if it "
                                         "reviews the reports of your level.")),
            (self.publish_button, self.tr("4. Publish it in the website's annual report column by the deadline "
                                          "the review page names (31 January for a department, 31 March for a "
                                          "people's government), and record when and where.")),
        ]
        self.list_button = QPushButton(self.tr("&Back to the list of reports"), objectName="finishList")
        self.stay_button = QPushButton(self.tr("&Stay in the report"), objectName="finishStay")
        self.stay_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.state)
        layout.addSpacing(6)
        layout.addWidget(steps)
        for button, text in rows:
            row = QHBoxLayout()
            label = QLabel(text)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            row.addWidget(label, 1)
            if button is not None:
                button.setAccessibleDescription(text)
                row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
        layout.addSpacing(6)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.list_button)
        bottom.addWidget(self.stay_button)
        layout.addLayout(bottom)

        for button, choice in ((self.export_button, Next.EXPORT), (self.sign_button, Next.SIGN),
                               (self.submit_button, Next.SUBMIT), (self.publish_button, Next.PUBLISH),
                               (self.list_button, Next.LIST), (self.stay_button, Next.STAY)):
            button.clicked.connect(lambda _=False, c=choice: self._choose(c))
        # As tall as its lines wrapped to its width: no empty band above the buttons.
        self.resize(WIDTH, layout.totalHeightForWidth(WIDTH))

    def _state(self, checklist: Checklist, unfinished: list[str]) -> str:
        lines = []
        if checklist.ready and not unfinished:
            lines.append(self.tr("Ready to publish: every part is filled in, no errors, and every warning fixed or "
                                 "acknowledged."))
        elif checklist.errors or checklist.warnings:
            lines.append(self.tr("Not ready yet: %1 error(s) and %2 warning(s) to deal with on the review page.")
                         .replace("%1", str(checklist.errors)).replace("%2", str(checklist.warnings)))
        if unfinished:
            lines.append(self.tr("Not filled in yet: %1").replace("%1", "、".join(unfinished)))
        if checklist.acknowledged:
            lines.append(self.tr("%1 warning(s) acknowledged with a reason.").replace(
                "%1", str(checklist.acknowledged)))
        return "\n".join(lines)

    def _choose(self, choice: Next) -> None:
        self.chosen = choice
        if choice == Next.STAY:
            self.reject()
        else:
            self.accept()


def ask_next(title: str, checklist: Checklist, unfinished: list[str], parent: QWidget | None) -> Next:
    dialog = FinishDialog(title, checklist, unfinished, parent)
    try:
        dialog.exec()
        return dialog.chosen
    finally:
        dialog.deleteLater()
