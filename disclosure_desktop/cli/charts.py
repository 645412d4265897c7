"""The `charts` command (spec §9, §15): every chart of a report's 图解 written into a folder as SVG and PNG."""

from __future__ import annotations

import argparse

from disclosure_desktop.cli.database import opened
from disclosure_desktop.cli.errors import EXIT_OK
from disclosure_desktop.workflows.charts import write_report_charts


def cmd_charts(args: argparse.Namespace) -> int:
    with opened(args) as store:
        write_report_charts(store, args.id, args.output)
    return EXIT_OK
