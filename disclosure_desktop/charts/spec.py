"""What a format's 图解 draws, read from resources/formats/charts/<format>.toml: charts, figures and their cells."""

from __future__ import annotations

import fnmatch
import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Literal

from disclosure_desktop.domain.formats import get_format
from disclosure_desktop.resource_files import resource_path

__all__ = ["KINDS", "ChartBook", "ChartDataError", "ChartKind", "ChartSpec", "FigureSpec", "RankingSpec", "RowSpec",
           "Words", "chart_book"]

# tiles: a line of big numbers; bars: one bar a figure; shares: a ring of figures as parts of a whole;
# against_last_year: each figure this year beside last year's; stacked: rows of parts adding up to a total;
# grouped: rows of figures side by side (one colour a series).
ChartKind = Literal["tiles", "bars", "shares", "against_last_year", "stacked", "grouped"]
KINDS: tuple[str, ...] = ("tiles", "bars", "shares", "against_last_year", "stacked", "grouped")


@dataclass(frozen=True)
class FigureSpec:
    """A printed figure: its label and the cells it adds up (one cell, or the cells of a group of rows)."""

    id: str
    label: str
    cells: tuple[str, ...]


@dataclass(frozen=True)
class RowSpec:
    """A row of a stacked or grouped chart: a label, one figure a series and, for a stacked row, its total."""

    label: str
    parts: tuple[FigureSpec, ...]
    total: FigureSpec | None = None


@dataclass(frozen=True)
class ChartSpec:
    id: str
    kind: ChartKind
    title: str
    figures: tuple[FigureSpec, ...] = ()
    rows: tuple[RowSpec, ...] = ()
    series: tuple[str, ...] = ()
    total: FigureSpec | None = None


@dataclass(frozen=True)
class RankingSpec:
    """The roll-up's chart of units ranked by one figure, the first `limit` of them drawn."""

    figure: FigureSpec
    title: str
    limit: int
    title_limited: str  # the title when more units than `limit` are ranked; {limit} stands for the number


@dataclass(frozen=True)
class Words:
    """The words a chart's table of numbers prints around the figures (its column and row headers)."""

    row_header: str = ""
    count: str = ""
    share: str = ""
    total: str = ""
    unit_note: str = "{unit}"  # how a chart states its unit (单位：件)

    def unit(self, unit: str) -> str:
        return self.unit_note.format(unit=unit) if unit else ""


@dataclass(frozen=True)
class ChartBook:
    """Every chart of a format's 图解, in print order, and the figures they are drawn from (by id)."""

    format_id: str
    heading: str
    unit: str
    figures: dict[str, FigureSpec]
    charts: tuple[ChartSpec, ...]
    ranking: RankingSpec | None = None
    words: Words = Words()


class ChartDataError(ValueError):
    """A chart file that names a cell or a figure the format does not have: a mistake in the shipped data."""


def _expand(patterns: list[str], cell_ids: list[str], where: str) -> tuple[str, ...]:
    out: list[str] = []
    for pattern in patterns:
        found = [c for c in cell_ids if fnmatch.fnmatchcase(c, pattern)] if "*" in pattern else (
            [pattern] if pattern in cell_ids else [])
        if not found:
            raise ChartDataError(f"{where}: no cell of the format matches {pattern!r}")
        out += [c for c in found if c not in out]
    return tuple(out)


class _Reader:
    """Resolves the names a chart file uses (figure ids, cell ids) against its format."""

    def __init__(self, format_id: str, figures: dict[str, dict]) -> None:
        fmt = get_format(format_id)
        self.cells = fmt.cells
        self.cell_ids = list(self.cells)
        self.figures = {
            fid: FigureSpec(fid, spec["label"], _expand(list(spec["cells"]), self.cell_ids, f"figure {fid}"))
            for fid, spec in figures.items()
        }

    def figure(self, name: str, where: str, label: str = "") -> FigureSpec:
        if name in self.figures:
            found = self.figures[name]
            return FigureSpec(found.id, label or found.label, found.cells)
        if name in self.cells:
            return FigureSpec(name, label or self.cells[name].column.label, (name,))
        raise ChartDataError(f"{where}: {name!r} is neither a figure nor a cell of the format")

    def chart(self, data: dict) -> ChartSpec:
        where = f"chart {data.get('id', '?')}"
        if data.get("kind") not in KINDS:
            raise ChartDataError(f"{where}: unknown kind {data.get('kind')!r}")
        series = tuple(data.get("series", ()))
        rows = tuple(
            RowSpec(row["label"], tuple(self.figure(p, where, s) for p, s in zip(row["parts"], series, strict=True)),
                    self.figure(row["total"], where, row["label"]) if "total" in row else None)
            for row in data.get("rows", ())
        )
        return ChartSpec(
            id=data["id"], kind=data["kind"], title=data["title"],
            figures=tuple(self.figure(f, where) for f in data.get("figures", ())),
            rows=rows, series=series,
            total=self.figure(data["total"], where) if "total" in data else None,
        )


@cache
def chart_book(format_id: str) -> ChartBook | None:
    """The 图解 of `format_id`; None for a format without one (the narrative layout has no tables)."""
    path = resource_path("formats", "charts", f"{format_id}.toml")
    if not path.is_file():
        return None
    data = tomllib.loads(path.read_text("utf-8"))
    reader = _Reader(format_id, data.get("figures", {}))
    ranking = data.get("rollup", {}).get("ranking")
    return ChartBook(
        format_id=format_id,
        heading=data["heading"],
        unit=data.get("unit", ""),
        figures=reader.figures,
        charts=tuple(reader.chart(chart) for chart in data["charts"]),
        ranking=RankingSpec(reader.figure(ranking["figure"], "rollup"), ranking["title"], int(ranking["limit"]),
                            ranking.get("title_limited", ranking["title"]))
        if ranking else None,
        words=Words(**data.get("words", {})),
    )
