"""The figures of each chart of a report's 图解, read from the report's cells through its rendering context.

No Qt here: what a chart shows (labels, numbers, shares), its text alternative and the table of its numbers are
decided once, and every output (SVG, PNG, PDF page, preview, Word, web page) draws or prints the same values.
A chart never holds a number of its own: each figure is a cell of the tables, or the sum of a group of cells
the format data names (不予公开 is the sum of its eight rows), and a share is a figure over the figures' sum.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from disclosure_desktop.charts.spec import ChartBook, ChartKind, ChartSpec, FigureSpec, Words, chart_book
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.values import ValueFormatError, parse_value
from disclosure_desktop.export.context import ReportContext, TableCell, build_context

__all__ = ["BLANK", "Chart", "ChartRow", "NumbersTable", "figure_cells", "percent_text", "report_charts",
           "rollup_charts"]

NO_WORDS = Words()
BLANK = "—"  # what a chart prints for a figure whose cells are all blank: no bar, no number


@dataclass(frozen=True)
class ChartRow:
    """A bar, a tile, a slice or a row of parts: its label, one value a series and, for stacked rows, the total."""

    label: str
    values: tuple[int | None, ...]
    total: int | None = None


@dataclass(frozen=True)
class NumbersTable:
    """The chart's numbers as a table: column headers (the first heads the row labels) and rows of text."""

    caption: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Chart:
    id: str
    kind: ChartKind
    title: str
    unit: str
    series: tuple[str, ...]
    rows: tuple[ChartRow, ...]
    # shares: the figure in the ring's middle (办理结果总计) and its label
    total: int | None = None
    total_label: str = ""
    # The rows drawn when there are more than a chart holds (the roll-up's ranking); the table lists them all.
    limit: int | None = None
    words: Words = NO_WORDS
    # Place in the format's 图解 (from 1): file names keep it whether or not an earlier chart is drawn.
    order: int = 0

    @property
    def drawn_rows(self) -> tuple[ChartRow, ...]:
        return self.rows if self.limit is None else self.rows[: self.limit]

    def shares(self) -> tuple[str | None, ...]:
        """Each row's share of the rows' sum as printed (47.4%); None for a blank figure or an empty whole."""
        whole = sum(row.values[0] or 0 for row in self.rows)
        return tuple(percent_text(row.values[0], whole) for row in self.rows)

    def numbers_table(self) -> NumbersTable:
        unit, w = (f"（{self.unit}）" if self.unit else ""), self.words
        header: tuple[str, ...]
        rows: tuple[tuple[str, ...], ...]
        if self.kind == "shares":
            header = (w.row_header, f"{w.count}{unit}", w.share)
            rows = tuple((r.label, _text(r.values[0]), s or BLANK) for r, s in zip(self.rows, self.shares(),
                                                                                     strict=True))
            rows += ((self.total_label, _text(self.total), ""),) if self.total_label else ()
        elif self.kind == "stacked":
            header = (w.row_header, *self.series, w.total)
            rows = tuple((r.label, *map(_text, r.values), _text(r.total)) for r in self.rows)
        elif len(self.series) > 1:
            header = (w.row_header, *self.series)
            rows = tuple((r.label, *map(_text, r.values)) for r in self.rows)
        else:
            header = (w.row_header, f"{w.count}{unit}")
            rows = tuple((r.label, _text(r.values[0])) for r in self.rows)
        note = self.words.unit(self.unit)
        return NumbersTable(f"{self.title}（{note}）" if note else self.title, header, rows)

    def alt_text(self) -> str:
        """One sentence a screen reader reads for the image: the title and every figure it draws."""
        def said(value: int | None) -> str:
            return BLANK if value is None else f"{value}{self.unit}"

        parts = []
        shares = self.shares() if self.kind == "shares" else ()
        for index, row in enumerate(self.drawn_rows):
            if self.kind == "stacked":
                detail = "、".join(f"{s}{said(v)}" for s, v in zip(self.series, row.values, strict=True))
                parts.append(f"{row.label}{said(row.total)}（{detail}）")
            elif len(self.series) > 1:
                parts.append(row.label + "：" + "、".join(
                    f"{s}{said(v)}" for s, v in zip(self.series, row.values, strict=True)))
            else:
                share = shares[index] if shares else None
                parts.append(f"{row.label}{said(row.values[0])}" + (f"（{share}）" if share else ""))
        if self.kind == "shares" and self.total_label:
            parts.append(f"{self.total_label}{said(self.total)}")
        return f"{self.title}：{'；'.join(parts)}。"

    @property
    def is_empty(self) -> bool:
        return all(v is None for row in self.rows for v in (*row.values, row.total))


def _text(value: int | None) -> str:
    return BLANK if value is None else str(value)


