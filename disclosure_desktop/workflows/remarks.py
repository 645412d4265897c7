"""The 公开办's remarks (审核意见, spec §12) opened on the unit's report, once for every front end: a file for
another agency, year or version is refused with the reason; its items are kept with the report (each until the
clerk marks it 已整改) and the report's state follows its verdict."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from disclosure_desktop.domain.remarks import kept_items, read_remarks, refuse_mismatch
from disclosure_desktop.messages import ReportDataError, os_error_text

if TYPE_CHECKING:  # the store is handed in: workflows load no database code themselves
    from disclosure_desktop.storage.repository import ReportStore


@dataclass(frozen=True)
class OpenedFile:
    """What opening a remarks file did: the remarks kept, how many items, the verdict; `again`: the same file was
    opened before, and nothing new was recorded."""

    remarks_id: int
    items: int
    verdict: str
    again: bool = False


def open_remarks(store: ReportStore, report_id: int, path: Path) -> OpenedFile:
    """Read the remarks file at `path`, judge it against the report and keep it (Report ▸ 打开审核意见, `remarks`)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ReportDataError("cli.file_unreadable", path=path, detail=os_error_text(error)) from None
    remarks = read_remarks(data, path.name)
    report = store.load(report_id)
    life = store.life(report_id)
    signed = life.signed.id if life.signed else None
    refuse_mismatch(remarks, report, signed)
    digest = hashlib.sha256(data).hexdigest()
    known = store.remarks_opened(report_id, digest)
    if known is not None:
        return OpenedFile(known, len(remarks.items), remarks.verdict, again=True)
    items = kept_items(remarks, report)
    # Named in the verdict's own words (the spec's, Chinese in every file), whatever the UI language.
    entry = f"{remarks.verdict} · {remarks.reviewer or '—'} · {len(items)}"
    remarks_id = store.record_remarks(
        report_id, signed, file_name=path.name, file_sha256=digest, stated_version=remarks.version,
        reviewer=remarks.reviewer, reviewed_on=remarks.date, verdict=remarks.verdict,
        content=data.decode("utf-8-sig"), items=items, entry_name=entry, at=None)
    return OpenedFile(remarks_id, len(items), remarks.verdict)
