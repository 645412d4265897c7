"""The example report's 图解 as files: golden SVGs, every number an SVG shows read back and compared with the
report's own cells (and nothing else), each figure beside its label, and the PNGs at the sizes stated."""

from __future__ import annotations

import fnmatch
import os
import re
import tomllib
import xml.etree.ElementTree as ET
from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from disclosure_desktop.charts.data import light_context, report_charts
from disclosure_desktop.charts.faces import chart_faces
from disclosure_desktop.charts.output import svg_bytes, write_charts
from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.report import Cell, Report
from disclosure_desktop.resource_files import resource_path
from disclosure_desktop.workflows.example_report import example_report
from tests.helpers.paths import TESTS

HERE = TESTS / "charts"
GOLDEN = HERE / "golden"
LAST_YEAR = HERE / "fixtures" / "example-gov-2024.json"
SVG = "{http://www.w3.org/2000/svg}"
NUMBER = re.compile(r"\d+(?:\.\d+)?%?")


def _reports() -> tuple[Report, Report]:
    return example_report(), jsonio.loads(LAST_YEAR.read_text("utf-8"))


def _texts(svg: bytes) -> list[tuple[str, float, float]]:
    """(text, x, y) of every <text> element: what the chart shows."""
    root = ET.fromstring(svg)
    return [(el.text or "", float(el.get("x", 0)), float(el.get("y", 0))) for el in root.iter(f"{SVG}text")]


def _numbers(texts: list[str]) -> Counter[str]:
    return Counter(n for text in texts for n in NUMBER.findall(text))


# --- the oracle: what each chart must show, worked out here from the report's cells and the chart file ---------

def _book(format_id: str) -> dict:
    return tomllib.loads(resource_path("formats", "charts", f"{format_id}.toml").read_text("utf-8"))


def _figure(report: Report, name: str) -> int | None:
    """A figure straight from the report's cells: the sum of the cells the chart file names (blank is nothing)."""
    data = _book(report.format_id)
    patterns = data["figures"][name]["cells"] if name in data["figures"] else [name]
    cells = [c for c in report.format.cells if any(fnmatch.fnmatchcase(c, p) for p in patterns)]
    assert cells, name
    filled = [report.number(c) for c in cells if report.value(c).strip()]
    return sum(filled) if filled else None


def _percent(part: int, whole: int) -> str:
    return f"{(Decimal(part) * 100 / Decimal(whole)).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)}%"


def _expected(chart: dict, report: Report, last: Report) -> list[str]:
    values: list[int | None]
    extra: list[str] = []
    if chart["kind"] == "against_last_year":
        values = [_figure(report, f) for f in chart["figures"]] + [_figure(last, f) for f in chart["figures"]]
    elif "rows" in chart:
        values = [_figure(report, p) for row in chart["rows"] for p in row["parts"]]
        values += [_figure(report, row["total"]) for row in chart["rows"] if "total" in row]
    else:
        values = [_figure(report, f) for f in chart["figures"]]
    if chart["kind"] == "shares":
        whole = sum(v or 0 for v in values)
        extra = [_percent(v, whole) for v in values if v is not None]
        values.append(_figure(report, chart["total"]))
    return [str(v) for v in values if v is not None] + extra


def test_every_number_a_chart_shows_is_the_reports_own(tmp_path: Path) -> None:
    report, last = _reports()
    charts = report_charts(light_context(report), light_context(last))
    specs = {c["id"]: c for c in _book(report.format_id)["charts"]}
    assert [c.id for c in charts] == list(specs)  # every chart of the format, in its order
    for chart in charts:
        svg = svg_bytes(chart)
        shown = _numbers([t for t, _, _ in _texts(svg)])
        assert shown == Counter(_expected(specs[chart.id], report, last)), chart.id
        # The SVG's description (its text alternative) states the same figures.
        desc = ET.fromstring(svg).find(f"{SVG}desc")
        assert desc is not None and _numbers([desc.text or ""]) == shown, chart.id


def test_a_changed_cell_changes_the_chart() -> None:
    report, _ = _reports()
    report.cells["t3.new.legal"] = Cell("777")
    chart = next(c for c in report_charts(light_context(report)) if c.id == "applicants")
    assert "777" in [t for t, _, _ in _texts(svg_bytes(chart))]


