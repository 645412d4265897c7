"""What every screenshot script shares: a process a language (Qt's translators cannot be taken back cleanly),
settings in a folder of their own, and waiting for the window offscreen."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication


def wait(condition: Callable[[], bool], timeout_s: float = 15) -> None:
    end = time.monotonic() + timeout_s
    while not condition():
        QApplication.processEvents()
        if time.monotonic() > end:
            raise TimeoutError
        time.sleep(0.01)


def started_window(db_path):
    """The program's main window on `db_path`, shown, with its database open (the `ready` signal)."""
    from disclosure_desktop.gui.window.main_window import MainWindow

    window = MainWindow(db_path)
    window.show()
    started: list[int] = []
    window.ready.connect(lambda: started.append(1))
    window.start()
    wait(lambda: bool(started))
    return window


def run_per_language(script: str, shoot: Callable[[str], None]) -> None:
    """`script` without an argument runs itself once for each language; with one it shoots that language."""
    if len(sys.argv) == 1:
        for lang in ("zh", "en"):
            subprocess.run([sys.executable, script, lang], check=True)
        return
    with tempfile.TemporaryDirectory() as settings:
        QCoreApplication.setOrganizationName("disclosure-desktop-screenshots")
        QCoreApplication.setApplicationName("disclosure-desktop-screenshots")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
        QApplication([sys.argv[0]])
        shoot(sys.argv[1])
