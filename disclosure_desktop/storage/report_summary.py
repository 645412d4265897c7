"""One line of the report list (also its state after drafting), read without loading texts and cells."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from disclosure_desktop.domain.formats import all_formats
from disclosure_desktop.domain.life import LifeState, state_label


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
    life_state: LifeState = LifeState.DRAFT  # spec §12, from the stored facts (domain.life.derive_state)

    @property
    def signed(self) -> bool:
        return self.signed_at is not None

    @property
    def changed_since_signing(self) -> bool:
        """The working copy's content differs from the newest signed version's (an undone edit is no change)."""
        return self.life_state == LifeState.CHANGED

    @property
    def state(self) -> str:
        """起草 / 已签发 / 已签发 · 之后有修改 / 已报送 / 退回修改 / 已通过 / 已发布 in the UI language (spec §12)."""
        return state_label(self.life_state)

    @property
    def format_known(self) -> bool:
        return self.format_id in all_formats()
