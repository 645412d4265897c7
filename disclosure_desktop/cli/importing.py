"""The `import` command: a JSON document, a plain-text report, a Word file or a web page becomes a new report."""

from __future__ import annotations

import argparse
import sys

from disclosure_desktop.cli.database import opened
from disclosure_desktop.cli.errors import EXIT_OK, error_line, fail
from disclosure_desktop.domain.limits import cleaned_report
from disclosure_desktop.workflows.adding import add_report
from disclosure_desktop.workflows.importing import explanation, kind_of, read_import, report_to_add

# Published documents (spec §10, §11): read with the explanation, --dry-run and --partial.
DOCUMENTS = ("docx", "html", "pdf")
_UNPLACED_NAMED = 5


def _check_options(args: argparse.Namespace) -> None:
    """Options that do not fit the file, refused before anything is read."""
    kind = kind_of(args.file)
    if kind == "json" and (args.format_id is not None or args.year is not None):
        fail("cli.json_options")
    if kind in DOCUMENTS and (args.format_id is not None or args.year is not None):
        fail("cli.document_year_options")
    if kind not in DOCUMENTS and (args.dry_run or args.partial):
        fail("cli.document_options")
    if args.year is not None and not 1990 <= args.year <= 2100:
        fail("json.bad_year")


def cmd_import(args: argparse.Namespace) -> int:
    _check_options(args)
    # The whole file is read and checked before the database is touched: a bad file leaves it as it was.
    result = read_import(args.file, text_format=args.format_id, year=args.year)
    if args.dry_run:
        print(explanation(result))
        return EXIT_OK
    if result.unplaced and not args.partial:
        items = "；".join(u.describe() for u in result.unplaced[:_UNPLACED_NAMED])
        if len(result.unplaced) > _UNPLACED_NAMED:
            items += "；…"
        fail("import.cli_unplaced", count=len(result.unplaced), items=items)
    for item in result.unplaced:
        print(error_line(item.describe()), file=sys.stderr)
    report = cleaned_report(report_to_add(result))
    with opened(args) as store:
        new_id = add_report(store, report)
    print(new_id)
    return EXIT_OK
