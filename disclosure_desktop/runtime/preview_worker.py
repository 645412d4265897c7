"""Lays the preview's printed pages out after an edit, queued, and hands back only the newest: a newer request makes
older ones moot. Built to run on a thread of its own (a QThread with an event loop: a text document's layout starts
timers) — for now it runs on the GUI thread (see _Thread: a GIL / Qt-mutex deadlock). Only numbers travel in its
signals: the report copy and the laid-out pages go through tables, and the last reference to a Qt object (a worker,
a page's document) is always dropped on the GUI thread — a Qt wrapper freed on another thread crashed the program
(see runtime/store_thread.py).
"""

from __future__ import annotations

import atexit
import copy
import itertools
import weakref
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from disclosure_desktop.domain.report import Report
from disclosure_desktop.runtime import gc_guard


class _Layout(QObject):
    done = Signal(int, int)  # (worker key, request): its pages, or the Exception, wait in `results`

    def __init__(self, latest: dict[int, int], reports: dict[tuple[int, int], tuple[Report, Report | None]],
                 results: dict[tuple[int, int], object]) -> None:
        super().__init__()
        self._latest, self._reports, self._results = latest, reports, results

    @Slot(int, int)
    def lay_out(self, key: int, request: int) -> None:
        asked = self._reports.pop((key, request), None)
        if asked is None or request != self._latest.get(key):  # a newer edit is already queued behind it
            return
        report, previous = asked

        try:
            # Loaded with the first report shown (Jinja2, the layout, Qt's PDF writer), not at the window's start.
            from disclosure_desktop.export.pdf_export import printed_pages

            pages: Any = printed_pages(report, charts=True, previous=previous)
            # The documents are painted on the GUI thread from now on: hand them over from the thread they live in.
            app = QCoreApplication.instance()
            if app is None:  # the application was destroyed meanwhile: nothing is left to paint the pages
                raise RuntimeError("no application to paint the preview on")
            gui = app.thread()
            for run in pages.runs:
                run.document.moveToThread(gui)
        except Exception as error:  # the preview says nothing rather than take the window down
            pages = error.with_traceback(None)
        self._results[(key, request)] = pages
        del pages  # the GUI thread holds the only reference from here on
        self.done.emit(key, request)


class _Thread(QObject):
    """The one layout thread, the object on it, and the tables the two threads share."""

    ask = Signal(int, int)

    def __init__(self) -> None:
        super().__init__()
        app = QCoreApplication.instance()
        if app is None:  # pages are laid out in the application's fonts: without it there is no preview
            raise RuntimeError("the preview needs the application object")
        gc_guard.install()  # no Python collection may start on the layout thread
        self.latest: dict[int, int] = {}
        self.reports: dict[tuple[int, int], tuple[Report, Report | None]] = {}
        self.results: dict[tuple[int, int], object] = {}
        self.workers: weakref.WeakValueDictionary[int, PreviewWorker] = weakref.WeakValueDictionary()
        self.keys = itertools.count(1)
        self.thread_ = QThread()
        self.thread_.setObjectName("preview")
        self.layout = _Layout(self.latest, self.reports, self.results)
        # FOR NOW the layout runs on the GUI thread, queued after the edit that asked for it: on its own thread it
        # deadlocked the program now and then — that thread, holding Python's GIL, called
        # QTextDocument.documentLayout() (PySide keeps the GIL there) whose connect waited for a mutex of Qt's
        # signal-slot pool, while the GUI thread, inside QObject::disconnect holding that mutex, waited for the GIL
        # (docs/reliability.md, open faults). A layout off the GUI thread must call no Qt from a second Python
        # thread (a process of its own); until then the window pays the layout (≈ 60 ms) in one piece.
        self.ask.connect(self.layout.lay_out, Qt.ConnectionType.QueuedConnection)
        self.layout.done.connect(self._done)
        app.aboutToQuit.connect(self.stop)
        atexit.register(self.stop)

    def _done(self, key: int, request: int) -> None:
        pages = self.results.pop((key, request), None)
        worker = self.workers.get(key)
        if worker is not None:
            worker.arrived(request, pages)

    def stop(self) -> None:
        if self.thread_.isRunning():
            self.thread_.quit()
            self.thread_.wait()


_THREAD: _Thread | None = None


class PreviewWorker(QObject):
    """`request(report)` lays out a copy of the report's pages; `ready(pages)` brings the newest back."""

    ready = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        global _THREAD
        if _THREAD is None:
            _THREAD = _Thread()
        self._thread = _THREAD
        self._key = next(self._thread.keys)
        self._thread.workers[self._key] = self
        self._thread.latest[self._key] = 0

    @property
    def latest(self) -> int:
        return self._thread.latest[self._key]

    def request(self, report: Report, previous: Report | None = None) -> None:
        """Lay out `report`'s pages and its 图解 pages (this year against `previous`, last year's, when given)."""
        # A copy: the clerk goes on typing into the report while its pages are laid out. Last year's report is
        # the stored one, never edited: it is shared as it is.
        request = self.latest + 1
        self._thread.latest[self._key] = request
        self._thread.reports[(self._key, request)] = (copy.deepcopy(report), previous)
        self._thread.ask.emit(self._key, request)

    def cancel(self) -> None:
        """Whatever is being laid out now is not wanted any more (another report, a layout made here)."""
        self._thread.latest[self._key] = self.latest + 1

    def arrived(self, request: int, pages: object) -> None:
        if request == self.latest and pages is not None and not isinstance(pages, Exception):
            self.ready.emit(pages)
