"""Bounds a web page's markup before the HTML parser sees it, in time linear in its size: how many tags it has, and
how many attributes its largest tag has.

libxml2's HTML parser is linear in everything a page may hold except the attributes of one tag, each of which it
compares with every earlier one: 200,000 attributes on one tag (a 3.2 MB page) took 139 s, 40,000 take 4 s, 1,000
take a millisecond. The scan reads the markup as the parser does — quoted values may hold ">" and run across
lines, a quote without its partner is one character — and skips comments, scripts and styles, whose text is no
markup to the parser. Every search moves forward only, so the scan is linear too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from disclosure_desktop.domain.limits import MAX_PAGE_TAGS, MAX_TAG_ATTRIBUTES
from disclosure_desktop.messages import ReportDataError

_TAG_START = re.compile(rb"<[A-Za-z]")
# A start tag up to its ">" (not included), with quoted values taken whole; possessive, so never backtracking.
_TAG = re.compile(rb"""<[A-Za-z](?:[^>"']++|"[^"]*+"|'[^']*+'|["'])*+""")
# Text the parser reads as text, not as tags: (opening, closing), both lower case.
_RAW_TEXT = ((b"<!--", b"-->"), (b"<script", b"</script"), (b"<style", b"</style"), (b"<textarea", b"</textarea"))
_UTF16_32 = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


def needs_decoding_first(data: bytes) -> bool:
    """True for a page in UTF-16 or UTF-32 (a byte-order mark): its markup is scanned once decoded (and encoded as
    UTF-8). Every other encoding a page may declare keeps "<", ">", quotes and ASCII letters as the bytes they are."""
    return data.startswith(_UTF16_32)


def markup(data: bytes) -> Iterator[bytes]:
    """The stretches of `data` outside comments, scripts, styles and text areas."""
    lower = data.lower()
    found = {opening: lower.find(opening) for opening, _ in _RAW_TEXT}
    pos = 0
    while True:
        for opening, at in found.items():
            if 0 <= at < pos:  # behind us: look again from here (each search only ever moves forward)
                found[opening] = lower.find(opening, pos)
        ahead = [(at, opening, closing) for opening, closing in _RAW_TEXT if (at := found[opening]) >= 0]
        if not ahead:
            yield data[pos:]
            return
        at, opening, closing = min(ahead)
        yield data[pos:at]
        end = lower.find(closing, at + len(opening))
        if end < 0:
            return  # the rest is the unclosed comment or script's text
        pos = end + len(closing)


def attributes(tag: bytes) -> int:
    """At least as many attributes as the parser finds in `tag` (a value with spaces counts more, never fewer)."""
    return max(len(tag.split()) - 1, tag.count(b"="))


def check_markup(data: bytes, name: str) -> None:
    """Refuse a page with more tags than MAX_PAGE_TAGS or a tag with more attributes than MAX_TAG_ATTRIBUTES."""
    # Counted up to one past the limit: counting a million tags would take what refusing them saves.
    for tags, _match in enumerate(_TAG_START.finditer(data), start=1):
        if tags > MAX_PAGE_TAGS:
            raise ReportDataError("import.page_too_many_tags", name=name, limit=f"{MAX_PAGE_TAGS:,}")
    # A tag with more attributes than the limit is longer than two characters each: only those are counted.
    shortest = 2 * MAX_TAG_ATTRIBUTES
    for stretch in markup(data):
        for match in _TAG.finditer(stretch):
            if match.end() - match.start() > shortest:
                count = attributes(match.group())
                if count > MAX_TAG_ATTRIBUTES:
                    raise ReportDataError("import.page_tag_attributes", name=name, count=f"{count:,}",
                                          limit=f"{MAX_TAG_ATTRIBUTES:,}")
