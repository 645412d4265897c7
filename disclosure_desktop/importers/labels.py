"""Compares a printed label with an official one and says how alike they are and why (spec §10 tolerance)."""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections import Counter
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, lru_cache

from disclosure_desktop.domain.numerals import section_number
from disclosure_desktop.resource_files import resource_path

# A printed label is taken for an official one at this likeness or above; below it the label is not recognised.
ACCEPT = 0.72
# Leading numbering of a label: （一） (一) 一、 1. 1、 1． （1）. "1.5亿元" is a number, not a marker.
_NUMBERING = re.compile(
    r"^\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[）)]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[.．、](?!\d))\s*"
)


@dataclass(frozen=True)
class Vocabulary:
    """resources/reading.toml: the marks and words published reports print beside the official labels."""

    blank_values: frozenset[str]
    count_units: tuple[str, ...]
    amount_units: tuple[str, ...]
    yuan_units: tuple[str, ...]
    equivalents: tuple[tuple[str, str], ...]  # (variant, word it is read as), longest variants first
    title_words: tuple[str, ...]
    title_endings: tuple[str, ...]
    meta_agency: tuple[str, ...]
    meta_date: tuple[str, ...]
    meta_other: tuple[str, ...]

    @property
    def meta_labels(self) -> tuple[str, ...]:
        # Longest first, so that 发布日期 is found before 日期.
        return tuple(sorted({*self.meta_agency, *self.meta_date, *self.meta_other}, key=len, reverse=True))


@cache
def vocabulary() -> Vocabulary:
    data = tomllib.loads(resource_path("reading.toml").read_text("utf-8"))
    pairs = [(variant, words[0]) for words in data["equivalent_words"] for variant in words[1:]]
    pairs.sort(key=lambda p: len(p[0]), reverse=True)
    meta = data["page_meta"]
    return Vocabulary(
        blank_values=frozenset(data["blank_values"]),
        count_units=tuple(data["count_units"]),
        amount_units=tuple(data["amount_units"]),
        yuan_units=tuple(data.get("yuan_units", ())),
        equivalents=tuple(pairs),
        title_words=tuple(data["title_words"]),
        title_endings=tuple(data["title_endings"]),
        meta_agency=tuple(meta["agency"]),
        meta_date=tuple(meta["date"]),
        meta_other=tuple(meta["other"]),
    )


def squeeze(text: str) -> str:
    """NFKC (full-width forms to ASCII) without any white space."""
    return "".join(unicodedata.normalize("NFKC", text).split())


def split_numbering(text: str) -> tuple[str, str]:
    """(the leading numbering marker as printed, the rest): "（三）不予公开" → ("（三）", "不予公开")."""
    found = _NUMBERING.match(text)
    if not found:
        return "", text.strip()
    return found.group(0).strip(), text[found.end() :].strip()


def numbering_value(marker: str) -> tuple[str, int] | None:
    """A marker's kind and number: （三） → ("paren", 3), 三、 → ("chinese", 3), 1. → ("arabic", 1)."""
    core = squeeze(marker).strip("()、.")
    if not core:
        return None
    value = int(core) if core.isdigit() else section_number(core)
    if value is None:
        return None
    kind = "paren" if squeeze(marker).startswith("(") else ("arabic" if core.isdigit() else "chinese")
    return kind, value


@lru_cache(maxsize=1 << 14)
def normal(text: str) -> str:
    """The label's words only: NFKC, no white space, no punctuation or symbols, equivalent words unified."""
    out = squeeze(text)
    for variant, word in vocabulary().equivalents:
        out = out.replace(variant, word)
    return "".join(ch for ch in out if unicodedata.category(ch)[0] not in "PSZ")


@lru_cache(maxsize=1 << 14)
def words(text: str) -> str:
    """The label's words without its numbering marker."""
    return normal(split_numbering(text)[1])


@dataclass(frozen=True)
class Likeness:
    """How alike a printed label is to an official one (0–1) and why; `how` is a key of HOW_KEYS."""

    score: float
    how: str

    @property
    def accepted(self) -> bool:
        return self.score >= ACCEPT


# Why a printed label was taken for an official one, from the closest to the loosest reading.
HOW_KEYS = ("exact", "punctuation", "numbering", "contains", "similar", "context", "position", "none")


@lru_cache(maxsize=1 << 16)
def compare(printed: str, official: str) -> Likeness:
    """Likeness of a printed label to an official one, with the reason it holds."""
    if printed.strip() == official.strip():
        return Likeness(1.0, "exact")
    if normal(printed) == normal(official):
        return Likeness(0.98, "punctuation")
    a, b = words(printed), words(official)
    if not a or not b:
        return Likeness(0.0, "none")
    if a == b:
        return Likeness(0.95, "numbering")
    ratio = SequenceMatcher(None, a, b, autojunk=False).ratio()
    if min(len(a), len(b)) >= 4 and (a in b or b in a):
        return Likeness(max(ratio, 0.85), "contains")
    return Likeness(ratio, "similar" if ratio >= ACCEPT else "none")


@lru_cache(maxsize=1 << 16)
def accepted(printed: str, official: str) -> bool:
    """`compare(printed, official).accepted`, without the similarity's cost where a bound settles it: two labels'
    similarity ratio is never above twice the characters they share over their length (what is compared most,
    a table's every text against every official label, is mostly far apart)."""
    a, b = words(printed), words(official)
    # They share at most the shorter one's characters: a length far from the other's settles it sooner still.
    if a and b and a != b and not (min(len(a), len(b)) >= 4 and (a in b or b in a)) \
            and (2 * min(len(a), len(b)) / (len(a) + len(b)) < ACCEPT
                 or 2 * sum((_characters(a) & _characters(b)).values()) / (len(a) + len(b)) < ACCEPT):
        return printed.strip() == official.strip() or normal(printed) == normal(official)
    return compare(printed, official).accepted


@lru_cache(maxsize=1 << 14)
def _characters(text: str) -> Counter[str]:
    return Counter(text)


def path_likeness(printed: tuple[str, ...], official: tuple[str, ...]) -> Likeness:
    """Likeness of a column's header path (group labels above, its own label last) to an official one.

    The own labels decide; the group labels above tell apart columns of the same name (table 4's three 结果维持).
    """
    if not printed or not official:
        return Likeness(0.0, "none")
    own = compare(printed[-1], official[-1])
    if not own.accepted:
        return own
    above_printed, above_official = printed[:-1], official[:-1]
    if not above_official and not above_printed:
        return own
    if not above_printed or not above_official:
        return Likeness(own.score * 0.9, own.how)
    scores = [max(compare(p, o).score for p in above_printed) for o in above_official]
    context = sum(scores) / len(scores)
    return Likeness(own.score * 0.7 + context * 0.3, own.how)
