"""A clerk's session in the real program, in its own process, on a database of 2,000 reports.

`python -m benchmarks.session_child DB REPORT_ID OUT.json [--quick]` starts the program through its own entry point
(offscreen) on DB, whose last report is REPORT_ID, and then acts as the clerk: types a paragraph into a part, fills
cells of table 3 with the keyboard, watches the preview follow single keystrokes, goes to the report list and opens
the report again, and exports it as PDF and Word (what the export dialog writes). Keys arrive as events in the
event loop, as a keyboard's would. Meanwhile a heartbeat timer measures how long the GUI thread is blocked; every
autosave is timed from the batch leaving the GUI thread to its commit on the database thread. Results go to OUT.json.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable, Generator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from benchmarks.reports import PARAGRAPH

HEARTBEAT_MS = 5
KEY_GAP_MS = 80  # a brisk typist: 12 keys a second
PAUSE_MS = 500  # after a comma or full stop, the clerk thinks for a moment
TEXT_PAGE = "section:overall"
TABLE_PAGE = "section:applications"


@dataclass
class Until:
    """Wait until `condition()` holds (polled every `poll_ms`), at most `timeout_ms`."""

    condition: Callable[[], bool]
    timeout_ms: int = 10_000
    poll_ms: int = 2


@dataclass
class Results:
    stalls: dict[str, list[float]] = field(default_factory=dict)  # phase → gaps beyond the heartbeat, ms
    autosaves_ms: list[float] = field(default_factory=list)
    preview_ms: dict[str, list[float]] = field(default_factory=dict)  # text / table → ms
    list_ms: list[float] = field(default_factory=list)
    open_ms: list[float] = field(default_factory=list)
    export_s: dict[str, float] = field(default_factory=dict)
    keys: int = 0
    failures: list[str] = field(default_factory=list)


class Heartbeat(QObject):
    """A precise 5 ms timer on the GUI thread: a late tick is time the GUI thread could not answer a key."""

    def __init__(self, results: Results) -> None:
        super().__init__()
        self._results = results
        self.phase = ""
        self._last = time.monotonic()
        self._timer = QTimer(self, interval=HEARTBEAT_MS, timerType=Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        if self.phase:
            self._results.stalls.setdefault(self.phase, []).append((now - self._last) * 1000 - HEARTBEAT_MS)
        self._last = now

    def enter(self, phase: str) -> None:
        self.phase = phase
        self._last = time.monotonic()


class PaintWatch(QObject):
    """Remembers when a widget was last painted (the moment the clerk sees what it shows)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.painted_at = 0.0
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted_at = time.monotonic()
        return False


