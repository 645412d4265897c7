"""Report ▸ 连接共享数据库…: the dialog's 测试连接 answers in words — reached, wrong password, no such database,
unreachable — while the window goes on answering; the password goes to the keyring or nowhere, never into the
settings file; connecting reopens the window on the server, and 使用本机数据库 goes back to the file."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QLabel
from sqlalchemy.engine import make_url

from disclosure_desktop import credentials, options
from disclosure_desktop.gui.shared.connect_dialog import ConnectDialog
from disclosure_desktop.gui.shared.password_dialog import PasswordDialog
from disclosure_desktop.gui.window.main_window import MainWindow
from disclosure_desktop.gui.window.shared_control import remembered
from tests.helpers.dialogs import when_modal
from tests.helpers.keys import type_text
from tests.helpers.shared_login import RIGHT, fill, memory_keyring, password_server, silent_server
from tests.helpers.window import close_window, open_window

ANSWER_MS = 60000  # a login on a busy machine; a second or two when it is idle


def answer_of(qtbot, dialog: ConnectDialog) -> str:
    with qtbot.waitSignal(dialog.answered, timeout=ANSWER_MS):
        qtbot.mouseClick(dialog.test_button, qtbot_left())
    return dialog.answer.text()


def qtbot_left():
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton


@pytest.fixture
def clerk_server(own_server: tuple[str, Path]) -> str:
    """A server that asks the clerk's password (scram-sha-256): the clerk's URL, without the password."""
    return password_server(*own_server)


def test_the_test_connection_says_in_words_what_it_found(qtbot, clerk_server: str) -> None:
    dialog = ConnectDialog(keyring_available=False)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.remember_box.isEnabled()  # no keyring here: asked at each start, never written down

    fill(dialog, clerk_server, RIGHT)
    reached = answer_of(qtbot, dialog)
    assert dialog.reached and "已连接到共享数据库" in reached and "结构版本 7" in reached

    fill(dialog, clerk_server, "wrong")
    refused = answer_of(qtbot, dialog)
    assert not dialog.reached and "拒绝登录" in refused and "用户名或密码不对" in refused
    assert "wrong" not in refused  # the password typed is never shown

    fill(dialog, make_url(clerk_server).set(database="nonesuch").render_as_string(hide_password=False), RIGHT)
    assert "没有数据库" in answer_of(qtbot, dialog)

    closed_port = make_url(clerk_server).set(port=1).render_as_string(hide_password=False)
    fill(dialog, closed_port, RIGHT)
    assert "无法连接共享数据库" in answer_of(qtbot, dialog)

    dialog.host_edit.clear()
    assert answer_of(qtbot, dialog) == "请填写服务器地址"


def test_a_server_that_hangs_leaves_the_window_answering(qtbot) -> None:
    """The login waits for the connect time-out on the job's thread: the GUI thread goes on (a timer keeps
    firing every 50 ms), and the answer comes in words."""
    dialog = ConnectDialog(keyring_available=False)
    qtbot.addWidget(dialog)
    dialog.show()
    ticks: list[float] = []
    timer = QTimer(interval=50)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    with silent_server() as port:
        fill(dialog, f"postgresql+psycopg://clerk@127.0.0.1:{port}/disclosure", "pw")
        timer.start()
        started = time.monotonic()
        answer = answer_of(qtbot, dialog)
        waited = time.monotonic() - started
        timer.stop()
    assert "无法连接共享数据库" in answer and "timeout" in answer
    assert waited >= 4  # the connect time-out (5 s) was really waited for …
    gaps = [b - a for a, b in zip([started, *ticks], ticks, strict=False)]
    assert len(ticks) >= 20 and max(gaps) < 2, (len(ticks), max(gaps))  # … while the window went on


def settings_text(tmp_path: Path) -> str:
    """Everything the settings file (QSettings' .ini, in the test's folder) holds."""
    QSettings().sync()
    files = list((tmp_path / "settings").rglob("*.ini")) + list((tmp_path / "settings").rglob("*.conf"))
    assert files, "the settings were written somewhere else"
    return "\n".join(f.read_text("utf-8", errors="replace") for f in files)


def connect_through_menu(qtbot, window, url: str, password: str, name: str = "") -> list[ConnectDialog]:
    """Report ▸ 连接共享数据库…, the fields typed (the clerk's name when given), Connect."""
    def answer(dialog: ConnectDialog) -> None:
        fill(dialog, url, password)
        if name:
            type_text(dialog.name_edit, name)
        seen.append(dialog.name_edit.text())
        qtbot.mouseClick(dialog.connect_button, qtbot_left())

    seen: list[str] = []
    asked = when_modal(ConnectDialog, answer)
    with qtbot.waitSignal(window.ready, timeout=ANSWER_MS):
        window.sharing.connect_action.trigger()
    assert asked
    return seen


def test_connecting_reopens_the_window_keeps_the_password_in_the_keyring_only(qtbot, clerk_server: str,
                                                                               tmp_path: Path, db_path: Path) -> None:
    with memory_keyring() as keyring:
        assert credentials.available()
        window = open_window(qtbot, db_path)
        assert not window.sharing.local_action.isEnabled()  # already on the file
        assert connect_through_menu(qtbot, window, clerk_server, RIGHT, "张三") == ["张三"]
        assert window.shared and window.db_target == clerk_server
        assert window.stack.currentWidget() is window.reports and window.menus.new.isEnabled()
        assert window.sharing.local_action.isEnabled()
        assert keyring.kept == {(credentials.SERVICE, clerk_server): RIGHT}
        saved = settings_text(tmp_path)
        assert RIGHT not in saved and "Zheng-que" not in saved
        assert options.shared_database() == clerk_server and "张三" in saved

        # Back to the file, and the next start opens it; the server's address stays for the next connect.
        with qtbot.waitSignal(window.ready, timeout=ANSWER_MS):
            window.sharing.local_action.trigger()
        assert not window.shared and options.shared_database() == ""
        assert options.last_shared_database() == clerk_server

        # Connecting again: the fields and the name as last time (the name is asked once), the password from the
        # keyring (the field left empty).
        prefilled: list[tuple[str, str, str]] = []

        def again(dialog: ConnectDialog) -> None:
            prefilled.append((dialog.host_edit.text(), dialog.user_edit.text(), dialog.name_edit.text()))
            qtbot.mouseClick(dialog.connect_button, qtbot_left())

        when_modal(ConnectDialog, again)
        with qtbot.waitSignal(window.ready, timeout=ANSWER_MS):
            window.sharing.connect_action.trigger()
        assert prefilled == [("127.0.0.1", "zhangsan", "张三")] and window.shared
        close_window(window)


def test_connect_asks_the_clerks_name_once(qtbot, postgres_url: str, db_path: Path) -> None:
    window = open_window(qtbot, db_path)

    def nameless(dialog: ConnectDialog) -> None:
        fill(dialog, postgres_url)
        qtbot.mouseClick(dialog.connect_button, qtbot_left())  # refused: no name yet
        said.append(dialog.answer.text())
        type_text(dialog.name_edit, "王五")
        with qtbot.waitSignal(dialog.answered, timeout=ANSWER_MS):
            qtbot.mouseClick(dialog.connect_button, qtbot_left())

    said: list[str] = []
    when_modal(ConnectDialog, nameless)
    with qtbot.waitSignal(window.ready, timeout=ANSWER_MS):
        window.sharing.connect_action.trigger()
    assert said == ["Enter your name: colleagues see it beside your changes."]
    assert options.value(options.CLERK_NAME.key) == "王五" and window._db.user_name == "王五"
    close_window(window)


def test_without_a_keyring_the_password_is_asked_at_each_start(qtbot, clerk_server: str, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The window started on the remembered server (neither --db nor $DISCLOSURE_DESKTOP_DB) asks the password
    (no keyring in the offscreen test); a wrong one is asked again with the reason; nothing is written down."""
    assert not credentials.available()
    monkeypatch.delenv("DISCLOSURE_DESKTOP_DB")
    options.use_shared_database(clerk_server)
    options.set_value(options.CLERK_NAME.key, "李四")
    target = remembered(None)
    assert target == clerk_server
    reasons: list[str] = []

    def give(password: str):
        def answer(dialog: PasswordDialog) -> None:
            assert not dialog.remember_box.isEnabled()
            reasons.append(dialog.findChild(QLabel, "passwordReason").text())
            type_text(dialog.password_edit, password)
            dialog.accept()
        return answer

    first = when_modal(PasswordDialog, give("wrong"), timeout_ms=ANSWER_MS)
    window = MainWindow(target)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.ready, timeout=2 * ANSWER_MS):
        window.start()
        qtbot.waitUntil(lambda: bool(first), timeout=ANSWER_MS)
        second = when_modal(PasswordDialog, give(RIGHT), timeout_ms=ANSWER_MS)
    assert second and window.stack.currentWidget() is window.reports
    assert len(reasons) == 2 and reasons[0] == "" and "拒绝登录" in reasons[1]  # why, once one was refused
    assert RIGHT not in settings_text(tmp_path)
    close_window(window)


def test_what_the_window_opens_at_start(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """--db wins, then $DISCLOSURE_DESKTOP_DB, then the server last connected to (until 使用本机数据库), then the
    per-user file (start.py's order)."""
    from disclosure_desktop.paths import database_target

    url = "postgresql+psycopg://zhangsan@192.0.2.1:5432/disclosure"
    options.use_shared_database(url)
    given = tmp_path / "given.sqlite"
    assert database_target(remembered(given)) == given
    assert database_target(remembered(None)) == tmp_path / "default-db.sqlite"  # the variable the tests set
    monkeypatch.delenv("DISCLOSURE_DESKTOP_DB")
    assert database_target(remembered(None)) == url
    options.use_shared_database("")
    assert isinstance(database_target(remembered(None)), Path) and options.last_shared_database() == url
