"""The columns of the summary table (spec §13), declared once for the window's table, the .xlsx and the CSV: one row
a unit — status, file, publication date and lateness, errors, warnings, each evaluator criterion, repetition from
its own last year, the highest likeness to another unit (and which), the rules it breaks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from disclosure_desktop.messages import message
from disclosure_desktop.review.batch import MISSING, STATUS_NAMES, UnitReview

Kind = Literal["text", "count", "rate", "date", "criterion"]
Value = str | int | float | dt.date | None


@dataclass(frozen=True)
class Column:
    id: str
    kind: Kind
    value: Callable[[UnitReview], Value]

    @property
    def header(self) -> str:
        return message(f"review.col.{self.id}")


def _late(row: UnitReview) -> str | None:
    if row.status == MISSING:
        return None
    if row.late:
        return message("review.late.yes")
    return message("review.late.no") if row.published_on else message("review.late.unknown")


def _criterion(cid: str) -> Callable[[UnitReview], Value]:
    def value(row: UnitReview) -> Value:
        return row.criterion(cid)

    return value


def _received(get: Callable[[UnitReview], Value]) -> Callable[[UnitReview], Value]:
    return lambda row: None if row.status == MISSING else get(row)


COLUMNS: tuple[Column, ...] = (
    Column("unit", "text", lambda r: r.name),
    Column("status", "text", lambda r: status_label(r.status)),
    Column("file", "text", lambda r: r.file),
    Column("published", "date", lambda r: r.published_on),
    Column("late", "text", _late),
    Column("errors", "count", _received(lambda r: r.errors)),
    Column("warnings", "count", _received(lambda r: r.warnings)),
    Column("identities", "criterion", _criterion("identities")),
    Column("text_tables", "criterion", _criterion("text_tables")),
    Column("carry_over", "criterion", _criterion("carry_over")),
    Column("repetition", "rate", lambda r: r.repetition),
    Column("similarity", "rate", lambda r: r.similar.rate if r.similar else None),
    Column("similar_unit", "text", lambda r: r.similar.unit if r.similar else None),
    Column("parts", "criterion", _criterion("parts")),
    Column("format", "criterion", _criterion("format")),
    Column("blank_cells", "criterion", _criterion("blank_cells")),
    Column("fees", "criterion", _criterion("fees")),
    Column("other", "criterion", _criterion("other")),
    Column("rules", "text", _received(lambda r: "、".join(r.rules))),
)
COLUMN_IDS = tuple(c.id for c in COLUMNS)


def status_label(status: str) -> str:
    """The status as the UI language names it (the JSON keeps spec §13's Chinese names)."""
    return message(f"review.status.{status}") if status in STATUS_NAMES else status


def criterion_label(status: str | None) -> str:
    return message(f"review.crit_status.{status}") if status else ""


def percent(rate: float | None) -> str:
    return "" if rate is None else f"{rate * 100:.0f}%"


def text_of(column: Column, row: UnitReview) -> str:
    """A cell as text (the CSV, the window's table): rates as percentages, dates ISO, criteria by their word."""
    return text_of_value(column, column.value(row))


def text_of_value(column: Column, value: Value) -> str:
    """`text_of` for a value already taken from its row."""
    if column.kind == "criterion":
        return criterion_label(value if isinstance(value, str) else None)
    if column.kind == "rate":
        return percent(value if isinstance(value, float) else None)
    if isinstance(value, dt.date):
        return value.isoformat()
    return "" if value is None else str(value)
