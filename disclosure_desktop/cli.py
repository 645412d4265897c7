"""Command line for scripted use and administrators: list, import and export reports without the GUI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from disclosure_desktop import cli_store, cli_usage
from disclosure_desktop.domain.messages import ReportDataError, current_language, message, os_error_text, set_language
from disclosure_desktop.export import atomic_file

if TYPE_CHECKING:
    from disclosure_desktop.domain.report import Report
    from disclosure_desktop.domain.versions import VersionInfo
    from disclosure_desktop.export.approval_sheet import ApprovalSheet
    from disclosure_desktop.storage.repository import ReportStore

SUBCOMMANDS = frozenset({"list", "import", "export", "check", *cli_store.COMMANDS})
# The export registry's names and suffixes, spelled out so that `--help` needs no exporter imported.
EXPORT_FORMATS = ("json", "html", "pdf", "docx")
EXPORT_SUFFIXES = {".json": "json", ".html": "html", ".htm": "html", ".pdf": "pdf", ".docx": "docx"}
_MAX_ID = 2**63 - 1  # SQLite's largest integer: a longer id is no id of ours (and would overflow)
EXIT_OK, EXIT_INTERNAL, EXIT_BAD_INPUT = 0, 1, 2


class CliError(Exception):
    """Bad input: one line for stderr, already in the user's language."""


def _fail(key: str, **values: object) -> NoReturn:
    raise CliError(message(key, **values))


class _Parser(argparse.ArgumentParser):
    # argparse would print its usage block and exit; the contract is one line on stderr and exit status 2.
    def error(self, text: str) -> NoReturn:
        raise CliError(cli_usage.translate(text, sorted(SUBCOMMANDS)))


def _report_id(text: str) -> int:
    # Raised as CliError (not ValueError) so that argparse does not reword it in English.
    if not (text.isascii() and text.isdigit()) or len(text) > 19 or not 1 <= int(text) <= _MAX_ID:
        raise CliError(message("cli.bad_id", value=text))
    return int(text)


def _language(text: str) -> str:
    from disclosure_desktop.domain.messages import language_of

    found = language_of(text)
    if found is None:  # CliError, not ValueError, so that argparse does not reword it in English
        raise CliError(message("cli.bad_choice", value=text, option="--lang", known="zh_CN、en"))
    return found


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS so that an option given before the sub-command is not reset by the sub-parser's default.
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS, help="database file")
    common.add_argument("--lang", type=_language, default=argparse.SUPPRESS, metavar="zh_CN|en",
                        help="language of messages (zh, zh_CN, zh-CN, en, en_US … as the system names it)")
    parser = _Parser(prog="disclosure-desktop", parents=[common], description="政府信息公开工作年度报告")
    from disclosure_desktop import __version__

    parser.add_argument("--version", action="version", version=f"disclosure-desktop {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    commands.add_parser("list", parents=[common], help="list reports: id, year, format, agency, title, state")
    imp = commands.add_parser("import", parents=[common],
                              help="import a .json document, a plain-text report, a Word file or a web page")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true",
                     help="read a .docx or .html and print what was recognised and what was not; create nothing")
    imp.add_argument("--partial", action="store_true",
                     help="create the report from a .docx or .html even when some values have no cell")
    imp.add_argument("--format", dest="format_id", help="format of a text file (default: narrative)")
    imp.add_argument("--year", type=int, help="report year of a text file whose title does not state it")
    exp = commands.add_parser(
        "export", parents=[common], help="export a report, or several (or --all) into a folder",
        description="One report: -o names the file (its suffix must match the format). Several ids or --all: -o "
                    "names a folder, --format is needed, and each report is written as its title reads "
                    "(a title two of them share gets the id added).")
    exp.add_argument("ids", nargs="*", type=_report_id, metavar="ID")
    exp.add_argument("--all", action="store_true", help="every report of the database (into the folder -o)")
    exp.add_argument("--format", dest="export_format",
                     help="json, html, pdf or docx (default: from the suffix of -o, which must match; json for -)")
    exp.add_argument("-o", "--output", default="-", help="output file (a folder for several), - for standard output")
    exp.add_argument("--version", dest="version_id", type=_report_id, help="export this saved version (see versions)")
    exp.add_argument("--approval-sheet", action="store_true",
                     help="with --version of a signed version and a PDF: the 签发单 (审核/签发 names and dates) first")
    check = commands.add_parser(
        "check", parents=[common], help="check a report against the rules of the report format (spec §5)",
        description="Print one problem a line, tab-separated: SEVERITY (error or warning), RULE-ID, LOCATION "
                    "(a cell id, a section id, title, agency, format, published_on or report) and MESSAGE; a "
                    "warning the clerk acknowledged ends with the reason. Exit status: 0 no error "
                    "(warnings allowed), 1 at least one error, 2 the check could not run.",
    )
    check.add_argument("id", type=_report_id, help="report id, as `list` shows it")
    check.add_argument("--json", action="store_true",
                       help="print a UTF-8 JSON list of objects with keys severity, rule, location, cells, "
                            "section, message and acknowledged (null or the clerk's reason)")
    check.add_argument("--repetition-threshold", type=_percent, default=None, metavar="PERCENT",
                       help="warn when more than PERCENT of the text repeats last year's report (default 50)")
    cli_store.add_parsers(commands, common, _report_id)
    return parser


