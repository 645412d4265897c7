"""Command-line verbs for the whole database (spec §9): backup and restore — of a file, or of a shared database."""

from __future__ import annotations

import argparse
import sys

from disclosure_desktop.cli.database import database_path
from disclosure_desktop.cli.db import server_backups
from disclosure_desktop.cli.errors import EXIT_OK, CliError
from disclosure_desktop.messages import message
from disclosure_desktop.workflows import backups


def cmd_backup(args: argparse.Namespace) -> int:
    result = backups.copy_out(database_path(args), args.output)
    if result.native is not None:  # a server: PostgreSQL's own dump beside the portable copy
        print(message("backup.native_written", path=result.native), file=sys.stderr)
    elif result.native_problem:
        print(message("backup.native_missing", detail=result.native_problem, path=result.path), file=sys.stderr)
    if result.repair == "reindexed":
        print(message("backup.reindexed", reports=result.reports), file=sys.stderr)
    elif result.repair == "salvaged":  # a copy, but perhaps not all of it: the caller must know
        raise CliError(message("backup.salvaged", reports=result.reports, path=result.path))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    db = database_path(args)
    aside_folder = server_backups(db)
    aside = backups.restore(db, args.file, aside_folder=aside_folder)
    if aside is not None:  # a file was moved aside; a server's reports were first copied
        key = "backup.replaced" if aside_folder is None else "backup.replaced_server"
        print(message(key, path=aside.path), file=sys.stderr)
    return EXIT_OK
