"""The report's life in its tables (spec §12): packages made, remarks opened with their items and 已整改 marks,
publications recorded — each written with its entry among the report's versions, in the caller's transaction."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, and_, literal, select, update

from disclosure_desktop.domain import versions as kinds
from disclosure_desktop.domain.life import LifeEvent, OpenedRemarks, Publication, RemarkItem, ReportLife
from disclosure_desktop.domain.limits import MAX_NAME_CHARS
from disclosure_desktop.domain.report import Report
from disclosure_desktop.storage import version_rows
from disclosure_desktop.storage.schema import (
    inserted_id,
    report_publication,
    report_remark_item,
    report_remarks,
    report_submission,
    utc_now,
)
from disclosure_desktop.storage.schema import report as report_table


def _aware(value: dt.datetime) -> dt.datetime:
    return value.replace(tzinfo=dt.UTC)


def _naive(at: dt.datetime | None) -> dt.datetime:
    return (at.astimezone(dt.UTC).replace(tzinfo=None) if at else utc_now()).replace(microsecond=0)


def _entry(name: str) -> str:
    """A name for the entry among the versions, within a version name's limit (the record keeps it whole)."""
    name = " ".join(name.split())
    return name if len(name) <= MAX_NAME_CHARS else name[: MAX_NAME_CHARS - 1] + "…"


def remark_key(remarks_id: int, position: int) -> str:
    return f"{remarks_id}.{position}"


def _split_key(key: str) -> tuple[int, int] | None:
    first, _, second = key.partition(".")
    return (int(first), int(second)) if first.isdigit() and second.isdigit() else None


# --- writing ------------------------------------------------------------------------------------------------------

def add_submission(conn: Connection, signed: Report, version_id: int, file_name: str, package_sha256: str,
                   manifest: str, at: dt.datetime | None) -> int:
    """A package made of the signed version `version_id` (whose content `signed` is), and its entry."""
    when = _naive(at)
    version_rows.add(conn, signed, kinds.SUBMITTED, _entry(file_name), at=when.replace(tzinfo=dt.UTC))
    done = conn.execute(report_submission.insert().values(
        report_id=signed.id, version_id=version_id, made_at=when, file_name=file_name,
        package_sha256=package_sha256, manifest=manifest))
    return inserted_id(done)


def add_remarks(conn: Connection, concerned: Report, version_id: int | None, *, file_name: str, file_sha256: str,
                stated_version: int | None, reviewer: str, reviewed_on: str, verdict: str, content: str,
                items: list[dict[str, Any]], entry_name: str, at: dt.datetime | None) -> int:
    """A remarks file opened on the report, its items, and its entry (holding the content it concerns)."""
    when = _naive(at)
    version_rows.add(conn, concerned, kinds.REMARKS, _entry(entry_name), at=when.replace(tzinfo=dt.UTC))
    done = conn.execute(report_remarks.insert().values(
        report_id=concerned.id, version_id=version_id, opened_at=when, file_name=file_name, file_sha256=file_sha256,
        stated_version=stated_version, reviewer=reviewer, reviewed_on=reviewed_on, verdict=verdict,
        content=content))
    remarks_id = inserted_id(done)
    if items:
        conn.execute(report_remark_item.insert(), [
            {"remarks_id": remarks_id, "position": n, "rule": item["rule"], "location": item["location"],
             "cells": json.dumps(item["cells"], ensure_ascii=False), "message": item["message"]}
            for n, item in enumerate(items, 1)
        ])
    return remarks_id


def add_publication(conn: Connection, concerned: Report, version_id: int | None, day: dt.date, address: str,
                    at: dt.datetime | None) -> int:
    when = _naive(at)
    version_rows.add(conn, concerned, kinds.PUBLISHED, _entry(address), at=when.replace(tzinfo=dt.UTC))
    done = conn.execute(report_publication.insert().values(
        report_id=concerned.id, version_id=version_id, recorded_at=when, published_on=day, address=address))
    return inserted_id(done)


