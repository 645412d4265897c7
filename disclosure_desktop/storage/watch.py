"""Others' writes as they happen (spec §14), for a worker thread: the server's notifications where it sends them
(LISTEN on a connection of its own), the reports' revisions polled otherwise — on a file, and while the server
cannot be listened to; after a lost connection, one poll catches up with what was missed."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import SQLAlchemyError

from disclosure_desktop.storage import dialect
from disclosure_desktop.storage.schema import report as report_table

if TYPE_CHECKING:
    from disclosure_desktop.storage.database import Database

POLLED = "changed"  # the action of a change found by polling (who and what are in the audit log)
_SLICE_S = 0.5  # how long one wait on the server lasts before stop() is looked at again


@dataclass(frozen=True)
class ReportChange:
    """A report written (or opened, closed) by some program."""

    report_id: int
    revision: int | None  # the working copy's revision after the write; None: deleted (or a presence note)
    action: str  # storage.audit.ACTIONS, "presence", or POLLED
    session: str = ""  # the writing program's Database.session ("" when found by polling)


class ChangeWatch:
    """Waits for changes to the reports; `wait()` runs on one worker thread, `stop()` may come from any thread."""

    def __init__(self, db: Database, *, poll_every: float = 2.0) -> None:
        self._db = db
        self._poll_every = poll_every
        self._stop = threading.Event()
        self._listener: Connection | None = None
        self._can_listen = True
        self._next_listen = 0.0
        self._next_poll = 0.0
        self.reachable = True  # False while the database does not answer (the window says so)
        self._revisions: dict[int, int] = {}
        self._revisions = self._read_revisions() or {}

    @property
    def listening(self) -> bool:
        """True while the server's notifications arrive (False: polling)."""
        return self._listener is not None

    @property
    def stopped(self) -> bool:
        return self._stop.is_set()

    def stop(self) -> None:
        """Make a running wait() return soon, and every later one at once."""
        self._stop.set()

    def close(self) -> None:
        self.stop()
        self._drop_listener()

    def wait(self, timeout: float) -> list[ReportChange]:
        """The changes seen within `timeout` seconds (returns as soon as there are some; [] after stop())."""
        deadline = time.monotonic() + timeout
        while not self._stop.is_set():
            now = time.monotonic()
            if self._listener is None and self._can_listen and now >= self._next_listen:
                caught_up = self._start_listening()
                if caught_up:
                    return caught_up
            if self._listener is not None:
                found = self._listened(min(_SLICE_S, max(deadline - now, 0.0)))
                if found:
                    return found
            elif now >= self._next_poll:
                self._next_poll = now + self._poll_every
                found = self._poll()
                if found:
                    return found
            if time.monotonic() >= deadline:
                return []
            if self._listener is None:  # polling: rest until the next poll, listening attempt or the deadline
                pause = min(self._next_poll, self._next_listen if self._can_listen else deadline, deadline)
                self._stop.wait(max(0.0, min(pause - time.monotonic(), _SLICE_S)))
        return []

    def _start_listening(self) -> list[ReportChange]:
        conn = None
        try:
            conn = self._db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
            if not dialect.of(conn).listen(conn):
                self._can_listen = False  # a file: polling only, for good
                conn.close()
                return []
        except Exception:  # any failure of the server or its driver: poll, and try again later
            self._next_listen = time.monotonic() + self._poll_every
            self.reachable = False
            if conn is not None:
                self._discard(conn)
            return []
        self._listener = conn
        self.reachable = True
        return self._poll()  # what happened while nobody listened

    def _listened(self, timeout: float) -> list[ReportChange]:
        assert self._listener is not None
        try:
            notes = dialect.of(self._listener).notifications(self._listener, timeout)
        except Exception:  # the connection broke (server stopped, network gone): poll until it is back
            self._drop_listener()
            self.reachable = False
            self._next_listen = time.monotonic() + self._poll_every
            return []
        return [change for note in notes if (change := _parsed(note)) is not None]

    def _poll(self) -> list[ReportChange]:
        found = self._read_revisions()
        if found is None:
            return []
        before, self._revisions = self._revisions, found
        changes = [ReportChange(rid, rev, POLLED) for rid, rev in found.items() if before.get(rid) != rev]
        changes += [ReportChange(rid, None, POLLED) for rid in before if rid not in found]
        return changes

    def _read_revisions(self) -> dict[int, int] | None:
        try:
            with self._db.engine.connect() as conn:
                rows = conn.execute(select(report_table.c.id, report_table.c.revision)).all()
        except SQLAlchemyError:
            self.reachable = False
            return None
        self.reachable = True
        return {int(row[0]): int(row[1]) for row in rows}

    def _drop_listener(self) -> None:
        if self._listener is not None:
            self._discard(self._listener)
            self._listener = None

    @staticmethod
    def _discard(conn: Connection) -> None:
        try:
            conn.invalidate()  # never back into the pool: it is listening, or broken
            conn.close()
        except SQLAlchemyError:
            pass


def _parsed(note: dict[str, Any]) -> ReportChange | None:
    try:
        revision = note.get("revision")
        return ReportChange(int(note["report"]), None if revision is None else int(revision), str(note["action"]),
                            str(note.get("session", "")))
    except (KeyError, TypeError, ValueError):
        return None