def _percent(text: str) -> float:
    try:
        value = float(text.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(text) from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(text)
    return value / 100


def _early_language(argv: list[str]) -> None:
    # Before parsing, so that even a usage error speaks the language asked for.
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            set_language(argv[index + 1])
        elif arg.startswith("--lang="):
            set_language(arg.split("=", 1)[1])


def _error_line(text: str) -> str:
    separator = "：" if current_language() == "zh" else ": "
    return f"{message('error.prefix')}{separator}{text}"


@contextmanager
def _opened(args: argparse.Namespace) -> Iterator[ReportStore]:
    # Imported late: SQLAlchemy costs ≈ 0.3 s, which `--help` and usage errors should not pay.
    from disclosure_desktop.paths import default_database_path
    from disclosure_desktop.storage.database import Database
    from disclosure_desktop.storage.repository import ReportStore

    args.db_path = getattr(args, "db", None) or default_database_path()
    db = Database.open(args.db_path)
    if db.backup is not None:  # a migration: say where the copy from before is
        print(message("db.migrated", backup=db.backup), file=sys.stderr)
    try:
        yield ReportStore(db)
    finally:
        db.close()


def _load(store: ReportStore, report_id: int) -> Report:
    from disclosure_desktop.storage.repository import ReportNotFound

    try:
        return store.load(report_id)
    except ReportNotFound:
        _fail("cli.no_report", id=report_id)


def _cmd_list(args: argparse.Namespace) -> int:
    with _opened(args) as store:
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


def _read_bytes(path: Path) -> bytes:
    from disclosure_desktop.domain import limits

    try:
        # Measured before reading: a 50 MB file made every later start hang.
        limits.check_file_size(path.stat().st_size, path.suffix, path)
        return path.read_bytes()
    except OSError as error:
        _fail("cli.file_unreadable", path=path, detail=os_error_text(error))


def _read_text(path: Path) -> str:
    from disclosure_desktop.domain.encodings import decode_text

    data = _read_bytes(path)
    if path.suffix.lower() == ".json":
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            _fail("cli.file_unreadable", path=path, detail="UTF-8")
    # Text files saved from Chinese Windows tools are often GBK (GB18030 is its superset); detected, not assumed.
    return decode_text(data, path)


def _parse_report(args: argparse.Namespace) -> Report:
    from disclosure_desktop.domain import jsonio, plaintext
    from disclosure_desktop.domain.formats import UnknownFormatError, all_formats

    text = _read_text(args.file)
    if args.file.suffix.lower() == ".json":
        if args.format_id is not None or args.year is not None:
            _fail("cli.json_options")
        return jsonio.loads(text)
    if args.year is not None and not 1990 <= args.year <= 2100:
        _fail("json.bad_year")
    format_id = args.format_id or "narrative"
    try:
        return plaintext.report_from_text(text, format_id, args.year)
    except UnknownFormatError:
        _fail("json.unknown_format", format=format_id, known="、".join(all_formats()))


def _import_document(args: argparse.Namespace) -> Report | None:
    """A Word file or web page (spec §10): the report, or None after --dry-run printed what was recognised."""
    from disclosure_desktop.importers import read_file
    from disclosure_desktop.importers.explain import explanation

    if args.format_id is not None or args.year is not None:
        _fail("cli.document_year_options")
    result = read_file(args.file)
    if args.dry_run:
        print(explanation(result))
        return None
    if result.unplaced and not args.partial:
        items = "；".join(u.describe() for u in result.unplaced[:_UNPLACED_NAMED])
        if len(result.unplaced) > _UNPLACED_NAMED:
            items += "；…"
        _fail("import.cli_unplaced", count=len(result.unplaced), items=items)
    for item in result.unplaced:
        print(_error_line(item.describe()), file=sys.stderr)
    return result.marked_report()


_UNPLACED_NAMED = 5


def _cmd_import(args: argparse.Namespace) -> int:
    from disclosure_desktop.domain.limits import cleaned_report

    # Parse and check the whole file before touching the database: a bad file leaves it exactly as it was.
    if args.file.suffix.lower() in (".docx", ".html", ".htm"):
        document = _import_document(args)
        if document is None:
            return EXIT_OK
        report = cleaned_report(document)
    else:
        if args.dry_run or args.partial:
            _fail("cli.document_options")
        report = cleaned_report(_parse_report(args))
    report.id = None
    with _opened(args) as store:
        new_id = store.create(report)
    print(new_id)
    return EXIT_OK


def _export_format(args: argparse.Namespace) -> str:
    """The format asked for, which the file name's suffix must match (a PDF never lands in report.doc)."""
    chosen = args.export_format.lower() if args.export_format else None
    if chosen is not None and chosen not in EXPORT_FORMATS:
        _fail("cli.unknown_export", format=chosen, known="、".join(EXPORT_FORMATS))
    if args.output == "-":
        return chosen or "json"
    by_suffix = EXPORT_SUFFIXES.get(Path(args.output).suffix.lower())
    if chosen is None:
        if by_suffix is None:
            _fail("cli.suffix_unknown", path=args.output, known=" ".join(EXPORT_SUFFIXES))
        return by_suffix
    if by_suffix != chosen:
        suffix = next(s for s, f in EXPORT_SUFFIXES.items() if f == chosen)
        _fail("cli.suffix_mismatch", path=args.output, format=chosen, suffix=suffix)
    return chosen


def _cmd_export(args: argparse.Namespace) -> int:
    import datetime as dt

    from disclosure_desktop import cli_export

    if args.approval_sheet and args.version_id is None:
        _fail("version.sheet_needs_version")
    if cli_export.wanted(args):
        return cli_export.export_many(args, EXPORT_FORMATS)
    if not args.ids:
        _fail("cli.missing_argument", names="id")  # as argparse named it when one id was required
    args.id = args.ids[0]
    from disclosure_desktop.domain.versions import EXPORT
    from disclosure_desktop.export import registry

    export_format = _export_format(args)
    if args.approval_sheet and export_format != "pdf":
        _fail("version.sheet_not_pdf")
    sheet = None
    with _opened(args) as store:
        if args.version_id is None:
            report, moment = _load(store, args.id), dt.datetime.now(dt.UTC).replace(microsecond=0)
        else:  # a saved version, dated as it was saved: the same bytes every time (签发)
            report, moment = _load_version(store, args.id, args.version_id)
            if args.approval_sheet:
                sheet = _approval_sheet(report, store.version_info(args.version_id))
        data = registry.render(report, export_format, moment=moment, sheet=sheet)
        if args.output == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            write_atomically(Path(args.output), data)
        if args.version_id is None:  # every export is remembered as the version it wrote
            name = f"{export_format}: {Path(args.output).name}"
            store.snapshot(args.id, EXPORT, name, report=report, at=moment)
    return EXIT_OK


def _load_version(store: ReportStore, report_id: int, version_id: int) -> tuple[Report, object]:
    from disclosure_desktop.storage.errors import VersionNotFound
    from disclosure_desktop.storage.report_rows import require_known_format

    _load(store, report_id)
    try:
        info = store.version_info(version_id)
    except VersionNotFound:
        _fail("version.not_of_report", id=report_id, version=version_id)
    if info.report_id != report_id:
        _fail("version.not_of_report", id=report_id, version=version_id)
    report = store.load_version(version_id)
    require_known_format(report)
    return report, info.created_at


def _approval_sheet(report: Report, info: VersionInfo) -> ApprovalSheet:
    from disclosure_desktop.export.approval_sheet import ApprovalSheet

    if not info.is_signed:
        _fail("version.sheet_not_signed", version=info.id)
    return ApprovalSheet.of(report, info)


EXIT_CHECK_ERRORS = 1  # `check`: the report has at least one error (2 stays "could not run")


def _cmd_check(args: argparse.Namespace) -> int:
    import json

    from disclosure_desktop.domain.checks import check_report

    with _opened(args) as store:
        report = _load(store, args.id)
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


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` with `data` at once; an unwritable place is bad input (exit 2), not a crash."""
    try:
        atomic_file.write_atomically(path, data)
    except OSError as error:
        _fail("cli.file_unwritable", path=path, detail=os_error_text(error))


_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "list": _cmd_list,
    "import": _cmd_import,
    "export": _cmd_export,
    "check": _cmd_check,
    **cli_store.HANDLERS,
}


_GLOBAL_OPTIONS = {"--db", "--lang", "--help", "-h", "--version"}


def _prescan(argv: list[str]) -> None:
    """Complaints argparse would word misleadingly: an unknown option before the command, `--db list`."""
    for index, arg in enumerate(argv):
        if arg in SUBCOMMANDS:
            return
        if arg.startswith("-") and arg.partition("=")[0] not in _GLOBAL_OPTIONS:
            _fail("cli.unknown_option", option=arg)
        value = argv[index + 1] if index + 1 < len(argv) else ""
        # `--db list` would take the command for the file name and go on without a command.
        if arg == "--db" and value in SUBCOMMANDS and not any(a in SUBCOMMANDS for a in argv[index + 2:]):
            _fail("cli.db_is_command", value=value)


def run(argv: list[str]) -> int:
    """Run one sub-command; returns the exit status (0 ok, 2 bad input, 1 internal error)."""
    _early_language(argv)
    args: argparse.Namespace | None = None
    try:
        _prescan(argv)
        args = _parser().parse_args(argv)
        if getattr(args, "lang", None):
            set_language(args.lang)
        return _COMMANDS[args.command](args)
    except SystemExit as done:  # --help
        return done.code if isinstance(done.code, int) else EXIT_OK
    except (CliError, ReportDataError) as error:
        print(_error_line(_with_hint(error, args)), file=sys.stderr)
    except BrokenPipeError:  # `… | head`: the reader left; nothing to report
        return EXIT_OK
    except Exception as error:  # a bug, not bad input: still one line, never a traceback at the clerk
        from sqlalchemy.exc import SQLAlchemyError

        if isinstance(error, SQLAlchemyError):  # e.g. the file is locked by another program for too long
            from disclosure_desktop.storage.sqlite_file import error_code, error_key

            text = message(error_key(error), path=getattr(args, "db_path", "?"), detail=error_code(error))
            print(_error_line(text), file=sys.stderr)
            return EXIT_BAD_INPUT
        if isinstance(error, OSError):  # a backup or restore that the disk refused
            print(_error_line(os_error_text(error)), file=sys.stderr)
            return EXIT_BAD_INPUT
        print(_error_line(message("cli.internal", detail=f"{type(error).__name__}: {error}")), file=sys.stderr)
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
