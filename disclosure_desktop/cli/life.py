"""The command-line verbs of the report's life after 签发 (spec §9, §12): submit (the 报送包) and remarks (the
公开办's 审核意见 opened on the report)."""

from __future__ import annotations

import argparse
from pathlib import Path

from disclosure_desktop.cli.database import opened
from disclosure_desktop.cli.errors import EXIT_OK
from disclosure_desktop.workflows import remarks, submission

COMMANDS = ("submit", "remarks")


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser,
                report_id: object) -> None:
    submit = commands.add_parser(
        "submit", parents=[common], help="write the submission package (报送包) of the last signed version",
        description="Writes FILE.zip: report.json, report.pdf and report.docx of the report's last signed version "
                    "and manifest.json with the SHA-256 of each, who signed and reviewed it, and this program's "
                    "version. Refused (exit 2, nothing written) when the report is not signed, was changed after "
                    "signing, or its signed version has errors.")
    submit.add_argument("id", type=report_id, help="report id, as `list` shows it")
    submit.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.zip", help="the package to write")
    opened_remarks = commands.add_parser(
        "remarks", parents=[common], help="open the 公开办's remarks file (审核意见) on a report; prints how many",
        description="Reads the remarks file (spec §12) and keeps its items with the report: `check` lists them "
                    "beside the program's own problems until each is marked 已整改 in the window, and the "
                    "report's state follows the verdict (退回修改 or 已通过). A file for another agency, year or "
                    "version is refused with the reason (exit 2).")
    opened_remarks.add_argument("id", type=report_id, help="report id, as `list` shows it")
    opened_remarks.add_argument("file", type=Path, metavar="FILE.json", help="the remarks file")


def cmd_submit(args: argparse.Namespace) -> int:
    submission.refuse_suffix(args.output)  # before the database is opened
    with opened(args) as store:
        submission.submit(store, args.id, args.output)
    return EXIT_OK


def cmd_remarks(args: argparse.Namespace) -> int:
    with opened(args) as store:
        done = remarks.open_remarks(store, args.id, args.file)
    print(done.items)
    return EXIT_OK
