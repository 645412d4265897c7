"""雷同 across units (spec §13): which other unit of the batch a unit's report repeats most, without comparing every
pair — 300 units are 45,000 pairs, 10,000 are 50 million.

Each part of a report with enough text is reduced to a MinHash signature of its 13-character runs (normalised as
the REPETITION check normalises: no punctuation or spaces, every figure the same figure). One-permutation hashing
makes the signature in one hash a run (BINS bins, empty bins filled from the next one, so two texts' signatures
stay comparable); locality-sensitive hashing in BANDS bands of ROWS values makes two parts meet in a bucket with
probability 1 − (1 − J³)⁵⁰ for a Jaccard likeness J of their runs: 0.84 at J = 0.33 (about half of equally long
texts repeated), 0.998 at J = 0.5, 0.006 at J = 0.05 (unrelated reports of one region sharing set phrases). Only
the units that meet are compared exactly: the share of the characters of a unit's part that lie in a 13-character
run of the other unit's text — the measure of domain/checks/repetition.py, against another unit instead of last
year. The cost grows about linearly with the number of units. A part is compared when it has MIN_PART_CHARS
characters or more: the one-line statements every unit writes (本年度未收取信息处理费) are not 雷同.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from disclosure_desktop.domain.checks.history import normalise
from disclosure_desktop.domain.checks.repetition import SEPARATOR, repeated_chars
from disclosure_desktop.domain.formats import CLOSING, PREAMBLE
from disclosure_desktop.domain.report import Report

RUN = 13
BINS = 150
ROWS = 3
BANDS = BINS // ROWS
MIN_PART_CHARS = 200
# Below this share a likeness is not reported: unrelated reports of one region share set phrases and prescribed
# sub-headings (measured: up to 37 % of a short part 五 between units written independently).
FLOOR = 0.5
# A bucket shared by more parts than this is a region's common template: each member is compared with the first
# few members only, so that a thousand look-alike reports do not make half a million exact comparisons.
CROWDED_BUCKET = 200
_CROWD_SAMPLE = 5
_EMPTY_STEP = 1 << 60  # added per bin skipped when an empty bin borrows its neighbour's value

Signature = tuple[int, ...]
Key = TypeVar("Key", bound=Hashable)  # what candidate_pairs pairs (on the desk: the units' names)


@dataclass(frozen=True)
class Similar:
    """The other unit whose text this unit's report repeats most: the share of its part `section_id` found there."""

    unit: str
    rate: float
    section_id: str


def part_texts(report: Report) -> dict[str, str]:
    """Each part's normalised text, the preamble and signature block left out (their wording is prescribed)."""
    return {sid: normalise(text) for sid, text in report.sections.items() if sid not in (PREAMBLE, CLOSING) and text}


def signature(text: str, n: int = RUN) -> Signature:
    """The one-permutation MinHash of the n-character runs of a normalised text (empty for a shorter text)."""
    mins: list[int | None] = [None] * BINS
    for i in range(len(text) - n + 1):
        digest = int.from_bytes(hashlib.blake2b(text[i : i + n].encode("utf-8"), digest_size=8).digest(), "big")
        slot, value = digest % BINS, digest // BINS
        current = mins[slot]
        if current is None or value < current:
            mins[slot] = value
    if all(m is None for m in mins):
        return ()
    filled: list[int] = []
    for slot in range(BINS):
        step = 0
        while (neighbour := mins[(slot + step) % BINS]) is None:
            step += 1
        filled.append(neighbour + step * _EMPTY_STEP)
    return tuple(filled)


def signatures(report: Report) -> dict[str, Signature]:
    """The signature of every part long enough to be compared (computed where the report is read)."""
    return {sid: signature(text) for sid, text in part_texts(report).items() if len(text) >= MIN_PART_CHARS}


def candidate_pairs(signed: Mapping[Key, Mapping[str, Signature]]) -> set[tuple[Key, Key]]:
    """Pairs of keys (units) some of whose parts share a band: the only pairs worth comparing exactly."""
    buckets: dict[tuple[int, Signature], list[Key]] = defaultdict(list)
    for key, parts in signed.items():
        for sig in parts.values():
            if len(sig) != BINS:
                continue
            for band in range(BANDS):
                bucket = buckets[(band, sig[band * ROWS : (band + 1) * ROWS])]
                if not bucket or bucket[-1] != key:
                    bucket.append(key)
    pairs: set[tuple[Key, Key]] = set()
    for members in buckets.values():
        if len(members) < 2:
            continue
        unique = list(dict.fromkeys(members))
        partners = unique if len(unique) <= CROWDED_BUCKET else unique[:_CROWD_SAMPLE]
        for a in unique:
            for b in partners:
                if a != b:
                    pairs.add((a, b) if str(a) < str(b) else (b, a))
    return pairs


def _share(parts: Mapping[str, str], other_text: str) -> tuple[float, str]:
    """The highest share of a long part's characters found in `other_text`, and that part."""
    best, where = 0.0, ""
    for sid, text in parts.items():
        if len(text) < MIN_PART_CHARS:
            continue
        rate = repeated_chars(text, other_text, RUN) / len(text)
        if rate > best:
            best, where = rate, sid
    return best, where


def highest_similarity(reports: Mapping[str, Report],
                       signed: Mapping[str, Mapping[str, Signature]] | None = None) -> dict[str, Similar]:
    """unit → the other unit whose text it repeats most (at least FLOOR); units repeating none are left out.

    `signed` are the signatures computed where the reports were read (computed here for those missing)."""
    signed = dict(signed or {})
    for unit, report in reports.items():
        if unit not in signed:
            signed[unit] = signatures(report)
    texts = {unit: part_texts(report) for unit, report in reports.items()}
    whole = {unit: SEPARATOR.join(parts.values()) for unit, parts in texts.items()}
    best: dict[str, Similar] = {}
    for a, b in sorted(candidate_pairs({u: signed[u] for u in reports}), key=lambda p: (str(p[0]), str(p[1]))):
        for this, other in ((a, b), (b, a)):
            rate, section = _share(texts[this], whole[other])
            if rate < FLOOR:
                continue
            found = best.get(this)
            if found is None or rate > found.rate or (rate == found.rate and other < found.unit):
                best[this] = Similar(other, rate, section)
    return best
