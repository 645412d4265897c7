"""Command line for scripted use and administrators: list, import and export reports without the GUI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from disclosure_desktop.cli import review, versions
from disclosure_desktop.cli.database import load_report, opened
from disclosure_desktop.cli.errors import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, CliError, error_line
from disclosure_desktop.cli.parser import EXPORT_FORMATS, SUBCOMMANDS, build_parser, early_language, prescan
from disclosure_desktop.messages import ReportDataError, current_language, message, os_error_text, set_language

# app.py asks for SUBCOMMANDS, the tests for EXPORT_FORMATS; both are the parser's, named here as before.
__all__ = ["EXPORT_FORMATS", "SUBCOMMANDS", "CliError", "main", "run"]


def _cmd_list(args: argparse.Namespace) -> int:
    with opened(args) as store:
        items = store.list_reports()
    for item in items:
        fields = [str(item.id), str(item.year), item.format_id, item.agency, item.display_title, item.state]
        if item.is_example:
            fields.append(message("cli.example_marker"))
        print("\t".join(_one_line(f) for f in fields))
    return EXIT_OK


def _one_line(text: str) -> str:
    # A tab or newline inside an agency name would break the one-report-a-line output; an ESC would reach
    # the terminal and act there.
    from disclosure_desktop.domain.limits import terminal_safe

    return terminal_safe(" ".join(text.split()))


def _cmd_import(args: argparse.Namespace) -> int:
    from disclosure_desktop.cli.importing import cmd_import  # what reading files needs loads for `import` only

    return cmd_import(args)


def _cmd_export(args: argparse.Namespace) -> int:
    from disclosure_desktop.cli.exporting import cmd_export

    return cmd_export(args)


EXIT_CHECK_ERRORS = 1  # `check`: the report has at least one error (2 stays "could not run")


def _cmd_check(args: argparse.Namespace) -> int:
    import json

    from disclosure_desktop.domain.checks import check_report

    with opened(args) as store:
        report = load_report(store, args.id)
        previous = store.previous_year(report.agency, report.year)
    problems = check_report(report, previous, repetition_threshold=args.repetition_threshold)
    if args.json:
        rows = [
            {"severity": p.severity, "rule": p.rule, "location": p.location, "cells": list(p.cell_ids),
             "section": p.section_id, "message": p.message, "acknowledged": p.acknowledged}
            for p in problems
        ]
        text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    else:
        lines = []
        for p in problems:
            said = p.message
            if p.acknowledged is not None:
                said += message("cli.acknowledged", reason=p.acknowledged)
            lines.append("\t".join(_one_line(f) for f in (p.severity, p.rule, p.location, said)) + "\n")
        text = "".join(lines)
    # UTF-8 whatever the terminal's locale (spec §5): a program reads this, and Chinese must not be escaped.
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()
    return EXIT_CHECK_ERRORS if any(p.is_error for p in problems) else EXIT_OK


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "list": _cmd_list,
    "import": _cmd_import,
    "export": _cmd_export,
    "check": _cmd_check,
    **versions.HANDLERS,
    **review.HANDLERS,
}


def run(argv: list[str]) -> int:
    """Run one sub-command; returns the exit status (0 ok, 2 bad input, 1 internal error)."""
    early_language(argv)
    args: argparse.Namespace | None = None
    try:
        prescan(argv)
        args = build_parser().parse_args(argv)
        if getattr(args, "lang", None):
            set_language(args.lang)
        return _COMMANDS[args.command](args)
    except SystemExit as done:  # --help
        return done.code if isinstance(done.code, int) else EXIT_OK
    except (CliError, ReportDataError) as error:
        print(error_line(_with_hint(error, args)), file=sys.stderr)
    except BrokenPipeError:  # `… | head`: the reader left; nothing to report
        return EXIT_OK
    except Exception as error:  # a bug, not bad input: still one line, never a traceback at the clerk
        from sqlalchemy.exc import SQLAlchemyError

        if isinstance(error, SQLAlchemyError):  # e.g. the file is locked by another program for too long
            from disclosure_desktop.storage.sqlite_file import error_code, error_key

            text = message(error_key(error), path=getattr(args, "db_path", "?"), detail=error_code(error))
            print(error_line(text), file=sys.stderr)
            return EXIT_BAD_INPUT
        if isinstance(error, OSError):  # a backup or restore that the disk refused
            print(error_line(os_error_text(error)), file=sys.stderr)
            return EXIT_BAD_INPUT
        print(error_line(message("cli.internal", detail=f"{type(error).__name__}: {error}")), file=sys.stderr)
        return EXIT_INTERNAL
    return EXIT_BAD_INPUT


def _with_hint(error: Exception, args: argparse.Namespace | None) -> str:
    """A damaged database's message names the newest backup and the command that puts it back."""
    text = str(error)
    if getattr(error, "damaged", False):
        backup = getattr(error, "newest_backup", None)
        if backup is None and getattr(args, "db_path", None):
            from disclosure_desktop.storage.backups import newest

            found = newest(Path(args.db_path))
            backup = found.path if found else None
        hint = message("db.restore_hint", backup=backup) if backup else message("db.no_backup_hint")
        text += ("；" if current_language() == "zh" else "; ") + hint
    return text


def main() -> None:
    sys.exit(run(sys.argv[1:]))


if __name__ == "__main__":
    main()
