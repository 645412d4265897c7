"""Two windows on one shared PostgreSQL database (spec §14): one sees the other's writes without a restart, in its
list and in the open report; the same cell changed by both shows the clash on the save bar, and after the
clerk's choice the database holds what the screen shows."""

from __future__ import annotations

import threading

import pytest

from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.report import Cell, CellSource
from disclosure_desktop.domain.versions import MANUAL
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.reports import clean_report
from tests.helpers.window import close_window, open_window, shown, type_cell

PATIENCE_MS = 60000  # a busy machine; well under a second when idle
CELL, OTHER = "t3.new.natural", "t3.new.research"


def stored(url: str, report_id: int):
    with Database.open(url) as db:
        return ReportStore(db).load(report_id)


def write_elsewhere(url: str, report_id: int, cell: str, value: str) -> None:
    """Another clerk's program writes one cell (revision-checked, as every program does)."""
    with Database.open(url) as db:
        store = ReportStore(db)
        store.apply(report_id, Changes(cells={cell: Cell(value, CellSource.TYPED)}), store.revision(report_id))


@pytest.fixture
def shared(qtbot, postgres_url: str):
    with Database.open(postgres_url) as db:
        report_id = ReportStore(db).create(clean_report())
    window = open_window(qtbot, postgres_url)
    with qtbot.waitSignal(window.report_opened, timeout=PATIENCE_MS):
        window.open_report(report_id, "section:applications")
    qtbot.waitUntil(lambda: window.sync.feed is not None and window.sync.sync is not None, timeout=PATIENCE_MS)
    yield window, postgres_url, report_id
    close_window(window)


def test_the_list_shows_a_report_another_program_added(qtbot, postgres_url: str) -> None:
    window = open_window(qtbot, postgres_url)
    assert window.reports.table.rowCount() == 0
    with Database.open(postgres_url) as db:
        ReportStore(db).create(clean_report())
    qtbot.waitUntil(lambda: window.reports.table.rowCount() == 1, timeout=PATIENCE_MS)
    close_window(window)


def test_another_clerks_cell_appears_and_both_are_kept(qtbot, shared) -> None:
    window, url, rid = shared
    type_cell(qtbot, window, CELL, "111")
    assert window.session.autosave.wait()
    history = window.session.edits.history()
    write_elsewhere(url, rid, OTHER, "7")
    qtbot.waitUntil(lambda: shown(window, OTHER) == "7", timeout=PATIENCE_MS)
    assert window.session.edits.history() == history  # their value is no step of mine: Undo takes back mine
    type_cell(qtbot, window, CELL, "112")
    assert window.session.autosave.wait()
    assert len(window.session.edits.history()) == len(history) + 1
    report = stored(url, rid)
    assert report.value(CELL) == "112" and report.value(OTHER) == "7"
    # The total over both is the one on screen, in the database too (recomputed after their cell came in).
    assert report.value("t3.new.total") == window.session.report.value("t3.new.total") == shown(window, "t3.new.total")
    assert not window.area.save_alert.isVisible()


def _held(window) -> threading.Event:
    """The window's database thread kept busy until the event is set: its next write waits behind it."""
    release = threading.Event()
    window.store.run(lambda _store: release.wait(60))
    return release


@pytest.mark.parametrize("choice", ["mine", "theirs", "both"])
def test_the_same_cell_changed_by_both_is_asked_about(qtbot, shared, choice: str) -> None:
    window, url, rid = shared
    release = _held(window)
    try:
        type_cell(qtbot, window, CELL, "222")  # mine, not written yet
        write_elsewhere(url, rid, CELL, "333")  # theirs, written first
        write_elsewhere(url, rid, OTHER, "9")  # and a cell I did not touch
    finally:
        release.set()
    alert = window.area.save_alert
    qtbot.waitUntil(lambda: alert.isVisible() and len(alert.buttons()) == 3, timeout=PATIENCE_MS)
    text = alert.label.text()
    assert "222" in text and "333" in text and "自然人" in text
    assert shown(window, OTHER) == "9"  # taken at once: not in the clash
    assert stored(url, rid).value(CELL) == "333"  # nothing written over theirs before the choice
    button = {"mine": 0, "theirs": 1, "both": 2}[choice]
    alert.buttons()[button].click()
    assert window.session.autosave.wait()
    qtbot.waitUntil(lambda: not alert.isVisible(), timeout=PATIENCE_MS)
    expected = "222" if choice == "mine" else "333"
    assert shown(window, CELL) == expected
    report = stored(url, rid)
    assert report.value(CELL) == expected and report.value(OTHER) == "9"
    with Database.open(url) as db:
        store = ReportStore(db)
        kept = [v for v in store.versions(rid) if v.kind == MANUAL]
        if choice == "both":
            assert len(kept) == 1 and store.load_version(kept[0].id).value(CELL) == "222"
        else:
            assert kept == []
