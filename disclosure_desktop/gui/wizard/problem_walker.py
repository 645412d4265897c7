"""F8 / Shift+F8: the next and the previous problem in the order of the report, whatever page is showing.

The window owns one walker; it is told the current problems and emits the one to show, which the window opens
(page, cell or text) as it does for a problem chosen on the review page. Acknowledged warnings are skipped. The
keys are those of Go ▸ Next problem and Previous problem (gui/menus.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.domain.checks.checklist import OrderKey, report_order_key, step
from disclosure_desktop.domain.report import Report


class ProblemWalker(QObject):
    go = Signal(object)  # the Problem to show

    def __init__(self, window: QWidget, report: Callable[[], Report | None]) -> None:
        super().__init__(window)
        self._report = report
        self._problems: list[Problem] = []
        self._place: OrderKey | None = None

    def set_problems(self, problems: list[Problem]) -> None:
        # The place stays: after a repair F8 goes on from where the clerk was, not from the start.
        self._problems = list(problems)

    def set_place(self, problem: Problem) -> None:
        """The clerk went to `problem` some other way (the review page): F8 continues from there."""
        report = self._report()
        if report is not None:
            self._place = report_order_key(problem, report)

    def next(self) -> Problem | None:
        return self._step(backwards=False)

    def previous(self) -> Problem | None:
        return self._step(backwards=True)

    def _step(self, backwards: bool) -> Problem | None:
        report = self._report()
        if report is None:
            return None
        problem = step(self._problems, report, self._place, backwards)
        if problem is not None:
            self._place = report_order_key(problem, report)
            self.go.emit(problem)
        return problem
