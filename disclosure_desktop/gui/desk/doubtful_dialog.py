"""Reports whose agency is only close to a unit's name (spec §13: never taken silently): for each, the file, the
name the report gives, and a choice — one of the close units, not on the list, or decide later."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.review.matching import Doubtful

LATER, NOT_LISTED = "", None  # the combo's data besides a unit's name


class DoubtfulDialog(QDialog):
    """`answers()` maps the SHA-256 of each file decided to its unit (None: not on the list)."""

    def __init__(self, doubtful: list[Doubtful], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("doubtfulDialog")
        self.setWindowTitle(self.tr("Confirm which unit sent these reports"))
        self.resize(820, 420)
        self._doubtful = list(doubtful)
        note = QLabel(self.tr("The agency these reports name is close to a unit of the list but not the same. A "
                              "report is taken for a unit only once you say so."), objectName="doubtfulNote")
        note.setWordWrap(True)
        self.table = QTableWidget(len(doubtful), 3, objectName="doubtfulTable")
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("The report names"), self.tr("It is from")])
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.choices: list[QComboBox] = []
        for row, item in enumerate(doubtful):
            self.table.setItem(row, 0, QTableWidgetItem(item.file.name))
            self.table.setItem(row, 1, QTableWidgetItem(item.file.report.agency))
            combo = QComboBox()
            combo.setObjectName(f"doubtfulChoice{row}")
            combo.addItem(self.tr("Decide later"), LATER)
            for unit in item.candidates:
                combo.addItem(unit, unit)
            combo.addItem(self.tr("Not on the units list"), NOT_LISTED)
            combo.setAccessibleName(self.tr("Unit of %1").replace("%1", item.file.name))
            self.table.setCellWidget(row, 2, combo)
            self.choices.append(combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def answers(self) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for item, combo in zip(self._doubtful, self.choices, strict=True):
            value = combo.currentData()
            if value != LATER:
                out[item.file.sha256] = value  # a unit's name, or None: not on the list
        return out
