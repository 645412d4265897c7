"""The command line's grammar: sub-commands, options, their value types, and the complaints argparse words badly."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import NoReturn

from disclosure_desktop import __version__
from disclosure_desktop.cli import usage
from disclosure_desktop.cli.errors import CliError, fail
from disclosure_desktop.cli.grammar_more import add_life_parsers, add_review_parsers
from disclosure_desktop.cli.verbs import SUBCOMMANDS
from disclosure_desktop.export import registry
from disclosure_desktop.messages import language_of, message, set_language
from disclosure_desktop.paths import is_database_url

# The formats and suffixes are the export registry's: the command line offers exactly what the dialog offers.
EXPORT_FORMATS = tuple(registry.FORMATS)
EXPORT_SUFFIXES = {**{f.suffix: f.id for f in registry.FORMATS.values()}, **registry.ALSO_SUFFIXES}
_MAX_ID = 2**63 - 1  # SQLite's largest integer: a longer id is no id of ours (and would overflow)


class _Parser(argparse.ArgumentParser):
    # argparse would print its usage block and exit; the contract is one line on stderr and exit status 2.
    def error(self, text: str) -> NoReturn:
        raise CliError(usage.translate(text, sorted(SUBCOMMANDS)))


def report_id(text: str) -> int:
    # Raised as CliError (not ValueError) so that argparse does not reword it in English.
    if not (text.isascii() and text.isdigit()) or len(text) > 19 or not 1 <= int(text) <= _MAX_ID:
        raise CliError(message("cli.bad_id", value=text))
    return int(text)


def _database(text: str) -> str | Path:
    # A server's URL stays text: Path() would fold its `//` into one slash.
    return text.strip() if is_database_url(text) else Path(text)


def _language(text: str) -> str:
    found = language_of(text)
    if found is None:  # CliError, not ValueError, so that argparse does not reword it in English
        raise CliError(message("cli.bad_choice", value=text, option="--lang", known="zh_CN、en"))
    return found


def build_parser() -> argparse.ArgumentParser:
    # A _Parser like the sub-parsers it is a parent of (argparse's stub wants parents of the sub-parsers' class);
    # only its arguments are copied, so its own error() never runs.
    common = _Parser(add_help=False)
    # SUPPRESS so that an option given before the sub-command is not reset by the sub-parser's default.
    common.add_argument("--db", type=_database, default=argparse.SUPPRESS, metavar="FILE|URL",
                        help="database file, or a shared database: postgresql+psycopg://user@host/dbname")
    common.add_argument("--lang", type=_language, default=argparse.SUPPRESS, metavar="zh_CN|en",
                        help="language of messages (zh, zh_CN, zh-CN, en, en_US … as the system names it)")
    parser = _Parser(prog="disclosure-desktop", parents=[common], description="政府信息公开工作年度报告")
    parser.add_argument("--version", action="version", version=f"disclosure-desktop {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)
    commands.add_parser("list", parents=[common],
                        help="list reports: id, year, format, agency, title, state (spec §12)")
    imp = commands.add_parser("import", parents=[common],
                              help="import a .json document, a plain-text report, a Word file, a web page or a "
                                   "published PDF")
    imp.add_argument("file", type=Path)
    imp.add_argument("--dry-run", action="store_true",
                     help="read a .docx, .html or .pdf and print what was recognised and what was not; "
                          "create nothing")
    imp.add_argument("--partial", action="store_true",
                     help="create the report from a .docx, .html or .pdf even when some values have no cell")
    imp.add_argument("--format", dest="format_id", help="format of a text file (default: narrative)")
    imp.add_argument("--year", type=int, help="report year of a text file whose title does not state it")
    exp = commands.add_parser(
        "export", parents=[common], help="export a report, or several (or --all) into a folder",
        description="One report: -o names the file (its suffix must match the format). Several ids or --all: -o "
                    "names a folder, --format is needed, and each report is written as its title reads "
                    "(a title two of them share gets the id added).")
    exp.add_argument("ids", nargs="*", type=report_id, metavar="ID")
    exp.add_argument("--all", action="store_true", help="every report of the database (into the folder -o)")
    exp.add_argument("--format", dest="export_format",
                     help=f"{', '.join(EXPORT_FORMATS)} (default: from the suffix of -o, which must match; json for -)")
    exp.add_argument("-o", "--output", default="-", help="output file (a folder for several), - for standard output")
    exp.add_argument("--version", dest="version_id", type=report_id, help="export this saved version (see versions)")
    exp.add_argument("--pdfa", action="store_true",
                     help="a PDF as PDF/A-1b for an archive: every font embedded, XMP metadata (title, agency, year)")
    exp.add_argument("--charts", action="store_true",
                     help="PDF and Word: end with the 图解 pages (the web page always has its 图解 section)")
    exp.add_argument("--approval-sheet", action="store_true",
                     help="with --version of a signed version and a PDF: the 签发单 (审核/签发 names and dates) first")
    check = commands.add_parser(
        "check", parents=[common], help="check a report against the rules of the report format (spec §5)",
        description="Print one problem a line, tab-separated: SEVERITY (error or warning), RULE-ID, LOCATION "
                    "(a cell id, a section id, title, agency, format, published_on or report) and MESSAGE; a "
                    "warning the clerk acknowledged ends with the reason. Exit status: 0 no error "
                    "(warnings allowed), 1 at least one error, 2 the check could not run.",
    )
    check.add_argument("id", type=report_id, help="report id, as `list` shows it")
    check.add_argument("--json", action="store_true",
                       help="print a UTF-8 JSON list of objects with keys severity, rule, location, cells, "
                            "section, message and acknowledged (null or the clerk's reason)")
    check.add_argument("--repetition-threshold", type=_percent, default=None, metavar="PERCENT",
                       help="warn when more than PERCENT of the text repeats last year's report (default 50)")
    _store_parsers(commands, common)
    charts = commands.add_parser(
        "charts", parents=[common], help="write the report's 图解 charts as SVG and PNG into a folder",
        description="Writes NN-NAME.svg, NN-NAME.png (720 pixels wide, for a web page) and NN-NAME-print.png "
                    "(300 dpi, 156 mm wide) for every chart, in print order; the folder is made if missing. "
                    "Last year's report of the same agency, when the database holds it, adds the chart of this "
                    "year against last.")
    charts.add_argument("id", type=report_id, help="report id, as `list` shows it")
    charts.add_argument("-o", "--output", required=True, type=Path, metavar="FOLDER", help="the folder to write")
    add_life_parsers(commands, common, report_id)
    add_review_parsers(commands, common)
    return parser


def _store_parsers(commands: argparse._SubParsersAction[_Parser], common: _Parser) -> None:
    """versions, snapshot, sign, backup, restore, db upgrade (spec §9)."""
    versions = commands.add_parser(
        "versions", parents=[common], help="list a report's saved versions",
        description="One version a line: VERSION, TIME, KIND (手动, 导出, 签发, 恢复前), NAME.")
    versions.add_argument("id", type=report_id, help="report id, as `list` shows it")
    snapshot = commands.add_parser("snapshot", parents=[common], help="save the report's current state as a version")
    snapshot.add_argument("id", type=report_id)
    snapshot.add_argument("--name", default="", help="a name for the version")
    sign = commands.add_parser("sign", parents=[common], help="签发: freeze the current state as the signed version")
    sign.add_argument("id", type=report_id)
    sign.add_argument("--by", required=True, help="who signs (签发人)")
    sign.add_argument("--reviewed-by", default="", metavar="NAME", help="who reviewed it (审核人), for the 签发单")
    sign.add_argument("--reviewed-on", default=None, metavar="YYYY-MM-DD",
                      help="the day of the review (default: today, when --reviewed-by is given)")
    backup = commands.add_parser("backup", parents=[common], help="write a verified copy of the whole database")
    backup.add_argument("-o", "--output", required=True, type=Path, help="the backup file to write")
    restore = commands.add_parser("restore", parents=[common],
                                  help="replace the database with a verified backup (the current file is kept aside)")
    restore.add_argument("file", type=Path, help="the backup file")
    db = commands.add_parser(
        "db", parents=[common], help="administer the database: db upgrade",
        description="upgrade: create this program's tables in an empty shared database, or migrate an older one "
                    "after a verified backup (a file is migrated as every opening migrates it).")
    db.add_argument("action", choices=["upgrade"], help="upgrade")
    db.add_argument("--backup-dir", type=Path, default=None, metavar="FOLDER",
                    help="where the backup from before the upgrade goes (default: the program's data folder)")


def _percent(text: str) -> float:
    try:
        value = float(text.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(text) from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(text)
    return value / 100


def early_language(argv: list[str]) -> None:
    # Before parsing, so that even a usage error speaks the language asked for.
    for index, arg in enumerate(argv):
        if arg == "--lang" and index + 1 < len(argv):
            set_language(argv[index + 1])
        elif arg.startswith("--lang="):
            set_language(arg.split("=", 1)[1])


_GLOBAL_OPTIONS = {"--db", "--lang", "--help", "-h", "--version"}


def prescan(argv: list[str]) -> None:
    """Complaints argparse would word misleadingly: an unknown option before the command, `--db list`."""
    for index, arg in enumerate(argv):
        if arg in SUBCOMMANDS:
            return
        if arg.startswith("-") and arg.partition("=")[0] not in _GLOBAL_OPTIONS:
            fail("cli.unknown_option", option=arg)
        value = argv[index + 1] if index + 1 < len(argv) else ""
        # `--db list` would take the command for the file name and go on without a command.
        if arg == "--db" and value in SUBCOMMANDS and not any(a in SUBCOMMANDS for a in argv[index + 2:]):
            fail("cli.db_is_command", value=value)
