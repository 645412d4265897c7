"""Command line for scripted use and administrators: parse, run one sub-command, and turn every failure into one
line in the user's language with the exit status of spec §9 — never a traceback."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError

from disclosure_desktop.cli.database import shown
from disclosure_desktop.cli.errors import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, CliError, error_line
from disclosure_desktop.cli.parser import build_parser, early_language, prescan
from disclosure_desktop.cli.verbs import COMMANDS
from disclosure_desktop.messages import ReportDataError, current_language, message, os_error_text, set_language
from disclosure_desktop.runtime import logs
from disclosure_desktop.storage.dialect import error_code, error_key
from disclosure_desktop.workflows import backups as backup_files

log = logging.getLogger(__name__)

def _verb(command: str) -> Callable[[argparse.Namespace], int]:
    module, function = COMMANDS[command]
    verb: Callable[[argparse.Namespace], int] = getattr(importlib.import_module(f"{__package__}.{module}"), function)
    return verb


def run(argv: list[str]) -> int:
    """Run one sub-command; returns the exit status (0 done, 1 `check` found errors, 2 could not do it)."""
    early_language(argv)
    args: argparse.Namespace | None = None
    try:
        prescan(argv)
        args = build_parser().parse_args(argv)
        if getattr(args, "lang", None):
            set_language(args.lang)
        return _verb(args.command)(args)
    except SystemExit as done:  # --help
        return done.code if isinstance(done.code, int) else EXIT_OK
    except (CliError, ReportDataError) as error:
        print(error_line(_with_hint(error, args)), file=sys.stderr)
    except BrokenPipeError:  # `… | head`: the reader left; nothing to report
        return EXIT_OK
    except SQLAlchemyError as error:  # e.g. the file is locked by another program for too long
        text = message(error_key(error), path=shown(args), detail=error_code(error))
        print(error_line(text), file=sys.stderr)
    except OSError as error:  # a backup or restore that the disk refused
        print(error_line(os_error_text(error)), file=sys.stderr)
    except Exception as error:  # a bug, not bad input: logged with its traceback, one line for the clerk
        where = logs.log_unexpected(error, f"command {getattr(args, 'command', '?')}")
        detail = f"{type(error).__name__}: {error}"
        print(error_line(message("cli.internal", detail=detail) + _log_hint(where)), file=sys.stderr)
        return EXIT_INTERNAL
    return EXIT_BAD_INPUT


def _log_hint(where: Path | None) -> str:
    if where is None:
        return ""
    return ("；" if current_language() == "zh" else "; ") + message("log.written", path=where)


def _with_hint(error: Exception, args: argparse.Namespace | None) -> str:
    """A damaged database's message names the newest backup and the command that puts it back."""
    text = str(error)
    if getattr(error, "damaged", False):
        backup = getattr(error, "newest_backup", None)
        db_path = getattr(args, "db_path", None)
        if backup is None and isinstance(db_path, Path):  # a file's backups are beside it (a server has none)
            found = backup_files.newest(db_path)
            backup = found.path if found else None
        hint = message("db.restore_hint", backup=backup) if backup else message("db.no_backup_hint")
        text += ("；" if current_language() == "zh" else "; ") + hint
    return text


def main() -> None:
    sys.exit(run(sys.argv[1:]))


if __name__ == "__main__":
    main()
