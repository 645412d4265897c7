"""Program entry: a sub-command runs the command line; otherwise the window opens before anything heavy loads."""

from __future__ import annotations

import sys
from pathlib import Path

# The only options the window takes; anything else goes to the command line, which explains it (exit 2).
_GUI_OPTIONS = {"--db", "--lang"}


def _gui_options(args: list[str]) -> dict[str, str] | None:
    """--db / --lang values when `args` asks for the window and nothing else; None sends them to the CLI."""
    from disclosure_desktop.cli.main import SUBCOMMANDS
    from disclosure_desktop.messages import language_of

    options: dict[str, str] = {}
    index = 0
    while index < len(args):
        name, eq, value = args[index].partition("=")
        if name not in _GUI_OPTIONS or name in options:
            return None
        if not eq:
            index += 1
            if index >= len(args):
                return None
            value = args[index]
        if not value or (name == "--lang" and language_of(value) is None) or (name == "--db" and value in SUBCOMMANDS):
            return None  # the command line explains a language it does not know (exit 2)
        options[name] = value
        index += 1
    return options


def main(argv: list[str] | None = None) -> int:
    """The window without arguments (or with --db/--lang only); everything else is the command line's.

    An unknown command or option (`frobnicate`, `lst`, `--frob`, `--db list`) gets the command line's usage line
    and exit status 2 — never a window, which without a screen would hang.
    """
    if getattr(sys, "frozen", False):
        # A frozen (PyInstaller) program is its own Python: the desk's reading processes start it again, and
        # freeze_support turns such a start into a worker instead of a second program.
        import multiprocessing

        multiprocessing.freeze_support()
    args = sys.argv[1:] if argv is None else list(argv)
    options = _gui_options(args)
    if options is None:
        from disclosure_desktop.cli.main import run

        return run(args)
    db = options.get("--db")
    return run_gui(Path(db) if db else None, options.get("--lang"), [])


def run_gui(db: Path | None, lang: str | None, qt_args: list[str]) -> int:
    from PySide6.QtCore import QCoreApplication, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("disclosure-desktop")
    QCoreApplication.setApplicationName("disclosure-desktop")
    # An embedding host (or a test driving the real start-up) may have made the application object already.
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    # Wayland and the docks match the window to packaging/linux/<id>.desktop (its name and icon) by this id.
    app.setDesktopFileName("org.disclosure_desktop.DisclosureDesktop")
    from disclosure_desktop import messages
    from disclosure_desktop.gui.window.appearance import apply_appearance, install_translators

    chosen = lang or str(QSettings().value("language", "") or "") or messages.current_language()
    messages.set_language(chosen)
    install_translators(app, messages.current_language())
    apply_appearance(app)
    from disclosure_desktop import options

    options.apply_to_core()  # the export faces the clerk chose

    from disclosure_desktop.paths import default_database_path

    db_path = db or default_database_path()
    from disclosure_desktop.runtime.single_instance import BUSY, FORWARDED, SingleInstance

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

    from disclosure_desktop.gui.window.main_window import MainWindow
    from disclosure_desktop.runtime.terminate import TerminationWatch

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
