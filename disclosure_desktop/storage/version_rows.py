"""Saved versions in the report_version table: written once, never updated, their digest checked on every read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, Row, func, insert, select

from disclosure_desktop.domain import report_snapshot
from disclosure_desktop.domain import versions as kinds
from disclosure_desktop.domain.limits import MAX_NAME_CHARS, clean_text
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.versions import VersionInfo
from disclosure_desktop.messages import ReportDataError
from disclosure_desktop.storage.errors import StorageError, VersionNotFound
from disclosure_desktop.storage.schema import inserted_id, report_version, utc_now


def _naive_utc(at: dt.datetime | None) -> dt.datetime:
    if at is None:
        return utc_now().replace(microsecond=0)
    return at.astimezone(dt.UTC).replace(tzinfo=None, microsecond=0)


def checked_name(name: str, *, required: bool = False) -> str:
    name = " ".join(clean_text(name).split())
    if required and not name:
        raise ReportDataError("version.no_signer")
    if len(name) > MAX_NAME_CHARS:
        raise ReportDataError("limit.too_long", field=name[:10] + "…", limit=MAX_NAME_CHARS, length=len(name))
    return name


def add(conn: Connection, report: Report, kind: str, name: str, *, signed_by: str = "", reviewed_by: str = "",
        reviewed_on: dt.date | None = None, at: dt.datetime | None = None) -> int:
    """Insert one version of `report` (its id names the report) in the caller's transaction."""
    content = report_snapshot.to_json(report)
    done = conn.execute(insert(report_version).values(
        report_id=report.id, created_at=_naive_utc(at), kind=kind, name=checked_name(name), content=content,
        content_sha256=report_snapshot.digest(content), report_revision=report.revision, signed_by=signed_by,
        reviewed_by=checked_name(reviewed_by), reviewed_on=reviewed_on,
    ))
    return inserted_id(done)


def _info(row: Row) -> VersionInfo:
    return VersionInfo(row.id, row.report_id, row.created_at.replace(tzinfo=dt.UTC), row.kind, row.name,
                       row.signed_by, row.report_revision, row.content_sha256, row.reviewed_by, row.reviewed_on)


def review_day(reviewed_by: str, reviewed_on: dt.date | None, at: dt.datetime | None) -> dt.date | None:
    """The day the reviewer 审核'd: as the clerk gave it, else the signing day where the clerk is; none unreviewed."""
    if not reviewed_by:
        return None
    if reviewed_on is not None:
        return reviewed_on
    return (at or dt.datetime.now(dt.UTC)).astimezone().date()


def not_found(report_id: int | None, version_id: int) -> VersionNotFound:
    if report_id is None:
        return VersionNotFound("version.not_found", version=version_id)
    return VersionNotFound("version.not_of_report", version=version_id, id=report_id)


def listed(conn: Connection, report_id: int) -> list[VersionInfo]:
    rows = conn.execute(
        select(report_version).where(report_version.c.report_id == report_id)
        .order_by(report_version.c.created_at.desc(), report_version.c.id.desc())
    )
    return [_info(row) for row in rows]


def info(conn: Connection, version_id: int) -> VersionInfo:
    row = conn.execute(select(report_version).where(report_version.c.id == version_id)).first()
    if row is None:
        raise not_found(None, version_id)
    return _info(row)


def load(conn: Connection, version_id: int) -> Report:
    row = conn.execute(select(report_version).where(report_version.c.id == version_id)).first()
    if row is None:
        raise not_found(None, version_id)
    if report_snapshot.digest(row.content) != row.content_sha256:
        raise StorageError("version.damaged", version=version_id)
    try:
        report = report_snapshot.from_json(row.content)
    except (ValueError, KeyError, TypeError):
        raise StorageError("version.damaged", version=version_id) from None
    report.id, report.revision = row.report_id, row.report_revision
    return report


@dataclass(frozen=True)
class LatestSigned:
    """What the report list needs of a report's newest signed version."""

    id: int
    at: dt.datetime  # naive UTC, as stored
    by: str
    revision: int
    content_sha256: str


def latest_signed(conn: Connection) -> dict[int, LatestSigned]:
    """report id → its newest signed version."""
    newest = (
        select(report_version.c.report_id, func.max(report_version.c.id).label("vid"))
        .where(report_version.c.kind == kinds.SIGNED)
        .group_by(report_version.c.report_id)
        .subquery()
    )
    rows = conn.execute(
        select(report_version.c.report_id, report_version.c.id, report_version.c.created_at,
               report_version.c.signed_by, report_version.c.report_revision, report_version.c.content_sha256)
        .join(newest, report_version.c.id == newest.c.vid)
    )
    return {row.report_id: LatestSigned(row.id, row.created_at, row.signed_by, row.report_revision,
                                        row.content_sha256) for row in rows}


def latest_signed_info(conn: Connection, report_id: int) -> VersionInfo | None:
    row = conn.execute(
        select(report_version).where(report_version.c.report_id == report_id, report_version.c.kind == kinds.SIGNED)
        .order_by(report_version.c.id.desc()).limit(1)
    ).first()
    return _info(row) if row is not None else None


def refuse_resigning(conn: Connection, report: Report) -> None:
    """Signing the very content that is already signed would only make a second, identical record."""
    digest = report_snapshot.digest(report_snapshot.to_json(report))
    row = conn.execute(
        select(report_version).where(report_version.c.report_id == report.id,
                                     report_version.c.kind == kinds.SIGNED,
                                     report_version.c.content_sha256 == digest)
        .order_by(report_version.c.id.desc()).limit(1)
    ).first()
    if row is not None:
        raise ReportDataError("version.already_signed", version=row.id, by=row.signed_by,
                              time=_info(row).local_time)
