"""What the window asks the clerk about a shared database: their name, once (colleagues see it beside what they
changed and which report they have open), and the password when no keyring keeps it."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from disclosure_desktop.gui.widgets.screen_fit import keep_on_screen


class NameDialog(QDialog):
    """The clerk's name for the audit log and the 正在编辑 mark; kept in the settings (editable there)."""

    def __init__(self, suggested: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("clerkNameDialog")
        self.setWindowTitle(self.tr("Your name"))
        self.setMinimumWidth(440)
        text = QLabel(self.tr("On a shared database your colleagues see who has a report open and who changed what. "
                              "The name is kept in the settings (Edit ▸ Settings ▸ Shared database)."), wordWrap=True)
        self.name_edit = QLineEdit(suggested, objectName="clerkNameEdit")
        self.name_edit.setPlaceholderText(self.tr("e.g. 张三, 办公室"))
        label = QLabel(self.tr("Your &name:"))
        label.setBuddy(self.name_edit)
        self.name_edit.setAccessibleName(label.text().replace("&", "").rstrip(":："))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Later"))
        self.ok_button = buttons.addButton(self.tr("&OK"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.ok_button.setObjectName("clerkNameOk")
        self.ok_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name_edit.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.ok_button.setEnabled(bool(suggested.strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(label)
        layout.addWidget(self.name_edit)
        layout.addWidget(buttons)

    def name(self) -> str:
        return self.name_edit.text().strip()


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
