"""The `export` command: a report or saved version to a file or stdout, or many into a folder in one process."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

from disclosure_desktop.cli.database import load_report, load_version, opened
from disclosure_desktop.cli.errors import EXIT_OK, CliError, fail
from disclosure_desktop.cli.parser import EXPORT_FORMATS, EXPORT_SUFFIXES
from disclosure_desktop.export import atomic_file
from disclosure_desktop.messages import message, os_error_text

if TYPE_CHECKING:
    from disclosure_desktop.domain.report import Report
    from disclosure_desktop.domain.versions import VersionInfo
    from disclosure_desktop.export.approval_sheet import ApprovalSheet


def wanted(args: argparse.Namespace) -> bool:
    """True when the command line asks for the folder form: several ids, --all, or -o an existing folder."""
    return len(args.ids) > 1 or args.all or (args.output != "-" and Path(args.output).is_dir())


def check_usage(args: argparse.Namespace, known_formats: tuple[str, ...]) -> str:
    """The export format of the folder form, after refusing what it cannot do (before the database is opened)."""
    if args.all and args.ids:
        raise CliError(message("cli.export_ids_or_all"))
    if args.version_id is not None:
        raise CliError(message("cli.export_many_version"))
    if args.output == "-" or (Path(args.output).exists() and not Path(args.output).is_dir()):
        raise CliError(message("cli.export_many_folder", path=args.output))
    chosen = (args.export_format or "").lower()
    if chosen not in known_formats:
        if chosen:
            raise CliError(message("cli.unknown_export", format=chosen, known="、".join(known_formats)))
        raise CliError(message("cli.export_many_format", known="、".join(known_formats)))
    return chosen


def file_names(titles: dict[int, str], suffix: str) -> dict[int, str]:
    """Each report's file: its title as the export dialog suggests it; reports sharing one also get their id."""
    taken = Counter(name.lower() for name in titles.values())
    return {rid: name if taken[name.lower()] == 1 else f"{name.removesuffix(suffix)}-{rid}{suffix}"
            for rid, name in titles.items()}


def render_options(args: argparse.Namespace, export_format: str):
    """The RenderOptions the command line asks for; --pdfa only with a PDF."""
    from disclosure_desktop.export.registry import RenderOptions

    pdfa = bool(getattr(args, "pdfa", False))
    if pdfa and export_format != "pdf":
        fail("cli.pdfa_not_pdf", format=export_format)
    return RenderOptions(pdfa=pdfa)


def export_many(args: argparse.Namespace, known_formats: tuple[str, ...]) -> int:
    """Write every report asked for into the folder; an id that is not there stops it before anything is written."""
    from disclosure_desktop.domain.versions import EXPORT
    from disclosure_desktop.export import registry

    export_format = check_usage(args, known_formats)
    options = render_options(args, export_format)
    folder = Path(args.output)
    with opened(args) as store:
        listed = {s.id: s for s in store.list_reports()}
        ids = sorted(listed) if args.all else list(dict.fromkeys(args.ids))
        missing = [rid for rid in ids if rid not in listed]
        if missing:
            raise CliError(message("cli.no_report", id=missing[0]))
        unreadable = [listed[rid] for rid in ids if not listed[rid].format_known]
        if unreadable:  # a later program's format: refused before any file is written, not half-way
            raise CliError(message("db.unknown_format", id=unreadable[0].id, format=unreadable[0].format_id))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CliError(message("cli.file_unwritable", path=folder,
                                       detail=os_error_text(error))) from None
        suffix = registry.FORMATS[export_format].suffix
        names = file_names({rid: registry.file_stem(listed[rid].display_title) + suffix for rid in ids}, suffix)
        for rid in ids:
            report = load_report(store, rid)
            moment = dt.datetime.now(dt.UTC).replace(microsecond=0)
            data = registry.render(report, export_format, moment=moment, options=options)
            write_atomically(folder / names[rid], data)
            store.snapshot(rid, EXPORT, f"{export_format}: {names[rid]}", report=report, at=moment)
    return EXIT_OK


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


def cmd_export(args: argparse.Namespace) -> int:
    """One report, or a saved version, to -o or standard output; several go to export_many."""
    if args.approval_sheet and args.version_id is None:
        fail("version.sheet_needs_version")
    if wanted(args):
        return export_many(args, EXPORT_FORMATS)
    if not args.ids:
        fail("cli.missing_argument", names="id")  # as argparse named it when one id was required
    args.id = args.ids[0]
    from disclosure_desktop.domain.versions import EXPORT
    from disclosure_desktop.export import registry

    export_format = _export_format(args)
    if args.approval_sheet and export_format != "pdf":
        fail("version.sheet_not_pdf")
    options = render_options(args, export_format)
    sheet = None
    with opened(args) as store:
        if args.version_id is None:
            report, moment = load_report(store, args.id), dt.datetime.now(dt.UTC).replace(microsecond=0)
        else:  # a saved version, dated as it was saved: the same bytes every time (签发)
            report, moment = load_version(store, args.id, args.version_id)
            if args.approval_sheet:
                sheet = _approval_sheet(report, store.version_info(args.version_id))
        data = registry.render(report, export_format, moment=moment, sheet=sheet, options=options)
        if args.output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            write_atomically(Path(args.output), data)
        if args.version_id is None:  # every export is remembered as the version it wrote
            name = f"{export_format}: {Path(args.output).name}"
            store.snapshot(args.id, EXPORT, name, report=report, at=moment)
    return EXIT_OK


def _approval_sheet(report: Report, info: VersionInfo) -> ApprovalSheet:
    from disclosure_desktop.export.approval_sheet import ApprovalSheet

    if not info.is_signed:
        fail("version.sheet_not_signed", version=info.id)
    return ApprovalSheet.of(report, info)


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` at once; an unwritable place is bad input (exit 2), not a crash."""
    try:
        atomic_file.write_atomically(path, data)
    except OSError as error:
        fail("cli.file_unwritable", path=path, detail=os_error_text(error))
