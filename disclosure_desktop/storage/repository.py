"""Reports in and out of the database as domain objects, each operation one short transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from sqlalchemy import Connection, delete, func, select
from sqlalchemy.exc import SQLAlchemyError

from disclosure_desktop.domain import versions as kinds
from disclosure_desktop.domain.changes import FIELDS, Changes
from disclosure_desktop.domain.life import ReportLife
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.versions import VersionInfo
from disclosure_desktop.storage import audit, dialect, life_rows, presence, report_listing, version_rows
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.errors import (
    ReportChangedElsewhere,
    ReportNotFound,
    StorageError,
    UnknownReportFormat,
    VersionNotFound,
)
from disclosure_desktop.storage.file_faults import refined_key
from disclosure_desktop.storage.report_edits import apply_changes, upsert
from disclosure_desktop.storage.report_rows import (
    current_report,
    insert_report,
    load_report,
    lock_report,
    ordered,
    require_known_format,
)
from disclosure_desktop.storage.report_summary import ReportSummary
from disclosure_desktop.storage.schema import app_state
from disclosure_desktop.storage.schema import report as report_table

# The one class callers use, with what its methods raise and return (defined in errors.py, report_rows.py, …).
__all__ = ["ReportChangedElsewhere", "ReportNotFound", "ReportStore", "ReportSummary", "UnknownReportFormat",
           "ordered"]


class ReportStore:
    """The reports of one database; safe for a worker thread that writes and another thread that reads.

    `user_name` is who the audit log names for this store's writes: the caller's (the clerk's settings, the
    command line's operator), never guessed here.
    """

    def __init__(self, db: Database, *, user_name: str = "") -> None:
        self.db = db
        self.user_name = user_name

    def close(self) -> None:
        """Close the database this store was made on (callers that only kept the store)."""
        self.db.close()

    @contextmanager
    def _read(self) -> Iterator[Connection]:
        try:
            with self.db.read_engine.begin() as conn:
                yield conn
        except SQLAlchemyError as error:
            raise self._failure(error) from error

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        try:
            with self.db.write_engine.begin() as conn:
                yield conn
        except SQLAlchemyError as error:
            raise self._failure(error) from error
        self.db.changed = True

    def _failure(self, error: SQLAlchemyError) -> StorageError:
        # The clerk sees what happened to the database in their language, never the driver's SQL and links; for a
        # file, what the file system says of it (a read-only folder, a full disk) where SQLite's code is vaguer.
        key = dialect.error_key(error)
        if self.db.path is not None:
            key = refined_key(key, self.db.path)
            if self.db.read_only and key in ("db.read_only", "db.failed"):
                key = self.db.read_only  # opened read-only for a reason the file system told: say that reason
        return StorageError(key, path=self.db.name, detail=dialect.error_code(error))

    def _written(self, conn: Connection, report_id: int, action: str, revision: int | None,
                 what: Mapping[str, object] | None = None) -> None:
        """In the write's own transaction: its audit entry, and the note other programs get when it commits."""
        audit.record(conn, report_id, self.user_name, action, revision, what)
        dialect.of(conn).notify(conn, {"report": report_id, "revision": revision, "action": action,
                                       "session": self.db.session})

    @staticmethod
    def _revision_in(conn: Connection, report_id: int) -> int | None:
        return conn.scalar(select(report_table.c.revision).where(report_table.c.id == report_id))

    def list_reports(self) -> list[ReportSummary]:
        """Every report, the most recently changed first."""
        with self._read() as conn:
            return report_listing.summaries(conn)

    def load(self, report_id: int) -> Report:
        """The working copy; UnknownReportFormat when a later program version's format is named."""
        with self._read() as conn:
            report = load_report(conn, report_id)
        require_known_format(report)
        return report

    def create(self, report: Report) -> int:
        """Store a new report (its `id` is ignored) and return the new id."""
        with self._write() as conn:
            rid = insert_report(conn, report)
            self._written(conn, rid, audit.CREATE, 0)
            return rid

    def apply(self, report_id: int, changes: Changes, expected_revision: int | None = None) -> int:
        """Save a batch of edits in one transaction and return the report's new revision.

        A cell set to None is removed, empty texts are removed. With `expected_revision` the batch is written
        only over that revision; another writer's newer one raises ReportChangedElsewhere and nothing is written.
        """
        unknown = set(changes.fields) - set(FIELDS)
        if unknown:
            raise KeyError(sorted(unknown)[0])
        with self._write() as conn:
            revision = apply_changes(conn, report_id, changes, expected_revision)
            self._written(conn, report_id, audit.EDIT, revision, audit.touched(changes))
            return revision

    def revision(self, report_id: int) -> int | None:
        """The stored revision of a report (None: it is gone), to notice another writer cheaply."""
        with self._read() as conn:
            return conn.scalar(select(report_table.c.revision).where(report_table.c.id == report_id))

    def duplicate(self, report_id: int) -> int:
        """A copy with the same data (title, agency, texts, cells and their sources, example flag)."""
        with self._write() as conn:
            lock_report(conn, report_id)
            rid = insert_report(conn, load_report(conn, report_id))
            self._written(conn, rid, audit.DUPLICATE, 0, {"from": report_id})
            return rid

    def delete(self, report_id: int) -> None:
        with self._write() as conn:
            gone = conn.execute(delete(report_table).where(report_table.c.id == report_id))
            if gone.rowcount == 0:
                raise ReportNotFound(report_id)
            self._written(conn, report_id, audit.DELETE, None)

    def get_state(self, key: str) -> str | None:
        with self._read() as conn:
            return conn.scalar(select(app_state.c.value).where(app_state.c.key == self._state_key(key)))

    def set_state(self, key: str, value: str | None) -> None:
        """Remember a small program setting; None forgets it."""
        key = self._state_key(key)
        with self._write() as conn:
            if value is None:
                conn.execute(delete(app_state).where(app_state.c.key == key))
            else:
                upsert(conn, app_state, {"key": key}, {"value": value})

    def _state_key(self, key: str) -> str:
        """On a shared database each clerk's own (where 张三 was is not where 李四 is) — a clerk who has given no
        name yet is told apart by the server login, as the audit log names them; a file's as it always was."""
        if not self.db.shared:
            return key
        who = self.user_name or self.db.engine.url.username or ""
        if not who:
            return key
        named = f"{key}@{who}"
        # The column holds 120 characters: a long name is told apart by its digest.
        return named if len(named) <= 120 else f"{key}@{hashlib.sha256(who.encode()).hexdigest()}"

    def previous_year(self, agency: str, year: int) -> Report | None:
        """Last year's report of the same agency (a real one before an example, then the latest changed)."""
        with self._read() as conn:
            rid = report_listing.previous_year_id(conn, agency, year)
            return None if rid is None else load_report(conn, rid)

    def count(self) -> int:
        with self._read() as conn:
            return conn.scalar(select(func.count()).select_from(report_table)) or 0


    # --- versions (spec §9 `versions`, `snapshot`, `sign`; restore as one step) ---------------------------------

    def snapshot(self, report_id: int, kind: str = kinds.MANUAL, name: str = "", *, report: Report | None = None,
                 at: dt.datetime | None = None) -> int:
        """Save the working copy (or `report`, what an export just wrote) as a version; returns its id."""
        if kind not in kinds.SNAPSHOT_KINDS:
            raise ValueError(kind)
        with self._write() as conn:
            current = current_report(conn, report_id, report)
            vid = version_rows.add(conn, current, kind, name, at=at)
            self._written(conn, report_id, audit.SNAPSHOT, current.revision, {"version": vid, "kind": kind})
            return vid

    def sign(self, report_id: int, by: str, *, reviewed_by: str = "", reviewed_on: dt.date | None = None,
             at: dt.datetime | None = None) -> int:
        """签发: freeze the working copy as the signed version (never to change again); 审核 by whom, when."""
        by, reviewed_by = version_rows.checked_name(by, required=True), version_rows.checked_name(reviewed_by)
        reviewed_on = version_rows.review_day(reviewed_by, reviewed_on, at)
        with self._write() as conn:
            report = current_report(conn, report_id, None)
            version_rows.refuse_resigning(conn, report)
            vid = version_rows.add(conn, report, kinds.SIGNED, by, signed_by=by, reviewed_by=reviewed_by,
                                   reviewed_on=reviewed_on, at=at)
            self._written(conn, report_id, audit.SIGN, report.revision, {"version": vid})
            return vid

    def versions(self, report_id: int) -> list[VersionInfo]:
        """The report's versions, newest first."""
        with self._read() as conn:
            if conn.scalar(select(report_table.c.id).where(report_table.c.id == report_id)) is None:
                raise ReportNotFound(report_id)
            return version_rows.listed(conn, report_id)

    def version_info(self, version_id: int) -> VersionInfo:
        with self._read() as conn:
            return version_rows.info(conn, version_id)

    def load_version(self, version_id: int) -> Report:
        """The report exactly as it was saved in the version (its digest is checked on every reading)."""
        with self._read() as conn:
            return ordered(version_rows.load(conn, version_id))

    def load_version_of(self, report_id: int, version_id: int) -> tuple[Report, VersionInfo]:
        """A saved version of `report_id` and what it is (refused when the version belongs to another report, or
        the report or the version's format is unknown)."""
        with self._read() as conn:
            if conn.scalar(select(report_table.c.id).where(report_table.c.id == report_id)) is None:
                raise ReportNotFound(report_id)
            try:
                info = version_rows.info(conn, version_id)
            except VersionNotFound:
                raise version_rows.not_found(report_id, version_id) from None
            if info.report_id != report_id:
                raise version_rows.not_found(report_id, version_id)
            report = ordered(version_rows.load(conn, version_id))
        require_known_format(report)
        return report, info

    # --- the report's life after 签发 (spec §12) ------------------------------------------------------------------

    def life(self, report_id: int) -> ReportLife:
        """Its newest signed version, the working copy's digest, what happened since, its open remarks."""
        with self._read() as conn:
            if conn.scalar(select(report_table.c.id).where(report_table.c.id == report_id)) is None:
                raise ReportNotFound(report_id)
            return life_rows.life_of(conn, report_id)

    def record_submission(self, report_id: int, version_id: int, file_name: str, package_sha256: str,
                          manifest: str, *, at: dt.datetime | None = None) -> int:
        """A package was made of the signed version `version_id`: record it (and its entry among the versions)."""
        with self._write() as conn:
            signed = version_rows.load(conn, version_id)
            if signed.id != report_id:
                raise version_rows.not_found(report_id, version_id)
            done = life_rows.add_submission(conn, signed, version_id, file_name, package_sha256, manifest, at)
            self._written(conn, report_id, audit.SUBMIT, self._revision_in(conn, report_id), {"version": version_id})
            return done

    def record_remarks(self, report_id: int, version_id: int | None, **facts: object) -> int:
        """A remarks file opened on the report (`facts`: life_rows.add_remarks' keywords); returns its id. The
        entry among the versions holds the signed version it answers, else the working copy."""
        with self._write() as conn:
            concerned = version_rows.load(conn, version_id) if version_id is not None else load_report(conn, report_id)
            done = life_rows.add_remarks(conn, concerned, version_id, **facts)  # type: ignore[arg-type]
            self._written(conn, report_id, audit.REMARKS, self._revision_in(conn, report_id), {"version": version_id})
            return done

    def remarks_opened(self, report_id: int, file_sha256: str) -> int | None:
        with self._read() as conn:
            return life_rows.remarks_with_digest(conn, report_id, file_sha256)

    def record_publication(self, report_id: int, version_id: int | None, day: dt.date, address: str, *,
                           at: dt.datetime | None = None) -> int:
        """Where and when the report was published; the entry holds the signed version published."""
        with self._write() as conn:
            concerned = version_rows.load(conn, version_id) if version_id is not None else load_report(conn, report_id)
            done = life_rows.add_publication(conn, concerned, version_id, day, address, at)
            self._written(conn, report_id, audit.PUBLISH, self._revision_in(conn, report_id), {"version": version_id})
            return done

    # --- several programs on one database (spec §14) ----------------------------------------------------------

    def audit(self, report_id: int, limit: int | None = None) -> list[audit.AuditEntry]:
        """Who changed the report, when and what, newest first (kept after the report is deleted)."""
        with self._read() as conn:
            return audit.entries(conn, report_id, limit)

    def holders(self, report_id: int | None = None) -> list[presence.Holder]:
        """Who has the report (or, with None, any report) open in a program still running; none on a file."""
        with self._read() as conn:
            return presence.holders(conn, report_id)
