"""Screenshots of the guide (F1 help), About and Settings in Chinese and English, each as big as it opens on a
1366x768 and on a 1024x700 screen (docs/help-*.png, docs/about-*.png, docs/settings-*.png), and of the program
icon at 16/32/48 px (docs/icon-sizes.png). Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/dialog_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings, QSize  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from disclosure_desktop import messages  # noqa: E402
from disclosure_desktop.domain import help_topics  # noqa: E402

SIZES = [(1366, 768), (1024, 700)]
OUT = Path(os.environ.get("OUT", ROOT / "docs"))


def fit(widget: QWidget, screen: tuple[int, int]) -> None:
    """The dialog's own size, but never more than the screen leaves (a taskbar of 48 px, a title bar of 32)."""
    hint = widget.size().expandedTo(widget.minimumSizeHint())
    widget.resize(hint.boundedTo(QSize(screen[0] - 40, screen[1] - 48 - 32)))


def shoot(widget: QWidget, name: str, screen: tuple[int, int]) -> Path:
    """The dialog as it opens, centred on a screen of that size (grey) above a 48 px taskbar, to see it fit."""
    fit(widget, screen)
    widget.show()
    QApplication.processEvents()
    path = OUT / f"{name}-{screen[0]}x{screen[1]}.png"
    shot = widget.grab()
    canvas = QPixmap(*screen)
    canvas.fill(QColor("#7f8c8d"))
    painter = QPainter(canvas)
    painter.fillRect(0, screen[1] - 48, screen[0], 48, QColor("#2c3e50"))
    painter.drawPixmap((screen[0] - shot.width()) // 2, max(0, (screen[1] - 48 - shot.height()) // 2), shot)
    painter.end()
    canvas.save(str(path))
    widget.close()
    return path


def icon_sheet() -> Path:
    from disclosure_desktop.gui.widgets.icons import app_icon

    sizes = (16, 32, 48)
    sheet = QPixmap(40 + sum(s * 4 + 20 for s in sizes), 48 * 5 + 60)
    sheet.fill(QColor("#f0f0f0"))
    painter = QPainter(sheet)
    x = 20
    for size in sizes:  # each at its size, then blown up ×4 without smoothing to see the pixels
        pixmap = app_icon().pixmap(size, size)
        painter.drawPixmap(x, 20, pixmap)
        painter.drawPixmap(x, 30 + size, pixmap.scaled(size * 4, size * 4))
        x += size * 4 + 20
    painter.end()
    path = OUT / "icon-sizes.png"
    sheet.save(str(path))
    return path


def main() -> None:
    QCoreApplication.setOrganizationName("disclosure-desktop-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication.instance() or QApplication([])
    from disclosure_desktop.gui.window.appearance import apply_appearance, install_translators

    apply_appearance(app)
    OUT.mkdir(exist_ok=True)
    written = [icon_sheet()]
    for language, code in (("zh", "zh"), ("en", "en")):
        messages.set_language(language)
        install_translators(app, language)
        from disclosure_desktop.gui.dialogs.about import AboutDialog
        from disclosure_desktop.gui.dialogs.help_viewer import HelpViewer
        from disclosure_desktop.gui.dialogs.settings import SettingsDialog

        for screen in SIZES:
            viewer = HelpViewer()
            viewer.show_topic(help_topics.cell_key("gov-2021", "t3.r.declined.confirmation.natural"))
            written.append(shoot(viewer, f"help-{code}", screen))
            about = AboutDialog(Path("~/.local/share/disclosure-desktop/reports.sqlite"))
            written.append(shoot(about, f"about-{code}", screen))
            settings = SettingsDialog()
            written.append(shoot(settings, f"settings-{code}", screen))
            settings = SettingsDialog()
            settings.show_page("export")
            written.append(shoot(settings, f"settings-export-{code}", screen))
    for path in written:
        print(path)


if __name__ == "__main__":
    main()
