"""Command-line verbs for versions and 签发 (spec §9): versions, snapshot, sign."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import re

from disclosure_desktop.cli.database import opened
from disclosure_desktop.cli.errors import EXIT_OK, CliError
from disclosure_desktop.cli.output import one_line
from disclosure_desktop.messages import message
from disclosure_desktop.workflows import versions


def cmd_versions(args: argparse.Namespace) -> int:
    with opened(args) as store:
        items = versions.listed(store, args.id)
    # The content's SHA-256 last: the one a 签发单 prints and a submission package's manifest names.
    for item in items:
        fields = (str(item.id), item.local_time, item.kind_label, item.name, item.content_sha256)
        print("\t".join(one_line(f) for f in fields))
    return EXIT_OK


def cmd_snapshot(args: argparse.Namespace) -> int:
    with opened(args) as store:
        version = versions.snapshot(store, args.id, args.name)
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
    raise CliError(message("version.bad_date", value=text))


def cmd_sign(args: argparse.Namespace) -> int:
    reviewed_on = review_date(args.reviewed_on)
    with opened(args) as store:
        version = versions.sign(store, args.id, args.by, reviewed_by=args.reviewed_by, reviewed_on=reviewed_on)
    print(version)
    return EXIT_OK
