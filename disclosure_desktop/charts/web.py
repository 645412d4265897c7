"""The 图解 as the web page carries it: each chart's screen image as a data: URI, its text alternative, its numbers."""

from __future__ import annotations

import base64
from dataclasses import dataclass

from disclosure_desktop.charts.data import NumbersTable, report_charts
from disclosure_desktop.charts.faces import chart_faces
from disclosure_desktop.charts.output import SCREEN_DPI, image_size, png_bytes
from disclosure_desktop.charts.spec import chart_book
from disclosure_desktop.export.context import ReportContext

__all__ = ["WebChart", "WebCharts", "web_charts"]


@dataclass(frozen=True)
class WebChart:
    id: str
    src: str
    width: int
    height: int
    alt: str
    table: NumbersTable


@dataclass(frozen=True)
class WebCharts:
    heading: str
    charts: tuple[WebChart, ...]


def web_charts(context: ReportContext, previous: ReportContext | None = None) -> WebCharts | None:
    """The page's 图解 section, None when the report has no chart (a narrative report, empty tables)."""
    book = chart_book(context.format_id)
    charts = report_charts(context, previous)
    if book is None or not charts:
        return None
    faces = chart_faces(charts)
    out = []
    for chart in charts:
        size = image_size(chart, SCREEN_DPI)
        data = base64.b64encode(png_bytes(chart, SCREEN_DPI, faces)).decode("ascii")
        out.append(WebChart(chart.id, f"data:image/png;base64,{data}", size.width(), size.height(),
                            chart.alt_text(), chart.numbers_table()))
    return WebCharts(book.heading, tuple(out))
