"""One start, in its own process: the program (or the bare floor window) until the clerk could type.

`python -m benchmarks.startup_child floor` shows a bare PySide6 window with one line edit;
`python -m benchmarks.startup_child program DB` starts the real program on DB through its own entry point.
Both stop at the same moment: the field that takes the clerk's keys has the keyboard focus, its window is exposed,
and the event loop has come round once more (so a key pressed now is handled now). Printed as JSON: seconds since
the parent created the process (its clock, BENCH_T0), for `window` (first shown) and `input` (and `ready`, the
program's own signal that the database is open and the first view is built).

Nothing heavy is imported here before the program imports it: the child must cost what a start costs.
"""

from __future__ import annotations

import json
import os
import sys
import time

T0 = float(os.environ.get("BENCH_T0", time.monotonic()))
GIVE_UP_MS = 60_000


def since_start() -> float:
    return time.monotonic() - T0


def _watch(app, accepts, marks: dict[str, float], on_done) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    def focus_window(window) -> None:  # type: ignore[no-untyped-def]
        if window is not None:
            marks.setdefault("window", since_start())

    def check(widget) -> bool:  # type: ignore[no-untyped-def]
        return (widget is not None and widget.isVisible() and widget.isEnabled() and accepts(widget)
                and widget.window().windowHandle() is not None and widget.window().windowHandle().isExposed())

    def focus(_old, new) -> None:  # type: ignore[no-untyped-def]
        if "input" not in marks and new is not None and accepts(new):
            QTimer.singleShot(0, lambda: settle(new))

    def settle(widget) -> None:  # type: ignore[no-untyped-def]
        if "input" in marks or app.focusWidget() is not widget:
            return
        if check(widget):
            marks["input"] = since_start()
            on_done()
        else:  # focused before its window was exposed: look again in a millisecond
            QTimer.singleShot(1, lambda: settle(widget))

    app.focusWindowChanged.connect(focus_window)
    app.focusChanged.connect(focus)
    QTimer.singleShot(GIVE_UP_MS, app.quit)


def floor() -> int:
    from PySide6.QtWidgets import QApplication, QLineEdit, QMainWindow

    app = QApplication([sys.argv[0]])
    marks: dict[str, float] = {}
    window = QMainWindow()
    edit = QLineEdit()
    window.setCentralWidget(edit)
    window.resize(1360, 860)
    _watch(app, lambda widget: widget is edit, marks, window.close)
    window.show()
    edit.setFocus()
    app.exec()
    print(json.dumps(marks))
    return 0 if "input" in marks else 3


def program(db: str) -> int:
    # The program makes the application object itself unless one exists; making it here first costs the same
    # and lets the probe listen from the start.
    from PySide6.QtWidgets import QApplication

    app = QApplication([sys.argv[0]])
    marks: dict[str, float] = {}
    windows: list = []

    def main_window():  # type: ignore[no-untyped-def]
        found = [w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow"]
        if found and not windows:
            windows.append(found[0])
            found[0].ready.connect(lambda: marks.setdefault("ready", since_start()))
        return windows[0] if windows else None

    def accepts(widget) -> bool:  # type: ignore[no-untyped-def]
        window = main_window()
        return (window is not None and widget.window() is window and window.session is not None
                and window.stack.currentWidget() is window.area and window.area.isAncestorOf(widget))

    app.focusWindowChanged.connect(lambda _w: main_window())

    def done() -> None:
        window = main_window()
        if window is not None:
            window.close()  # as the clerk closes it: the next start finds a cleanly closed file

    _watch(app, accepts, marks, done)
    from disclosure_desktop import app as entry

    code = entry.main(["--db", db])
    marks["exit_code"] = code
    print(json.dumps(marks))
    return 0 if "input" in marks else 3


if __name__ == "__main__":
    sys.exit(floor() if sys.argv[1:] == ["floor"] else program(sys.argv[2]))
