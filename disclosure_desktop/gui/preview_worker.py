"""Lays the preview's printed pages out on a thread of its own, so that typing never waits for the ≈ 60 ms a full
report's pages take; the GUI thread only paints the pages that come back. A newer request makes older ones moot.

The thread is a QThread with an event loop (a text document's layout starts timers), one for the whole program,
ended when the application quits or the interpreter exits.
"""

from __future__ import annotations

import atexit
import copy
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from disclosure_desktop.domain.report import Report


class _Layout(QObject):
    done = Signal(object, int, object)  # (the worker it is for, request, PrintedPages or the Exception)

    @Slot(object, int, object)
    def lay_out(self, worker: PreviewWorker, request: int, report: Report) -> None:
        if request != worker.latest:  # a newer edit is already queued behind this one
            return
        from disclosure_desktop.export.pdf_export import printed_pages

        try:
            pages: Any = printed_pages(report)
            # The documents are painted on the GUI thread from now on: hand them over from the thread they live in.
            gui = QCoreApplication.instance().thread()
            for run in pages.runs:
                run.document.moveToThread(gui)
        except Exception as error:  # the preview says nothing rather than take the window down
            pages = error
        self.done.emit(worker, request, pages)


class _Thread(QObject):
    """The one layout thread and the object on it."""

    ask = Signal(object, int, object)

    def __init__(self) -> None:
        super().__init__()
        from disclosure_desktop.gui import gc_guard

        gc_guard.install()  # no Python collection may start on the layout thread
        self.thread_ = QThread()
        self.thread_.setObjectName("preview")
        self.layout = _Layout()
        self.layout.moveToThread(self.thread_)
        self.ask.connect(self.layout.lay_out)
        self.layout.done.connect(self._done)
        self.thread_.start()
        QCoreApplication.instance().aboutToQuit.connect(self.stop)
        atexit.register(self.stop)

    def _done(self, worker: PreviewWorker, request: int, pages: object) -> None:
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
        self.latest = 0

    def request(self, report: Report) -> None:
        # A copy: the clerk goes on typing into the report while its pages are laid out.
        self.latest += 1
        self._thread.ask.emit(self, self.latest, copy.deepcopy(report))

    def cancel(self) -> None:
        """Whatever is being laid out now is not wanted any more (another report, a layout made here)."""
        self.latest += 1

    def arrived(self, request: int, pages: object) -> None:
        if request == self.latest and not isinstance(pages, Exception):
            self.ready.emit(pages)
