"""Colours that tell a clerk where each table number came from, and the legend that explains them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from disclosure_desktop.domain.report import CellSource

# Pale tints so the numbers stay black-on-light and readable when printed from a screenshot.
SOURCE_BACKGROUND: dict[CellSource, QColor] = {
    CellSource.TYPED: QColor("#ffffff"),
    CellSource.COMPUTED: QColor("#eceff3"),
    CellSource.IMPORTED: QColor("#e3efff"),
    CellSource.CARRIED: QColor("#e4f4e4"),
}
# A total the clerk has not filled yet still looks like a total.
TOTAL_BACKGROUND = SOURCE_BACKGROUND[CellSource.COMPUTED]
LABEL_BACKGROUND = QColor("#f6f4ee")
TITLE_BACKGROUND = QColor("#ebe7dc")
GRID_COLOUR = QColor("#8a8f99")

MARKER_BACKGROUND = {"error": QColor("#fde0dd"), "warning": QColor("#fff3c4")}
MARKER_BORDER = {"error": QColor("#c62828"), "warning": QColor("#c98a00")}


def source_label(source: CellSource) -> str:
    """The clerk-facing name of a cell source, in the UI language."""
    labels = {
        CellSource.TYPED: QCoreApplication.translate("SourceLegend", "Typed"),
        CellSource.COMPUTED: QCoreApplication.translate("SourceLegend", "Computed total"),
        CellSource.IMPORTED: QCoreApplication.translate("SourceLegend", "Imported"),
        CellSource.CARRIED: QCoreApplication.translate("SourceLegend", "Carried over from last year"),
    }
    return labels[source]


class _Swatch(QWidget):
    """A small sample cell in the colour the table gives a cell of that source — no figure in it: a sample
    「12」 read as a count of something, the label beside it says what the colour means."""

    def __init__(self, source: CellSource, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(int(em * 2.2), em + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.rect().adjusted(0, 0, -1, -1)
        painter.fillRect(rect, SOURCE_BACKGROUND[self.source])
        painter.setPen(GRID_COLOUR)
        painter.drawRect(rect)


class SourceLegend(QWidget):
    """One line under the table: a sample cell and its name for each source of a number."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._labels: dict[CellSource, QLabel] = {}
        for source in CellSource:
            swatch = _Swatch(source, self)
            label = QLabel(self)
            label.setBuddy(swatch)
            layout.addWidget(swatch)
            layout.addWidget(label)
            layout.addSpacing(12)
            self._labels[source] = label
        layout.addStretch(1)
        self._retranslate()

    def labels(self) -> dict[CellSource, str]:
        return {source: label.text() for source, label in self._labels.items()}

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        for source, label in self._labels.items():
            label.setText(source_label(source))
            label.buddy().setAccessibleName(source_label(source))
        self.setAccessibleName(self.tr("Where the numbers came from"))
