"""Tables of the report database, declared once so that migrations, the repository and drift tests agree."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, String, Text, func
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


def utc_now() -> dt.datetime:
    # Stored naive (SQLite has no time zone type) but always UTC; the repository adds the zone back on reading.
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class ReportRow(Base):
    __tablename__ = "report"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    agency: Mapped[str] = mapped_column(Text, nullable=False)
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    format_id: Mapped[str] = mapped_column(String(40), nullable=False)
    title: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    is_example: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False, server_default="0")
    created_at: Mapped[dt.datetime] = mapped_column(
        DateTime, nullable=False, default=utc_now, server_default=func.current_timestamp()
    )
    updated_at: Mapped[dt.datetime] = mapped_column(
        DateTime, nullable=False, default=utc_now, server_default=func.current_timestamp()
    )
    # Raised by every write: a writer that saw an older revision has been overtaken by another window.
    revision: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    # SHA-256 of the report's content (domain.report_snapshot), renewed by every write and checked on every
    # load: a text damaged on disk into other valid characters passes integrity_check, but not this.
    content_sha256: Mapped[str | None] = mapped_column(String(64), nullable=True)

    __table_args__ = (
        # previous_year() looks reports up by agency and year; the start page lists them by last change.
        Index("ix_report_agency_year", "agency", "year"),
        Index("ix_report_updated_at", "updated_at"),
        # Never reuse the id of a deleted report: app_state and open windows may still name it.
        {"sqlite_autoincrement": True},
    )


class ReportMetaRow(Base):
    __tablename__ = "report_meta"

    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), primary_key=True)
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class SectionTextRow(Base):
    __tablename__ = "section_text"

    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), primary_key=True)
    section_id: Mapped[str] = mapped_column(String(80), primary_key=True)
    text: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    # The clerk's own heading for the section; empty means the format's heading.
    heading: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")


class CellRow(Base):
    __tablename__ = "cell"

    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), primary_key=True)
    cell_id: Mapped[str] = mapped_column(String(120), primary_key=True)
    # Canonical text as the clerk or a file stated it (see domain.values), so invalid input survives to be checked.
    value: Mapped[str] = mapped_column(Text, nullable=False)
    # A domain.report.CellSource value.
    source: Mapped[str] = mapped_column(String(20), nullable=False, default="typed", server_default="typed")


class AppStateRow(Base):
    __tablename__ = "app_state"

    key: Mapped[str] = mapped_column(String(120), primary_key=True)
    value: Mapped[str] = mapped_column(Text, nullable=False)


class AcknowledgementRow(Base):
    """A warning the clerk set aside, with the reason (spec §5); the key is `RULE@location`."""

    __tablename__ = "acknowledgement"

    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), primary_key=True)
    problem_key: Mapped[str] = mapped_column(String(200), primary_key=True)
    reason: Mapped[str] = mapped_column(Text, nullable=False)


class ReportVersionRow(Base):
    """A saved state of a report (spec §9 `versions`): its full content as JSON, never changed once written."""

    __tablename__ = "report_version"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("report.id", ondelete="CASCADE"), nullable=False)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, nullable=False, default=utc_now)
    # manual / export / signed / before_restore (domain.versions.KINDS)
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    name: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")
    # The report as domain.report_snapshot writes it; its SHA-256 proves on every reading that it is unchanged.
    content: Mapped[str] = mapped_column(Text, nullable=False)
    content_sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    # The working copy's revision when the version was taken: "changed since signing" is a comparison of two ints.
    report_revision: Mapped[int] = mapped_column(Integer, nullable=False, default=0, server_default="0")
    signed_by: Mapped[str] = mapped_column(Text, nullable=False, default="", server_default="")

    __table_args__ = (
        Index("ix_report_version_report", "report_id", "created_at"),
        {"sqlite_autoincrement": True},
    )
