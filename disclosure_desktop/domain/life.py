"""The report's life after drafting (spec §12): 起草 → 已签发 → 已报送 → 退回修改 / 已通过 → 已发布, each state
derived from what is stored — the signed versions, the working copy against the latest signed one, the packages
made, the remarks opened and their verdict, the publication recorded — never kept as a state of its own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.versions import PUBLISHED, SUBMITTED, VersionInfo
from disclosure_desktop.messages import message


class LifeState(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    CHANGED = "changed"  # signed, and the working copy differs from the signed version since
    SUBMITTED = "submitted"
    RETURNED = "returned"
    PASSED = "passed"
    PUBLISHED = "published"


# As the spec names them: what a package's report.json states in `meta.state`, whatever the UI language.
STATE_NAMES = {
    LifeState.DRAFT: "起草", LifeState.SIGNED: "已签发", LifeState.CHANGED: "已签发 · 之后有修改",
    LifeState.SUBMITTED: "已报送", LifeState.RETURNED: "退回修改", LifeState.PASSED: "已通过",
    LifeState.PUBLISHED: "已发布",
}

# What happened after 签发 are events of the versions' kinds SUBMITTED, REMARKS and PUBLISHED (domain.versions).
# The verdicts a remarks file states (spec §12).
VERDICT_RETURNED, VERDICT_PASSED = "退回修改", "通过"
VERDICTS = (VERDICT_RETURNED, VERDICT_PASSED)

# What a package adds to report.json's meta about the signed version; it describes the package, not the report,
# so reading a package back leaves these out (the report is then exactly the one signed).
PACKAGE_META_KEYS = ("state", "signed_version", "signed_by", "signed_on", "reviewed_by", "reviewed_on")


def state_label(state: LifeState | str) -> str:
    """起草 / 已签发 / … in the UI language."""
    return message(f"life.state.{LifeState(state).value}")


@dataclass(frozen=True)
class LifeEvent:
    """Something that happened to a signed version: a package made, remarks opened, the publication recorded."""

    kind: str  # a kind of domain.versions: SUBMITTED / REMARKS / PUBLISHED
    at: dt.datetime  # aware, UTC
    version_id: int | None  # the signed version it concerns (None: the report had none)
    verdict: str = ""  # remarks only


def derive_state(signed_version: int | None, changed: bool, events: Iterable[LifeEvent]) -> LifeState:
    """The state of a report: 起草 until signed; 已签发 · 之后有修改 while the working copy differs from the latest
    signed version; otherwise what last happened to that version (a package, remarks and their verdict, the
    publication), or 已签发 when nothing has yet."""
    if signed_version is not None and changed:
        return LifeState.CHANGED
    mine = sorted((e for e in events if e.version_id == signed_version), key=lambda e: e.at)
    if not mine:
        return LifeState.DRAFT if signed_version is None else LifeState.SIGNED
    last = mine[-1]
    if last.kind == SUBMITTED:
        return LifeState.SUBMITTED
    if last.kind == PUBLISHED:
        return LifeState.PUBLISHED
    return LifeState.PASSED if last.verdict == VERDICT_PASSED else LifeState.RETURNED


@dataclass(frozen=True)
class Publication:
    """Where and when the report was published (发布), as the clerk recorded it; LATE goes by this date."""

    day: dt.date
    address: str
    recorded_at: dt.datetime
    version_id: int | None


@dataclass(frozen=True)
class RemarkItem:
    """One item of a remarks file: at a cell, a part or the whole report; `key` names its 已整改 mark."""

    key: str
    rule: str
    location: str
    cells: tuple[str, ...]
    message: str


@dataclass(frozen=True)
class OpenedRemarks:
    """A remarks file (审核意见) as it was opened on the report."""

    id: int
    file_name: str
    opened_at: dt.datetime
    reviewer: str
    date: str
    verdict: str
    version: int | None  # the version the file names (None: the office read no package)
    items: tuple[RemarkItem, ...]


@dataclass(frozen=True)
class ReportLife:
    """Everything the state and the window need of a report's life, read in one go."""

    signed: VersionInfo | None  # the latest signed version
    working_sha256: str | None  # the stored working copy's content digest
    events: tuple[LifeEvent, ...] = ()
    remarks: OpenedRemarks | None = None  # the latest remarks file opened
    publication: Publication | None = None  # the latest publication recorded

    @property
    def changed(self) -> bool:
        """The working copy differs from the latest signed version."""
        return self.signed is not None and self.working_sha256 != self.signed.content_sha256

    @property
    def state(self) -> LifeState:
        return self.state_if(self.changed)

    def state_if(self, changed: bool) -> LifeState:
        """The state with the working copy as it is on screen (changed or not since the stored one)."""
        return derive_state(self.signed.id if self.signed else None, changed, self.events)

    @property
    def published_on(self) -> dt.date | None:
        return self.publication.day if self.publication else None


def same_content(a: Report, b: Report) -> bool:
    """What report_snapshot's digest compares, compared directly: fast enough to run after every keystroke."""
    return (a.format_id, a.agency, a.year, a.title, a.is_example, a.meta, a.sections, a.headings, a.cells,
            a.acknowledged) == (b.format_id, b.agency, b.year, b.title, b.is_example, b.meta, b.sections,
                                b.headings, b.cells, b.acknowledged)
