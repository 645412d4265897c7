"""The 图解's colours stay apart in grey print and for colour-blind readers, and its text is legible: measured in
CIELAB on the palette itself and on a drawn chart, with the usual simulations of colour-vision deficiency."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtGui import QImage

from disclosure_desktop.charts import palette
from disclosure_desktop.charts.data import light_context, report_charts
from disclosure_desktop.charts.output import png_bytes
from disclosure_desktop.workflows.example_report import example_report

# Machado, Oliveira & Fernandes (2009), severity 1.0, on linear RGB.
SIMULATIONS = {
    "none": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}


def _linear(colour: str) -> list[float]:
    out = []
    for i in (1, 3, 5):
        c = int(colour[i:i + 2], 16) / 255
        out.append(c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4)
    return out


def _lab(colour: str, seen_as: str = "none") -> tuple[float, float, float]:
    m = SIMULATIONS[seen_as]
    c = _linear(colour)
    r, g, b = (min(1.0, max(0.0, sum(m[i][j] * c[j] for j in range(3)))) for i in range(3))
    x, y, z = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (
        0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def _contrast(a: str, b: str) -> float:
    def luminance(colour: str) -> float:
        r, g, b_ = _linear(colour)
        return 0.2126 * r + 0.7152 * g + 0.0722 * b_

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("count", range(2, 7))
def test_series_step_in_lightness_so_grey_print_keeps_them_apart(count: int) -> None:
    lightness = [_lab(c)[0] for c in palette.series_colours(count)]
    assert lightness == sorted(lightness)  # dark to light, the legend's order
    assert min(b - a for a, b in itertools.pairwise(lightness)) >= 10  # ΔL* 10: distinct greys side by side
    assert lightness[-1] <= 82  # the lightest still shows on white paper


@pytest.mark.parametrize("seen_as", ["protanopia", "deuteranopia", "tritanopia"])
@pytest.mark.parametrize("count", range(2, 7))
def test_series_stay_apart_for_colour_blind_readers(count: int, seen_as: str) -> None:
    labs = [_lab(c, seen_as) for c in palette.series_colours(count)]
    distance = min(sum((p - q) ** 2 for p, q in zip(a, b, strict=True)) ** 0.5
                   for a, b in itertools.combinations(labs, 2))
    assert distance >= 15, distance  # ΔE 15: clearly different, not merely "just noticeable" (≈ 2.3)


def test_text_is_legible_on_its_ground() -> None:
    assert _contrast(palette.TEXT, palette.BACKGROUND) >= 7
    assert _contrast(palette.MUTED, palette.BACKGROUND) >= 4.5
    assert _contrast(palette.MUTED, palette.TILE) >= 4.5
    assert _contrast(palette.series_colours(2)[0], palette.TILE) >= 4.5  # a tile's number


def test_a_drawn_chart_holds_the_palette_colours_exactly() -> None:
    chart = next(c for c in report_charts(light_context(example_report())) if c.id == "outcomes")
    image = QImage.fromData(png_bytes(chart))
    colours = {image.pixelColor(x, y).name() for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)}
    assert set(palette.series_colours(len(chart.rows))) <= colours
    # in grey, the six pieces of the ring are six different greys
    greys = {round(_lab(c)[0]) for c in palette.series_colours(len(chart.rows))}
    assert len(greys) == len(chart.rows)
