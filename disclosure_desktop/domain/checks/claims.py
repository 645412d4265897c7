"""Reads the figures a report's text states (「受理政府信息公开申请 17 件」) as a clerk writes them.

The phrases are data (resources/formats/claims/*.toml, described there); this module knows only how to read a
sentence: spaces, full-width digits, Chinese numerals, quotation marks, ordinals and the slots of the phrases.
"""

from __future__ import annotations

import bisect
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache

from disclosure_desktop.domain.numerals import ascii_digits, han_number
from disclosure_desktop.resource_files import resource_path

# The figure: Arabic digits (thousands separated by commas or not) or a Chinese numeral.
_NUMBER = r"(?P<n>(?<![\d.])(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?![\d.])|[零〇一二两三四五六七八九十百千]+)"
_SLOT = re.compile(r"@([a-z_]+)")
# Set aside before reading: spaces (「申请 17 件」), and what is quoted or a title, a slogan or a document number.
_ASIDE = re.compile(
    r"[\s\u3000\xa0]+"
    r"|“[^“”\n]{0,80}”|\"[^\"\n]{0,80}\"|‘[^‘’\n]{0,80}’|「[^「」\n]{0,80}」|『[^『』\n]{0,80}』"
    r"|《[^《》\n]{0,80}》|〔[^〔〕\n]{0,12}〕"
)
_SET_ASIDE = "〃"
_SENTENCE = re.compile(r"[^。！!？?；;\n]+")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d{2})年")
_CLAUSE_MARKS = "，,；;"
# A sentence worth reading holds a figure, or a word that states nothing happened.
_MAYBE = re.compile(r"[0-9０-９]|[零〇一二两三四五六七八九十百千][件起宗个项份部次]|未|没有|无")
_QUOTE_CHARS = 80

_COUNTING = re.compile(r"(?:共计|合计|总计|累计|共|计|为|达到?|是|有)$")


@dataclass(frozen=True)
class Claim:
    """A figure the text states: its kind, the topic (table 2) or "", the value and the words that say it."""

    kind: str
    topic: str
    value: int
    quote: str
    # Where the figure (or the words stating that nothing happened) stands in the text read: [start, end) in
    # characters, so the editor can underline and select exactly it. Not part of what the claim says.
    start: int = field(default=0, compare=False)
    end: int = field(default=0, compare=False)


@dataclass(frozen=True)
class ClaimKind:
    kind: str
    needs: tuple[str, ...]
    # (phrase with its slots filled in, states nothing happened) in the order they are tried
    sources: tuple[tuple[str, bool], ...]
    years: frozenset[int]
    not_before: re.Pattern[str] | None
    # topic ("" when the kind has none) → candidates of cell-id patterns
    cells: dict[str, tuple[tuple[str, ...], ...]]

    @cached_property
    def patterns(self) -> tuple[tuple[re.Pattern[str], bool], ...]:
        """The phrases compiled when a text first needs this kind: compiling all of them (≈ 60 patterns of a few
        hundred characters) took 30 ms of the first check, at start-up on the GUI thread."""
        return tuple((re.compile(source), is_zero) for source, is_zero in self.sources)


@dataclass(frozen=True)
class ClaimBook:
    kinds: tuple[ClaimKind, ...]
    topics: dict[str, re.Pattern[str]]
    not_before: re.Pattern[str]
    list_before: re.Pattern[str]
    not_before_number: str
    part_of_year: re.Pattern[str]
    after_han: re.Pattern[str]
    after_digits: re.Pattern[str]
    # needs word → indexes of the kinds that need it; kinds without `needs` are always tried
    needs: dict[str, tuple[int, ...]]
    always: tuple[int, ...]

    def kinds_for(self, text: str) -> list[ClaimKind]:
        """The kinds worth trying on `text`, in the order of the data."""
        chosen = set(self.always)
        for word, indexes in self.needs.items():
            if word in text:
                chosen.update(indexes)
        return [self.kinds[i] for i in sorted(chosen)]


