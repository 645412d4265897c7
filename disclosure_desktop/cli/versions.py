"""Command-line verbs for versions, 签发 and backups (spec §9): versions, snapshot, sign, backup, restore."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import re
import sys
from pathlib import Path

from disclosure_desktop.messages import message

COMMANDS = ("versions", "snapshot", "sign", "backup", "restore")
EXIT_OK, EXIT_BAD_INPUT = 0, 2


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser, report_id: object) -> None:
    versions = commands.add_parser(
        "versions", parents=[common], help="list a report's saved versions",
        description="One version a line: VERSION, TIME, KIND (手动, 导出, 签发, 恢复前), NAME.")
    versions.add_argument("id", type=report_id, help="report id, as `list` shows it")
    snapshot = commands.add_parser("snapshot", parents=[common], help="save the report's current state as a version")
    snapshot.add_argument("id", type=report_id)
    snapshot.add_argument("--name", default="", help="a name for the version")
    sign = commands.add_parser("sign", parents=[common], help="签发: freeze the current state as the signed version")
    sign.add_argument("id", type=report_id)
    sign.add_argument("--by", required=True, help="who signs (签发人)")
    sign.add_argument("--reviewed-by", default="", metavar="NAME", help="who reviewed it (审核人), for the 签发单")
    sign.add_argument("--reviewed-on", default=None, metavar="YYYY-MM-DD",
                      help="the day of the review (default: today, when --reviewed-by is given)")
    backup = commands.add_parser("backup", parents=[common], help="write a verified copy of the whole database")
    backup.add_argument("-o", "--output", required=True, type=Path, help="the backup file to write")
    restore = commands.add_parser("restore", parents=[common],
                                  help="replace the database with a verified backup (the current file is kept aside)")
    restore.add_argument("file", type=Path, help="the backup file")


def _db_path(args: argparse.Namespace) -> Path:
    from disclosure_desktop.paths import default_database_path

    args.db_path = getattr(args, "db", None) or default_database_path()
    return Path(args.db_path)


def cmd_versions(args: argparse.Namespace) -> int:
    from disclosure_desktop.cli.database import opened
    from disclosure_desktop.domain.limits import terminal_safe
    from disclosure_desktop.storage.repository import ReportNotFound

    with opened(args) as store:
        try:
            items = store.versions(args.id)
        except ReportNotFound as error:
            raise _bad(str(error)) from None
    for item in items:
        fields = (str(item.id), item.local_time, item.kind_label, item.name)
        print("\t".join(terminal_safe(" ".join(f.split())) for f in fields))
    return EXIT_OK


def cmd_snapshot(args: argparse.Namespace) -> int:
    from disclosure_desktop.cli.database import opened
    from disclosure_desktop.storage.repository import ReportNotFound

    with opened(args) as store:
        try:
            version = store.snapshot(args.id, name=args.name)
        except ReportNotFound as error:
            raise _bad(str(error)) from None
    print(version)
    return EXIT_OK


def review_date(text: str | None) -> dt.date | None:
    """YYYY-MM-DD as a clerk writes it; anything else is refused before the database is opened."""
    if text is None:
        return None
    if re.fullmatch(r"\s*\d{4}-\d{1,2}-\d{1,2}\s*", text):
        year, month, day = (int(part) for part in text.strip().split("-"))
        with contextlib.suppress(ValueError):
            return dt.date(year, month, day)
    raise _bad(message("version.bad_date", value=text))


def cmd_sign(args: argparse.Namespace) -> int:
    from disclosure_desktop.cli.database import opened
    from disclosure_desktop.storage.repository import ReportNotFound

    reviewed_on = review_date(args.reviewed_on)
    with opened(args) as store:
        try:
            version = store.sign(args.id, args.by, reviewed_by=args.reviewed_by, reviewed_on=reviewed_on)
        except ReportNotFound as error:
            raise _bad(str(error)) from None
    print(version)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from disclosure_desktop.storage import backups

    result = backups.copy_out(_db_path(args), args.output)
    if result.repair == "reindexed":
        print(message("backup.reindexed", reports=result.reports), file=sys.stderr)
    elif result.repair == "salvaged":  # a copy, but perhaps not all of it: the caller must know
        raise _bad(message("backup.salvaged", reports=result.reports, path=result.path))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from disclosure_desktop.storage import backups

    aside = backups.restore(_db_path(args), args.file)
    if aside is not None:
        print(message("backup.replaced", path=aside.path), file=sys.stderr)
    return EXIT_OK


def _bad(text: str) -> Exception:
    from disclosure_desktop.cli.errors import CliError

    return CliError(text)


HANDLERS = {
    "versions": cmd_versions,
    "snapshot": cmd_snapshot,
    "sign": cmd_sign,
    "backup": cmd_backup,
    "restore": cmd_restore,
}
