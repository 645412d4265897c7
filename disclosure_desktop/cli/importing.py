"""The `import` command: a JSON document, a plain-text report, a Word file, a web page or a published PDF becomes a
new report."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from disclosure_desktop.cli.database import opened
from disclosure_desktop.cli.errors import EXIT_OK, error_line, fail
from disclosure_desktop.messages import os_error_text

if TYPE_CHECKING:
    from disclosure_desktop.domain.report import Report


def _read_bytes(path: Path) -> bytes:
    from disclosure_desktop.domain import limits

    try:
        # Measured before reading: a 50 MB file made every later start hang.
        limits.check_file_size(path.stat().st_size, path.suffix, path)
        return path.read_bytes()
    except OSError as error:
        fail("cli.file_unreadable", path=path, detail=os_error_text(error))


def _read_text(path: Path) -> str:
    from disclosure_desktop.domain.encodings import decode_text

    data = _read_bytes(path)
    if path.suffix.lower() == ".json":
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            fail("cli.file_unreadable", path=path, detail="UTF-8")
    # Text files saved from Chinese Windows tools are often GBK (GB18030 is its superset); detected, not assumed.
    return decode_text(data, path)


def _parse_report(args: argparse.Namespace) -> Report:
    from disclosure_desktop.domain import jsonio, plaintext
    from disclosure_desktop.domain.formats import UnknownFormatError, all_formats

    text = _read_text(args.file)
    if args.file.suffix.lower() == ".json":
        if args.format_id is not None or args.year is not None:
            fail("cli.json_options")
        return jsonio.loads(text)
    if args.year is not None and not 1990 <= args.year <= 2100:
        fail("json.bad_year")
    format_id = args.format_id or "narrative"
    try:
        return plaintext.report_from_text(text, format_id, args.year)
    except UnknownFormatError:
        fail("json.unknown_format", format=format_id, known="、".join(all_formats()))


def _import_document(args: argparse.Namespace) -> Report | None:
    """A Word file, web page or PDF (spec §10, §11): the report, or None after --dry-run printed what was
    recognised."""
    from disclosure_desktop.importers import read_file
    from disclosure_desktop.importers.explain import explanation

    if args.format_id is not None or args.year is not None:
        fail("cli.document_year_options")
    result = read_file(args.file)
    if args.dry_run:
        print(explanation(result))
        return None
    if result.unplaced and not args.partial:
        items = "；".join(u.describe() for u in result.unplaced[:_UNPLACED_NAMED])
        if len(result.unplaced) > _UNPLACED_NAMED:
            items += "；…"
        fail("import.cli_unplaced", count=len(result.unplaced), items=items)
    for item in result.unplaced:
        print(error_line(item.describe()), file=sys.stderr)
    return result.marked_report()


_UNPLACED_NAMED = 5


def cmd_import(args: argparse.Namespace) -> int:
    from disclosure_desktop.domain.limits import cleaned_report
    from disclosure_desktop.importers import kind_of

    # Parse and check the whole file before touching the database: a bad file leaves it exactly as it was.
    # A PDF once went to the plain-text reader and was refused as text in an unknown encoding.
    if kind_of(args.file) in ("docx", "html", "pdf"):
        document = _import_document(args)
        if document is None:
            return EXIT_OK
        report = cleaned_report(document)
    else:
        if args.dry_run or args.partial:
            fail("cli.document_options")
        report = cleaned_report(_parse_report(args))
    report.id = None
    with opened(args) as store:
        new_id = store.create(report)
    print(new_id)
    return EXIT_OK
