"""One line of the report list (also its 签发 state), read without loading texts and cells."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from disclosure_desktop.domain.formats import all_formats
from disclosure_desktop.messages import message


@dataclass(frozen=True)
class ReportSummary:
    """One line of the report list, without loading texts and cells."""

    id: int
    agency: str
    year: int
    format_id: str
    display_title: str
    updated_at: dt.datetime  # aware, UTC
    is_example: bool
    revision: int = 0
    signed_at: dt.datetime | None = None  # of the latest signed (签发) version, aware UTC
    signed_by: str = ""
    signed_revision: int | None = None

    @property
    def signed(self) -> bool:
        return self.signed_at is not None

    @property
    def changed_since_signing(self) -> bool:
        return self.signed_revision is not None and self.revision != self.signed_revision

    @property
    def state(self) -> str:
        """草稿 / 已签发 in the UI language (spec §9 `list`)."""
        return message("state.signed" if self.signed else "state.draft")

    @property
    def format_known(self) -> bool:
        return self.format_id in all_formats()
