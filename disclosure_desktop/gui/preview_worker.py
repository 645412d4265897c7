"""Lays the preview's printed pages out on a thread of its own, so that typing never waits for the ≈ 60 ms a full
report's pages take; the GUI thread only paints the pages that come back. A newer request makes older ones moot."""

from __future__ import annotations

import copy
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from disclosure_desktop.domain.report import Report

# One thread for every preview of the program: a plain Python thread, which ends with the program by itself.
_EXECUTOR = ThreadPoolExecutor(max_workers=1, thread_name_prefix="preview")


def _lay_out(report: Report, gui_thread: QThread) -> Any:
    from disclosure_desktop.export.pdf_export import printed_pages

    pages = printed_pages(report)
    # The documents are painted on the GUI thread from now on: hand them over from the thread they belong to.
    for run in pages.runs:
        run.document.moveToThread(gui_thread)
    return pages


class PreviewWorker(QObject):
    """`request(report)` lays out a copy of the report's pages; `ready(pages)` brings the newest back."""

    ready = Signal(object)
    _finished = Signal(int, object)  # emitted on the layout thread, delivered on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from disclosure_desktop.gui import gc_guard

        gc_guard.install()  # no Python collection may start on the layout thread
        self._finished.connect(self._done)
        self._request = 0

    def request(self, report: Report) -> None:
        # A copy: the clerk goes on typing into the report while its pages are laid out.
        self._request += 1
        request, snapshot, gui = self._request, copy.deepcopy(report), self.thread()
        _EXECUTOR.submit(self._run, request, snapshot, gui)

    def cancel(self) -> None:
        """Whatever is being laid out now is not wanted any more (another report, a layout made here)."""
        self._request += 1

    def _run(self, request: int, report: Report, gui: QThread) -> None:
        if request != self._request:  # a newer edit is already queued behind this one
            return
        try:
            pages: Any = _lay_out(report, gui)
        except Exception as error:  # the preview says nothing rather than take the window down
            pages = error
        self._finished.emit(request, pages)

    def _done(self, request: int, pages: object) -> None:
        if request == self._request and not isinstance(pages, Exception):
            self.ready.emit(pages)
