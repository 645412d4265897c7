"""The report as one HTML page: the web-page export and the markup of the live preview pane."""

from __future__ import annotations

import contextlib
from functools import cache
from typing import TYPE_CHECKING

from disclosure_desktop.charts.data import light_context
from disclosure_desktop.charts.web import web_charts
from disclosure_desktop.domain.report import Report
from disclosure_desktop.export.context import ReportContext, TableContext, build_context
from disclosure_desktop.paths import cache_folder
from disclosure_desktop.resource_files import resource_path

if TYPE_CHECKING:
    from jinja2 import BytecodeCache, Environment, Template

    from disclosure_desktop.charts.web import WebCharts

TEMPLATE_NAME = "report.html.j2"
# The body size the page is laid out for; the Qt preview should give its document this default pixel size, so
# that Qt's fixed heading sizes (relative to the default font) stay in proportion to the body text.
BODY_FONT_PX = 16


@cache
def environment() -> Environment:
    # One environment per process: it caches the compiled templates, so each preview refresh only renders.
    # Jinja2 loads with the first page rendered, not at start (deferred.py).
    from jinja2 import Environment, FileSystemLoader, StrictUndefined

    env = Environment(
        loader=FileSystemLoader(str(resource_path("templates"))),
        bytecode_cache=_compiled_templates(),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.globals["width_carriers"] = width_carriers
    return env


def _compiled_templates() -> BytecodeCache | None:
    """Templates compiled once and kept in the user's cache folder (Jinja2 checks each against its source).

    Compiling them took ≈ 30 ms of every export command and of the first preview (measured).
    """
    from jinja2 import FileSystemBytecodeCache
    from jinja2.bccache import Bucket

    class KeptTemplates(FileSystemBytecodeCache):
        def dump_bytecode(self, bucket: Bucket) -> None:
            with contextlib.suppress(OSError):  # a folder that cannot be written only means compiling next time
                super().dump_bytecode(bucket)

    folder = cache_folder() / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return KeptTemplates(str(folder))


def width_carriers(table: TableContext) -> dict[tuple[int, int], str]:
    """{(row, col): "28.2%"} for the first single-column cell of each grid column.

    Qt's rich text takes column widths only from `width` attributes of cells (CSS widths and <col> are ignored),
    so each column's width rides on one of its cells; browsers honour the same attributes.
    """
    out: dict[tuple[int, int], str] = {}
    done: set[int] = set()
    for row in table.rows:
        for cell in row.cells:
            if cell.colspan == 1 and cell.col not in done and cell.col < len(table.col_widths):
                out[(cell.row, cell.col)] = f"{table.col_widths[cell.col] * 100:.2f}%"
                done.add(cell.col)
    return out


def _template() -> Template:
    return environment().get_template(TEMPLATE_NAME)


def render_context(context: ReportContext, charts: WebCharts | None = None) -> str:
    """The page for an already built context (the preview builds one and reuses it), with its 图解 if given."""
    return _template().render(r=context, charts=charts.charts if charts else (),
                              heading=charts.heading if charts else "")


def render_html(report: Report, *, charts: bool = False, previous: Report | None = None) -> str:
    """The self-contained web page of the report (spec §7); every piece of user text is escaped. With `charts`,
    the 图解 section after the signature (spec §15), this year against last when last year's report is given."""
    context = build_context(report)
    if not charts:
        return render_context(context)

    return render_context(context, web_charts(context, light_context(previous) if previous else None))
