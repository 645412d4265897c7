"""`export` of many reports in one process (several ids, or --all, into the folder -o names): one start, one
database opening and one warm exporter for all of them, instead of a process per report."""

from __future__ import annotations

import argparse
import datetime as dt
from collections import Counter
from pathlib import Path

from disclosure_desktop.domain.messages import message


def wanted(args: argparse.Namespace) -> bool:
    """True when the command line asks for the folder form: several ids, --all, or -o an existing folder."""
    return len(args.ids) > 1 or args.all or (args.output != "-" and Path(args.output).is_dir())


def check_usage(args: argparse.Namespace, known_formats: tuple[str, ...]) -> str:
    """The export format of the folder form, after refusing what it cannot do (before the database is opened)."""
    from disclosure_desktop.cli import CliError

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


def export_many(args: argparse.Namespace, known_formats: tuple[str, ...]) -> int:
    """Write every report asked for into the folder; an id that is not there stops it before anything is written."""
    from disclosure_desktop import cli
    from disclosure_desktop.domain.versions import EXPORT
    from disclosure_desktop.export import registry

    export_format = check_usage(args, known_formats)
    folder = Path(args.output)
    with cli._opened(args) as store:
        listed = {s.id: s for s in store.list_reports()}
        ids = sorted(listed) if args.all else list(dict.fromkeys(args.ids))
        missing = [rid for rid in ids if rid not in listed]
        if missing:
            raise cli.CliError(message("cli.no_report", id=missing[0]))
        unreadable = [listed[rid] for rid in ids if not listed[rid].format_known]
        if unreadable:  # a later program's format: refused before any file is written, not half-way
            raise cli.CliError(message("db.unknown_format", id=unreadable[0].id, format=unreadable[0].format_id))
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise cli.CliError(message("cli.file_unwritable", path=folder,
                                       detail=cli.os_error_text(error))) from None
        suffix = registry.FORMATS[export_format].suffix
        names = file_names({rid: registry.file_stem(listed[rid].display_title) + suffix for rid in ids}, suffix)
        for rid in ids:
            report = cli._load(store, rid)
            moment = dt.datetime.now(dt.UTC).replace(microsecond=0)
            data = registry.render(report, export_format, moment=moment)
            cli.write_atomically(folder / names[rid], data)
            store.snapshot(rid, EXPORT, f"{export_format}: {names[rid]}", report=report, at=moment)
    return cli.EXIT_OK

