"""发布, once for every front end: where and when the report was published, recorded for the signed version that
was published (spec §12); the LATE rule then goes by this date."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from disclosure_desktop.domain.limits import MAX_META_CHARS, clean_text
from disclosure_desktop.messages import ReportDataError

if TYPE_CHECKING:  # the store is handed in: workflows load no database code themselves
    from disclosure_desktop.storage.repository import ReportStore

# A web address as clerks copy it from the browser, with or without http(s):// (www.xx.gov.cn/art/…).
_ADDRESS = re.compile(r"(?:https?://)?[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:[/?#]\S*)?", re.IGNORECASE)


def checked_address(address: str) -> str:
    address = clean_text(address).strip()
    if not address:
        raise ReportDataError("publish.no_address")
    if len(address) > MAX_META_CHARS or not _ADDRESS.fullmatch(address):
        raise ReportDataError("publish.bad_address", address=address[:80])
    return address


def publish(store: ReportStore, report_id: int, day: dt.date, address: str) -> int:
    """Record the publication of the report's signed version on `day` at `address`; returns the record's id.

    Refused before the statistical period ends, without a signed version, and while the working copy differs
    from it: what is published must be what was signed.
    """
    address = checked_address(address)
    report = store.load(report_id)
    if day <= dt.date(report.year, 12, 31):
        raise ReportDataError("publish.too_early", day=day.isoformat(), year=report.year)
    life = store.life(report_id)
    if life.signed is None:
        raise ReportDataError("publish.unsigned", id=report_id)
    if life.changed:
        raise ReportDataError("publish.changed", id=report_id, version=life.signed.id)
    return store.record_publication(report_id, life.signed.id, day, address)
