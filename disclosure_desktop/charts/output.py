"""A chart as a file: SVG (QSvgGenerator, text kept as text) and PNG (QImage) at screen and at print resolution.

The screen image is one pixel a chart unit (720 pixels wide, what the web page shows); the print image fills the
156 mm type area at 300 dpi. Both carry their resolution, so Word and image viewers place them at the size meant.
The same chart and faces give the same bytes every time (the golden tests compare them).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from disclosure_desktop.charts import palette
from disclosure_desktop.charts.data import Chart
from disclosure_desktop.charts.draw import WIDTH, chart_height, paint_chart
from disclosure_desktop.charts.faces import ChartFaces, chart_faces
from disclosure_desktop.export import typesetting as ts
from disclosure_desktop.export.atomic_file import write_atomically

__all__ = ["PRINT_DPI", "SCREEN_DPI", "ChartFile", "image_size", "png_bytes", "svg_bytes", "write_charts"]

SCREEN_DPI = 96  # one chart unit a CSS pixel
PRINT_DPI = 300
# Qt's PNG "quality" (a lighter zlib level): measured on the example's six 8-bit screen images, 4.4 ms and 8.0 kB
# against the default's 9.9 ms and 6.8 kB — the web page is exported often, its bytes hardly matter.
PNG_QUALITY = 80
_MM_PER_INCH = 25.4
# The printed chart fills the type area's width.
PRINT_WIDTH_MM = ts.TYPE_AREA_WIDTH_MM


def _scale(dpi: int) -> float:
    """Image pixels per chart unit at `dpi`: SCREEN_DPI is 1, PRINT_DPI fills the type area."""
    if dpi == SCREEN_DPI:
        return 1.0
    return round(PRINT_WIDTH_MM / _MM_PER_INCH * dpi) / WIDTH


def image_size(chart: Chart, dpi: int = SCREEN_DPI) -> QSize:
    """The PNG's size in pixels: 720 × height at screen resolution, 1843 pixels wide at 300 dpi."""
    scale = _scale(dpi)
    return QSize(round(WIDTH * scale), round(chart_height(chart) * scale))


def png_bytes(chart: Chart, dpi: int = SCREEN_DPI, faces: ChartFaces | None = None) -> bytes:
    faces = faces or chart_faces([chart])
    size = image_size(chart, dpi)
    image = QImage(size, QImage.Format.Format_RGB32)
    image.fill(QColor(palette.BACKGROUND))
    dots_per_metre = round(dpi / _MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    painter = QPainter(image)
    painter.scale(size.width() / WIDTH, size.height() / chart_height(chart))
    paint_chart(painter, chart, faces)
    painter.end()
    # 8 bits a pixel from the palette's own colours and their smoothed edges: a quarter of the bytes, and every
    # colour of the palette stays exact (Qt's own 8-bit table would move them).
    flags = Qt.ImageConversionFlag.ThresholdDither | Qt.ImageConversionFlag.AvoidDither
    image = image.convertToFormat(QImage.Format.Format_Indexed8, palette.image_colours(), flags)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub types the format as bytes, but 6.11 refuses bytes there and takes only a str (measured).
    image.save(buffer, "PNG", PNG_QUALITY)  # type: ignore[call-overload]
    buffer.close()
    return bytes(data.data())


# QSvgGenerator names only the face it drew with; a reader without it should fall back to a sans face, not serif.
_FAMILY = re.compile(r'font-family="([^"]*)"')


def svg_bytes(chart: Chart, faces: ChartFaces | None = None) -> bytes:
    """The chart as SVG: shapes, and each text as a <text> element in the chart's face (then any sans face)."""
    faces = faces or chart_faces([chart])
    height = chart_height(chart)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    generator.setSize(QSize(round(WIDTH), round(height)))
    generator.setViewBox(QRectF(0, 0, WIDTH, height))
    # width and height in millimetres: the type area's width on paper
    generator.setResolution(round(WIDTH / (PRINT_WIDTH_MM / _MM_PER_INCH)))
    generator.setTitle(chart.title)
    generator.setDescription(chart.alt_text())
    painter = QPainter(generator)
    painter.fillRect(QRectF(0, 0, WIDTH, height), QColor(palette.BACKGROUND))
    paint_chart(painter, chart, faces)
    painter.end()
    buffer.close()
    text = bytes(data.data()).decode("utf-8")
    text = _FAMILY.sub(lambda m: f'font-family="{_family_list(m.group(1))}"', text)
    return text.encode("utf-8")


def _family_list(first: str) -> str:
    names = [name.strip().strip("'") for name in first.split(",") if name.strip()]
    return ", ".join(f"'{name}'" for name in names) + ", sans-serif"


@dataclass(frozen=True)
class ChartFile:
    """The files of one chart: NN-id.svg, NN-id.png (screen) and NN-id-print.png (300 dpi)."""

    stem: str
    svg: Path
    png: Path
    print_png: Path


def write_charts(charts: Sequence[Chart], folder: Path) -> list[ChartFile]:
    """Write every chart into `folder` (made if missing), numbered by its place in the format's 图解 (a chart
    left out leaves its number unused, so a file's name does not change with the data); returns what was written."""
    folder.mkdir(parents=True, exist_ok=True)
    faces = chart_faces(charts)
    written = []
    for index, chart in enumerate(charts, start=1):
        stem = f"{chart.order or index:02d}-{chart.id}"
        files = ChartFile(stem, folder / f"{stem}.svg", folder / f"{stem}.png", folder / f"{stem}-print.png")
        write_atomically(files.svg, svg_bytes(chart, faces))
        write_atomically(files.png, png_bytes(chart, SCREEN_DPI, faces))
        write_atomically(files.print_png, png_bytes(chart, PRINT_DPI, faces))
        written.append(files)
    return written
