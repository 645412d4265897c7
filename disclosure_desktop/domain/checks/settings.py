"""The `[checks]` table of a format's data file: what the history and text rules look at in that format.

formats.py does not read this table (it is the checks' own data), so it is read here, keyed by format id.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import cache

from disclosure_desktop.domain.formats import PREAMBLE, ReportFormat
from disclosure_desktop.resource_files import resource_path


@dataclass(frozen=True)
class Stock:
    """stock = last year's stock + added − removed (T2-STOCK); cell ids."""

    stock: str
    added: str
    removed: str


@dataclass(frozen=True)
class CarryOver:
    """This year's `row` equals last year's `previous_row`, column by column (CARRY-OVER); cell-id prefixes."""

    row: str
    previous_row: str


@dataclass(frozen=True)
class CheckSettings:
    period_sections: tuple[str, ...]
    # None: every part of the report, preamble and signature included (spec §5: numbers anywhere).
    narrative_sections: tuple[str, ...] | None
    # None: every text section.
    fee_sections: tuple[str, ...] | None
    carry_over: tuple[CarryOver, ...] = ()
    stocks: tuple[Stock, ...] = ()
    copied_min_chars: int = 100
    copied_ratio: float = 0.9
    # The phrase book of NARRATIVE-NUMBER and FEE-NOTICE (resources/formats/claims/<name>.toml); "" for none.
    claims: str = ""
    # FEE-NOTICE: the cells of applications ended because a fee notice went unpaid.
    fee_unpaid_cells: tuple[str, ...] = ()
    # LATE: agency kind → legal deadline as "MM-DD" of the year after the report year.
    deadlines: dict[str, str] = field(default_factory=dict, hash=False)
    # REPETITION: the share of text repeated from last year above which evaluators deduct points.
    repetition_threshold: float = 0.5
    # Characters in a row that count as repeated (the convention of Chinese text-similarity checks).
    repetition_run: int = 13
    # Parts whose wording is prescribed and the same every year (preamble, signature) are left out.
    repetition_sections: tuple[str, ...] | None = None


@cache
def _raw_tables() -> dict[str, dict]:
    out: dict[str, dict] = {}
    for path in sorted(resource_path("formats").glob("*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        if "id" in data:
            out[data["id"]] = data.get("checks", {})
    return out


@cache
def settings_for(fmt: ReportFormat) -> CheckSettings:
    raw = _raw_tables().get(fmt.id, {})
    narrative = raw.get("narrative_sections")
    fee = raw.get("fee_sections")
    return CheckSettings(
        period_sections=tuple(raw.get("period_sections", (PREAMBLE,))),
        narrative_sections=tuple(narrative) if narrative is not None else None,
        fee_sections=tuple(fee) if fee is not None else None,
        carry_over=tuple(CarryOver(c["row"], c["previous_row"]) for c in raw.get("carry_over", ())),
        stocks=tuple(Stock(s["stock"], s["added"], s["removed"]) for s in raw.get("stocks", ())),
        copied_min_chars=int(raw.get("copied_min_chars", 100)),
        copied_ratio=float(raw.get("copied_ratio", 0.9)),
        claims=str(raw.get("claims", "")),
        fee_unpaid_cells=tuple(raw.get("fee_unpaid_cells", ())),
        deadlines=dict(raw.get("deadlines", {})),
        repetition_threshold=float(raw.get("repetition_threshold", 0.5)),
        repetition_run=int(raw.get("repetition_run", 13)),
        repetition_sections=tuple(rep) if (rep := raw.get("repetition_sections")) is not None else None,
    )
