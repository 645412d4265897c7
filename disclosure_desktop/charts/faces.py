"""The face the 图解 prints in: the report's 黑体 role from the program's font plan, sized in chart units.

One face for titles, labels and numbers — a sans 公文 face reads best at chart sizes — chosen by export/fonts.py
like every other role: the first face of the 黑体 chain whose PDF text extracts right and that covers the charts'
text, and fallback faces for what it lacks (a unit's rare character in the roll-up). Hinting is off, so a text is
as wide on the screen image as in the SVG, the print image and the PDF page.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QFont, QFontMetricsF

from disclosure_desktop.charts.data import Chart
from disclosure_desktop.export.fonts import RoleFont, ensure_gui_application, font_plan

__all__ = ["ROLE", "ChartFaces", "chart_faces", "chart_texts"]

ROLE = "heading1"


def chart_texts(charts: Iterable[Chart]) -> str:
    """Every text the charts print, for choosing a face that has all of its characters."""
    out = []
    for chart in charts:
        out += [chart.title, chart.unit, chart.total_label, *chart.series, "0123456789.%—："]
        out += [row.label for row in chart.rows]
    return "\n".join(out)


@dataclass(frozen=True)
class ChartFaces:
    role: RoleFont

    @property
    def families(self) -> tuple[str, ...]:
        return self.role.families

    def font(self, pixels: float, bold: bool = False) -> QFont:
        """The face at `pixels` chart units (the painter's scale makes them millimetres or image pixels)."""
        font = QFont()
        font.setFamilies(list(self.families))
        font.setPixelSize(max(1, round(pixels)))
        font.setBold(bold)
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        font.setKerning(False)  # the SVG reader places each text as one run: no pair kerning to disagree with
        return font

    def width(self, text: str, pixels: float, bold: bool = False) -> float:
        return QFontMetricsF(self.font(pixels, bold)).horizontalAdvance(text)


def chart_faces(charts: Iterable[Chart]) -> ChartFaces:
    ensure_gui_application()
    return ChartFaces(font_plan({ROLE: chart_texts(charts)}).roles[ROLE])
