"""File ▸ 连接共享数据库…: the server, port, database, user and password of a shared database, a 测试连接 that
answers in words off the GUI thread, and whether the system's keyring keeps the password (never the settings)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from disclosure_desktop import credentials
from disclosure_desktop.gui.widgets.screen_fit import keep_on_screen
from disclosure_desktop.messages import ReportDataError
from disclosure_desktop.runtime.jobs import Job

DEFAULT_PORT = 5432
DEFAULT_DATABASE = "disclosure"  # as scripts/shared_server.sh names it (workflows/shared_connect.py)


@dataclass(frozen=True)
class Fields:
    """What the dialog holds, as plain text for the job thread (no widget crosses threads)."""

    host: str
    port: int
    database: str
    user: str
    password: str


def test_connection(fields: Fields, kept_password: bool) -> str:
    """On the job's thread: the answer in words, or ReportDataError in words (nothing is changed on the server)."""
    from disclosure_desktop.workflows import shared_connect

    server = shared_connect.ServerFields(fields.host, fields.port, fields.database, fields.user)
    missing = server.missing()
    if missing:
        raise ReportDataError(missing)
    url = server.url()
    password = fields.password or (credentials.stored(url) if kept_password else None)
    return shared_connect.try_connection(url, password)


class ConnectDialog(QDialog):
    """Asks for a shared database; `url()` (no password), `password()` and `remember()` when accepted."""

    answered = Signal(bool)  # a test finished: True when the database can be used (tests wait for it)

    def __init__(self, host: str = "", port: int = DEFAULT_PORT, database: str = DEFAULT_DATABASE, user: str = "",
                 *, clerk_name: str = "", keyring_available: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        keep_on_screen(self)
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to a shared database"))
        self.setMinimumWidth(520)
        self._job: Job | None = None
        self._connect_after = False  # Connect waits for the test, then accepts when the database can be used
        self.reached = False
        self.host_edit = QLineEdit(host, objectName="connectHost")
        self.host_edit.setPlaceholderText(self.tr("e.g. 192.168.1.10 or db.office.local"))
        self.port_edit = QSpinBox()
        self.port_edit.setObjectName("connectPort")
        self.port_edit.setRange(1, 65535)
        self.port_edit.setValue(port)
        self.database_edit = QLineEdit(database, objectName="connectDatabase")
        self.user_edit = QLineEdit(user, objectName="connectUser")
        self.password_edit = QLineEdit(objectName="connectPassword", echoMode=QLineEdit.EchoMode.Password)
        # Asked here, once: colleagues see it beside what the clerk changed and the report they have open.
        self.name_edit = QLineEdit(clerk_name, objectName="connectClerkName")
        self.name_edit.setPlaceholderText(self.tr("as colleagues will see it, e.g. 张三 (办公室)"))
        self.remember_box = QCheckBox(self.tr("&Remember the password in the system's keyring"),
                                      objectName="connectRemember")
        self.remember_box.setChecked(keyring_available)
        self.remember_box.setEnabled(keyring_available)
        if not keyring_available:
            self.remember_box.setToolTip(self.tr("This computer has no keyring: the password is asked at each "
                                                 "start and never written down"))
            self.password_edit.setPlaceholderText(self.tr("asked at each start: this computer has no keyring"))
        else:
            self.password_edit.setPlaceholderText(self.tr("empty: the one the keyring keeps"))
        form = QFormLayout()
        for text, field in ((self.tr("&Server:"), self.host_edit), (self.tr("&Port:"), self.port_edit),
                            (self.tr("&Database:"), self.database_edit), (self.tr("&User name:"), self.user_edit),
                            (self.tr("Pass&word:"), self.password_edit), (self.tr("Your na&me:"), self.name_edit)):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", "").rstrip(":："))
            form.addRow(label, field)
        form.addRow("", self.remember_box)
        self.test_button = QPushButton(self.tr("&Test connection"), objectName="testConnection")
        self.test_button.clicked.connect(lambda: self.test(connect_after=False))
        self.answer = QLabel(objectName="connectAnswer", wordWrap=True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.answer.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Cancel"))
        self.connect_button = buttons.addButton(self.tr("Co&nnect"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        buttons.accepted.connect(lambda: self.test(connect_after=True))
        buttons.rejected.connect(self.reject)
        intro = QLabel(self.tr("The reports of the whole office on a PostgreSQL server, which several clerks write "
                               "at once. Your IT colleague gives you these details (scripts/shared_server.sh "
                               "prints them)."), wordWrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.answer)
        layout.addWidget(buttons)
        (self.user_edit if host else self.host_edit).setFocus()

    def fields(self) -> Fields:
        return Fields(self.host_edit.text().strip(), self.port_edit.value(), self.database_edit.text().strip(),
                      self.user_edit.text().strip(), self.password_edit.text())

    def clerk_name(self) -> str:
        return self.name_edit.text().strip()

    def password(self) -> str:
        return self.password_edit.text()

    def remember(self) -> bool:
        return self.remember_box.isEnabled() and self.remember_box.isChecked()

    def test(self, *, connect_after: bool) -> None:
        """Try the server on a job of its own: the window stays alive while a far server takes its time. Connect
        tries it too, and asks the clerk's name before it."""
        if connect_after and not self.clerk_name():
            self.answer.setText(self.tr("Enter your name: colleagues see it beside your changes."))
            self.name_edit.setFocus()
            return
        if self._job is not None:
            self._connect_after = self._connect_after or connect_after
            return
        self._connect_after = connect_after
        self.reached = False
        self.answer.setText(self.tr("Reaching the server…"))
        self.test_button.setEnabled(False)
        fields, kept = self.fields(), self.remember_box.isEnabled()
        job = Job(lambda _progress: test_connection(fields, kept), self.tr("Test the connection"), self)
        job.finished.connect(lambda ok, j=job: self._answered(j, ok))
        self._job = job
        job.start()

    def _answered(self, job: Job, ok: bool) -> None:
        self._job = None
        self.test_button.setEnabled(True)
        job.deleteLater()
        error = job.error
        if ok:
            text, self.reached = str(job.result), True
        elif isinstance(error, ReportDataError):
            text = str(error)
        else:  # a fault of the program: logged by the job; said without the driver's text
            text = self.tr("The connection could not be tested: %1").replace("%1", type(error).__name__)
        self.answer.setText(text[:1].upper() + text[1:])  # the catalogue's words begin a sentence here
        self.answered.emit(self.reached)
        if self.reached and self._connect_after:
            self.accept()

    def url(self) -> str:
        from disclosure_desktop.workflows import shared_connect

        f = self.fields()
        return shared_connect.ServerFields(f.host, f.port, f.database, f.user).url()

    def done(self, result: int) -> None:
        # A test under way (up to the connect time-out) is left to end on its own: its thread must outlive this
        # dialog, so the job goes to the application and deletes itself when it ends.
        job, self._job = self._job, None
        if job is not None:
            job.finished.disconnect()
            job.setParent(QCoreApplication.instance())
            job.finished.connect(job.deleteLater)
        super().done(result)
