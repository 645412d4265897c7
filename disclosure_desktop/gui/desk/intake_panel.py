"""The bar above the summary while files are read or a batch is checked: how many files of how many, the file
just read, and Cancel — the files read so far are kept, and taking the folder in again reads only the rest."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget


class IntakePanel(QFrame):
    cancel_requested = Signal()
    stepped = Signal(int, int)  # (files read, files to read) as shown: the clerk's — and a test's — view of it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("intakePanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(objectName="intakeLabel")
        self.bar = QProgressBar()
        self.bar.setObjectName("intakeProgress")
        self.bar.setMinimumWidth(240)
        self.cancel_button = QPushButton(self.tr("&Cancel"), objectName="intakeCancel")
        self.cancel_button.setToolTip(self.tr("Stop after the files being read now; what was read is kept"))
        self.cancel_button.clicked.connect(self._cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.hide()

    def start(self, text: str, cancellable: bool = True) -> None:
        """Busy (no count yet) with `text`; Cancel only where the work can stop part-way."""
        self.label.setText(text)
        self.bar.setRange(0, 0)
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        self.show()

    def progressed(self, done: int, total: int, name: str) -> None:
        self.stepped.emit(done, total)
        if total and done >= total:
            self.bar.setRange(0, 0)  # every file read: the checks of the whole batch follow
            self.label.setText(self.tr("All %1 files read; checking the reports and comparing the units…")
                               .replace("%1", str(total)))
            self.cancel_button.setEnabled(False)
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        self.label.setText(self.tr("%1 of %2 files read — %3").replace("%1", str(done)).replace("%2", str(total))
                           .replace("%3", name))

    def _cancel(self) -> None:
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Stopping after the files being read now…"))
        self.cancel_requested.emit()

    def finish(self) -> None:
        self.hide()
