"""The `review` command (spec §13): the 公开办's review of a folder of units' reports — the summary (or its JSON),
optionally written as .xlsx or CSV. Exit 0 every unit received and no error, 1 a unit missing or with errors,
2 the review could not run."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from pathlib import Path

from disclosure_desktop.cli.database import opened
from disclosure_desktop.cli.errors import error_line, fail
from disclosure_desktop.cli.grammar_more import OUTPUT_SUFFIXES
from disclosure_desktop.domain.limits import terminal_safe
from disclosure_desktop.messages import message
from disclosure_desktop.review import batch_json, read_units_csv, review_folder
from disclosure_desktop.review.batch import UnitReview
from disclosure_desktop.review.summary_export import write_summary
from disclosure_desktop.review.summary_table import COLUMNS, text_of


def _progress(done: int, total: int, _name: str) -> None:
    print(f"\r{done}/{total}", end="" if done < total else "\n", file=sys.stderr, flush=True)


def cmd_review(args: argparse.Namespace) -> int:
    folder: Path = args.folder
    if not folder.is_dir():
        fail("review.no_folder", path=folder)
    if args.output is not None and args.output.suffix.lower() not in OUTPUT_SUFFIXES:
        fail("review.bad_output", path=args.output)
    units = read_units_csv(args.units) if args.units is not None else None
    ignore = {args.units.resolve()} if args.units is not None else set()
    with contextlib.ExitStack() as stack:
        lookup = None
        if getattr(args, "db", None) is not None:  # last year's reports kept in the database named

            lookup = stack.enter_context(opened(args)).previous_year
        review = review_folder([folder], args.year, units, ignore=ignore, previous_lookup=lookup,
                               progress=_progress if sys.stderr.isatty() else None)
    if not review.units:
        fail("review.no_reports", path=folder)
    if args.output is not None:
        write_summary(review, args.output)
    for item in review.not_taken():
        print(error_line(terminal_safe(f"{item.file}：{item.reason}")), file=sys.stderr)
    for twice in review.duplicates:
        print(terminal_safe(f"{twice.file}：{message('review.duplicate_of', file=twice.same_as)}"), file=sys.stderr)
    if args.json:
        text = json.dumps(batch_json(review), ensure_ascii=False, indent=2) + "\n"
    else:
        text = "".join("\t".join(terminal_safe(" ".join(value.split())) for value in _line(row)) + "\n"
                       for row in review.units)
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))  # UTF-8 whatever the terminal's locale: a program reads it
    sys.stdout.flush()
    return review.exit_status


def _line(row: UnitReview) -> list[str]:
    wanted = ("unit", "status", "file", "published", "late", "errors", "warnings", "repetition", "similarity",
              "similar_unit", "rules")
    return [text_of(c, row) or "-" for c in COLUMNS if c.id in wanted]


HANDLERS = {"review": cmd_review}
