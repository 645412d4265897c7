"""Screenshots of the wizard (docs/wizard-*.png) in Chinese and English, with the window as large as a 1366x768 and
a 1024x700 screen: the start page, a narrative part, table 3 scrolled down (its header rows stay), the preview
opened on the narrow window, the guide opened with F1 at a cell of table 3, and Help ▸ Keyboard shortcuts.
The example report has one wrong total, so the section list shows its count.
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/wizard_screenshots.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402
from screenshot_run import run_per_language, started_window, wait  # noqa: E402

from disclosure_desktop import messages  # noqa: E402
from disclosure_desktop.domain import jsonio  # noqa: E402
from disclosure_desktop.domain.report import Cell  # noqa: E402
from disclosure_desktop.resource_files import resource_path  # noqa: E402

SIZES = [(1366, 768), (1024, 700)]
OUT = Path(os.environ.get("OUT", ROOT / "docs"))


def _settle() -> None:
    for _ in range(6):
        QApplication.processEvents()


def _save(pixmap: QPixmap, name: str) -> Path:
    path = OUT / f"{name}.png"
    pixmap.save(str(path))
    print(path)
    return path


def _on_screen(window: QWidget, dialog: QWidget, screen: tuple[int, int]) -> QPixmap:
    """The window filling the screen with a dialog over it, where a window manager would centre it."""
    canvas = window.grab()
    shot = dialog.grab()
    painter = QPainter(canvas)
    painter.fillRect(canvas.rect(), QColor(0, 0, 0, 40))
    painter.drawPixmap(max(0, (screen[0] - shot.width()) // 2), max(0, (screen[1] - shot.height()) // 2), shot)
    painter.end()
    return canvas


def shoot(lang: str) -> None:
    from disclosure_desktop.gui.window.appearance import apply_appearance, install_translators
    from disclosure_desktop.storage.database import Database
    from disclosure_desktop.storage.repository import ReportStore

    app = QApplication.instance()
    messages.set_language(lang)
    install_translators(app, lang)
    apply_appearance(app)
    report = jsonio.loads(resource_path("examples", "example-gov-2021.json").read_text("utf-8"))
    report.cells["t3.r.partial.natural"] = Cell("6")  # one more than the total says: a count in the side list
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "reports.sqlite"
        with Database.open(db_path) as db:
            rid = ReportStore(db).create(report)
        window = started_window(db_path)
        window.resize(*SIZES[0])  # wide enough for the preview beside the page: it is laid out only when shown
        window.open_report(rid, "start")
        wait(lambda: window.session is not None and window.checks is not None)
        window.checks.run_now()
        wait(lambda: window.preview.page.pages is not None)  # laid out in pieces a moment after opening
        for width, height in SIZES:
            size = f"{width}x{height}"
            window.resize(width, height)
            _settle()
            window.area.go_to_page("start")
            _settle()
            _save(window.grab(), f"wizard-start-{lang}-{size}")
            window.area.go_to_page("section:overall")
            _settle()
            _save(window.grab(), f"wizard-text-{lang}-{size}")
            window.area.go_to_page("section:applications")
            page = window.wizard.current_page()
            page.editor.focus_cell("t3.r.unavailable.not_held.natural")  # a third of the way down
            _settle()
            table = _save(window.grab(), f"wizard-table3-{lang}-{size}")
            if lang == "zh" and width == 1366:
                _save(QPixmap(str(table)), "wizard")  # the README's first picture
            if width == 1024:
                window.menus.preview.trigger()  # F9 on the narrow window
                _settle()
                _save(window.grab(), f"wizard-preview-{lang}-{size}")
                window.menus.preview.trigger()
                _settle()
            _f1(window, lang, size, (width, height))
            _shortcuts(window, lang, size, (width, height))
        window.close()
        QApplication.processEvents()


def _f1(window, lang: str, size: str, screen: tuple[int, int]) -> None:
    """F1 in a cell of table 3: the guide at its row and column, beside the page."""
    from disclosure_desktop.gui.dialogs.help_viewer import HelpViewer

    window.area.go_to_page("section:applications")
    window.wizard.current_page().editor.focus_cell("t3.r.declined.confirmation.natural")
    _settle()
    window.menus.guide.trigger()
    _settle()
    viewer = next(w for w in QApplication.topLevelWidgets() if isinstance(w, HelpViewer) and w.isVisible())
    viewer.resize(min(900, screen[0] - 80), min(620, screen[1] - 100))
    _settle()
    _save(_on_screen(window, viewer, screen), f"wizard-f1-{lang}-{size}")
    viewer.close()


def _shortcuts(window, lang: str, size: str, screen: tuple[int, int]) -> None:
    def grab() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, grab)
            return
        dialog.resize(dialog.width(), min(760, screen[1] - 80))  # as fit_to_screen sizes it on that screen
        _settle()
        _save(_on_screen(window, dialog, screen), f"shortcuts-{lang}-{size}")
        dialog.reject()

    QTimer.singleShot(0, grab)
    window.menus.shortcuts.trigger()


def main() -> None:
    OUT.mkdir(exist_ok=True)
    run_per_language(__file__, shoot)


if __name__ == "__main__":
    main()
