"""Report ▸ 连接共享数据库… and ▸ 使用本机数据库: the window reopened on a shared database or on the file on this
computer; the clerk's name asked once (in the connect dialog); a server's password from the keyring, or asked —
never in the settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from disclosure_desktop import credentials, options
from disclosure_desktop.gui.window.menus import MainMenus
from disclosure_desktop.paths import DATABASE_NAME, data_folder, database_target, is_database_url

LOGIN_FAILED = "db.login_failed"  # the message key of a refused login (storage/postgres.py)


class SwitchHost(Protocol):
    """What this controller uses of the window: its parent for dialogs, and reopening it on another database."""

    def dialog_parent(self) -> QWidget: ...

    def say(self, text: str, timeout_ms: int = 8000) -> None: ...

    def switch_database(self, target: Path | str) -> None: ...


def local_database() -> Path:
    """The file on this computer: $DISCLOSURE_DESKTOP_DB when it names a file, else the per-user one."""
    chosen = database_target(None)
    return chosen if isinstance(chosen, Path) else data_folder() / DATABASE_NAME


def remembered(given: Path | str | None) -> Path | str | None:
    """What the window opens: --db, else $DISCLOSURE_DESKTOP_DB (database_target reads it), else the shared database
    the clerk connected to last and did not leave, else None (the per-user file)."""
    if given is not None or database_target(None) != data_folder() / DATABASE_NAME:
        return given
    return options.shared_database() or None


class SharedControl(QObject):
    """The two menu entries, and what the window needs to open a server: the password and the clerk's name."""

    def __init__(self, actions: MainMenus, host: SwitchHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self._passwords: dict[str, str] = {}  # URL → password typed in this run (kept nowhere else)
        self.connect_action = QAction(self.tr("&Connect to a shared database…"), self)
        self.connect_action.setObjectName("connectShared")
        self.connect_action.setStatusTip(self.tr("Open the office's reports on a PostgreSQL server, which several "
                                                 "clerks write at once"))
        self.local_action = QAction(self.tr("Use the &local database"), self)
        self.local_action.setObjectName("useLocal")
        self.local_action.setStatusTip(self.tr("Go back to the reports kept on this computer"))
        menu = _menu_of(actions.backups)
        if menu is not None:  # before Backups…: where the database as a whole is chosen and kept
            menu.insertActions(actions.backups, [self.connect_action, self.local_action])
            menu.insertSeparator(actions.backups)
        self.connect_action.triggered.connect(self.connect_to_server)
        self.local_action.triggered.connect(self.use_local)
        self._backups = actions.backups

    def opened_on(self, target: Path | str) -> None:
        """The window opens `target`: going back to the file is offered only from a server, whose backups are
        the administrator's (`backup -o`, pg_dump), not the backup dialog's."""
        shared = is_database_url(target)
        self.local_action.setEnabled(shared)
        self._backups.setVisible(not shared)

    # --- connecting and leaving --------------------------------------------------------------------------------

    def connect_to_server(self) -> None:
        """Ask for the server (starting from the last one), and reopen the window on it when it can be used."""
        from disclosure_desktop.workflows import shared_connect  # SQLAlchemy is loaded by now (deferred.py)

        last = shared_connect.fields_of(options.last_shared_database())
        from disclosure_desktop.gui.shared.connect_dialog import ConnectDialog  # a dialog, on first use (deferred.py)

        dialog = ConnectDialog(last.host, last.port, last.database, last.user,
                               clerk_name=str(options.value(options.CLERK_NAME.key)),
                               keyring_available=credentials.available(), parent=self._host.dialog_parent())
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            url, password, remember = dialog.url(), dialog.password(), dialog.remember()
            options.set_value(options.CLERK_NAME.key, dialog.clerk_name())
        finally:
            dialog.deleteLater()
        self._keep_password(url, password, remember)
        options.use_shared_database(url)
        self._host.switch_database(url)

    def use_local(self) -> None:
        options.use_shared_database("")
        self._host.switch_database(local_database())

    # --- what opening a server needs -----------------------------------------------------------------------------

    def opening(self, target: Path | str) -> tuple[Callable[[], Path | str], str]:
        """The window opens `target`: the menu follows it, and it gets what a server needs — `login` and
        `user_name` below."""
        self.opened_on(target)
        return self.login(target), self.user_name(target)

    def login(self, target: Path | str) -> Callable[[], Path | str]:
        """For the database thread: `target` with the password to log in with (typed in this run, else the
        keyring's; a file as it is). The keyring may take its time (an unlock prompt): not on the GUI thread."""
        if not is_database_url(target):
            return lambda: target
        url, typed = str(target), self._passwords.get(str(target))

        def with_password() -> str:
            from disclosure_desktop.workflows import shared_connect

            return shared_connect.with_password(url, typed or credentials.stored(url))

        return with_password

    def user_name(self, target: Path | str) -> str:
        """Who the audit log and the 正在编辑 mark name: the settings' name (the connect dialog asks it once).

        A window started on a server by --db or $DISCLOSURE_DESKTOP_DB before any connect has none yet: it opens
        all the same — nothing may stand in the way of the start (a program an office starts for its clerks) — the
        log names the server login meanwhile, and the status bar says where the name is given."""
        name = str(options.value(options.CLERK_NAME.key)).strip()
        if not name and is_database_url(target):
            self._host.say(self.tr("Colleagues see your server login until you give your name: Edit ▸ Settings ▸ "
                                   "Shared database"), 30000)
        return name

    def ask_password(self, target: Path | str, error: Exception) -> bool:
        """After a refused login: the password asked (True: try again with it); False for any other failure, or
        when the clerk cancelled (the window then says why it opened nothing)."""
        if not is_database_url(target) or getattr(error, "key", "") != LOGIN_FAILED:
            return False
        url = str(target)
        tried = url in self._passwords or credentials.stored(url) is not None  # else: none was given yet
        from disclosure_desktop.gui.shared.password_dialog import PasswordDialog  # a dialog, on first use (deferred.py)

        dialog = PasswordDialog(url, str(error) if tried else "", keyring_available=credentials.available(),
                                parent=self._host.dialog_parent())
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            self._keep_password(url, dialog.password(), dialog.remember())
        finally:
            dialog.deleteLater()
        return True

    def _keep_password(self, url: str, password: str, remember: bool) -> None:
        """In this run's memory; in the keyring only when the clerk asked for it (and one exists)."""
        if not password:
            return
        self._passwords[url] = password
        if remember:
            credentials.keep(url, password)
        else:
            credentials.forget(url)


def _menu_of(action: QAction) -> QMenu | None:
    return next((o for o in action.associatedObjects() if isinstance(o, QMenu)), None)
