"""Who has which report open (spec §14 “张三 正在编辑 · 表三 · 10:42”): each program holds a lock per open report
on a connection of its own, which the server frees when that program dies, and a row naming the clerk, the part
and the time; a row counts only while its lock is held, so a killed program's row is never shown."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from sqlalchemy import Connection, delete, select, update
from sqlalchemy.exc import IntegrityError, SQLAlchemyError

from disclosure_desktop.storage import dialect
from disclosure_desktop.storage.report_edits import upsert
from disclosure_desktop.storage.schema import report_presence, utc_now

if TYPE_CHECKING:
    from disclosure_desktop.storage.database import Database


@dataclass(frozen=True)
class Holder:
    """A program that has a report open now."""

    report_id: int
    user_name: str
    part: str  # what the clerk is on, as that window named it
    since: dt.datetime  # when it opened the report (aware, UTC)
    session: str  # that program's Database.session: a window recognises itself by it


def holders(conn: Connection, report_id: int | None = None) -> list[Holder]:
    """Every live holder (of one report, or of all), the earliest first; none on a database only one program opens."""
    live = dialect.of(conn).live_holders(conn)
    if not live:
        return []
    query = select(report_presence).order_by(report_presence.c.since, report_presence.c.holder)
    if report_id is not None:
        query = query.where(report_presence.c.report_id == report_id)
    return [
        Holder(row.report_id, row.user_name, row.part, row.since.replace(tzinfo=dt.UTC), row.session)
        for row in conn.execute(query) if (row.holder, row.report_id) in live
    ]


class Presence:
    """This program's open reports, announced to the others for as long as they are open.

    A lost connection loses the locks with it: the calls then return False and `refresh()` (the watcher's
    thread calls it) takes everything again once the server answers.
    """

    def __init__(self, db: Database, user_name: str) -> None:
        self._db = db
        self._user_name = user_name
        self._open: dict[int, tuple[str, dt.datetime]] = {}  # report id → (part, since): what should be held
        self._held: set[int] = set()  # what is held now (nothing on a file: no statement ever runs for it)
        self._conn: Connection | None = None
        self._holder = 0
        self._lock = threading.Lock()

    def hold(self, report_id: int, part: str = "") -> bool:
        """Announce that the clerk has the report open; False when nobody else could be told (a file, no server)."""
        with self._lock:
            if report_id in self._held:  # advisory locks stack: a second take would outlive one release
                self._open[report_id] = (part, self._open[report_id][1])
                return self._guarded(lambda conn: self._set_part(conn, report_id, part))
            self._open[report_id] = (part, utc_now())
            return self._take(report_id)

    def move(self, report_id: int, part: str) -> bool:
        """The clerk went to another part of the report."""
        with self._lock:
            if report_id not in self._open:
                return False
            self._open[report_id] = (part, self._open[report_id][1])
            return report_id in self._held and self._guarded(lambda conn: self._set_part(conn, report_id, part))

    def release(self, report_id: int) -> None:
        """The report was closed: the others stop seeing it open."""
        with self._lock:
            self._open.pop(report_id, None)
            if report_id in self._held:
                self._guarded(lambda conn: self._drop(conn, report_id))

    def refresh(self) -> bool:
        """Take every open report's lock again after the connection was lost; True when all are held."""
        with self._lock:
            if self._held:  # a connection the server dropped fails here, and with it everything held
                self._guarded(lambda conn: dialect.of(conn).holder_id(conn) == self._holder)
            return all([self._take(rid) for rid in list(self._open) if rid not in self._held])

    def close(self) -> None:
        with self._lock:
            for rid in list(self._held):
                self._guarded(partial(self._drop, report_id=rid))
            self._open.clear()
            if self._conn is not None:
                self._conn.close()  # the server frees whatever was still held
                self._conn = None

    def _take(self, report_id: int) -> bool:
        def take(conn: Connection) -> bool:
            speaker = dialect.of(conn)
            if not speaker.take_presence(conn, report_id):
                return False
            live = speaker.live_holders(conn)
            holders: list[int] = list(conn.scalars(select(report_presence.c.holder)
                                                   .where(report_presence.c.report_id == report_id)))
            stale = [h for h in holders if (h, report_id) not in live]
            if stale:  # rows of programs that died with the report open
                conn.execute(delete(report_presence).where(report_presence.c.report_id == report_id,
                                                           report_presence.c.holder.in_(stale)))
            part, since = self._open[report_id]
            try:
                upsert(conn, report_presence, {"report_id": report_id, "holder": self._holder},
                       {"session": self._db.session, "user_name": self._user_name, "part": part, "since": since})
            except IntegrityError:  # the report was deleted meanwhile: nothing to be present in
                speaker.drop_presence(conn, report_id)
                return False
            self._announce(conn, report_id)
            self._held.add(report_id)
            return True

        return self._guarded(take)

    def _set_part(self, conn: Connection, report_id: int, part: str) -> bool:
        done = conn.execute(update(report_presence).where(report_presence.c.report_id == report_id,
                                                          report_presence.c.holder == self._holder)
                            .values(part=part))
        if done.rowcount:
            self._announce(conn, report_id)
        return bool(done.rowcount)

    def _drop(self, conn: Connection, report_id: int) -> bool:
        conn.execute(delete(report_presence).where(report_presence.c.report_id == report_id,
                                                   report_presence.c.holder == self._holder))
        dialect.of(conn).drop_presence(conn, report_id)
        self._held.discard(report_id)
        self._announce(conn, report_id)
        return True

    def _announce(self, conn: Connection, report_id: int) -> None:
        dialect.of(conn).notify(conn, {"report": report_id, "action": "presence", "session": self._db.session})

    def _guarded(self, step: Callable[[Connection], bool]) -> bool:
        """Run `step(conn)` on the presence connection; a connection that fails is dropped (refresh() renews it)."""
        try:
            if self._conn is None:
                self._conn = self._db.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
                self._holder = dialect.of(self._conn).holder_id(self._conn)
            return bool(step(self._conn))
        except SQLAlchemyError:
            if self._conn is not None:
                try:
                    self._conn.invalidate()  # never back into the pool: its locks (if any) are gone
                    self._conn.close()
                except SQLAlchemyError:
                    pass
            self._conn = None
            self._held.clear()  # the server freed them with the connection
            return False
