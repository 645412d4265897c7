"""The files of the batch that were not taken, each with its reason — not a report, another year, a unit not on
the list, a name waiting for a person to confirm, the same bytes as a file taken — so that no file is lost silently."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop.messages import message
from disclosure_desktop.review.batch import BatchReview
from disclosure_desktop.review.intake import DuplicateFile

WAITING = QColor("#fff4ce")


class FilesView(QWidget):
    confirm_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("deskFiles")
        self.table = QTableWidget(0, 2, objectName="filesTable")
        self.table.setHorizontalHeaderLabels([message("review.col.file"), message("review.col.reason")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.note = QLabel(objectName="deskHint")
        self.note.setWordWrap(True)
        self.confirm_button = QPushButton(self.tr("Say which &unit…"), objectName="confirmDoubtful")
        self.confirm_button.setToolTip(self.tr("Reports whose agency is close to a unit's name are taken once you "
                                               "say which unit sent them"))
        self.confirm_button.clicked.connect(self.confirm_requested)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.confirm_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def show_files(self, review: BatchReview | None, duplicates: list[DuplicateFile]) -> int:
        """Every file not taken; returns how many."""
        rows: list[tuple[str, str, bool]] = []
        if review is not None:
            waiting = {d.file.name for d in review.doubtful}
            rows += [(r.file, r.reason, r.file in waiting) for r in review.not_taken()]
        rows += [(d.file, message("review.duplicate_of", file=d.same_as), False) for d in duplicates]
        self.table.setRowCount(len(rows))
        for number, (name, reason, waits) in enumerate(rows):
            for column, text in enumerate((name, reason)):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if waits:
                    item.setBackground(QBrush(WAITING))
                self.table.setItem(number, column, item)
        self.table.resizeRowsToContents()
        doubtful = len(review.doubtful) if review is not None else 0
        self.confirm_button.setEnabled(doubtful > 0)
        self.note.setText(self.tr("%1 report(s) wait for you to say which unit sent them.").replace("%1", str(doubtful))
                          if doubtful else self.tr("Every file read is either taken or listed here with the reason."))
        return len(rows)