class Clerk:
    """Runs the scripted session as a generator: it yields a pause in ms or an Until, the event loop resumes it."""

    def __init__(self, app: QApplication, report_id: int, quick: bool, out: Path) -> None:
        self.app = app
        self.report_id = report_id
        self.quick = quick
        self.out = out
        self.results = Results()
        self.window: Any = None
        self.heartbeat: Heartbeat | None = None
        self._script: Generator[Any, None, None] | None = None
        self._saving_since: float | None = None
        self._watched: set[int] = set()
        self._found = QTimer(interval=20)
        self._found.timeout.connect(self._look_for_window)
        self._found.start()

    # --- driving ----------------------------------------------------------------------------------------------

    def _look_for_window(self) -> None:
        windows = [w for w in self.app.topLevelWidgets() if type(w).__name__ == "MainWindow"]
        if windows:
            self._found.stop()
            self.window = windows[0]
            # The clerk's screen (the offscreen one is 800×600, where the preview folds away to a toggle).
            self.window.resize(1366, 768)
            self.window.report_opened.connect(lambda _id: self._watch_autosave())
            self._watch_autosave()
            self._script = self.session()
            self._resume()

    def _resume(self) -> None:
        assert self._script is not None
        try:
            step = next(self._script)
        except StopIteration:
            self._finish()
            return
        except Exception as error:  # the script must end the program, not leave it running headless
            self.results.failures.append(f"{type(error).__name__}: {error}")
            self._finish()
            return
        if isinstance(step, Until):
            self._wait(step, time.monotonic() + step.timeout_ms / 1000)
        else:
            QTimer.singleShot(int(step), self._resume)

    def _wait(self, until: Until, deadline: float) -> None:
        if until.condition():
            self._resume()
        elif time.monotonic() > deadline:
            self.results.failures.append(f"timed out waiting at {self.heartbeat.phase if self.heartbeat else ''}")
            self._finish()
        else:
            QTimer.singleShot(until.poll_ms, lambda: self._wait(until, deadline))

    def _finish(self) -> None:
        if self.heartbeat is not None:
            self.heartbeat.enter("")
        self.out.write_text(json.dumps(vars(self.results), ensure_ascii=False), "utf-8")
        if self.window is not None:
            self.window.close()  # as the clerk closes it: every edit written, a clean close
        QTimer.singleShot(0, self.app.quit)

    # --- what the clerk's keyboard sends ------------------------------------------------------------------------

    def _commit(self, text: str) -> None:
        """What a Pinyin input method sends when the clerk picks a word."""
        event = QInputMethodEvent()
        event.setCommitString(text)
        QCoreApplication.postEvent(self.app.focusWidget(), event)
        self.results.keys += 1

    def _key(self, key: Qt.Key, text: str = "") -> None:
        target = self.app.focusWidget()
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QCoreApplication.postEvent(target, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text))
        self.results.keys += 1

    def _watch_autosave(self) -> None:
        session = self.window.session
        if session is None or id(session) in self._watched:
            return
        self._watched.add(id(session))
        autosave = session.autosave

        # Wall-clock times on both ends: `saved` carries the moment the database thread had committed (the GUI
        # may hear of it later, when it is free again; that wait is not the save's).
        def saving() -> None:
            self._saving_since = time.time()

        def saved(committed_at: float) -> None:
            if self._saving_since is not None:
                self.results.autosaves_ms.append((committed_at - self._saving_since) * 1000)
                self._saving_since = None

        autosave.saving.connect(saving)
        autosave.saved.connect(saved)

    def _page(self, key: str) -> Any:
        wizard = self.window.wizard
        wizard.set_current(wizard.index_of(key))
        return wizard.current_page()

    def _settled(self) -> Until:
        """Every edit saved and nothing of the program's own left to do for a moment."""
        session = self.window.session
        return Until(lambda: session is None or not session.autosave.has_unsaved, 15_000, 20)

    # --- the session ------------------------------------------------------------------------------------------

    def session(self) -> Generator[Any, None, None]:
        window = self.window
        yield Until(lambda: window.session is not None, 60_000, 10)
        self.heartbeat = Heartbeat(self.results)
        yield 1500  # the deferred work of the start (preview, checks, last year's report) is done
        yield from self.type_paragraph()
        yield from self.fill_table()
        yield self._settled()
        yield from self.follow_preview()
        yield self._settled()
        yield from self.list_and_open()
        yield from self.export()

    def type_paragraph(self) -> Generator[Any, None, None]:
        page = self._page(TEXT_PAGE)
        yield 300
        editor = page.editor
        editor.setFocus()
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        self._key(Qt.Key.Key_Return)  # a new paragraph under what is there
        self.heartbeat.enter("typing")
        text = PARAGRAPH[: 60 if self.quick else len(PARAGRAPH)]
        for ch in text:
            self._commit(ch)
            yield PAUSE_MS if ch in "，。；" else KEY_GAP_MS
        yield 600
        self.heartbeat.enter("")

    def fill_table(self) -> Generator[Any, None, None]:
        page = self._page(TABLE_PAGE)
        yield 300
        editor = page.editor
        table = page.section.table
        cells = [c for c in table.cells.values() if not c.is_total and c.id.startswith("t3.r.")]
        cells = cells[: 14 if self.quick else 42]
        self.heartbeat.enter("table")
        for n, cell in enumerate(cells):
            editor.focus_cell(cell.id)  # as a click on the cell
            yield KEY_GAP_MS
            for digit in str(10 + n):
                self._key(Qt.Key(ord(digit)), digit)
                yield KEY_GAP_MS
            self._key(Qt.Key.Key_Return)
            yield PAUSE_MS if n % 7 == 6 else KEY_GAP_MS
        yield 600
        self.heartbeat.enter("")

    def follow_preview(self) -> Generator[Any, None, None]:
        """A keystroke in a part, or a number entered in table 3, then how long until the preview is painted with it."""
        preview = self.window.preview
        watch = PaintWatch(preview.page.viewport())
        samples = 3 if self.quick else 7

        def shown(text: str, typed_at: float) -> Until:
            return Until(lambda: text in preview.page.plain_text() and watch.painted_at > typed_at, 5000, 1)

        page = self._page(TEXT_PAGE)
        yield 1000
        page.editor.setFocus()
        page.editor.moveCursor(page.editor.textCursor().MoveOperation.End)
        for n in range(samples):
            char = "一二三四五六七八九"[n]
            tail = (page.editor.toPlainText() + char)[-8:]
            typed_at, watch.painted_at = time.monotonic(), 0.0
            self._commit(char)
            yield shown(tail, typed_at)
            self.results.preview_ms.setdefault("text", []).append((watch.painted_at - typed_at) * 1000)
            yield 1200
        page = self._page(TABLE_PAGE)
        yield 1000
        cells = [c for c in page.section.table.cells.values() if not c.is_total and c.id.startswith("t3.r.")]
        for n in range(samples):
            page.editor.focus_cell(cells[-1 - n].id)
            number = str(7301 + 11 * n)
            for digit in number:
                self._key(Qt.Key(ord(digit)), digit)
                yield KEY_GAP_MS
            typed_at, watch.painted_at = time.monotonic(), 0.0
            self._key(Qt.Key.Key_Return)  # the number is entered
            yield shown(number, typed_at)
            self.results.preview_ms.setdefault("table", []).append((watch.painted_at - typed_at) * 1000)
            yield 1200

    def list_and_open(self) -> Generator[Any, None, None]:
        """The report list of the whole database, then this report opened from it (each from the request on)."""
        window = self.window
        table = window.reports.table
        listed: list[float] = []
        original = window.reports.set_reports

        def set_reports(*args: Any) -> None:  # the list the database thread sent is now on screen
            original(*args)
            listed.append(time.monotonic())

        window.reports.set_reports = set_reports  # show_reports() looks the method up when it asks for the list
        for _ in range(2 if self.quick else 3):
            listed.clear()
            asked = time.monotonic()
            window.show_reports()
            yield Until(lambda: bool(listed) and table.rowCount() >= 2000, 30_000, 1)
            yield 0  # the event loop is free again: the list answers the clerk
            self.results.list_ms.append((time.monotonic() - asked) * 1000)
            yield 500
            opened: list[float] = []
            window.report_opened.connect(lambda _id, o=opened: o.append(time.monotonic()))
            asked = time.monotonic()
            window.reports.open_requested.emit(self.report_id)  # as a double click on its line
            yield Until(lambda o=opened: bool(o), 30_000, 1)
            yield 0  # the page is up and the event loop free again
            self.results.open_ms.append((time.monotonic() - asked) * 1000)
            yield 800

    def export(self) -> Generator[Any, None, None]:
        """PDF and Word as the export dialog writes them, a few seconds apart as a clerk's clicks are (the
        program's periodic garbage collection runs between them, as it would)."""
        from disclosure_desktop.export import registry

        report = self.window.session.report
        for format_id in ("pdf", "docx"):
            start = time.monotonic()
            registry.render(report, format_id)
            self.results.export_s[format_id] = time.monotonic() - start
            yield 3500


def main(argv: list[str]) -> int:
    db, report_id, out = Path(argv[0]), int(argv[1]), Path(argv[2])
    app = QApplication([sys.argv[0]])  # the program uses this one (it makes its own only when none exists)
    clerk = Clerk(app, report_id, "--quick" in argv, out)
    from disclosure_desktop import app as entry

    code = entry.main(["--db", str(db)])
    return 0 if code == 0 and clerk.results.failures == [] else 3


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
