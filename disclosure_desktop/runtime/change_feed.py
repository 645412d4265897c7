"""Other programs' writes to a shared database, heard on a thread of their own (storage/watch.py: the server's
notifications, polling as the fallback) and handed to the GUI thread as numbers: a report's id and revision, and
whether the server answers."""

from __future__ import annotations

import threading
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

GONE = -1  # the revision of a deleted report
PRESENCE = -2  # someone opened or closed the report: no content changed


class _Listener(QObject):
    changed = Signal(int, int)  # report id, its revision (GONE, PRESENCE)
    reachable = Signal(bool)

    def __init__(self, db: Any) -> None:
        super().__init__()
        self._db = db
        self._stop = threading.Event()
        self._watch: Any = None

    def stop(self) -> None:
        self._stop.set()
        if self._watch is not None:
            self._watch.stop()

    @Slot()
    def run(self) -> None:
        # SQLAlchemy is loaded already (the store is open): this is the gateway's late import (deferred.py).
        from disclosure_desktop.storage.watch import ChangeWatch

        watch = self._watch = ChangeWatch(self._db)
        if self._stop.is_set():
            watch.stop()
        answered = True
        while not watch.stopped:
            changes = watch.wait(1.0)
            if watch.reachable != answered:
                answered = watch.reachable
                self.reachable.emit(answered)
            for change in changes:
                if change.session and change.session == self._db.session:
                    continue  # this program's own write
                if change.action == "presence":
                    self.changed.emit(change.report_id, PRESENCE)
                else:
                    self.changed.emit(change.report_id, GONE if change.revision is None else change.revision)
        watch.close()


class ChangeFeed(QObject):
    """`changed(report_id, revision)` for each write of another program; `reachable(bool)` when that changes."""

    changed = Signal(int, int)
    reachable = Signal(bool)

    def __init__(self, db: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("changes")
        self._listener = _Listener(db)
        self._listener.moveToThread(self._thread)
        self._listener.changed.connect(self.changed)
        self._listener.reachable.connect(self.reachable)
        self._thread.started.connect(self._listener.run)
        self._thread.start()

    def stop(self) -> None:
        """End the thread (before the database closes: it uses the database's engine)."""
        self._listener.stop()
        self._thread.quit()
        self._thread.wait()
