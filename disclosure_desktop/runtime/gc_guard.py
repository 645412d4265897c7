"""Runs Python's cycle collector on the GUI thread only, because PySide must not free Qt objects elsewhere.

With automatic collection a collection can start on the database thread (SQLAlchemy allocates a lot there) and
free unreachable Qt wrappers of closed windows and dialogs; shiboken then hands their deletion back to the GUI
thread, and that path crashed the program here (PySide6 6.11, seen as a segfault in
`BindingManager::runDeletionInMainThread` a few runs in ten). Reference counting still frees most garbage at
once; cycles wait for the next collection on the GUI thread.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

COLLECT_EVERY_MS = 3000
# The timer's collections look at the young objects only (those made since the last one); every FULL_EVERY-th
# looks at all. The desk keeps a batch of hundreds of reports (≈ 130,000 objects) alive, and a full collection
# over them held the GUI thread 40 ms (100–300 ms on a busy machine) every three seconds.
FULL_EVERY = 20

_timer: QTimer | None = None
_frozen = False
_ticks = 0


def install() -> None:
    """Switch automatic collection off and collect on the GUI thread instead (idempotent)."""
    global _timer
    app = QCoreApplication.instance()
    if _timer is not None or app is None:
        return
    gc.disable()
    _timer = QTimer(app)
    _timer.setInterval(COLLECT_EVERY_MS)
    _timer.timeout.connect(_tick)
    _timer.start()
    app.aboutToQuit.connect(collect)


def collect(*_: object) -> None:
    gc.collect()


def _tick(*_: object) -> None:
    global _ticks
    _ticks += 1
    gc.collect(2 if _ticks % FULL_EVERY == 0 else 0)


def freeze_startup() -> None:
    """Exempt what start-up built (modules, classes: ~95 % of all objects) from every later collection.

    A full collection then costs ~2 ms instead of ~30 ms on the GUI thread (measured with a report open).
    """
    global _frozen
    if _frozen:  # once a process: what is frozen is never collected
        return
    _frozen = True
    # Without collecting first: that collection cost ≈ 40 ms of the start (≈ 100,000 objects) to find ≈ 100
    # unreachable ones (measured), which now stay frozen — a few kilobytes, once.
    gc.freeze()


def collect_soon(owner: QObject) -> None:
    """Collect once control is back in the event loop (after a window or dialog was closed)."""
    QTimer.singleShot(0, owner, collect)
