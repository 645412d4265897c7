"""Lays the preview's printed pages out after an edit in pieces of a few milliseconds on the GUI thread, the window's
events handled between them, and hands back only the newest: a newer request (or a cancel) drops the one under way.

Not on a thread of its own: a second Python thread calling Qt deadlocked the program (docs/reliability.md) — it held
Python's GIL in QTextDocument.documentLayout(), whose connect waited for a mutex of Qt's signal-slot pool that the
GUI thread held inside QObject::disconnect while waiting for the GIL. The layout itself is a generator
(export/pdf_export.printed_pages_steps, the same code the PDF runs at once), advanced one piece a turn of the event
loop, so typing never waits for the whole ≈ 60 ms.
"""

from __future__ import annotations

import copy
import itertools
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from disclosure_desktop.domain.report import Report
from disclosure_desktop.export.steps import Steps

if TYPE_CHECKING:
    from disclosure_desktop.export.pdf_export import PrintedPages


class _Layouts(QObject):
    """The layouts under way, one a worker, advanced a piece each turn of the event loop."""

    def __init__(self) -> None:
        super().__init__()
        if QCoreApplication.instance() is None:  # pages are laid out in the application's fonts
            raise RuntimeError("the preview needs the application object")
        self.latest: dict[int, int] = {}
        self.workers: weakref.WeakValueDictionary[int, PreviewWorker] = weakref.WeakValueDictionary()
        self.keys = itertools.count(1)
        self.under_way: dict[int, tuple[int, Steps[PrintedPages]]] = {}
        # A zero timer fires once the events waiting (the edit that asked, a key, a paint) are handled: the first
        # piece comes after the edit, and one piece a turn after that.
        self._tick = QTimer(self, interval=0)
        self._tick.timeout.connect(self._step)

    def begin(self, key: int, request: int, report: Report, previous: Report | None,
              earlier: PrintedPages | None) -> None:
        # Loaded with the first report shown (Jinja2, the layout, Qt's PDF writer), not at the window's start.
        from disclosure_desktop.export.pdf_export import printed_pages_steps

        self._drop(key)
        self.under_way[key] = (request, printed_pages_steps(report, charts=True, previous=previous, earlier=earlier))
        self._tick.start()

    def _drop(self, key: int) -> None:
        old = self.under_way.pop(key, None)
        if old is not None:
            old[1].close()

    def _step(self) -> None:
        for key, (request, steps) in list(self.under_way.items()):
            worker = self.workers.get(key)
            if worker is None or request != self.latest.get(key):  # its pane is gone, or asked again, cancelled
                self._drop(key)
                continue
            try:
                next(steps)
                continue
            except StopIteration as finished:
                pages: PrintedPages | Exception = finished.value
            except Exception as error:  # the preview says nothing rather than take the window down
                pages = error.with_traceback(None)
            del self.under_way[key]
            worker.arrived(request, pages)
        if not self.under_way:
            self._tick.stop()


_LAYOUTS: _Layouts | None = None


def laying_out() -> bool:
    """Whether a layout is under way (for tests that wait for the preview to be done)."""
    return _LAYOUTS is not None and bool(_LAYOUTS.under_way)


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
        self._shown: PrintedPages | None = None  # the newest pages handed out: the next layout reuses their runs

    @property
    def latest(self) -> int:
        return self._layouts.latest[self._key]

    def request(self, report: Report, previous: Report | None = None) -> None:
        """Lay out `report`'s pages and its 图解 pages (this year against `previous`, last year's, when given)."""
        # A copy: the clerk goes on typing into the report between the pieces of the layout. Last year's report
        # is the stored one, never edited: it is shared as it is.
        request = self.latest + 1
        self._layouts.latest[self._key] = request
        self._layouts.begin(self._key, request, copy.deepcopy(report), previous, self._shown)

    def cancel(self) -> None:
        """Whatever is being laid out now is not wanted any more (another report, a layout made here)."""
        self._layouts.latest[self._key] = self.latest + 1

    def arrived(self, request: int, pages: PrintedPages | Exception) -> None:
        if request == self.latest and not isinstance(pages, Exception):
            self._shown = pages
            self.ready.emit(pages)
