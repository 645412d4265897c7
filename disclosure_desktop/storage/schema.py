"""Tables of the report database, declared once so that migrations, the repository and drift tests agree.

SQLAlchemy Core tables, not ORM classes: the repository only ever ran statements, and `sqlalchemy.orm` alone cost
every start of the program and every command ≈ 70 ms to import (measured).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    CursorResult,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    func,
)

metadata = MetaData()


def utc_now() -> dt.datetime:
    # Stored naive (SQLite has no time zone type) but always UTC; the repository adds the zone back on reading.
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def inserted_id(result: CursorResult[Any]) -> int:
    """The id the database gave the one row an INSERT added."""
    key = result.inserted_primary_key
    if key is None:  # SQLAlchemy's answer when the driver reported no key row
        raise RuntimeError("the database reported no id for the inserted row")
    return int(key[0])


def _report_id() -> Column[int]:
    return Column("report_id", ForeignKey("report.id", ondelete="CASCADE"), primary_key=True)


report = Table(
    "report",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("agency", Text, nullable=False),
    Column("year", Integer, nullable=False),
    Column("format_id", String(40), nullable=False),
    Column("title", Text, nullable=False, default="", server_default=""),
    Column("is_example", Boolean, nullable=False, default=False, server_default="0"),
    Column("created_at", DateTime, nullable=False, default=utc_now, server_default=func.current_timestamp()),
    Column("updated_at", DateTime, nullable=False, default=utc_now, server_default=func.current_timestamp()),
    # Raised by every write: a writer that saw an older revision has been overtaken by another window.
    Column("revision", Integer, nullable=False, default=0, server_default="0"),
    # SHA-256 of the report's content (domain.report_snapshot), renewed by every write and checked on every
    # load: a text damaged on disk into other valid characters passes integrity_check, but not this.
    Column("content_sha256", String(64), nullable=True),
    # previous_year() looks reports up by agency and year; the start page lists them by last change.
    Index("ix_report_agency_year", "agency", "year"),
    Index("ix_report_updated_at", "updated_at"),
    # Never reuse the id of a deleted report: app_state and open windows may still name it.
    sqlite_autoincrement=True,
)

report_meta = Table(
    "report_meta",
    metadata,
    _report_id(),
    Column("key", String(80), primary_key=True),
    Column("value", Text, nullable=False),
)

section_text = Table(
    "section_text",
    metadata,
    _report_id(),
    Column("section_id", String(80), primary_key=True),
    Column("text", Text, nullable=False, default="", server_default=""),
    # The clerk's own heading for the section; empty means the format's heading.
    Column("heading", Text, nullable=False, default="", server_default=""),
)

cell = Table(
    "cell",
    metadata,
    _report_id(),
    Column("cell_id", String(120), primary_key=True),
    # Canonical text as the clerk or a file stated it (see domain.values), so invalid input survives to be checked.
    Column("value", Text, nullable=False),
    # A domain.report.CellSource value.
    Column("source", String(20), nullable=False, default="typed", server_default="typed"),
)

app_state = Table(
    "app_state",
    metadata,
    Column("key", String(120), primary_key=True),
    Column("value", Text, nullable=False),
)

# A warning the clerk set aside, with the reason (spec §5); the key is `RULE@location`.
acknowledgement = Table(
    "acknowledgement",
    metadata,
    _report_id(),
    Column("problem_key", String(200), primary_key=True),
    Column("reason", Text, nullable=False),
)

# A saved state of a report (spec §9 `versions`): its full content as JSON, never changed once written.
report_version = Table(
    "report_version",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("report_id", ForeignKey("report.id", ondelete="CASCADE"), nullable=False),
    Column("created_at", DateTime, nullable=False, default=utc_now),
    # manual / export / signed / before_restore (domain.versions.KINDS)
    Column("kind", String(20), nullable=False),
    Column("name", Text, nullable=False, default="", server_default=""),
    # The report as domain.report_snapshot writes it; its SHA-256 proves on every reading that it is unchanged.
    Column("content", Text, nullable=False),
    Column("content_sha256", String(64), nullable=False),
    # The working copy's revision when the version was taken: "changed since signing" is a comparison of two ints.
    Column("report_revision", Integer, nullable=False, default=0, server_default="0"),
    Column("signed_by", Text, nullable=False, default="", server_default=""),
    # 审核: who reviewed a signed version, and the day they did (a clerk enters it; the signing day by default).
    Column("reviewed_by", Text, nullable=False, default="", server_default=""),
    Column("reviewed_on", Date, nullable=True),
    Index("ix_report_version_report", "report_id", "created_at"),
    sqlite_autoincrement=True,
)


# --- The report's life after 签发 (spec §12): each also an entry of report_version (kinds submitted, remarks,
# published) holding the content it concerned, so the versions dialog and `versions` list every change of state.

def _life_report_id() -> Column[int]:
    return Column("report_id", ForeignKey("report.id", ondelete="CASCADE"), nullable=False)


def _signed_version_id(nullable: bool) -> Column[int]:
    # The signed version the event concerns (spec §12: a package holds the last signed version).
    return Column("version_id", ForeignKey("report_version.id", ondelete="CASCADE"), nullable=nullable)


# A submission package (报送包) made of a signed version: what was written, for the record.
report_submission = Table(
    "report_submission",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _life_report_id(),
    _signed_version_id(False),
    Column("made_at", DateTime, nullable=False, default=utc_now),
    Column("file_name", Text, nullable=False),
    Column("package_sha256", String(64), nullable=False),
    Column("manifest", Text, nullable=False),
    Index("ix_report_submission_report", "report_id"),
    sqlite_autoincrement=True,
)

# A remarks file (审核意见) opened on the report, kept as it came; its items are in report_remark_item.
report_remarks = Table(
    "report_remarks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _life_report_id(),
    _signed_version_id(True),
    Column("opened_at", DateTime, nullable=False, default=utc_now),
    Column("file_name", Text, nullable=False),
    Column("file_sha256", String(64), nullable=False),
    Column("stated_version", Integer, nullable=True),  # the version the file names (None: the office read no package)
    Column("reviewer", Text, nullable=False, default="", server_default=""),
    Column("reviewed_on", Text, nullable=False, default="", server_default=""),
    Column("verdict", String(20), nullable=False),
    Column("content", Text, nullable=False),
    Index("ix_report_remarks_report", "report_id"),
    sqlite_autoincrement=True,
)

# One item of a remarks file, and the day the clerk marked it 已整改 (written through the report's edit session).
report_remark_item = Table(
    "report_remark_item",
    metadata,
    Column("remarks_id", ForeignKey("report_remarks.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("rule", String(40), nullable=False),
    Column("location", Text, nullable=False, default="", server_default=""),
    Column("cells", Text, nullable=False, default="[]", server_default="[]"),  # JSON list of cell ids
    Column("message", Text, nullable=False),
    Column("fixed_on", Date, nullable=True),
)

# Where and when the report was published (发布), as recorded; LATE goes by the latest.
report_publication = Table(
    "report_publication",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _life_report_id(),
    _signed_version_id(True),
    Column("recorded_at", DateTime, nullable=False, default=utc_now),
    Column("published_on", Date, nullable=False),
    Column("address", Text, nullable=False),
    Index("ix_report_publication_report", "report_id"),
    sqlite_autoincrement=True,
)


# --- The 公开办's desk (spec §13) --------------------------------------------------------------------------------

def _batch_id(primary_key: bool) -> Column[int]:
    return Column("batch_id", ForeignKey("review_batch.id", ondelete="CASCADE"), primary_key=primary_key,
                  nullable=False)


# A review batch (审核批次): the region or office reviewing, the report year, the units it expects.
review_batch = Table(
    "review_batch",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("region", Text, nullable=False),
    Column("year", Integer, nullable=False),
    Column("created_at", DateTime, nullable=False, default=utc_now),
    Column("updated_at", DateTime, nullable=False, default=utc_now),
    sqlite_autoincrement=True,
)

# An expected unit of a batch, in the list's order, with its review status (review.batch.STATUSES).
review_unit = Table(
    "review_unit",
    metadata,
    _batch_id(True),
    Column("name", Text, primary_key=True),
    Column("position", Integer, nullable=False),
    # government / department / other, or "" to go by the report (spec §8 agency_kind).
    Column("kind", String(20), nullable=False, default="", server_default=""),
    Column("deadline", Date, nullable=True),
    # missing / received are what the files say; returned / passed what the office decided (and wrote remarks for).
    Column("status", String(20), nullable=False, default="", server_default=""),
    Column("status_at", DateTime, nullable=True),
)

# Every file an intake met, once per SHA-256: taken for a unit (this year's or last year's), waiting for a person to
# confirm a doubtful name, or not taken with the reason. The report as read is kept, so the window opens it
# read-only and a later review needs neither the file nor another reading.
review_file = Table(
    "review_file",
    metadata,
    _batch_id(True),
    Column("sha256", String(64), primary_key=True),
    Column("name", Text, nullable=False),
    Column("kind", String(20), nullable=False, default="", server_default=""),
    # taken / previous / doubtful / rejected
    Column("outcome", String(20), nullable=False),
    Column("unit", Text, nullable=True),
    Column("reason", Text, nullable=False, default="", server_default=""),
    Column("version", Integer, nullable=True),  # the signed version a submission package names
    Column("intake", Integer, nullable=False, default=0, server_default="0"),
    Column("taken_at", DateTime, nullable=False, default=utc_now),
    # domain.report_snapshot's text of the report read, and its SHA-256 checked on every load.
    Column("content", Text, nullable=True),
    Column("content_sha256", String(64), nullable=True),
)

# The remarks (审核意见, spec §12) written for a unit when it was returned or passed: what was sent, kept as sent.
review_remark = Table(
    "review_remark",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _batch_id(False),
    Column("unit", Text, nullable=False),
    Column("written_at", DateTime, nullable=False, default=utc_now),
    Column("verdict", String(20), nullable=False),
    Column("path", Text, nullable=False, default="", server_default=""),
    Column("content", Text, nullable=False),
    Index("ix_review_remark_unit", "batch_id", "unit"),
    sqlite_autoincrement=True,
)

# Who changed what and when (spec §14): one row per write, in the write's own transaction, never updated. No
# foreign key: the log outlives a deleted report (its deletion is the last entry).
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("report_id", Integer, nullable=False),
    Column("at", DateTime, nullable=False, default=utc_now),
    # The name the clerk gave the program (its settings); the caller says it, storage never guesses it.
    Column("user_name", Text, nullable=False, default="", server_default=""),
    # The database's own login (a PostgreSQL role), which the clerk cannot type differently; "" for a file.
    Column("db_user", Text, nullable=False, default="", server_default=""),
    # storage.audit.ACTIONS
    Column("action", String(20), nullable=False),
    Column("revision", Integer, nullable=True),
    # JSON: what the write touched (fields, meta, sections, headings, cells, acknowledged; a version's id).
    Column("what", Text, nullable=False, default="", server_default=""),
    Index("ix_audit_log_report", "report_id", "id"),
    sqlite_autoincrement=True,
)

# Who has a report open (spec §14 “张三 正在编辑 · 表三 · 10:42”): a row per program and report, trusted only
# while the holder's session-level advisory lock is held (storage/postgres.py), so a killed program's row is
# ignored and then cleared. A SQLite file has one program at a time and writes none.
report_presence = Table(
    "report_presence",
    metadata,
    _report_id(),
    # The holding database session (PostgreSQL's backend process id).
    Column("holder", Integer, primary_key=True, autoincrement=False),
    Column("session", String(40), nullable=False),
    Column("user_name", Text, nullable=False),
    # What the clerk is on (a section or table id, or a page name the window chooses).
    Column("part", Text, nullable=False, default="", server_default=""),
    Column("since", DateTime, nullable=False),
)
