"""Finds the part headings of a printed report and matches them, in order, to the sections of a format.

A heading is a short line numbered 一、二、… or a heading element/style without a sub-heading marker; it is taken
for the format's section whose heading it resembles, or — when the wording differs too much — for the one section
its number or its place between two recognised parts leaves.
"""

from __future__ import annotations

from dataclasses import dataclass

from disclosure_desktop.domain.formats import ReportFormat, Section
from disclosure_desktop.domain.textblocks import heading_level
from disclosure_desktop.importers.document import Block, Paragraph
from disclosure_desktop.importers.frame import meta_fields
from disclosure_desktop.importers.labels import ACCEPT, Likeness, compare, numbering_value, split_numbering, words
from disclosure_desktop.importers.result import LabelMatch

HEADING_MAX_CHARS = 60
# A heading whose number agrees with the section's is taken at this likeness of wording or above.
NUMBERED_ACCEPT = 0.45


@dataclass(frozen=True)
class Candidate:
    index: int  # block index
    text: str
    ordinal: int | None  # 一、 → 1
    structural: bool  # a heading element or style

    @property
    def bare(self) -> str:
        """The heading without its number (what a numbered format's own heading holds)."""
        return split_numbering(self.text)[1]


def candidates(blocks: list[Block], start: int) -> list[Candidate]:
    out = []
    for i in range(start, len(blocks)):
        block = blocks[i]
        if not isinstance(block, Paragraph):
            continue
        text = block.joined
        if not text or len(text) > HEADING_MAX_CHARS or meta_fields(text) is not None:
            continue
        marker, _ = split_numbering(text)
        value = numbering_value(marker) if marker else None
        part_number = value is not None and value[0] == "chinese"
        if part_number:
            out.append(Candidate(i, text, value[1] if value else None, block.heading > 0))
        elif block.heading > 0 and not marker and not heading_level(text):
            out.append(Candidate(i, text, None, True))
    return out


def _ordinal(section: Section) -> int | None:
    marker, _ = split_numbering(section.heading)
    value = numbering_value(marker) if marker else None
    return value[1] if value and value[0] == "chinese" else None


def _pair(candidate: Candidate, section: Section, ordinal: int | None) -> tuple[float, Likeness] | None:
    lk = compare(candidate.text, section.heading)
    agree = candidate.ordinal is not None and ordinal is not None and candidate.ordinal == ordinal
    clash = candidate.ordinal is not None and ordinal is not None and candidate.ordinal != ordinal
    if clash or not (lk.accepted or (agree and lk.score >= NUMBERED_ACCEPT)):
        return None
    return lk.score + (0.1 if agree else 0.0), lk if lk.accepted else Likeness(lk.score, "numbering")


def match_sections(found: list[Candidate], fmt: ReportFormat) -> dict[int, tuple[Section, LabelMatch]]:
    """{block index: (section, why)} for the headings taken for sections of `fmt`."""
    if fmt.numbered:
        return _match_free(found, fmt)
    sections = list(fmt.sections)
    ordinals = [_ordinal(s) for s in sections]
    n, m = len(found), len(sections)
    # Order-keeping alignment with the greatest total likeness (parts are printed in the format's order).
    best = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        for j in range(1, m + 1):
            best[i][j] = max(best[i - 1][j], best[i][j - 1])
            pair = _pair(found[i - 1], sections[j - 1], ordinals[j - 1])
            if pair:
                best[i][j] = max(best[i][j], best[i - 1][j - 1] + pair[0])
    taken: dict[int, tuple[int, Likeness]] = {}
    i, j = n, m
    while i > 0 and j > 0:
        pair = _pair(found[i - 1], sections[j - 1], ordinals[j - 1])
        if pair and abs(best[i][j] - (best[i - 1][j - 1] + pair[0])) < 1e-9:
            taken[i - 1] = (j - 1, pair[1])
            i, j = i - 1, j - 1
        elif best[i][j] == best[i - 1][j]:
            i -= 1
        else:
            j -= 1
    _fill_gaps(found, sections, taken)
    return {
        found[ci].index: (sections[sj], LabelMatch("report", "section", found[ci].text, sections[sj].heading,
                                                   sections[sj].id, lk.how, lk.score))
        for ci, (sj, lk) in sorted(taken.items())
    }


def _fill_gaps(found: list[Candidate], sections: list[Section], taken: dict[int, tuple[int, Likeness]]) -> None:
    """A heading between two recognised parts, where exactly one section is missing, is that section when it is a
    heading element or carries that section's number."""

    def gap(ci: int) -> tuple[int, int]:
        before = max((taken[k][0] for k in taken if k < ci), default=-1)
        after = min((taken[k][0] for k in taken if k > ci), default=len(sections))
        return before, after

    by_gap: dict[tuple[int, int], list[int]] = {}
    for ci in range(len(found)):
        if ci not in taken:
            by_gap.setdefault(gap(ci), []).append(ci)
    used = {sj for sj, _ in taken.values()}
    for (before, after), loose in by_gap.items():
        free = [sj for sj in range(before + 1, after) if sj not in used]
        if len(free) != 1:
            continue
        ordinal = _ordinal(sections[free[0]])
        fitting = [ci for ci in loose if found[ci].structural or found[ci].ordinal == ordinal]
        if len(fitting) == 1 and (found[fitting[0]].ordinal in (None, ordinal)):
            lk = compare(found[fitting[0]].text, sections[free[0]].heading)
            taken[fitting[0]] = (free[0], Likeness(lk.score, "position"))
            used.add(free[0])


def _match_free(found: list[Candidate], fmt: ReportFormat) -> dict[int, tuple[Section, LabelMatch]]:
    """A numbered free format (narrative): the heading's words or the section's match words, any order."""
    out: dict[int, tuple[Section, LabelMatch]] = {}
    used: set[str] = set()
    for candidate in found:
        if candidate.ordinal is None:
            continue
        best: tuple[float, Section, str] | None = None
        for section in fmt.sections:
            if section.id in used:
                continue
            if words(candidate.bare) == words(section.heading):
                best = (10.0, section, "exact")
                break
            score = sum(len(w) for w in section.match if w in candidate.bare)
            if score and (best is None or score > best[0]):
                best = (float(score), section, "contains")
        if best is None:
            continue
        _, section, how = best
        used.add(section.id)
        lk = compare(candidate.bare, section.heading)
        out[candidate.index] = (section, LabelMatch("report", "section", candidate.text, section.heading,
                                                    section.id, how, max(lk.score, ACCEPT)))
    return out
