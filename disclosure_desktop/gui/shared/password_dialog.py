"""The password of a shared database, asked when the window opens it and no keyring keeps it (or the one kept was
refused)."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from disclosure_desktop.gui.widgets.screen_fit import keep_on_screen


class PasswordDialog(QDialog):
    """The password of a shared database the keyring does not keep (or kept a wrong one for)."""

    def __init__(self, shown_url: str, why: str, *, keyring_available: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("passwordDialog")
        self.setWindowTitle(self.tr("Password of the shared database"))
        self.setMinimumWidth(480)
        intro = QLabel(self.tr("The shared database %1 asks for your password.").replace("%1", shown_url),
                       wordWrap=True)
        reason = QLabel(why, objectName="passwordReason", wordWrap=True)
        reason.setVisible(bool(why))
        self.password_edit = QLineEdit(objectName="passwordEdit", echoMode=QLineEdit.EchoMode.Password)
        label = QLabel(self.tr("Pass&word:"))
        label.setBuddy(self.password_edit)
        self.password_edit.setAccessibleName(label.text().replace("&", "").rstrip(":："))
        self.remember_box = QCheckBox(self.tr("&Remember the password in the system's keyring"),
                                      objectName="passwordRemember")
        self.remember_box.setChecked(keyring_available)
        self.remember_box.setEnabled(keyring_available)
        if not keyring_available:
            self.remember_box.setToolTip(self.tr("This computer has no keyring: the password is asked at each "
                                                 "start and never written down"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        ok = buttons.addButton(self.tr("Co&nnect"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("passwordConnect")
        ok.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, reason, label, self.password_edit, self.remember_box, buttons):
            layout.addWidget(widget)

    def password(self) -> str:
        return self.password_edit.text()

    def remember(self) -> bool:
        return self.remember_box.isEnabled() and self.remember_box.isChecked()
