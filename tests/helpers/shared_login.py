"""A PostgreSQL cluster that asks for passwords (scram-sha-256) as an office's does, a keyring kept in memory for the
test, and the connect dialog's fields filled from a URL — for the tests of connecting the window."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend
from keyring.compat import properties
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from disclosure_desktop.gui.shared.connect_dialog import ConnectDialog
from disclosure_desktop.storage import upgrade
from tests.helpers.keys import type_text

CLERK, RIGHT = "zhangsan", "Zheng-que 密码 1"
DATABASE = "disclosure"


def password_server(superuser_url: str, folder: Path) -> str:
    """Make the cluster in `folder` ask every login but the superuser's for its password, with a clerk (owner of a
    database at this program's schema) whose password is RIGHT; the clerk's URL, without the password."""
    admin = create_engine(superuser_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE ROLE {CLERK} LOGIN SUPERUSER PASSWORD '{RIGHT}'"))
        conn.execute(text(f"CREATE DATABASE {DATABASE} OWNER {CLERK}"))
        hba = Path(conn.scalar(text("SHOW hba_file")))
        hba.write_text("local all all trust\nhost all postgres 127.0.0.1/32 trust\n"
                       "host all all 127.0.0.1/32 scram-sha-256\n", "utf-8")
        conn.execute(text("SELECT pg_reload_conf()"))
    admin.dispose()
    url = make_url(superuser_url)
    upgrade.upgrade(url.set(database=DATABASE).render_as_string(hide_password=False))
    return url.set(username=CLERK, database=DATABASE).render_as_string(hide_password=False)


class MemoryKeyring(KeyringBackend):
    """A system keyring for one test: what it keeps, it keeps in this dictionary."""

    @properties.classproperty
    def priority(cls) -> float:
        # Not viable: keyring never picks it by itself (it would, for every later test, once this is imported).
        raise RuntimeError("a keyring for one test, set with keyring.set_keyring only")

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)


@contextmanager
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    try:
        yield kept
    finally:
        keyring.set_keyring(before)


@contextmanager
def silent_server() -> Iterator[int]:
    """A port that takes the connection and never answers (a server that hangs): the login waits for its
    time-out. Yields the port."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join()
        for conn in held:
            conn.close()
        listener.close()


def fill(dialog: ConnectDialog, url: str, password: str = "") -> None:
    """Type the URL's parts into the dialog's fields as a clerk would."""
    parts = make_url(url)
    for edit, value in ((dialog.host_edit, parts.host or ""), (dialog.database_edit, parts.database or ""),
                        (dialog.user_edit, parts.username or ""), (dialog.password_edit, password)):
        edit.selectAll()
        edit.del_()
        type_text(edit, value)
    dialog.port_edit.setValue(int(parts.port or 5432))
