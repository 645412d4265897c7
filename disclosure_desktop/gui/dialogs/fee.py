"""The 信息处理费 calculator of part 六: what each charging method of 国办函〔2020〕109号 gives, and the statement.

Both methods are shown side by side because the agency chooses one per application (第三条); the lower is marked.
The year's figures (notices, amount notified, amount collected) make the sentence part 六 must contain.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.domain.fees import fee_sentence, per_application_fee, quote, yuan
from disclosure_desktop.gui.widgets.screen_fit import keep_on_screen


class FeeDialog(QDialog):
    insert_requested = Signal(str)  # the fee statement, for the part's text at the cursor

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)  # never larger than the screen, never off it
        self.setObjectName("feeDialog")
        self.setWindowTitle(self.tr("Processing fees (信息处理费)"))

        calculator = QGroupBox(self.tr("What one application costs"))
        self.applications = QSpinBox(minimum=0, maximum=999, value=1)
        self.applications.setObjectName("applicationsSpin")
        self.applications.setToolTip(self.tr("How many applications this applicant has made this calendar month, "
                                             "this one included"))
        self.pages = QSpinBox(minimum=0, maximum=99999, value=0)
        self.pages.setObjectName("pagesSpin")
        self.per_application = QLabel(objectName="perApplicationResult")
        self.per_page = QLabel(objectName="perPageResult")
        for label in (self.per_application, self.per_page):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Broken by hand, not wrapped: a wrapped label in a form is laid out too short and cut off.
        rules = QLabel(
            self.tr("By number (按件), per applicant and calendar month: applications 1–10 are free,\n"
                    "11–30 cost 100 yuan each, and from the 31st each further 10 cost 100 yuan more.\n"
                    "By volume (按量), per application: pages 1–30 are free, 31–100 cost 10 yuan,\n"
                    "101–200 20 yuan and from 201 on 40 yuan a page.\n"
                    "One method per application (国办函〔2020〕109号)."),
            objectName="hintLabel")
        form = QFormLayout(calculator)
        form.addRow(self.tr("&Applications of this applicant this month:"), self.applications)
        form.addRow(self.tr("By number (按件):"), self.per_application)
        form.addRow(self.tr("&Pages of information in this application:"), self.pages)
        form.addRow(self.tr("By volume (按量):"), self.per_page)
        form.addRow(rules)

        year = QGroupBox(self.tr("This year's charges, for the report"))
        self.notices = QSpinBox(minimum=0, maximum=99999)
        self.notices.setObjectName("noticesSpin")
        self.notified = self._amount("notifiedSpin")
        self.collected = self._amount("collectedSpin")
        self.sentence = QLabel(objectName="feeSentence")  # unwrapped: the dialog widens for a long one
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        year_form = QFormLayout(year)
        year_form.addRow(self.tr("Fee &notices issued:"), self.notices)
        year_form.addRow(self.tr("Amount n&otified:"), self.notified)
        year_form.addRow(self.tr("Amount &collected:"), self.collected)
        year_form.addRow(self.tr("Statement:"), self.sentence)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.insert_button = QPushButton(self.tr("&Insert the fee statement"), objectName="insertFeeButton")
        self.insert_button.setDefault(True)
        buttons.addButton(self.insert_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.insert_button.clicked.connect(self._insert)

        layout = QVBoxLayout(self)
        layout.addWidget(calculator)
        layout.addWidget(year)
        layout.addWidget(buttons)
        for spin in (self.applications, self.pages, self.notices, self.notified, self.collected):
            spin.valueChanged.connect(self._update)
        self.resize(640, self.sizeHint().height())
        self._update()

    def _amount(self, name: str) -> QDoubleSpinBox:
        spin = QDoubleSpinBox(minimum=0, maximum=99_999_999, decimals=2)
        spin.setObjectName(name)
        spin.setSuffix(self.tr(" yuan"))
        spin.setGroupSeparatorShown(False)
        return spin

    @staticmethod
    def _decimal(spin: QDoubleSpinBox) -> Decimal:
        return Decimal(f"{spin.value():.2f}")

    def statement(self) -> str:
        return fee_sentence(self.notices.value(), self._decimal(self.notified), self._decimal(self.collected))

    def _update(self) -> None:
        n, pages = self.applications.value(), self.pages.value()
        fees = quote(n, pages)
        lower = fees.lower if n and pages else None
        mark = self.tr(" (the lower)")
        self.per_application.setText(
            self.tr("%1 yuan for this one (all %2 this month: %3 yuan)")
            .replace("%1", yuan(fees.per_application)).replace("%2", str(n))
            .replace("%3", yuan(per_application_fee(n)))
            + (mark if lower == fees.per_application and fees.per_page != fees.per_application else ""))
        self.per_page.setText(
            self.tr("%1 yuan for this one").replace("%1", yuan(fees.per_page))
            + (mark if lower == fees.per_page and fees.per_page != fees.per_application else ""))
        self.sentence.setText(self.statement())

    def _insert(self) -> None:
        self.insert_requested.emit(self.statement())
        self.accept()
