"""Versions and 签发, once for every front end: save a version, sign, read a saved version, restore one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from disclosure_desktop.domain import versions as kinds
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.versions import VersionInfo

if TYPE_CHECKING:  # the store is handed in: workflows load no database code themselves
    from disclosure_desktop.storage.repository import ReportStore

WORKING = 0  # "the working copy" where a version id is expected (no stored version has id 0)


@dataclass(frozen=True)
class Restored:
    """A version about to become the working copy, and the 恢复前 version that keeps what it replaces."""

    report: Report
    before: int


def snapshot(store: ReportStore, report_id: int, name: str = "") -> int:
    """The working copy as a named version (手动); returns the version id."""
    return store.snapshot(report_id, kinds.MANUAL, name)


def sign(store: ReportStore, report_id: int, by: str, *, reviewed_by: str = "",
         reviewed_on: dt.date | None = None) -> int:
    """签发: freeze the working copy as the signed version; returns the version id."""
    return store.sign(report_id, by, reviewed_by=reviewed_by, reviewed_on=reviewed_on)


def listed(store: ReportStore, report_id: int) -> list[VersionInfo]:
    return store.versions(report_id)


def saved(store: ReportStore, report_id: int, version_id: int) -> tuple[Report, VersionInfo]:
    """A saved version of the report, exactly as it was kept (its digest checked), and what it is."""
    return store.load_version_of(report_id, version_id)


def restore_version(store: ReportStore, report_id: int, version_id: int) -> Restored:
    """Keep the working copy as 恢复前, then hand back the version to become the working copy.

    The caller applies it through the report's edit session as one step (the window: Edit ▸ Undo takes it back),
    which writes it like any other edit — there is no second way a restore reaches the database.
    """
    report, _info = store.load_version_of(report_id, version_id)
    before = store.snapshot(report_id, kinds.BEFORE_RESTORE, "")
    return Restored(report, before)
