"""The command line's grammar of the verbs after 签发 (submit, remarks, spec §9 §12) and of the 公开办's review
(spec §13) — apart from the verbs themselves, so that parsing the command line (and the window's start, which asks
whether its arguments are a command) loads none of the workflows, storage or renderers they run."""

from __future__ import annotations

import argparse
from pathlib import Path

from disclosure_desktop.cli.errors import CliError
from disclosure_desktop.messages import message


def add_life_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser,
                report_id: object) -> None:
    submit = commands.add_parser(
        "submit", parents=[common], help="write the submission package (报送包) of the last signed version",
        description="Writes FILE.zip: report.json, report.pdf and report.docx of the report's last signed version "
                    "and manifest.json with the SHA-256 of each, who signed and reviewed it, and this program's "
                    "version. Refused (exit 2, nothing written) when the report is not signed, was changed after "
                    "signing, or its signed version has errors.")
    submit.add_argument("id", type=report_id, help="report id, as `list` shows it")
    submit.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.zip", help="the package to write")
    opened_remarks = commands.add_parser(
        "remarks", parents=[common], help="open the 公开办's remarks file (审核意见) on a report; prints how many",
        description="Reads the remarks file (spec §12) and keeps its items with the report: `check` lists them "
                    "beside the program's own problems until each is marked 已整改 in the window, and the "
                    "report's state follows the verdict (退回修改 or 已通过). A file for another agency, year or "
                    "version is refused with the reason (exit 2).")
    opened_remarks.add_argument("id", type=report_id, help="report id, as `list` shows it")
    opened_remarks.add_argument("file", type=Path, metavar="FILE.json", help="the remarks file")


OUTPUT_SUFFIXES = (".xlsx", ".csv")


def _year(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or not 1990 <= int(text) <= 2100:
        raise CliError(message("review.bad_year", value=text))  # not ValueError: argparse would reword it
    return int(text)


def add_review_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    review = commands.add_parser(
        "review", parents=[common], help="the 公开办's review of a folder of units' reports (spec §13)",
        description="Read every .docx, .html, .pdf, .json and submission package (.zip) in FOLDER and its "
                    "sub-folders, match each report to a unit of --units (UTF-8 or GB18030 CSV with the header "
                    "单位名称,单位类型,截止日期) and check it. Reports of the year before are used to compare with. "
                    "Prints one unit a line (tab-separated), or with --json the document of spec §13; files not "
                    "taken are named on standard error. Exit status: 0 every unit received and no error, 1 a unit "
                    "missing or with errors, 2 the review could not run.")
    review.add_argument("folder", type=Path, metavar="FOLDER")
    review.add_argument("--year", type=_year, required=True, metavar="Y", help="the report year reviewed")
    review.add_argument("--units", type=Path, metavar="units.csv", help="the units expected to report")
    review.add_argument("-o", "--output", type=Path, metavar="summary.xlsx|summary.csv",
                        help="write the summary with the roll-up (.csv: the roll-up goes beside it as .rollup.csv)")
    review.add_argument("--json", action="store_true", help="print the review as JSON (spec §13)")
