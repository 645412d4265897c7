"""The append-only audit log (spec §14): who changed what and when, one entry written in each write's own
transaction — so an entry exists exactly when its change does — and read per report, newest first."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, insert, select

from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.storage import dialect
from disclosure_desktop.storage.schema import audit_log, utc_now

# What a write did to a report (the versions dialog words them); restoring a version is a snapshot (恢复前) and an
# edit, as the window does it.
CREATE, EDIT, DUPLICATE, DELETE, SNAPSHOT, SIGN = "create", "edit", "duplicate", "delete", "snapshot", "sign"
# The report's life after 签发 (spec §12): a package made, a remarks file opened, the publication recorded.
SUBMIT, REMARKS, PUBLISH = "submit", "remarks", "publish"
ACTIONS = (CREATE, EDIT, DUPLICATE, DELETE, SNAPSHOT, SIGN, SUBMIT, REMARKS, PUBLISH)


@dataclass(frozen=True)
class AuditEntry:
    """One write to a report: who (the clerk's name and the database login), when, what it touched."""

    id: int
    report_id: int
    at: dt.datetime  # aware, UTC
    user_name: str
    db_user: str
    action: str
    revision: int | None  # the working copy's revision after the write (None: deleted)
    what: dict[str, Any] = field(default_factory=dict)

    @property
    def cells(self) -> list[str]:
        return list(self.what.get("cells", []))

    @property
    def sections(self) -> list[str]:
        return sorted(set(self.what.get("sections", [])) | set(self.what.get("headings", [])))


def touched(changes: Changes) -> dict[str, list[str]]:
    """The keys a batch of edits touched, per kind (the values are in the versions; the log says what and who)."""
    kinds = {
        "fields": changes.fields, "meta": changes.meta, "sections": changes.sections,
        "headings": changes.headings, "cells": changes.cells, "acknowledged": changes.acknowledged,
        "remarks_fixed": changes.remarks_fixed,
    }
    return {kind: sorted(keys) for kind, keys in kinds.items() if keys}


def record(conn: Connection, report_id: int, user_name: str, action: str, revision: int | None,
           what: Mapping[str, Any] | None = None) -> None:
    """Append one entry in the caller's transaction (rolled back with it, committed with it)."""
    if action not in ACTIONS:
        raise ValueError(action)
    conn.execute(insert(audit_log).values(
        report_id=report_id, at=utc_now(), user_name=user_name, db_user=dialect.of(conn).session_user_sql(),
        action=action, revision=revision,
        what=json.dumps(what or {}, ensure_ascii=False, separators=(",", ":"), sort_keys=True),
    ))


def entries(conn: Connection, report_id: int, limit: int | None = None) -> list[AuditEntry]:
    """The report's entries, newest first."""
    query = (select(audit_log).where(audit_log.c.report_id == report_id)
             .order_by(audit_log.c.id.desc()).limit(limit))
    out = []
    for row in conn.execute(query):
        try:
            what = json.loads(row.what) if row.what else {}
        except ValueError:
            what = {}
        out.append(AuditEntry(row.id, row.report_id, row.at.replace(tzinfo=dt.UTC), row.user_name, row.db_user,
                              row.action, row.revision, what if isinstance(what, dict) else {}))
    return out
