"""The preview's layout thread: only the newest request comes back, its pages belong to the GUI thread, and nothing
it was sent is kept once the answer is in (a Qt object freed on that thread could crash the program)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication

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
    shared = preview_worker._THREAD
    assert shared is not None and not shared.reports and not shared.results


def test_a_cancelled_layout_is_not_shown(qtbot) -> None:
    worker = PreviewWorker()
    arrived: list[object] = []
    worker.ready.connect(arrived.append)
    worker.request(jsonio.loads(FULL_REPORT.read_text("utf-8")))
    worker.cancel()
    qtbot.wait(1500)
    assert arrived == []
    assert not preview_worker._THREAD.results
