"""REPETITION: how much of this year's text repeats the same agency's report of last year, for the whole report and
for each part — the 重复率 evaluators score ("与上年度重复率大于50%" loses points).

A character counts as repeated when it lies in a run of `repetition_run` characters (13, as in the usual Chinese
text-similarity checks) that also occurs anywhere in last year's text, punctuation and spaces left out and every
figure counted as the same figure, so that last year's text with its numbers updated still counts as repeated.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from disclosure_desktop.domain.formats import CLOSING, PREAMBLE
from disclosure_desktop.domain.report import Report
from disclosure_desktop.messages.checks import msg

from .context import Context
from .history import normalise
from .problem import REPORT, Problem
from .settings import CheckSettings, settings_for

SEPARATOR = _SEPARATOR = "\x00"  # between last year's parts: a run never spans two of them


@dataclass(frozen=True)
class PartRepetition:
    section_id: str
    chars: int
    repeated: int

    @property
    def rate(self) -> float:
        return self.repeated / self.chars if self.chars else 0.0


@dataclass(frozen=True)
class Repetition:
    """The whole report's rate (None when it has no text yet), each part's, and the threshold they are held to."""

    previous_year: int
    chars: int
    repeated: int
    parts: tuple[PartRepetition, ...]
    threshold: float

    @property
    def rate(self) -> float | None:
        return self.repeated / self.chars if self.chars else None

    @property
    def too_high(self) -> bool:
        rate = self.rate
        return rate is not None and rate > self.threshold


@lru_cache(maxsize=32)
def _runs(text: str, n: int) -> frozenset[str]:
    return frozenset(
        run for i in range(len(text) - n + 1) if _SEPARATOR not in (run := text[i : i + n])
    )


@lru_cache(maxsize=256)
def _repeated(text: str, previous: str, n: int) -> int:
    """How many characters of `text` lie in an n-character run that `previous` also holds."""
    if len(text) < n:
        return 0
    runs = _runs(previous, n)
    repeated = reach = 0
    for i in range(len(text) - n + 1):
        if text[i : i + n] in runs:
            repeated += i + n - max(i, reach)
            reach = i + n
    return repeated


def repeated_chars(text: str, other: str, n: int) -> int:
    """How many characters of the normalised `text` lie in an n-character run that `other` also holds (parts of
    `other` joined by SEPARATOR never make a run across the join); the desk's 雷同 between units measures the same."""
    return _repeated(text, other, n)


def _sections(settings: CheckSettings, report: Report) -> list[str]:
    if settings.repetition_sections is not None:
        return list(settings.repetition_sections)
    return [s.id for s in report.format.sections]


def _previous_text(previous: Report) -> str:
    return _SEPARATOR.join(
        normalise(text) for sid, text in previous.sections.items() if sid not in (PREAMBLE, CLOSING) and text
    )


def measure_repetition(
    report: Report, previous: Report | None, threshold: float | None = None
) -> Repetition | None:
    """The repetition of `report` against last year's report of the same agency; None without one to compare."""
    if previous is None or previous.year != report.year - 1:
        return None
    settings = settings_for(report.format)
    n = settings.repetition_run
    before = _previous_text(previous)
    parts = []
    for sid in _sections(settings, report):
        now = normalise(report.text(sid))
        if now:
            parts.append(PartRepetition(sid, len(now), _repeated(now, before, n)))
    return Repetition(
        previous_year=previous.year,
        chars=sum(p.chars for p in parts),
        repeated=sum(p.repeated for p in parts),
        parts=tuple(parts),
        threshold=settings.repetition_threshold if threshold is None else threshold,
    )


def percent(rate: float) -> str:
    return f"{round(rate * 100)}%"


def check_repetition(ctx: Context) -> Iterator[Problem]:
    found = measure_repetition(ctx.report, ctx.previous, ctx.repetition_threshold)
    if found is None or not found.too_high:
        return
    worst = max(found.parts, key=lambda p: p.rate)
    message = msg(
        "repetition", prev_year=found.previous_year, rate=percent(found.rate or 0.0),
        threshold=percent(found.threshold), section=ctx.heading(worst.section_id), part_rate=percent(worst.rate),
    )
    # About the whole report; the clerk is taken to the part repeated most, where rewriting helps most.
    yield ctx.problem("REPETITION", REPORT, message, worst.section_id)
