"""The 公开办's review batches in the report database (spec §13): the batch, its units with their status, every
file taken in with the report read from it, and the remarks written — each operation one short transaction,
through SQLAlchemy Core only (portable: nothing here is SQLite's own)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import SQLAlchemyError

from disclosure_desktop.domain import report_snapshot
from disclosure_desktop.domain.report import Report
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.dialect import error_code, error_key
from disclosure_desktop.storage.errors import StorageError
from disclosure_desktop.storage.schema import (
    inserted_id,
    review_batch,
    review_file,
    review_remark,
    review_unit,
    utc_now,
)

# What became of a file taken in (review_file.outcome).
TAKEN, PREVIOUS, DOUBTFUL, REJECTED = OUTCOMES = ("taken", "previous", "doubtful", "rejected")


@dataclass(frozen=True)
class StoredUnit:
    name: str
    kind: str = ""
    deadline: dt.date | None = None
    status: str = ""  # "" until the office decides: returned / passed


@dataclass(frozen=True)
class StoredFile:
    sha256: str
    name: str
    kind: str
    outcome: str
    unit: str | None
    reason: str
    version: int | None
    intake: int
    report: Report | None  # None for a file not read as a report


@dataclass(frozen=True)
class StoredRemark:
    id: int
    unit: str
    written_at: dt.datetime  # aware, UTC
    verdict: str
    path: str
    content: str


@dataclass(frozen=True)
class BatchInfo:
    id: int
    region: str
    year: int
    created_at: dt.datetime
    units: int
    files: int


@dataclass
class StoredBatch:
    id: int
    region: str
    year: int
    units: list[StoredUnit] = field(default_factory=list)
    files: list[StoredFile] = field(default_factory=list)

    @property
    def known_hashes(self) -> dict[str, str]:
        """SHA-256 → file name of every file read as a report: an intake does not take these again."""
        return {f.sha256: f.name for f in self.files if f.outcome != REJECTED}

    @property
    def next_intake(self) -> int:
        return max((f.intake for f in self.files), default=-1) + 1


class ReviewStore:
    """Review batches of one database; like ReportStore, safe for a writing worker thread beside a reader."""

    def __init__(self, db: Database) -> None:
        self.db = db

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.db.engine.begin() as conn:
                yield conn
        except SQLAlchemyError as error:
            raise StorageError(error_key(error), path=self.db.name, detail=error_code(error)) from error

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        try:
            with self.db.write_engine.begin() as conn:
                yield conn
        except SQLAlchemyError as error:
            raise StorageError(error_key(error), path=self.db.name, detail=error_code(error)) from error
        self.db.changed = True

    def create_batch(self, region: str, year: int, units: list[StoredUnit]) -> int:
        with self._write() as conn:
            done = conn.execute(insert(review_batch).values(region=region.strip(), year=year))
            batch_id = inserted_id(done)
            _insert_units(conn, batch_id, units)
            return batch_id

    def batches(self) -> list[BatchInfo]:
        """Every batch, the latest year first."""
        units = select(review_unit.c.batch_id, func.count().label("n")).group_by(review_unit.c.batch_id).subquery()
        files = select(review_file.c.batch_id, func.count().label("n")).group_by(review_file.c.batch_id).subquery()
        query = (select(review_batch, func.coalesce(units.c.n, 0), func.coalesce(files.c.n, 0))
                 .outerjoin(units, units.c.batch_id == review_batch.c.id)
                 .outerjoin(files, files.c.batch_id == review_batch.c.id)
                 .order_by(review_batch.c.year.desc(), review_batch.c.id.desc()))
        with self._read() as conn:
            return [BatchInfo(row.id, row.region, row.year, row.created_at.replace(tzinfo=dt.UTC), row[-2], row[-1])
                    for row in conn.execute(query)]

    def load_batch(self, batch_id: int) -> StoredBatch:
        with self._read() as conn:
            row = conn.execute(select(review_batch).where(review_batch.c.id == batch_id)).first()
            if row is None:
                raise StorageError("review.no_batch", id=batch_id)
            batch = StoredBatch(row.id, row.region, row.year)
            for unit in conn.execute(select(review_unit).where(review_unit.c.batch_id == batch_id)
                                     .order_by(review_unit.c.position)):
                batch.units.append(StoredUnit(unit.name, unit.kind, unit.deadline, unit.status))
            for item in conn.execute(select(review_file).where(review_file.c.batch_id == batch_id)
                                     .order_by(review_file.c.intake, review_file.c.taken_at, review_file.c.name)):
                batch.files.append(StoredFile(item.sha256, item.name, item.kind, item.outcome, item.unit,
                                              item.reason, item.version, item.intake, _report(item)))
            return batch

    def set_units(self, batch_id: int, units: list[StoredUnit]) -> None:
        """Replace the units list, keeping the status the office gave a unit that stays on it."""
        with self._write() as conn:
            kept = {row.name: row.status for row in conn.execute(
                select(review_unit.c.name, review_unit.c.status).where(review_unit.c.batch_id == batch_id))}
            conn.execute(delete(review_unit).where(review_unit.c.batch_id == batch_id))
            _insert_units(conn, batch_id, [StoredUnit(u.name, u.kind, u.deadline, u.status or kept.get(u.name, ""))
                                           for u in units])
            _touch(conn, batch_id)

    def record_files(self, batch_id: int, files: list[StoredFile]) -> None:
        """Record what an intake (or a person's confirmation) made of each file; a file seen before is replaced."""
        with self._write() as conn:
            for item in files:
                conn.execute(delete(review_file).where(review_file.c.batch_id == batch_id,
                                                       review_file.c.sha256 == item.sha256))
                content = report_snapshot.to_json(item.report) if item.report is not None else None
                conn.execute(insert(review_file).values(
                    batch_id=batch_id, sha256=item.sha256, name=item.name, kind=item.kind, outcome=item.outcome,
                    unit=item.unit, reason=item.reason, version=item.version, intake=item.intake, content=content,
                    content_sha256=report_snapshot.digest(content) if content is not None else None))
            _touch(conn, batch_id)

    def confirm(self, batch_id: int, sha256: str, unit: str | None) -> None:
        """A person's answer for a doubtful file: the unit it is from (taken), or None (not on the list)."""
        with self._write() as conn:
            conn.execute(update(review_file).where(review_file.c.batch_id == batch_id,
                                                   review_file.c.sha256 == sha256)
                         .values(outcome=TAKEN if unit else REJECTED, unit=unit or ""))
            _touch(conn, batch_id)

    def set_status(self, batch_id: int, unit: str, status: str, *, remarks: str | None = None, verdict: str = "",
                   path: str = "") -> None:
        """The office's decision on a unit (returned / passed, "" to undo), with the remarks file written for it."""
        with self._write() as conn:
            changed = conn.execute(update(review_unit).where(review_unit.c.batch_id == batch_id,
                                                             review_unit.c.name == unit)
                                   .values(status=status, status_at=utc_now()))
            if changed.rowcount == 0:
                raise StorageError("review.no_unit", unit=unit)
            if remarks is not None:
                conn.execute(insert(review_remark).values(batch_id=batch_id, unit=unit, verdict=verdict, path=path,
                                                          content=remarks))
            _touch(conn, batch_id)

    def remarks(self, batch_id: int, unit: str | None = None) -> list[StoredRemark]:
        query = select(review_remark).where(review_remark.c.batch_id == batch_id)
        if unit is not None:
            query = query.where(review_remark.c.unit == unit)
        with self._read() as conn:
            return [StoredRemark(r.id, r.unit, r.written_at.replace(tzinfo=dt.UTC), r.verdict, r.path, r.content)
                    for r in conn.execute(query.order_by(review_remark.c.id))]

    def delete_batch(self, batch_id: int) -> None:
        with self._write() as conn:
            for table in (review_remark, review_file, review_unit):
                conn.execute(delete(table).where(table.c.batch_id == batch_id))
            conn.execute(delete(review_batch).where(review_batch.c.id == batch_id))

    def previous_submissions(self, region: str, year: int) -> dict[str, Report]:
        """unit → the report taken in a batch of the same region for `year` (last year's batch, to compare with)."""
        query = (select(review_file.c.unit, review_file.c.content, review_file.c.content_sha256)
                 .join(review_batch, review_batch.c.id == review_file.c.batch_id)
                 .where(review_batch.c.region == region.strip(), review_batch.c.year == year,
                        review_file.c.outcome == TAKEN)
                 .order_by(review_file.c.intake))
        with self._read() as conn:
            return {row.unit: report for row in conn.execute(query) if (report := _report(row)) is not None}


def _insert_units(conn: Connection, batch_id: int, units: list[StoredUnit]) -> None:
    if units:
        conn.execute(insert(review_unit), [
            {"batch_id": batch_id, "name": u.name, "position": i, "kind": u.kind, "deadline": u.deadline,
             "status": u.status} for i, u in enumerate(units)])


def _touch(conn: Connection, batch_id: int) -> None:
    conn.execute(update(review_batch).where(review_batch.c.id == batch_id).values(updated_at=utc_now()))


def _report(row: object) -> Report | None:
    content = getattr(row, "content", None)
    if content is None:
        return None
    if report_snapshot.digest(content) != getattr(row, "content_sha256", None):
        raise StorageError("review.file_damaged", name=getattr(row, "name", getattr(row, "unit", "")))
    return report_snapshot.from_json(content)
