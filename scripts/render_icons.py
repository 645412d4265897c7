"""Renders the program icon from its two SVGs into the PNG sizes the desktops use and a Windows .ico
(resources/icons/). Run after changing an SVG: `QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/render_icons.py`.
The pixel drawing (…-16.svg) is used at 16 px only, the full one above.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
NAME = "disclosure-desktop"
SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 256)


def render(size: int):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    source = ICONS / (f"{NAME}-16.svg" if size == 16 else f"{NAME}.svg")
    renderer = QSvgRenderer(str(source))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {source}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, size > 16)  # the 16 px drawing is on the pixel grid
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    for size in SIZES:
        path = ICONS / f"{NAME}-{size}.png"
        render(size).save(str(path))
        print(path)
    # A multi-size .ico for PyInstaller and Inno Setup.
    images = [render(size) for size in ICO_SIZES]
    _write_ico(ICONS / f"{NAME}.ico", images)
    print(ICONS / f"{NAME}.ico")
    return 0


def _write_ico(path: Path, images: list) -> None:
    """ICO container with PNG-compressed entries (Windows Vista and later read them at every size)."""
    import struct

    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    blobs = []
    for image in images:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        blobs.append((image.width(), bytes(data.data())))
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = 6 + 16 * len(blobs)
    entries, payload = b"", b""
    for size, blob in blobs:
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset + len(payload))
        payload += blob
    path.write_bytes(header + entries + payload)


if __name__ == "__main__":
    sys.exit(main())
