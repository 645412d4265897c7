"""Splits a section's plain text into sub-headings and paragraphs by the numbering markers of 公文 (spec §2)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# Level 1 （一）, level 2 1. / 1． / 1、, level 3 （1）. Half-width brackets are accepted because pasted text
# (the seed among it) often has them. "1.5亿元" is a number, not a marker: the marker must not precede a digit.
_MARKERS: tuple[tuple[int, re.Pattern[str]], ...] = (
    (1, re.compile(r"^[（(][一二三四五六七八九十]+[）)]")),
    (2, re.compile(r"^\d{1,2}[.．、](?!\d)")),
    (3, re.compile(r"^[（(]\d{1,2}[）)]")),
)
# Blanks and the `?` left where a mangled copy lost its leading ideographic spaces.
_LEADING_JUNK = re.compile(r"^[\s\u3000\ufeff?？]+")
_RUN_IN_END = re.compile(r"[。：:]")


@dataclass(frozen=True)
class TextBlock:
    """A sub-heading (level 1–3) or a paragraph (level 0).

    A sub-heading line that goes on after its first full stop is a run-in heading: `heading` is the part up
    to the stop, `body` the rest, printed in the body face.
    """

    level: int
    heading: str
    body: str

    @property
    def text(self) -> str:
        return self.heading + self.body

    @property
    def is_heading(self) -> bool:
        return self.level > 0


def clean_line(line: str) -> str:
    return _LEADING_JUNK.sub("", line).rstrip()


def heading_level(line: str) -> int:
    for level, pattern in _MARKERS:
        if pattern.match(line):
            return level
    return 0


def split_blocks(text: str) -> list[TextBlock]:
    """Each non-blank line is one block, in order."""
    blocks: list[TextBlock] = []
    for raw in text.splitlines():
        line = clean_line(raw)
        if not line:
            continue
        level = heading_level(line)
        if level == 0:
            blocks.append(TextBlock(0, "", line))
            continue
        stop = _RUN_IN_END.search(line)
        if stop and stop.end() < len(line):
            blocks.append(TextBlock(level, line[: stop.end()], line[stop.end() :]))
        else:
            blocks.append(TextBlock(level, line, ""))
    return blocks
