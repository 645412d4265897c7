"""What kind of agency publishes a report — it decides the legal deadline (条例 第四十九条) — guessed from its name,
and the one normalisation of agency names by which a report is matched to an agency named elsewhere.

Kinds (spec §8 meta.agency_kind): `government` a 县级以上地方人民政府 or its 办公厅/室 (31 March), `department` a
人民政府部门 (31 January), `other` a public enterprise or institution (no legal deadline of this kind).

Names (spec §13): full- and half-width forms, spaces, 人民政府/政府 and 办公厅/办公室/办 are the same name; a name
that is only close to another (one inside the other, a note in brackets, a few characters apart) is a doubtful
match, which a person confirms — it is never taken as the same agency silently.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from disclosure_desktop.domain.report import Report

AGENCY_KINDS = ("government", "department", "other")
GOVERNMENT, DEPARTMENT, OTHER = AGENCY_KINDS
META_KIND = "agency_kind"
META_DEADLINE = "deadline"

# A note in brackets (「（示例）」, 「(试行)」) says nothing about the kind.
_NOTE = re.compile(r"[（(][^（()）]*[)）]")
# The government itself, or the office that publishes its report.
_GOVERNMENT = re.compile(r"(?:人民政府|政府)(?:办公厅|办公室|办)?$")
# Public enterprises and institutions (条例 第五十五条): banks, hospitals, schools, utilities, transport.
_OTHER = re.compile(
    r"(?:银行|分行|支行|信用社|保险|医院|卫生院|学校|大学|学院|中学|小学|幼儿园|公司|集团|供电|供水|自来水|燃气|"
    r"热力|电力|邮政|电信|移动|联通|铁路|公交|地铁|机场|港务)"
)


def guess_agency_kind(name: str) -> str:
    """The kind an agency's name suggests; `department` when it says nothing clearer (the usual case)."""
    squeezed = _NOTE.sub("", re.sub(r"\s+", "", name))
    if _GOVERNMENT.search(squeezed):
        return GOVERNMENT
    if _OTHER.search(squeezed):
        return OTHER
    return DEPARTMENT


def agency_kind(report: Report) -> str:
    """The kind the clerk chose (meta.agency_kind), else the guess from the agency's name."""
    chosen = report.meta.get(META_KIND, "")
    return chosen if chosen in AGENCY_KINDS else guess_agency_kind(report.agency)


def is_agency_kind_guessed(report: Report) -> bool:
    return report.meta.get(META_KIND, "") not in AGENCY_KINDS


# 人民政府办公厅 / 人民政府办公室 / 政府办 and 人民政府 / 政府 name one office each: written the one way.
_GOVERNMENT_OFFICE = re.compile(r"(?:人民)?政府(?:办公厅|办公室|办)")
_PEOPLES_GOVERNMENT = re.compile(r"人民政府")
# Quotation marks and separators a name may be typed with; they never tell two agencies apart.
_NAME_PUNCTUATION = re.compile(r"[\s\"'“”‘’「」『』《》〈〉·•．.,，、:：;；\-—_]+")
# Below this likeness (difflib ratio of the normalised names) two names are not even doubtful.
DOUBTFUL_LIKENESS = 0.75

MatchKind = Literal["same", "doubtful", "none"]


def normalise_agency_name(name: str) -> str:
    """The form two names of the same agency share: NFKC (full-width Ａ１（ → A1( ), no spaces or quotation marks,
    brackets half-width, 政府 for 人民政府 and 政府办公室 for its 办公厅/办公室/办."""
    text = unicodedata.normalize("NFKC", name)
    text = _NAME_PUNCTUATION.sub("", text)
    text = text.replace("[", "(").replace("]", ")").replace("【", "(").replace("】", ")")
    text = _GOVERNMENT_OFFICE.sub("政府办公室", text)
    return _PEOPLES_GOVERNMENT.sub("政府", text)


def _without_notes(normalised: str) -> str:
    return re.sub(r"\([^()]*\)", "", normalised)


@dataclass(frozen=True)
class NameMatch:
    """How a name compares with a known one: `same` (equal once normalised), `doubtful` (close: shown for
    confirmation, never taken silently) or `none`; `likeness` 0–1 orders doubtful candidates."""

    kind: MatchKind
    likeness: float


def compare_agency_names(name: str, known: str) -> NameMatch:
    a, b = normalise_agency_name(name), normalise_agency_name(known)
    if not a or not b:
        return NameMatch("none", 0.0)
    if a == b:
        return NameMatch("same", 1.0)
    bare_a, bare_b = _without_notes(a), _without_notes(b)
    likeness = SequenceMatcher(None, a, b, autojunk=False).ratio()
    # A note in brackets, the region left off (县教育局 for 某某县教育局), the office for the government itself.
    if bare_a == bare_b or (min(len(bare_a), len(bare_b)) >= 3 and (bare_a in bare_b or bare_b in bare_a)):
        return NameMatch("doubtful", max(likeness, 0.9))
    return NameMatch("doubtful", likeness) if likeness >= DOUBTFUL_LIKENESS else NameMatch("none", likeness)


def match_agency(name: str, known: list[str]) -> tuple[str | None, list[str]]:
    """(the known name that is the same agency, or None; the doubtful ones, most alike first)."""
    doubtful: list[tuple[float, str]] = []
    for candidate in known:
        found = compare_agency_names(name, candidate)
        if found.kind == "same":
            return candidate, []
        if found.kind == "doubtful":
            doubtful.append((found.likeness, candidate))
    doubtful.sort(key=lambda item: -item[0])
    return None, [candidate for _, candidate in doubtful]
