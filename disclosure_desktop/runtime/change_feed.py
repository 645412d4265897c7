"""Other programs' writes to a shared database (storage/watch.py: the server's notifications, polling as the
fallback), looked at every second on the database thread between its other calls and handed to the GUI thread as
numbers: a report's id and revision, and whether the server answers. No thread of its own: the watch's
connection is used where the store's are, and a look costs a fraction of a millisecond when nothing happened."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from disclosure_desktop.runtime.store_thread import StoreThread, quiet_failure

GONE = -1  # the revision of a deleted report
PRESENCE = -2  # someone opened or closed the report: no content changed
LOOK_EVERY_MS = 1000


class _Ears:
    """The database thread's side: the watch, made there on the first look and used only there."""

    def __init__(self, session: str) -> None:
        self._session = session  # this program's own writes are no news
        self._watch: Any = None

    def hear(self, store: Any) -> tuple[bool, list[tuple[int, int]]]:
        # SQLAlchemy is loaded already (the store is open): this is the gateway's late import (deferred.py).
        from disclosure_desktop.storage.watch import ChangeWatch

        if self._watch is None:
            self._watch = ChangeWatch(store.db)
        heard = []
        for change in self._watch.wait(0.0):
            if change.session and change.session == self._session:
                continue
            revision = PRESENCE if change.action == "presence" else change.revision
            heard.append((change.report_id, GONE if revision is None else revision))
        return self._watch.reachable, heard

    def close(self) -> None:
        if self._watch is not None:
            self._watch.close()
            self._watch = None


class ChangeFeed(QObject):
    """`changed(report_id, revision)` for each write of another program; `reachable(bool)` when that changes."""

    changed = Signal(int, int)
    reachable = Signal(bool)

    def __init__(self, store: StoreThread, session: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._ears = _Ears(session)
        self._asking = False
        self._answered = True
        self._timer = QTimer(self, interval=LOOK_EVERY_MS)
        self._timer.timeout.connect(self._look)
        self._timer.start()
        # At once: the watch reads the revisions right after the list the window shows (the calls run in order),
        # so a report written after that list was read is news.
        self._look()

    def _look(self) -> None:
        if self._asking:
            return  # the database thread is busy (a long write): one look at a time
        self._asking = True
        ears = self._ears
        self._store.run(lambda store: ears.hear(store), self._heard, self._not_heard, what="other programs' writes")

    def _heard(self, result: tuple[bool, list[tuple[int, int]]]) -> None:
        self._asking = False
        answered, heard = result
        if answered != self._answered:
            self._answered = answered
            self.reachable.emit(answered)
        for report_id, revision in heard:
            self.changed.emit(report_id, revision)

    def _not_heard(self, error: Exception, what: str) -> None:
        self._asking = False
        quiet_failure(error, what)

    def stop(self) -> None:
        """No more looks; the watch's own connection closed before the database is (the calls run in order)."""
        self._timer.stop()
        ears = self._ears
        self._store.run(lambda _store: ears.close(), failure=quiet_failure)
