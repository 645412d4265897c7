"""How a table's row and column labels break into lines in the room their cell has: never cut to 「结…」, broken
where a reader expects (after 「（三）」, in the middle of 结果|维持), otherwise wherever the line is full — a
closing bracket or mark never starting a line."""

from __future__ import annotations

import re
from collections.abc import Callable

_ORDINAL_PREFIX = re.compile(r"^（[一二三四五六七八九十]+）")
# The item view style drops "\n"; the Unicode line separator is what Qt's own delegate turns "\n" into.
BREAK = "\u2028"
# Characters that may not begin a line (Chinese typesetting's 避头点).
_NO_LINE_START = set("）)〕】》」』、，。；：？！,.;:?!%％·…")

Fits = Callable[[str], bool]


def balanced_label(text: str, fits: Fits) -> str:
    """A short label that does not fit on one line, broken where a reader expects it rather than before the last
    character: after 「（三）」, or in the middle of a short header such as 结果|维持 or 社会公|益组织."""
    if BREAK in text or fits(text):
        return text
    prefix = _ORDINAL_PREFIX.match(text)
    if prefix and fits(text[prefix.end():]):
        return f"{text[: prefix.end()]}{BREAK}{text[prefix.end():]}"
    if len(text) <= 8:
        middle = (len(text) + 1) // 2
        return f"{text[:middle]}{BREAK}{text[middle:]}"
    return text


def label_lines(text: str, fits: Fits) -> list[str]:
    """`text` as the lines it is drawn in: each fits (unless a single character is wider than the room), and
    together they are the whole text."""
    lines: list[str] = []
    for part in balanced_label(text.replace("\n", BREAK), fits).split(BREAK):
        lines.extend(_wrapped(part, fits))
    return lines or [""]


def _wrapped(text: str, fits: Fits) -> list[str]:
    lines: list[str] = []
    while text:
        if fits(text):
            lines.append(text)
            break
        cut = _longest_fitting(text, fits)
        # Keep a closing mark with the character before it; a Latin word is not split where a space allows.
        while 1 < cut < len(text) and text[cut] in _NO_LINE_START:
            cut -= 1
        space = text.rfind(" ", 0, cut + 1)
        if text[:cut].isascii() and space > 0:
            cut = space
        lines.append(text[:cut].rstrip())
        text = text[cut:].lstrip(" ")
    return lines


def _longest_fitting(text: str, fits: Fits) -> int:
    """The length of the longest start of `text` that fits, at least one character."""
    low, high = 1, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if fits(text[:middle]):
            low = middle
        else:
            high = middle - 1
    return low
