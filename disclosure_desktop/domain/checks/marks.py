"""Places in a part's text that something is said about — a figure the tables contradict, a placeholder left in,
later a reviewer's remark — as marks an editor can underline, explain and select."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from disclosure_desktop.domain.remarks import quoted_span
from disclosure_desktop.domain.report import Report

from .problem import Problem


@dataclass(frozen=True)
class TextMark:
    """`length` characters from `start` of the stored text of `section_id`, and what is said about them.

    `kind` is the problem's severity ("error" / "warning") or another source's word for itself ("remark");
    `text` is what the characters were when the mark was made, so an editor whose text has moved on since can
    tell the mark no longer fits; `key` names what made it (`RULE@location` for a problem).
    """

    section_id: str
    start: int
    length: int
    message: str
    kind: str
    text: str
    key: str = ""

    @property
    def end(self) -> int:
        return self.start + self.length


def problem_spans(problem: Problem, text: str) -> tuple[tuple[int, int], ...]:
    """Where in `text` (its section's) the problem is: the spans the check gave, else — a remark of the 公开办 —
    the sentence it quotes."""
    if problem.spans or not problem.remark:
        return problem.spans
    found = quoted_span(text, problem.message)
    return ((found[0], found[1] - found[0]),) if found is not None else ()


def problem_marks(problems: Iterable[Problem], report: Report) -> dict[str, list[TextMark]]:
    """{section id: its marks in text order} for every problem that still counts and says where in the text."""
    found: dict[str, list[TextMark]] = {}
    for problem in problems:
        if not problem.counts:
            continue
        text = report.text(problem.section_id)
        kind = "remark" if problem.remark else problem.severity
        for start, length in problem_spans(problem, text):
            if start >= 0 and start + length <= len(text) and length > 0:
                found.setdefault(problem.section_id, []).append(TextMark(
                    problem.section_id, start, length, problem.message, kind, text[start:start + length],
                    problem.key))
    for marks in found.values():
        marks.sort(key=lambda m: (m.start, m.length))
    return found
