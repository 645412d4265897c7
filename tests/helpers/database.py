"""Reports put into and read back from a real database file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from disclosure_desktop.domain.edit_session import EditSession
from disclosure_desktop.domain.report import Report
from disclosure_desktop.storage import sqlite_file
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from disclosure_desktop.workflows import versions
from tests.helpers.paths import FULL_REPORT


def stored(db_path: Path):
    with Database.open(db_path) as db:
        store = ReportStore(db)
        [summary] = store.list_reports()
        return store.load(summary.id)


def create(db_path: Path, report: Report) -> int:
    with Database.open(db_path) as db:
        return ReportStore(db).create(report)


def store_reports(db_path: Path, *reports: Report) -> list[int]:
    with Database.open(db_path) as db:
        store = ReportStore(db)
        return [store.create(r) for r in reports]


def store_with_example(db_path: Path) -> Iterator[ReportStore]:
    """A store on a fresh file holding the full example report as id 1 (closed afterwards)."""
    from disclosure_desktop.domain import jsonio

    store = ReportStore(Database.open(db_path))
    store.create(jsonio.loads(FULL_REPORT.read_text("utf-8")))
    yield store
    store.close()


def restore_as_the_window_does(store: ReportStore, report_id: int, version_id: int) -> int:
    """Restore a version the one way there is: the workflow keeps 恢复前 and hands the version back, the report's
    edit session applies it as one step, and that step is written like any edit. Returns the 恢复前 version."""
    restored = versions.restore_version(store, report_id, version_id)
    session = EditSession(store.load(report_id))
    edit = session.replace(restored.report, "restore")
    assert edit is not None
    store.apply(report_id, edit.changes, session.report.revision)
    return restored.before


@pytest.fixture
def short_busy_timeout(monkeypatch: pytest.MonkeyPatch) -> int:
    """For the tests that hold the database's lock on purpose: the program waits 0.5 s for it, not 5 s (in this
    process and in every program process the test starts)."""
    monkeypatch.setenv(sqlite_file.BUSY_TIMEOUT_ENV, "500")
    return 500
