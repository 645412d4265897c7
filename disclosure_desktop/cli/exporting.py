"""The `export` command: a report or saved version to a file or stdout, or many into a folder in one process."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from disclosure_desktop.cli.database import opened
from disclosure_desktop.cli.errors import EXIT_OK, CliError, fail
from disclosure_desktop.cli.parser import EXPORT_FORMATS, EXPORT_SUFFIXES
from disclosure_desktop.export.registry import RenderOptions
from disclosure_desktop.messages import message
from disclosure_desktop.workflows.exporting import ExportRequest, export_many, export_report


def wanted_many(args: argparse.Namespace) -> bool:
    """True when the command line asks for the folder form: several ids, --all, or -o an existing folder."""
    return len(args.ids) > 1 or args.all or (args.output != "-" and Path(args.output).is_dir())


def _many_format(args: argparse.Namespace) -> str:
    """The export format of the folder form, after refusing what it cannot do (before the database is opened)."""
    if args.all and args.ids:
        raise CliError(message("cli.export_ids_or_all"))
    if args.version_id is not None:
        raise CliError(message("cli.export_many_version"))
    if args.output == "-" or (Path(args.output).exists() and not Path(args.output).is_dir()):
        raise CliError(message("cli.export_many_folder", path=args.output))
    chosen = (args.export_format or "").lower()
    if chosen not in EXPORT_FORMATS:
        if chosen:
            raise CliError(message("cli.unknown_export", format=chosen, known="、".join(EXPORT_FORMATS)))
        raise CliError(message("cli.export_many_format", known="、".join(EXPORT_FORMATS)))
    return chosen


def _export_format(args: argparse.Namespace) -> str:
    """The format asked for, which the file name's suffix must match (a PDF never lands in report.doc)."""
    chosen = args.export_format.lower() if args.export_format else None
    if chosen is not None and chosen not in EXPORT_FORMATS:
        fail("cli.unknown_export", format=chosen, known="、".join(EXPORT_FORMATS))
    if args.output == "-":
        return chosen or "json"
    by_suffix = EXPORT_SUFFIXES.get(Path(args.output).suffix.lower())
    if chosen is None:
        if by_suffix is None:
            fail("cli.suffix_unknown", path=args.output, known=" ".join(EXPORT_SUFFIXES))
        return by_suffix
    if by_suffix != chosen:
        suffix = next(s for s, f in EXPORT_SUFFIXES.items() if f == chosen)
        fail("cli.suffix_mismatch", path=args.output, format=chosen, suffix=suffix)
    return chosen


def render_options(args: argparse.Namespace, export_format: str) -> RenderOptions:
    """The RenderOptions the command line asks for; --pdfa only with a PDF."""
    pdfa = bool(getattr(args, "pdfa", False))
    if pdfa and export_format != "pdf":
        fail("cli.pdfa_not_pdf", format=export_format)
    return RenderOptions(pdfa=pdfa, charts=bool(getattr(args, "charts", False)))


def cmd_export(args: argparse.Namespace) -> int:
    """One report, or a saved version, to -o or standard output; several into a folder."""
    if args.approval_sheet and args.version_id is None:
        fail("version.sheet_needs_version")
    if wanted_many(args):
        export_format = _many_format(args)
        options = render_options(args, export_format)
        with opened(args) as store:
            written = export_many(store, None if args.all else args.ids, export_format, Path(args.output), options)
        for note in dict.fromkeys(d.not_recorded for d in written if d.not_recorded):
            print(note, file=sys.stderr)
        return EXIT_OK
    if not args.ids:
        fail("cli.missing_argument", names="id")  # as argparse named it when one id was required
    export_format = _export_format(args)
    options = render_options(args, export_format)
    if args.approval_sheet and export_format != "pdf":
        fail("version.sheet_not_pdf")
    path = None if args.output == "-" else Path(args.output)
    request = ExportRequest(export_format, path, options, version_id=args.version_id,
                            approval_sheet=args.approval_sheet)
    with opened(args) as store:
        done = export_report(store, args.ids[0], request)
    if done.not_recorded:
        print(done.not_recorded, file=sys.stderr)
    if done.data is not None:
        sys.stdout.buffer.write(done.data)
        sys.stdout.flush()
    return EXIT_OK