def apply_marks(conn: Connection, report_id: int, marks: Mapping[str, str]) -> None:
    """已整改 marks set ("YYYY-MM-DD") or taken back ("") by the report's edit session."""
    for key, day in marks.items():
        place = _split_key(key)
        if place is None:
            continue
        mine = select(report_remarks.c.id).where(report_remarks.c.id == place[0],
                                                 report_remarks.c.report_id == report_id)
        conn.execute(update(report_remark_item)
                     .where(report_remark_item.c.remarks_id.in_(mine), report_remark_item.c.position == place[1])
                     .values(fixed_on=dt.date.fromisoformat(day) if day else None))


# --- reading ------------------------------------------------------------------------------------------------------

def marks(conn: Connection, report_id: int) -> dict[str, str]:
    """Remark key → the day it was marked 已整改, for every marked item of the report."""
    rows = conn.execute(
        select(report_remark_item.c.remarks_id, report_remark_item.c.position, report_remark_item.c.fixed_on)
        .join(report_remarks, report_remarks.c.id == report_remark_item.c.remarks_id)
        .where(report_remarks.c.report_id == report_id, report_remark_item.c.fixed_on.is_not(None))
    )
    return {remark_key(row.remarks_id, row.position): row.fixed_on.isoformat() for row in rows}


def events(conn: Connection, report_id: int | None = None) -> dict[int, list[LifeEvent]]:
    """report id → what happened to its signed versions (every report, or the one asked for)."""
    found: dict[int, list[LifeEvent]] = {}
    tables = ((kinds.SUBMITTED, report_submission, report_submission.c.made_at),
              (kinds.REMARKS, report_remarks, report_remarks.c.opened_at),
              (kinds.PUBLISHED, report_publication, report_publication.c.recorded_at))
    for kind, table, at in tables:
        verdict = table.c.verdict if kind == kinds.REMARKS else literal("")
        query = select(table.c.report_id, at.label("at"), table.c.version_id, verdict.label("verdict"))
        if report_id is not None:
            query = query.where(table.c.report_id == report_id)
        for row in conn.execute(query):
            found.setdefault(row.report_id, []).append(LifeEvent(kind, _aware(row.at), row.version_id, row.verdict))
    return found


def _latest_remarks(conn: Connection, report_id: int) -> OpenedRemarks | None:
    row = conn.execute(select(report_remarks).where(report_remarks.c.report_id == report_id)
                       .order_by(report_remarks.c.opened_at.desc(), report_remarks.c.id.desc()).limit(1)).first()
    if row is None:
        return None
    items = conn.execute(select(report_remark_item).where(report_remark_item.c.remarks_id == row.id)
                         .order_by(report_remark_item.c.position))
    return OpenedRemarks(
        row.id, row.file_name, _aware(row.opened_at), row.reviewer, row.reviewed_on, row.verdict, row.stated_version,
        tuple(RemarkItem(remark_key(row.id, item.position), item.rule, item.location, tuple(json.loads(item.cells)),
                         item.message) for item in items))


def _latest_publication(conn: Connection, report_id: int) -> Publication | None:
    row = conn.execute(select(report_publication).where(report_publication.c.report_id == report_id)
                       .order_by(report_publication.c.recorded_at.desc(), report_publication.c.id.desc())
                       .limit(1)).first()
    if row is None:
        return None
    return Publication(row.published_on, row.address, _aware(row.recorded_at), row.version_id)


def life_of(conn: Connection, report_id: int) -> ReportLife:
    working = conn.scalar(select(report_table.c.content_sha256).where(report_table.c.id == report_id))
    signed = version_rows.latest_signed_info(conn, report_id)
    return ReportLife(signed, working, tuple(events(conn, report_id).get(report_id, [])),
                      _latest_remarks(conn, report_id), _latest_publication(conn, report_id))


def remarks_with_digest(conn: Connection, report_id: int, file_sha256: str) -> int | None:
    """The remarks already opened from a file with this SHA-256 (opening it again changes nothing)."""
    return conn.scalar(select(report_remarks.c.id).where(and_(report_remarks.c.report_id == report_id,
                                                              report_remarks.c.file_sha256 == file_sha256)))
