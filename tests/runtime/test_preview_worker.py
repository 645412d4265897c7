"""The preview's layout: only the newest request comes back, on the GUI thread, laid out in pieces between which
the window handles its events, and nothing it was sent is kept once the answer is in."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QTimer

from disclosure_desktop.domain import jsonio
from disclosure_desktop.runtime import preview_worker
from disclosure_desktop.runtime.preview_worker import PreviewWorker
from tests.helpers.paths import FULL_REPORT


def test_the_newest_layout_arrives_on_the_gui_thread_and_nothing_stays(qtbot) -> None:
    report = jsonio.loads(FULL_REPORT.read_text("utf-8"))
    worker = PreviewWorker()
    arrived: list[object] = []
    worker.ready.connect(lambda pages: arrived.append((pages, threading.current_thread())))
    older = jsonio.loads(FULL_REPORT.read_text("utf-8"))
    older.agency = "上一次的单位"
    worker.request(older)
    worker.request(report)  # the clerk typed again before the first layout was done
    qtbot.waitUntil(lambda: bool(arrived), timeout=10000)
    qtbot.wait(300)  # an answer to the first request would have come by now
    assert len(arrived) == 1
    pages, thread = arrived[0]
    assert thread is threading.main_thread()
    text = pages.plain_text()
    assert report.agency in text and "上一次的单位" not in text
    gui = QCoreApplication.instance().thread()
    assert all(run.document.thread() is gui for run in pages.runs)
    shared = preview_worker._LAYOUTS
    assert shared is not None and not shared.under_way


def test_a_cancelled_layout_is_not_shown(qtbot) -> None:
    worker = PreviewWorker()
    arrived: list[object] = []
    worker.ready.connect(arrived.append)
    worker.request(jsonio.loads(FULL_REPORT.read_text("utf-8")))
    worker.cancel()
    qtbot.wait(1500)
    assert arrived == []
    shared = preview_worker._LAYOUTS
    assert shared is not None and not shared.under_way


def test_the_window_handles_its_events_between_the_pieces_of_a_layout(qtbot) -> None:
    """A full report's pages take ≈ 60 ms: laid out in one piece, no event would be handled meanwhile (a key
    pressed would wait for all of it). A heartbeat of the event loop beats many times before the pages arrive."""
    worker = PreviewWorker()
    arrived: list[object] = []
    worker.ready.connect(arrived.append)
    beats: list[int] = []
    heartbeat = QTimer(interval=0)
    heartbeat.timeout.connect(lambda: beats.append(len(arrived)))
    heartbeat.start()
    worker.request(jsonio.loads(FULL_REPORT.read_text("utf-8")))
    qtbot.waitUntil(lambda: bool(arrived), timeout=10000)
    heartbeat.stop()
    assert beats.count(0) >= 8, f"the event loop came round only {beats.count(0)} times during the layout"
