"""The 图解 charts of a report written into a folder (spec §15), once for every front end: every chart as SVG and
as PNG at screen and print resolution, this year against last when last year's report is stored."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from disclosure_desktop.charts.data import light_context, report_charts
from disclosure_desktop.charts.spec import chart_book
from disclosure_desktop.export.registry import printable
from disclosure_desktop.messages import ReportDataError, os_error_text

if TYPE_CHECKING:  # the store is handed in: workflows load no database code themselves
    from disclosure_desktop.charts.output import ChartFile
    from disclosure_desktop.storage.repository import ReportStore


def write_report_charts(store: ReportStore, report_id: int, folder: Path) -> list[ChartFile]:
    """Write the report's charts into `folder` (made if missing); the files written, a chart's three together."""
    # QtSvg loads only when charts are written (deferred.py).
    from disclosure_desktop.charts.output import write_charts

    if folder.exists() and not folder.is_dir():
        raise ReportDataError("charts.not_a_folder", path=folder)
    report = store.load(report_id)
    previous = store.previous_year(report.agency, report.year)
    if chart_book(report.format_id) is None:
        raise ReportDataError("charts.no_tables", id=report_id, format=report.format_id)
    charts = report_charts(light_context(printable(report)), light_context(previous) if previous else None)
    if not charts:
        raise ReportDataError("charts.empty", id=report_id)
    try:
        return write_charts(charts, folder)
    except OSError as error:
        raise ReportDataError("cli.file_unwritable", path=folder, detail=os_error_text(error)) from None
