"""Who has a report open, on a shared database: another program holding a report makes “李四 正在编辑 · 表三 ·
10:42” appear in the window's list (the list reads it again by itself), and it goes when that program closes the
report or is killed; opening that report says so first, and the open report's status bar names the other; the
window's own presence follows its page, and is gone when it closes the report. A file shows no column at all."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from disclosure_desktop import options
from disclosure_desktop.domain import jsonio
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.dialogs import when_modal
from tests.helpers.window import click_section, close_window, open_window

ROOT = Path(__file__).resolve().parents[3]
FULL = ROOT / "tests" / "fixtures" / "full_report_2021.json"
PATIENCE_MS = 60000  # the list reads the marks every few seconds; a busy machine adds to that
# The window's texts as written in the source (the tests run without a translator; 正在编辑 in Chinese).
MARK = re.compile(r"^李四 is editing · 表三 · \d\d:\d\d$")


def stored_report(url: str) -> int:
    with Database.open(url) as db:
        return ReportStore(db).create(jsonio.loads(FULL.read_text("utf-8")))


def holders(url: str, report_id: int) -> list[tuple[str, str]]:
    with Database.open(url) as db:
        return [(h.user_name, h.part) for h in ReportStore(db).holders(report_id)]


class OtherProgram:
    """Another program of ours with the report open (tests/helpers/shared_program.py hold)."""

    def __init__(self, url: str, report_id: int, name: str, part: str) -> None:
        self.process = subprocess.Popen([sys.executable, "-m", "tests.helpers.shared_program", "hold", url,
                                         str(report_id), name, part], cwd=ROOT, stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True)
        assert self.process.stdout is not None
        assert self.process.stdout.readline().strip() == "held"

    def close_report(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=60)

    def kill(self) -> None:
        self.process.kill()
        self.process.wait(timeout=60)


def test_another_programs_report_is_marked_in_the_list_and_in_the_window(qtbot, postgres_url: str) -> None:
    options.set_value(options.CLERK_NAME.key, "张三")
    report_id = stored_report(postgres_url)
    window = open_window(qtbot, postgres_url)
    column = window.reports.table.horizontalHeaderItem(5).text()
    qtbot.waitUntil(lambda: not window.reports.table.isColumnHidden(5), timeout=PATIENCE_MS)  # a server: shown
    assert column == "Open elsewhere"
    assert window.reports.presence_of(report_id) == ""

    other = OtherProgram(postgres_url, report_id, "李四", "表三")
    try:
        qtbot.waitUntil(lambda: bool(MARK.match(window.reports.presence_of(report_id))), timeout=PATIENCE_MS)
        row = next(r for r in range(window.reports.table.rowCount())
                   if window.reports.table.item(r, 0).data(256) == report_id)
        assert MARK.match(window.reports.table.item(row, 5).text())  # what the clerk sees in the row

        # Opening it says who has it open, and opens it when the clerk goes on.
        said_text: list[str] = []
        def go_on(box: QMessageBox) -> None:
            said_text.append(box.text())
            next(b for b in box.buttons() if "Open all" in b.text()).click()

        said = when_modal(QMessageBox, go_on)
        window.reports.table.selectRow(row)
        with qtbot.waitSignal(window.report_opened, timeout=PATIENCE_MS):
            window.reports.open_button.click()
        assert said and "李四 is editing · 表三" in said_text[0]
        mark = window.statusBar().findChild(type(window.save_status), "presenceMark")
        qtbot.waitUntil(lambda: mark.isVisible() and "李四 is editing · 表三" in mark.text(), timeout=PATIENCE_MS)

        # The window's own presence, as the other program sees it: the clerk's name and the page, which follows.
        first_page = window.wizard.current_page().title()
        qtbot.waitUntil(lambda: ("张三", first_page) in holders(postgres_url, report_id), timeout=PATIENCE_MS)
        click_section(qtbot, window, "section:applications")
        part = window.wizard.current_page().title()
        qtbot.waitUntil(lambda: ("张三", part) in holders(postgres_url, report_id), timeout=PATIENCE_MS)

        other.close_report()
        qtbot.waitUntil(lambda: not mark.isVisible(), timeout=PATIENCE_MS)
    finally:
        if other.process.poll() is None:
            other.kill()

    # Back in the list: the window's own presence is gone with the report it closed.
    window.show_reports()
    qtbot.waitUntil(lambda: holders(postgres_url, report_id) == [], timeout=PATIENCE_MS)

    # A program killed with the report open: the server frees its lock, and the mark goes without its help.
    killed = OtherProgram(postgres_url, report_id, "李四", "表三")
    qtbot.waitUntil(lambda: bool(MARK.match(window.reports.presence_of(report_id))), timeout=PATIENCE_MS)
    killed.kill()
    qtbot.waitUntil(lambda: window.reports.presence_of(report_id) == "", timeout=PATIENCE_MS)
    close_window(window)


def test_a_report_reopened_at_start_is_announced_without_a_move(qtbot, postgres_url: str) -> None:
    """The window reopens the clerk's last report before its store has said it is a server's: announced all the
    same, on its first page (found by the two-program test: it was announced only once the clerk moved on)."""
    options.set_value(options.CLERK_NAME.key, "张三")
    report_id = stored_report(postgres_url)
    with Database.open(postgres_url) as db:
        ReportStore(db, user_name="张三").set_state("last_report", str(report_id))
    window = open_window(qtbot, postgres_url)
    assert window.session is not None and window.session.report.id == report_id  # reopened, nothing clicked
    page = window.wizard.current_page().title()
    qtbot.waitUntil(lambda: holders(postgres_url, report_id) == [("张三", page)], timeout=PATIENCE_MS)
    close_window(window)


def test_open_clicked_as_the_window_starts_says_who_has_the_report_open(qtbot, postgres_url: str) -> None:
    """A click on 打开 before the window has heard that its store is a server's still asks first (the question
    is asked of the store, after that answer), and opens on 仍然打开."""
    options.set_value(options.CLERK_NAME.key, "张三")
    report_id = stored_report(postgres_url)
    other = OtherProgram(postgres_url, report_id, "李四", "表三")
    try:
        window = open_window(qtbot, postgres_url)
        said: list[str] = []

        def go_on(box: QMessageBox) -> None:
            said.append(box.text())
            next(b for b in box.buttons() if "Open all" in b.text()).click()

        when_modal(QMessageBox, go_on)
        window.reports.table.selectRow(0)
        with qtbot.waitSignal(window.report_opened, timeout=PATIENCE_MS):
            window.reports.open_button.click()  # at once: the window's question to its store is not answered yet
        assert said and "李四 is editing · 表三" in said[0]
    finally:
        other.kill()
    close_window(window)


def test_a_file_has_no_presence_column(qtbot, db_path: Path) -> None:
    window = open_window(qtbot, db_path)
    window.store.call_and_wait(lambda _store: None)  # the window asked its store whether it is a server's …
    for _ in range(5):
        QApplication.processEvents()  # … and heard the answer
    assert window.reports.table.isColumnHidden(5) and window.presence._timer.isActive() is False
    close_window(window)
