"""The database as one command opens it: opened, used, closed, and a migration said on standard error."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from disclosure_desktop.messages import ReportDataError, message
from disclosure_desktop.paths import database_target
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.location import locate
from disclosure_desktop.storage.repository import ReportStore


def database_path(args: argparse.Namespace) -> Path | str:
    """The database the command names (--db, the environment, the user's data folder): a file's path, or a shared
    server's URL; kept on `args` for the error messages that name it (`shown`)."""
    args.db_path = database_target(getattr(args, "db", None))
    return args.db_path


def shown(args: argparse.Namespace | None) -> str:
    """The database as a message names it: a server's URL without its password."""
    found = getattr(args, "db_path", None)
    try:
        return "?" if found is None else str(locate(found))
    except ReportDataError:
        return "?"


def operator() -> str:
    """Who the audit log names for a command's writes: $DISCLOSURE_DESKTOP_USER, else the system login (the
    command line has no settings dialog to ask in)."""
    named = os.environ.get("DISCLOSURE_DESKTOP_USER", "").strip()
    if named:
        return named
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name at all (a container without a passwd entry)
        return ""


# Commands that only read reports: a mistyped --db creates nothing, and a read-only file or folder is read.
READING = frozenset({"list", "check", "versions", "export", "charts", "review"})
# The database is made by the first report put into it; other commands need one that is there.
CREATING = frozenset({"import"})


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[ReportStore]:
    command = getattr(args, "command", "")
    path = database_path(args)
    db = Database.open_for_reading(path) if command in READING else Database.open(path, create=command in CREATING)
    if db.backup is not None:  # a migration: say where the copy from before is
        print(message("db.migrated", backup=db.backup), file=sys.stderr)
    try:
        yield ReportStore(db, user_name=operator())
    finally:
        db.close()