def percent_text(value: int | None, whole: int) -> str | None:
    """`value` as a share of `whole`, one decimal, halves rounded up (47.4%); None when there is no share."""
    if value is None or whole <= 0:
        return None
    share = (Decimal(value) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{share}%"


def figure_cells(context: ReportContext) -> dict[str, TableCell]:
    """Every value cell of the report's printed tables by cell id, as the rendering context holds it."""
    return {cell.cell_id: cell for section in context.sections if section.table is not None
            for row in section.table.rows for cell in row.cells if cell.is_value}


class _Figures:
    """Reads figures from one report's cells (as its rendering context holds them)."""

    def __init__(self, context: ReportContext) -> None:
        self.format_id = context.format_id
        self.cells = figure_cells(context)

    def value(self, figure: FigureSpec | None) -> int | None:
        """The sum of the figure's cells; blank cells count 0 as the checks count them, all blank is blank."""
        if figure is None:
            return None
        found = [self._number(cell_id) for cell_id in figure.cells]
        numbers = [n for n in found if n is not None]
        return sum(numbers) if numbers else None

    def _number(self, cell_id: str) -> int | None:
        cell = self.cells.get(cell_id)
        if cell is None or cell.value_kind != "count":
            return None
        try:
            value = parse_value("count", cell.text)
        except ValueFormatError:  # what the checks call a bad value is not charted
            return None
        return int(value) if value is not None else None


def _chart(order: int, spec: ChartSpec, book: ChartBook, now: _Figures, last: _Figures | None) -> Chart | None:
    rows: tuple[ChartRow, ...]
    if spec.kind == "against_last_year":
        if last is None:
            return None
        # Last year's figure of the same id: its cells are those of last year's format (2019 or 2021 layout).
        last_book = chart_book(last.format_id)
        rows = tuple(ChartRow(f.label, (now.value(f), last.value(last_book.figures.get(f.id) if last_book else None)))
                     for f in spec.figures)
    elif spec.rows:
        rows = tuple(ChartRow(r.label, tuple(now.value(p) for p in r.parts), now.value(r.total)) for r in spec.rows)
    else:
        rows = tuple(ChartRow(f.label, (now.value(f),)) for f in spec.figures)
    chart = Chart(spec.id, spec.kind, spec.title, book.unit, spec.series, rows,
                  now.value(spec.total), spec.total.label if spec.total else "", words=book.words, order=order)
    return None if chart.is_empty else chart


def report_charts(context: ReportContext, previous: ReportContext | None = None) -> tuple[Chart, ...]:
    """The 图解 of a report from its rendering context, in print order; the chart of this year against last only
    when last year's report is given. A chart whose figures are all blank is left out; a format without a 图解
    (the narrative layout) has none."""
    book = chart_book(context.format_id)
    if book is None:
        return ()
    now, last = _Figures(context), _Figures(previous) if previous is not None else None
    charts = (_chart(order, spec, book, now, last) for order, spec in enumerate(book.charts, start=1))
    return tuple(chart for chart in charts if chart is not None)


def _no_widths(_text: str, _kind: str) -> float:
    # The charts read only the cells' text: the column widths a context also measures do not matter here.
    return 0.0


def light_context(report: Report) -> ReportContext:
    """The rendering context of a report without measuring its tables (for figures only: last year's, units')."""
    return build_context(report, measure=_no_widths)


def rollup_charts(summed: Report, units: Sequence[tuple[str, Report]] | Mapping[str, Report] = (),
                  previous: Report | None = None) -> tuple[Chart, ...]:
    """The 图解 of the 公开办's roll-up (spec §13): the report's charts over `summed` (a report of the region whose
    cells are the units' sums), then the units ranked by the figure the format data names (本年新收申请).

    `units` are (unit name, that unit's report); `previous` is last year's roll-up, if any."""
    charts = list(report_charts(light_context(summed), light_context(previous) if previous else None))
    book = chart_book(summed.format_id)
    pairs = list(units.items()) if isinstance(units, Mapping) else list(units)
    if book is None or book.ranking is None or not pairs:
        return tuple(charts)
    ranking = book.ranking
    ranked = []
    for name, report in pairs:
        figures = _Figures(light_context(report))
        unit_book = chart_book(report.format_id)
        figure = unit_book.figures.get(ranking.figure.id) if unit_book else None
        ranked.append(ChartRow(name, (figures.value(figure),)))
    # The most first; blank last; equal figures in name order, so that the same units always draw alike.
    ranked.sort(key=lambda row: (row.values[0] is None, -(row.values[0] or 0), row.label))
    limited = len(ranked) > ranking.limit
    title = ranking.title_limited.format(limit=ranking.limit) if limited else ranking.title
    charts.append(Chart("ranking", "bars", title, book.unit, (), tuple(ranked),
                        limit=ranking.limit if limited else None, words=book.words, order=len(book.charts) + 1))
    return tuple(charts)