def _same_line(texts: list[tuple[str, float, float]], label: str, value: str) -> bool:
    rows = [y for t, _, y in texts if t == label]
    return any(t == value and abs(y - row) < 2 for t, _, y in texts for row in rows)


def test_each_figure_stands_beside_its_label() -> None:
    report, last = _reports()
    charts = {c.id: c for c in report_charts(light_context(report), light_context(last))}
    data = _book(report.format_id)
    label = {name: spec["label"] for name, spec in data["figures"].items()}
    for chart_id in ("applicants", "outcomes"):
        texts = _texts(svg_bytes(charts[chart_id]))
        spec = next(c for c in data["charts"] if c["id"] == chart_id)
        for name in spec["figures"]:
            assert _same_line(texts, label[name], str(_figure(report, name))), (chart_id, name)
    texts = _texts(svg_bytes(charts["tiles"]))
    for name in next(c for c in data["charts"] if c["id"] == "tiles")["figures"]:
        (lx, ly), = [(x, y) for t, x, y in texts if t == label[name]]
        number = [(x, y) for t, x, y in texts if t == str(_figure(report, name))]
        # the number above its label, in the same tile (a tile is 171 units wide)
        assert any(abs(x - lx) < 90 and y < ly for x, y in number), name
    stacked = _texts(svg_bytes(charts["review_litigation"]))
    row = next(c for c in data["charts"] if c["id"] == "review_litigation")["rows"][0]
    for series, part in zip(next(c for c in data["charts"] if c["id"] == "review_litigation")["series"],
                            row["parts"], strict=True):
        assert _same_line(stacked, series, str(_figure(report, part))), series


def _faces_line(report: Report) -> str:
    return "faces: " + ", ".join(chart_faces(report_charts(light_context(report))).families)


def test_svgs_match_the_golden_copies() -> None:
    report, last = _reports()
    charts = report_charts(light_context(report), light_context(last))
    faces = GOLDEN / "faces.txt"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        for chart in charts:
            (GOLDEN / f"{chart.id}.svg").write_bytes(svg_bytes(chart))
        faces.write_text(_faces_line(report) + "\n", "utf-8")
    assert faces.exists(), "no golden copies yet: run with UPDATE_GOLDEN=1 once and review them"
    if faces.read_text("utf-8").strip() != _faces_line(report):
        # Text positions follow the face's widths: the copies hold for the faces the set-up installs.
        pytest.skip(f"this machine draws with other faces ({_faces_line(report)}) than the golden copies")
    assert sorted(p.stem for p in GOLDEN.glob("*.svg")) == sorted(c.id for c in charts)
    for chart in charts:
        assert svg_bytes(chart) == (GOLDEN / f"{chart.id}.svg").read_bytes(), (
            f"{chart.id} changed; look at it and rerun with UPDATE_GOLDEN=1")


def test_files_are_written_at_the_sizes_stated(tmp_path: Path) -> None:
    report, last = _reports()
    charts = report_charts(light_context(report), light_context(last))
    written = write_charts(charts, tmp_path / "图解")
    print_width = round(156 / 25.4 * 300)  # the type area's width at 300 dpi
    assert print_width == 1843
    for chart, files in zip(charts, written, strict=True):
        svg = ET.fromstring(files.svg.read_bytes())
        assert svg.find(f"{SVG}title").text == chart.title
        width, height = (float(v) for v in svg.get("viewBox").split()[2:])
        assert width == 720 and svg.get("width", "").endswith("mm")
        screen, printed = QImage(str(files.png)), QImage(str(files.print_png))
        assert (screen.width(), screen.height()) == (720, round(height))
        assert (printed.width(), printed.height()) == (print_width, round(height * print_width / 720))
        assert round(screen.dotsPerMeterX() * 0.0254) == 96 and round(printed.dotsPerMeterX() * 0.0254) == 300
        # white around the chart, ink inside it
        assert screen.pixelColor(0, 0).name() == "#ffffff"
        assert sum(screen.pixelColor(x, y).name() != "#ffffff" for x in range(0, 720, 3)
                   for y in range(0, screen.height(), 3)) > 200
    assert [f.stem for f in written] == [f"{c.order:02d}-{c.id}" for c in charts]
