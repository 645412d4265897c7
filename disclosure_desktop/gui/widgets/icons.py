"""Icons drawn in code (section states, the application icon) so that no image files can go missing."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from disclosure_desktop.gui.wizard.wizard import PageState
from disclosure_desktop.resource_files import resource_path

_COLOURS = {PageState.EMPTY: "#9aa0a6", PageState.PARTIAL: "#e8a317", PageState.COMPLETE: "#2e7d32"}


@cache
def state_icon(state: PageState, size: int = 16) -> QIcon:
    """Empty ring, half-filled ring, or filled disc with a tick."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(_COLOURS[state])
    rect = QRectF(2, 2, size - 4, size - 4)
    painter.setPen(QPen(colour, 1.6))
    if state == PageState.COMPLETE:
        painter.setBrush(colour)
        painter.drawEllipse(rect)
        painter.setPen(QPen(QColor("white"), 1.8))
        painter.drawPolyline([rect.topLeft() + d for d in (
            QRectF(0, 0, 3.2, 6.5).bottomRight(), QRectF(0, 0, 5.5, 8.8).bottomRight(),
            QRectF(0, 0, 9.5, 3.8).bottomRight())])
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(rect)
        if state == PageState.PARTIAL:
            painter.setBrush(colour)
            painter.drawPie(rect, 90 * 16, 180 * 16)
    painter.end()
    return QIcon(pixmap)


def section_icon(status: str) -> QIcon:
    """A page's one state in the section list: ✖ disc (errors), ! disc (warnings), the filled disc with a tick
    (done), the half ring (started), the empty ring (empty)."""
    if status in ("error", "warning"):
        return status_icon(status)
    return state_icon({"done": PageState.COMPLETE, "partial": PageState.PARTIAL}.get(status, PageState.EMPTY))


@cache
def app_icon() -> QIcon:
    """The program's window and taskbar icon: the shipped PNGs (resources/icons, the same the desktop files use),
    each size drawn for it; the 16-pixel one on its own grid so that it still reads in a menu."""

    icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64, 128, 256):
        path = resource_path("icons", f"disclosure-desktop-{size}.png")
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    return icon


_STATUS_COLOURS = {"ok": "#2e7d32", "error": "#c62828", "warning": "#e8a317", "acknowledged": "#5c6bc0",
                   "unknown": "#9aa0a6", "na": "#c4c7cc"}


@cache
def status_icon(status: str, size: int = 16) -> QIcon:
    """A criterion's or problem's status: ✔ disc (ok), ✖ disc (error), ! disc (warning), ✔ ring (acknowledged),
    ? ring (cannot tell yet), – ring (does not apply)."""
    pixmap = QPixmap(size * 2, size * 2)
    pixmap.setDevicePixelRatio(2.0)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor(_STATUS_COLOURS.get(status, "#9aa0a6"))
    rect = QRectF(1.5, 1.5, size - 3, size - 3)
    filled = status in ("ok", "error", "warning")
    painter.setPen(QPen(colour, 1.6))
    painter.setBrush(colour if filled else Qt.BrushStyle.NoBrush)
    painter.drawEllipse(rect)
    mark = {"ok": "✔", "error": "✖", "warning": "!", "acknowledged": "✔", "unknown": "?", "na": "–"}.get(status, "")
    font = painter.font()
    font.setPixelSize(int(size * 0.62))
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("white") if filled else colour)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, mark)
    painter.end()
    return QIcon(pixmap)
