"""Program entry: a sub-command runs the command line; otherwise the window opens before anything heavy loads."""

from __future__ import annotations

import gc
import sys
from pathlib import Path

from disclosure_desktop.cli.verbs import SUBCOMMANDS
from disclosure_desktop.messages import language_of
from disclosure_desktop.paths import is_database_url

# A start imports hundreds of modules: the cycle collector's passes over the classes and functions they create
# (SQLAlchemy's, python-docx's, Qt's) find next to nothing to free — ≈ 25 ms of `import report.docx` (medians of
# 7 runs, 0.517 → 0.487 s). Young objects are looked at every 20,000 allocations instead of 700; reference counting
# frees nearly everything at once as always. The window's policy replaces this one once its first thread is made
# (runtime/gc_guard.py: collections on the GUI thread only).
_START_GC_THRESHOLD = (20_000, 10, 10)

# The only options the window takes; anything else goes to the command line, which explains it (exit 2).
_GUI_OPTIONS = {"--db", "--lang"}


def _gui_options(args: list[str]) -> dict[str, str] | None:
    """--db / --lang values when `args` asks for the window and nothing else; None sends them to the CLI."""
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
        # freeze_support turns such a start into a worker instead of a second program. (Imported here: 11 ms
        # every other start need not pay.)
        import multiprocessing

        multiprocessing.freeze_support()
    args = sys.argv[1:] if argv is None else list(argv)
    gc.set_threshold(*_START_GC_THRESHOLD)
    options = _gui_options(args)
    if options is None:
        # The command line's front end (SQLAlchemy at its top) loads only for a command (deferred.py).
        from disclosure_desktop.cli.main import run

        return run(args)
    db = options.get("--db")
    # A server's URL stays text: Path() would fold its `//` into one slash.
    return run_gui((db if is_database_url(db) else Path(db)) if db else None, options.get("--lang"), [])


def entry() -> int:
    """The program as a process (`disclosure-desktop`, `python -m disclosure_desktop`, the frozen build): main(),
    and after a command, a quick way out."""
    args = sys.argv[1:]
    code = main(args)
    if _gui_options(args) is None:
        # At exit Python's cycle collector walks every object the command made (SQLAlchemy's, python-docx's, ours)
        # to free memory the system takes back anyway: 50–80 ms of every command, 10 ms left (`import report.docx`,
        # 9 runs). Frozen, they are left to the system. By now the command's files are written and closed and its
        # database closed; atexit handlers and the modules' own teardown still run.
        gc.freeze()
    return code


def run_gui(db: Path | str | None, lang: str | None, qt_args: list[str]) -> int:
    """The window: on screen first, the database opened behind it (runtime/store_thread.py)."""
    from PySide6.QtWidgets import QApplication

    # The window's front end (Qt Widgets and every widget module) loads only for the window (deferred.py).
    from disclosure_desktop.gui.window import start

    # An embedding host (or a test driving the real start-up) may have made the application object already.
    app = QApplication.instance() or QApplication([sys.argv[0], *qt_args])
    if not isinstance(app, QApplication):  # the host made a QCoreApplication: no window can be shown in it
        raise RuntimeError("the window needs a QApplication, and a QCoreApplication exists already")
    return start.run(app, db, lang)
