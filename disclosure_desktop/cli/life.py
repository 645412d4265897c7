"""The command-line verbs of the report's life after 签发 (spec §9, §12): submit (the 报送包) and remarks (the
公开办's 审核意见 opened on the report)."""

from __future__ import annotations

import argparse

from disclosure_desktop.cli.database import opened
from disclosure_desktop.cli.errors import EXIT_OK
from disclosure_desktop.workflows import remarks, submission


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