def _expand(template: str, slots: dict[str, str]) -> str:
    for _ in range(6):  # slots may name slots; six levels are plenty and stop a loop in the data
        expanded = _SLOT.sub(lambda m: slots.get(m.group(1), m.group(0)), template)
        if expanded == template:
            break
        template = expanded
    if _SLOT.search(template):
        raise ValueError(f"unknown slot in claim phrase: {template}")
    return template


@cache
def claim_book(name: str) -> ClaimBook:
    data = tomllib.loads(resource_path("formats", "claims", f"{name}.toml").read_text("utf-8"))
    topics = {tid: f"(?P<topic_{tid}>{rx})" for tid, rx in data.get("topics", {}).items()}
    base = dict(data.get("slots", {}))
    base["n"] = _NUMBER
    base["topic"] = "(?:" + "|".join(topics.values()) + ")" if topics else "(?!)"
    kinds = []
    for raw in data["claims"]:
        slots = dict(base)
        slots["unit"] = "[" + raw.get("units", data.get("units", "件")) + "]"
        own_not_before = raw.get("not_before")
        if "topics" in raw:
            cells = {t: tuple(tuple(c) for c in cands) for t, cands in raw["topics"].items()}
        else:
            cells = {"": tuple(tuple(c) for c in raw.get("cells", ()))}
        sources = tuple((_expand(p, slots), False) for p in raw.get("phrases", ())) + tuple(
            (_expand(p, slots), True) for p in raw.get("zero", ()))
        kinds.append(ClaimKind(
            kind=raw["kind"],
            needs=tuple(raw.get("needs", ())),
            sources=sources,
            years=frozenset(raw.get("years", (0,))),
            not_before=re.compile(own_not_before) if own_not_before else None,
            cells=cells,
        ))
    needs: dict[str, list[int]] = {}
    for index, kind in enumerate(kinds):
        for word in kind.needs:
            needs.setdefault(word, []).append(index)
    return ClaimBook(
        kinds=tuple(kinds),
        needs={word: tuple(indexes) for word, indexes in needs.items()},
        always=tuple(i for i, kind in enumerate(kinds) if not kind.needs),
        topics={tid: re.compile(rx) for tid, rx in data.get("topics", {}).items()},
        not_before=re.compile(data["not_before"]),
        list_before=re.compile(data["list_before"]),
        not_before_number=data["not_before_number"],
        part_of_year=re.compile(data["part_of_year"]),
        after_han=re.compile(data["after_han"]),
        after_digits=re.compile(data["after_digits"]),
    )


class _Sentence:
    """One sentence as read (spaces out, digits ASCII, quotations set aside) and a way back to its own words."""

    def __init__(self, original: str) -> None:
        self.original = original
        text = ascii_digits(original)
        pieces: list[str] = []
        # (position in the read text, position in the original) at each place where the two part
        self._marks: list[tuple[int, int]] = [(0, 0)]
        last = 0
        length = 0
        for m in _ASIDE.finditer(text):
            pieces.append(text[last : m.start()])
            length += m.start() - last
            if not m.group(0).isspace():
                pieces.append(_SET_ASIDE)
                length += 1
            last = m.end()
            self._marks.append((length, m.end()))
        pieces.append(text[last:])
        self.text = "".join(pieces)
        self._keys = [n for n, _ in self._marks]

    def original_at(self, pos: int) -> int:
        i = bisect.bisect_right(self._keys, pos) - 1
        read, orig = self._marks[i]
        return orig + (pos - read)

    def quote(self, start: int, end: int) -> str:
        """The sentence, or (a long one) the clauses around the statement, as the clerk wrote them."""
        whole = self.original.strip()
        if len(whole) <= _QUOTE_CHARS:
            return whole
        a, b = self.original_at(start), self.original_at(max(end - 1, start)) + 1
        while a > 0 and self.original[a - 1] not in _CLAUSE_MARKS:
            a -= 1
        while b < len(self.original) and self.original[b] not in _CLAUSE_MARKS:
            b += 1
        text = self.original[a:b].strip()
        return ("…" if a > 0 else "") + text + ("…" if b < len(self.original) else "")


