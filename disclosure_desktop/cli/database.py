"""The database as one command opens it: opened, used, closed, and a migration said on standard error."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from disclosure_desktop.messages import message
from disclosure_desktop.paths import default_database_path
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore


def database_path(args: argparse.Namespace) -> Path:
    """The database the command names (--db, the environment, the user's data folder); kept on `args` for the
    error messages that name it."""
    args.db_path = getattr(args, "db", None) or default_database_path()
    return Path(args.db_path)


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[ReportStore]:
    db = Database.open(database_path(args))
    if db.backup is not None:  # a migration: say where the copy from before is
        print(message("db.migrated", backup=db.backup), file=sys.stderr)
    try:
        yield ReportStore(db)
    finally:
        db.close()
