"""What a check reports: a problem with its place in the report and, when the repair is obvious, the repair."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]

# Rule ids are stable (spec §5): the GUI, the CLI and saved ignore-lists refer to them.
ERRORS = frozenset(
    {"T3-ROW-TOTAL", "T3-RESULT-TOTAL", "T3-BALANCE", "T4-TOTAL", "VALUE", "CARRY-OVER", "SECTION-MISSING",
     "FEE-STATEMENT"}
)
WARNINGS = frozenset(
    {"BLANK-CELL", "T2-STOCK", "NARRATIVE-NUMBER", "COPIED-TEXT", "PLACEHOLDER", "PERIOD", "TITLE",
     "FORMAT-VERSION"}
)
RULES = ERRORS | WARNINGS

# Locations that are neither a cell id nor a section id.
TITLE = "title"
AGENCY = "agency"
FORMAT = "format"


@dataclass(frozen=True)
class Fix:
    """An obvious repair as data: the texts to write into cells; `label` says it in the UI language."""

    label: str
    # Not part of the hash: a dict is unhashable, and the label already tells repairs apart.
    cells: dict[str, str] = field(default_factory=dict, hash=False)


@dataclass(frozen=True)
class Problem:
    severity: Severity
    rule: str
    location: str
    message: str
    section_id: str
    cell_ids: tuple[str, ...] = ()
    fix: Fix | None = None

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def severity_of(rule: str) -> Severity:
    # A rule id declared only in a format's data (a future table's sums) is arithmetic, hence an error.
    return "warning" if rule in WARNINGS else "error"
