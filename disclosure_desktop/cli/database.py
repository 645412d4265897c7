"""The database as one command opens it, and a report or saved version read from it by the id typed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from disclosure_desktop.cli.errors import fail
from disclosure_desktop.messages import message

if TYPE_CHECKING:
    from disclosure_desktop.domain.report import Report
    from disclosure_desktop.storage.repository import ReportStore


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[ReportStore]:
    # Imported late: SQLAlchemy costs ≈ 0.3 s, which `--help` and usage errors should not pay.
    from disclosure_desktop.paths import default_database_path
    from disclosure_desktop.storage.database import Database
    from disclosure_desktop.storage.repository import ReportStore

    args.db_path = getattr(args, "db", None) or default_database_path()
    db = Database.open(args.db_path)
    if db.backup is not None:  # a migration: say where the copy from before is
        print(message("db.migrated", backup=db.backup), file=sys.stderr)
    try:
        yield ReportStore(db)
    finally:
        db.close()


def load_report(store: ReportStore, report_id: int) -> Report:
    from disclosure_desktop.storage.repository import ReportNotFound

    try:
        return store.load(report_id)
    except ReportNotFound:
        fail("cli.no_report", id=report_id)


def load_version(store: ReportStore, report_id: int, version_id: int) -> tuple[Report, object]:
    from disclosure_desktop.storage.errors import VersionNotFound
    from disclosure_desktop.storage.report_rows import require_known_format

    load_report(store, report_id)
    try:
        info = store.version_info(version_id)
    except VersionNotFound:
        fail("version.not_of_report", id=report_id, version=version_id)
    if info.report_id != report_id:
        fail("version.not_of_report", id=report_id, version=version_id)
    report = store.load_version(version_id)
    require_known_format(report)
    return report, info.created_at
