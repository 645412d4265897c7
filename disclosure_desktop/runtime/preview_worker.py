"""Lays the preview's printed pages out after an edit in pieces of a few milliseconds on the GUI thread, the window's
events handled between them, and hands back only the newest: a newer request (or a cancel) drops the one under way.

Not on a thread of its own: a second Python thread calling Qt deadlocked the program (docs/reliability.md) — it held
Python's GIL in QTextDocument.documentLayout(), whose connect waited for a mutex of Qt's signal-slot pool that the
GUI thread held inside QObject::disconnect while waiting for the GIL. The layout itself is a generator
(export/pdf_export.printed_pages_steps, the same code the PDF runs at once), advanced one piece a turn of the event
loop, so typing never waits for the whole ≈ 60 ms. Only numbers travel in the signals: the report copy and the
laid-out pages go through tables.
"""

from __future__ import annotations

import copy
import itertools
import weakref

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal, Slot

from disclosure_desktop.domain.report import Report
from disclosure_desktop.export.steps import Steps


class _Layouts(QObject):
    """The layouts under way (one a worker), their requests and their answers."""

    ask = Signal(int, int)  # (worker key, request)
    done = Signal(int, int)  # its pages, or the Exception, wait in `results`

    def __init__(self) -> None:
        super().__init__()
        app = QCoreApplication.instance()
        if app is None:  # pages are laid out in the application's fonts: without it there is no preview
            raise RuntimeError("the preview needs the application object")
        self.latest: dict[int, int] = {}
        self.reports: dict[tuple[int, int], tuple[Report, Report | None]] = {}
        self.results: dict[tuple[int, int], object] = {}
        self.workers: weakref.WeakValueDictionary[int, PreviewWorker] = weakref.WeakValueDictionary()
        self.keys = itertools.count(1)
        self.under_way: dict[int, tuple[int, Steps[object]]] = {}
        # A zero timer fires once the events waiting (a key, a paint) are handled: one piece a turn.
        self._tick = QTimer(self, interval=0)
        self._tick.timeout.connect(self._step)
        # Queued: the edit that asked is handled to its end before the layout begins.
        self.ask.connect(self._begin, Qt.ConnectionType.QueuedConnection)
        self.done.connect(self._done)

    @Slot(int, int)
    def _begin(self, key: int, request: int) -> None:
        asked = self.reports.pop((key, request), None)
        if asked is None or request != self.latest.get(key):  # a newer edit is already queued behind it
            return
        report, previous = asked
        # Loaded with the first report shown (Jinja2, the layout, Qt's PDF writer), not at the window's start.
        from disclosure_desktop.export.pdf_export import printed_pages_steps

        self._drop(key)
        self.under_way[key] = (request, printed_pages_steps(report, charts=True, previous=previous))
        self._tick.start()

    def _drop(self, key: int) -> None:
        old = self.under_way.pop(key, None)
        if old is not None:
            old[1].close()

    def _step(self) -> None:
        for key, (request, steps) in list(self.under_way.items()):
            if request != self.latest.get(key) or key not in self.workers:  # asked again, cancelled, or its
                # pane is gone: this layout is moot
                self._drop(key)
                continue
            try:
                next(steps)
                continue
            except StopIteration as finished:
                pages: object = finished.value
            except Exception as error:  # the preview says nothing rather than take the window down
                pages = error.with_traceback(None)
            del self.under_way[key]
            self.results[(key, request)] = pages
            del pages
            self.done.emit(key, request)
        if not self.under_way:
            self._tick.stop()

    def _done(self, key: int, request: int) -> None:
        pages = self.results.pop((key, request), None)
        worker = self.workers.get(key)
        if worker is not None:
            worker.arrived(request, pages)


_LAYOUTS: _Layouts | None = None


class PreviewWorker(QObject):
    """`request(report)` lays out a copy of the report's pages; `ready(pages)` brings the newest back."""

    ready = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        global _LAYOUTS
        if _LAYOUTS is None:
            _LAYOUTS = _Layouts()
        self._layouts = _LAYOUTS
        self._key = next(self._layouts.keys)
        self._layouts.workers[self._key] = self
        self._layouts.latest[self._key] = 0

    @property
    def latest(self) -> int:
        return self._layouts.latest[self._key]

    def request(self, report: Report, previous: Report | None = None) -> None:
        """Lay out `report`'s pages and its 图解 pages (this year against `previous`, last year's, when given)."""
        # A copy: the clerk goes on typing into the report between the pieces of the layout. Last year's report
        # is the stored one, never edited: it is shared as it is.
        request = self.latest + 1
        self._layouts.latest[self._key] = request
        self._layouts.reports[(self._key, request)] = (copy.deepcopy(report), previous)
        self._layouts.ask.emit(self._key, request)

    def cancel(self) -> None:
        """Whatever is being laid out now is not wanted any more (another report, a layout made here)."""
        self._layouts.latest[self._key] = self.latest + 1

    def arrived(self, request: int, pages: object) -> None:
        if request == self.latest and pages is not None and not isinstance(pages, Exception):
            self.ready.emit(pages)
