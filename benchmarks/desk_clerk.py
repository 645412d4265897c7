"""The scripted clerk of benchmarks/desk_child.py: opens the desk, takes a folder in as a drop does, waits until
the summary and the roll-up are on screen, opens the batch again; a 5 ms heartbeat measures the GUI thread's stalls.

Kept apart from desk_child.py so that the reading processes the intake spawns (which import the main module) do
not load Qt for it: the program's own main module does not make them either.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from benchmarks.session_child import Heartbeat, Results

TIMEOUT_S = 900
SETTLE_MS = 300  # a phase ends this long after its result is on screen, so the ticks after its paint count


class Clerk:
    def __init__(self, app: QApplication, folder: Path, out: Path) -> None:
        self.app, self.folder, self.out = app, folder, out
        self.results = Results()
        self.figures: dict[str, Any] = {}
        self.window: Any = None
        self.heartbeat: Heartbeat | None = None
        self._steps: list[tuple[str, float]] = []
        self._found = QTimer(interval=20)
        self._found.timeout.connect(self._look_for_window)
        self._found.start()
        self._deadline = time.monotonic() + TIMEOUT_S

    def _look_for_window(self) -> None:
        windows = [w for w in self.app.topLevelWidgets() if type(w).__name__ == "MainWindow"]
        if not windows or windows[0].stack.currentWidget() is windows[0].loading:
            return  # the database is not open yet
        self._found.stop()
        self.window = windows[0]
        self.window.resize(1366, 768)
        control = self.window.desk_control
        control.reviewed.connect(lambda: self._steps.append(("reviewed", time.monotonic())))
        control.rolled_up.connect(lambda: self._steps.append(("rolled_up", time.monotonic())))
        QTimer.singleShot(500, self._open_desk)

    def _open_desk(self) -> None:
        if self.heartbeat is not None:
            return
        self.heartbeat = Heartbeat(self.results)
        self._steps.clear()
        self.window.show_desk()
        self._wait(lambda: self._seen("rolled_up"), self._take_in)

    def _seen(self, what: str, after: float = 0.0) -> bool:
        return any(name == what and at >= after for name, at in self._steps)

    def _wait(self, condition: Any, then: Any) -> None:
        if condition():
            then()
        elif time.monotonic() > self._deadline:
            self.results.failures.append("timed out")
            self._finish()
        else:
            QTimer.singleShot(5, lambda: self._wait(condition, then))

    def _take_in(self) -> None:
        QTimer.singleShot(300, self._start_intake)  # the empty batch's last paint is done

    def _start_intake(self) -> None:
        started = time.monotonic()
        self.heartbeat.enter("intake")
        self.window.desk_control.take_in([self.folder])

        def summary_shown() -> None:
            self.figures["intake_to_summary_s"] = round(time.monotonic() - started, 2)
            self._wait(lambda: self._seen("rolled_up", started), lambda: self._rolled(started))

        self._wait(lambda: self._seen("reviewed", started), summary_shown)

    def _rolled(self, started: float) -> None:
        self.figures["intake_to_rollup_s"] = round(time.monotonic() - started, 2)
        QTimer.singleShot(SETTLE_MS, lambda: self.heartbeat.enter(""))  # the last paint is in the phase too
        review = self.window.desk.review
        self.figures["units"] = len(review.units)
        self.figures["received"] = sum(1 for u in review.units if u.status != "missing")
        QTimer.singleShot(SETTLE_MS + 300, self._reopen)

    def _reopen(self) -> None:
        started = time.monotonic()
        self.heartbeat.enter("reopen")
        self.window.desk_control.open_batch(self.window.desk_control.batch_id)

        def done() -> None:
            self.figures["reopen_to_rollup_s"] = round(time.monotonic() - started, 2)
            QTimer.singleShot(SETTLE_MS, self._finish)

        self._wait(lambda: self._seen("rolled_up", started), done)

    def _finish(self) -> None:
        if self.heartbeat is not None:
            self.heartbeat.enter("")
        self.out.write_text(json.dumps({**vars(self.results), **self.figures}, ensure_ascii=False), "utf-8")
        if self.window is not None:
            self.window.close()
        QTimer.singleShot(0, self.app.quit)
