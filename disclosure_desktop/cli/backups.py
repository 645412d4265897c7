"""Command-line verbs for the whole database (spec §9): backup and restore."""

from __future__ import annotations

import argparse
import sys

from disclosure_desktop.cli.database import database_path
from disclosure_desktop.cli.errors import EXIT_OK, CliError
from disclosure_desktop.messages import message
from disclosure_desktop.workflows import backups


def cmd_backup(args: argparse.Namespace) -> int:
    result = backups.copy_out(database_path(args), args.output)
    if result.repair == "reindexed":
        print(message("backup.reindexed", reports=result.reports), file=sys.stderr)
    elif result.repair == "salvaged":  # a copy, but perhaps not all of it: the caller must know
        raise CliError(message("backup.salvaged", reports=result.reports, path=result.path))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    aside = backups.restore(database_path(args), args.file)
    if aside is not None:
        print(message("backup.replaced", path=aside.path), file=sys.stderr)
    return EXIT_OK
