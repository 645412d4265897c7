"""What a check reports: a problem with its place in the report, the cells it concerns, the obvious repair if any,
and the clerk's reason when a warning was acknowledged."""

from __future__ import annotations

from collections.abc import Iterable
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
     "FORMAT-VERSION", "LATE", "REPETITION", "FEE-NOTICE"}
)
RULES = ERRORS | WARNINGS

# Locations that are neither a cell id nor a section id.
TITLE = "title"
AGENCY = "agency"
FORMAT = "format"
PUBLISHED = "published_on"  # the metadata's publication date (LATE)
REPORT = "report"  # the report as a whole (REPETITION)


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
    # The clerk's reason for setting this warning aside (spec §5); None while it counts.
    acknowledged: str | None = None
    # An item of the 公开办's remarks (spec §12) rather than the program's own finding: its key (domain.remarks);
    # `acknowledged` then holds the day it was marked 已整改.
    remark: str = ""
    # Where in the text of `section_id` the problem is: (offset, length) in characters of the stored text, for a
    # problem about words (a figure the text states, a placeholder); the editor underlines and selects them.
    spans: tuple[tuple[int, int], ...] = ()

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def key(self) -> str:
        """`RULE@location`: how an acknowledgement names the problem, in the report and in its JSON (a remark:
        `REMARK#key`, apart from the program's own problem at the same place)."""
        return f"REMARK#{self.remark}" if self.remark else f"{self.rule}@{self.location}"

    @property
    def counts(self) -> bool:
        """Whether the problem still counts: every error, and every warning not acknowledged."""
        return self.is_error or self.acknowledged is None


def can_acknowledge(problem: Problem) -> bool:
    """Only a warning can be set aside with a reason; an error stays listed until it is fixed. A remark of the
    公开办 is marked 已整改 instead."""
    return not problem.is_error and not problem.remark


def tally(problems: Iterable[Problem]) -> tuple[int, int, int]:
    """(errors, warnings that count, acknowledged warnings)."""
    errors = warnings = acknowledged = 0
    for p in problems:
        if p.is_error:
            errors += 1
        elif p.acknowledged is None:
            warnings += 1
        else:
            acknowledged += 1
    return errors, warnings, acknowledged


def severity_of(rule: str) -> Severity:
    # A rule id declared only in a format's data (a future table's sums) is arithmetic, hence an error.
    return "warning" if rule in WARNINGS else "error"
