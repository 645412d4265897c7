"""The `charts` command (spec §9, §15): every chart of a report's 图解 written into a folder as SVG and PNG."""

from __future__ import annotations

import argparse
from pathlib import Path

from disclosure_desktop.cli.errors import EXIT_OK, fail

COMMANDS = ("charts",)


def add_parsers(commands: argparse._SubParsersAction, common: argparse.ArgumentParser, report_id: object) -> None:
    charts = commands.add_parser(
        "charts", parents=[common], help="write the report's 图解 charts as SVG and PNG into a folder",
        description="Writes NN-NAME.svg, NN-NAME.png (720 pixels wide, for a web page) and NN-NAME-print.png "
                    "(300 dpi, 156 mm wide) for every chart, in print order; the folder is made if missing. "
                    "Last year's report of the same agency, when the database holds it, adds the chart of this "
                    "year against last.")
    charts.add_argument("id", type=report_id, help="report id, as `list` shows it")
    charts.add_argument("-o", "--output", required=True, type=Path, metavar="FOLDER", help="the folder to write")


def cmd_charts(args: argparse.Namespace) -> int:
    from disclosure_desktop.cli.database import load_report, opened
    from disclosure_desktop.messages import os_error_text

    folder: Path = args.output
    if folder.exists() and not folder.is_dir():
        fail("charts.not_a_folder", path=folder)
    with opened(args) as store:
        report = load_report(store, args.id)
        previous = store.previous_year(report.agency, report.year)
    from disclosure_desktop.charts.data import light_context, report_charts
    from disclosure_desktop.charts.output import write_charts
    from disclosure_desktop.charts.spec import chart_book
    from disclosure_desktop.export.registry import printable

    if chart_book(report.format_id) is None:
        fail("charts.no_tables", id=args.id, format=report.format_id)
    charts = report_charts(light_context(printable(report)), light_context(previous) if previous else None)
    if not charts:
        fail("charts.empty", id=args.id)
    try:
        write_charts(charts, folder)
    except OSError as error:
        fail("cli.file_unwritable", path=folder, detail=os_error_text(error))
    return EXIT_OK


HANDLERS = {"charts": cmd_charts}
