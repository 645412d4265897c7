"""Open on the report already open — the list's Open clicked while the program reopens the last report at start,
a second click — builds nothing again: the same pages stay, with what was typed and its undo."""

from __future__ import annotations

from pathlib import Path

from disclosure_desktop.domain.report import Report
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.window import click_section, open_report, shown, type_cell


def _after_the_database_thread(qtbot, window) -> None:
    """Wait until what is queued on the database thread now, and what its answers queue, has been answered."""
    done: list[bool] = []
    window.store.run(lambda _store: None, lambda _r: window.store.run(lambda _store: None,
                                                                       lambda _r: done.append(True)))
    qtbot.waitUntil(lambda: bool(done), timeout=10000)


def test_open_on_the_open_report_keeps_its_pages_and_undo(qtbot, db_path: Path) -> None:
    with Database.open(db_path) as db:
        rid = ReportStore(db).create(Report("gov-2021", "某某县人民政府", 2025))
    window = open_report(qtbot, db_path, rid)
    click_section(qtbot, window, "section:applications")
    type_cell(qtbot, window, "t3.new.natural", "42")
    session, page = window.session, window.wizard.current_page()
    opened: list[int] = []
    window.report_opened.connect(opened.append)

    window.reports.open_requested.emit(rid)  # the list's Open, as the start's reopening is under way
    _after_the_database_thread(qtbot, window)

    assert opened == []
    assert window.session is session and window.wizard.current_page() is page
    assert shown(window, "t3.new.natural") == "42"
    assert session.edits.can_undo
    window.open_report(rid, "section:review_litigation")  # from the desk, on a part: turned there, not rebuilt
    assert window.session is session and window.wizard.current_page().key == "section:review_litigation"
