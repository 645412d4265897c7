"""What the print layouts share — the report's pages and the 签发单 alike: the layout device and its resolution,
lengths in its pixels, the sizes the print templates use, and the font families per role."""

from __future__ import annotations

import re
import threading

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter

from disclosure_desktop.export import typesetting as ts
from disclosure_desktop.export.fonts import FontPlan

# Pixels per inch of the layout device: 4 px a point, fine enough that rounding never shows.
LAYOUT_DPI = 288
_MM_PER_INCH = 25.4
_PT_PER_INCH = 72.0


def mm_px(mm: float) -> float:
    return mm / _MM_PER_INCH * LAYOUT_DPI


def pt_px(pt: float) -> float:
    return pt / _PT_PER_INCH * LAYOUT_DPI


def css_px(pt: float) -> float:
    """Qt scales CSS lengths of line heights, margins, paddings and borders by device dpi / 96 (CSS px)."""
    return pt / _PT_PER_INCH * 96


def sizes() -> dict[str, float]:
    return {
        "line": round(css_px(ts.LINE_PITCH_PT), 2),
        "title_line": round(css_px(ts.LINE_PITCH_PT * 1.25), 2),
        # text-indent alone is taken in layout-device pixels
        "indent": round(pt_px(ts.BODY.size_pt * ts.FIRST_LINE_INDENT_CHARS)),
        "indent_css": round(css_px(ts.BODY.size_pt * ts.SIGNATURE_RIGHT_INDENT_CHARS), 2),
        "cell_pad": round(css_px(ts.TABLE_CELL_PADDING_MM / _MM_PER_INCH * _PT_PER_INCH), 2),
        # Single spacing whatever the face: FandolSong's own line is 1.25 em, AR PL UMing's 1.05 em.
        "cell_line": round(css_px(ts.TABLE_BODY.size_pt * ts.TABLE_LINE_EM), 2),
        "rule": round(css_px(ts.TABLE_BORDER_EIGHTHS_PT / 8), 2),
        "table_gap": round(css_px(ts.LINE_PITCH_PT / 2), 2),
        # The heading's or lead-in's own line pitch already leaves air above a table.
        "table_gap_top": round(css_px(ts.LINE_PITCH_PT / 8), 2),
    }


_UNSAFE_FAMILY = re.compile(r"[\"'<>&;{}\\]")


def families(plan: FontPlan) -> dict[str, object]:
    """role → its CSS font-family list ("FandolFang", "AR PL UMing CN"): the face, then the faces for what it lacks."""
    from markupsafe import Markup

    # A family name goes into the style sheet: keep only characters that cannot close the string or the rule;
    # what is left is safe to put in as it is (the quotes are the list's own).
    out: dict[str, object] = {
        role: Markup(", ".join(f'"{_UNSAFE_FAMILY.sub("", family)}"' for family in font.families))
        for role, font in plan.items()
    }
    out["title_bold"] = plan.roles["title"].bold
    return out


# One never-painted writer per thread: the preview lays its pages out on a thread of its own while the window may
# export on the GUI thread, and a paint device is not to be shared between threads.
_layout_devices = threading.local()


def layout_device() -> QPdfWriter:
    """A never-painted PDF writer at LAYOUT_DPI: the document's metrics are those of the PDF engine."""
    writer = getattr(_layout_devices, "writer", None)
    if writer is None:
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setResolution(LAYOUT_DPI)
        _layout_devices.buffer, _layout_devices.writer = buffer, writer
    return writer


def a4_zero_margins(device: QPagedPaintDevice, *, landscape: bool = False) -> None:
    """A4 without margins, portrait unless asked: every layout places its type area itself."""
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    layout = QPageLayout(
        QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter,
    )
    layout.setMode(QPageLayout.Mode.FullPageMode)
    device.setPageLayout(layout)
