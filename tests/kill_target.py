"""Runs the real program on a database, types an edit as a clerk would, says so, and waits to be killed."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from disclosure_desktop import app
from tests.gui_helpers import type_text

AGENCY = sys.argv[2]


def drive() -> None:
    windows = [w for w in QApplication.topLevelWidgets() if type(w).__name__ == "MainWindow"]
    if not windows:
        return
    window = windows[0]
    if window.session is None:
        if window.reports.welcome_new.isVisible():
            window.reports.welcome_new.click()
        return
    page = window.wizard.current_page()
    if page is None or page.key != "start" or page.agency.text():
        return
    type_text(page.agency, AGENCY)
    print("EDITED", flush=True)


application = QApplication([sys.argv[0]])
timer = QTimer()
timer.timeout.connect(drive)
timer.start(50)
sys.exit(app.main(["--db", sys.argv[1]]))