def _topic_before(book: ClaimBook, text: str) -> str:
    """The topic last named in `text`; "" when none is, or when two are named together (规章和规范性文件)."""
    found: list[tuple[int, int, str]] = []
    for tid, rx in book.topics.items():
        found.extend((m.start(), m.end(), tid) for m in rx.finditer(text))
    if not found:
        return ""
    found.sort()
    start, _, tid = found[-1]
    for other_start, other_end, other in found[:-1]:
        if other != tid and start - other_end <= 3 and other_start < start:
            return ""
    return tid


def _matched_topic(m: re.Match[str]) -> str:
    for name, value in m.groupdict().items():
        if value is not None and name.startswith("topic_"):
            return name[len("topic_"):]
    return ""


def _other_year(sentence: str, year: int | None, allowed: frozenset[int]) -> bool:
    if year is None:
        return False
    return any(int(y) - year not in allowed for y in _YEAR.findall(sentence))


def _readable_number(book: ClaimBook, text: str, m: re.Match[str]) -> int | None:
    start = m.start("n")
    raw = m.group("n")
    if start > 0 and text[start - 1] in book.not_before_number:
        return None
    after = text[m.end():]
    if raw[0].isdigit():
        if book.after_digits.search(after):
            return None
        return int(raw.replace(",", ""))
    if not book.after_han.search(after):
        return None
    if raw == "一" and not _COUNTING.search(text[:start]):
        return None  # 办结一件、受理一件: a set phrase, not a count
    return han_number(raw)


def _read_sentence(book: ClaimBook, sentence: _Sentence, year: int | None) -> list[tuple[int, Claim]]:
    text = sentence.text
    # A figure is read once (by the first kind listed); a statement of nothing may name several kinds at once.
    taken: dict[tuple[str, int, int], tuple[int, Claim]] = {}
    for kind in book.kinds_for(text):
        for pattern, is_zero in kind.patterns:
            for m in pattern.finditer(text):
                span = (kind.kind, *m.span()) if is_zero else ("", *m.span("n"))
                if span in taken:
                    continue  # an earlier kind read this figure
                before = text[max(0, m.start() - 6) : m.start()]
                if book.not_before.search(before) or book.list_before.search(before):
                    continue
                if kind.not_before is not None and kind.not_before.search(text[max(0, m.start() - 8) : m.start()]):
                    continue
                head = text[: span[1]]
                if book.part_of_year.search(head) or _other_year(head, year, kind.years):
                    continue
                value = 0 if is_zero else _readable_number(book, text, m)
                if value is None:
                    continue
                topic = ""
                if "" not in kind.cells:
                    topic = _matched_topic(m) or _topic_before(book, text[: m.start()])
                    if topic not in kind.cells:
                        continue
                a, b = span[1], span[2]
                where = (sentence.original_at(a), sentence.original_at(max(b - 1, a)) + 1)
                taken[span] = (m.start(), Claim(kind.kind, topic, value, sentence.quote(m.start(), m.end()), *where))
    return sorted(taken.values(), key=lambda item: item[0])


@lru_cache(maxsize=4096)
def _sentence_claims(sentence: str, year: int | None, book: str) -> tuple[Claim, ...]:
    # Cached a sentence at a time: while the clerk types, only the sentence being typed is read again.
    if not _MAYBE.search(sentence):
        return ()
    return tuple(claim for _, claim in _read_sentence(claim_book(book), _Sentence(sentence), year))


@lru_cache(maxsize=512)
def find_claims(text: str, year: int | None = None, book: str = "gov") -> tuple[Claim, ...]:
    """Every figure `text` states, in reading order, each (kind, topic, value) once.

    `year` is the report year: a sentence about another year (「2023年收到申请80件」) is not read as this year's.
    """
    found: dict[tuple[str, str, int], Claim] = {}
    for m in _SENTENCE.finditer(text):
        for claim in _sentence_claims(m.group(0), year, book):
            key = (claim.kind, claim.topic, claim.value)
            if key not in found:  # made directly: dataclasses.replace took a twentieth of every check
                at = m.start()
                found[key] = Claim(claim.kind, claim.topic, claim.value, claim.quote, claim.start + at, claim.end + at)
    return tuple(found.values())
