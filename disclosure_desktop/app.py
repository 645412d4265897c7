"""Program entry: a sub-command runs the command line; otherwise the window opens before anything heavy loads."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

# Global options that come before a sub-command, each taking one value.
_VALUE_OPTIONS = {"--db", "--lang"}


def _subcommand(args: list[str]) -> str | None:
    from disclosure_desktop.cli import SUBCOMMANDS

    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in _VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            return arg if arg in SUBCOMMANDS else None
    return None


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if _subcommand(args):
        from disclosure_desktop.cli import run

        return run(args)
    parser = argparse.ArgumentParser(
        prog="disclosure-desktop",
        description="政府信息公开工作年度报告 — draft, check, print and publish. "
        "Sub-commands: list, import, export, check (see `disclosure-desktop list --help`).",
    )
    parser.add_argument("--db", type=Path, help="the database file (default: in the user's data folder)")
    parser.add_argument("--lang", choices=("zh", "en"), help="language of the interface")
    options, qt_args = parser.parse_known_args(args)
    return run_gui(options.db, options.lang, qt_args)


def run_gui(db: Path | None, lang: str | None, qt_args: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("disclosure-desktop")
    QCoreApplication.setApplicationName("disclosure-desktop")
    # An embedding host (or a test driving the real start-up) may have made the application object already.
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    from disclosure_desktop.domain import messages
    from disclosure_desktop.gui.appearance import apply_appearance, install_translators

    chosen = lang or str(QSettings().value("language", "") or "") or messages.current_language()
    messages.set_language(chosen)
    install_translators(app, messages.current_language())
    apply_appearance(app)

    from disclosure_desktop.paths import default_database_path

    db_path = db or default_database_path()
    from disclosure_desktop.gui.single_instance import BUSY, FORWARDED, SingleInstance

    instance = SingleInstance(db_path)
    claim = instance.acquire()
    if claim == FORWARDED:  # the window already open on this database came forward instead
        print(messages.message("app.forwarded", path=db_path), file=sys.stderr)
        return 0
    if claim == BUSY:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, "disclosure-desktop", messages.message("app.busy", path=db_path,
                                                                          holder=instance.holder()))
        return 2

    from disclosure_desktop.gui.main_window import MainWindow
    from disclosure_desktop.gui.terminate import TerminationWatch

    window = MainWindow(db_path)
    instance.activated.connect(window.bring_forward)
    watch = TerminationWatch(window.terminate)
    window.show()
    QTimer.singleShot(0, window.start)
    try:
        return app.exec()
    finally:
        watch.stop()
        instance.release()
