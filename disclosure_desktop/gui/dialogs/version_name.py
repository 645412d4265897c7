"""Report ▸ Save a version…: the name of the version, asked with a label and buttons that have their Alt letters
(QInputDialog's have none)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from disclosure_desktop.gui.widgets.screen_fit import keep_on_screen


class VersionNameDialog(QDialog):
    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("versionNameDialog")
        self.setWindowTitle(self.tr("Save a version"))
        self.setMinimumWidth(420)
        self.name_edit = QLineEdit(name, objectName="versionNameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. sent to the superior office"))
        label = QLabel(self.tr("&Name of the version:"))
        label.setBuddy(self.name_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Qt's own Chinese 「取消」 has no letter: Alt+C as everywhere else in the dialog.
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        self.save_button = buttons.addButton(self.tr("&Save version"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("saveVersionButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.name_edit)
        layout.addWidget(buttons)
        self.name_edit.setAccessibleName(label.text().replace("&", "").rstrip(":："))

    def name(self) -> str:
        return self.name_edit.text().strip()


def ask_version_name(parent: QWidget | None, name: str = "") -> tuple[str, bool]:
    """(the name typed, whether the clerk chose to save), as QInputDialog.getText answers."""
    dialog = VersionNameDialog(name, parent)
    try:
        ok = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.name_edit.text(), ok
    finally:
        dialog.deleteLater()
