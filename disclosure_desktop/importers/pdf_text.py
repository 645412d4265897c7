"""The running text of a PDF in reading order: page numbers and running headers dropped, lines joined into
paragraphs across line and page breaks, tables in their place (a table cut by a page break joined again).

A PDF does not mark a paragraph: one starts where a line is indented, follows a line that ended short, stands
apart by more than the line pitch, is centred or set right (a title, a signature), or changes the type size.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from statistics import median

from disclosure_desktop.importers.document import Block, Paragraph
from disclosure_desktop.importers.labels import squeeze
from disclosure_desktop.importers.pdf_layout import Frame, Line
from disclosure_desktop.importers.pdf_tables import Grid, continues, stitch

# 「— 3 —」「- 3 -」「第 3 页」「第3页 共6页」「3/6」: a page's number and nothing else.
_PAGE_NUMBER = re.compile(
    r"^[-—–－~·.\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*(?:[/／]|共)\s*\d{1,4}\s*页?)?[-—–－~·.\s]*$")
# Lines this near the sheet's top or bottom edge (share of its height) may be page furniture.
EDGE_BAND = 0.15
# A line that begins this many ems right of the margin is indented (the 公文 first line has two).
INDENT_EM = 1.2
# A line that ends this many ems short of the right margin ends its paragraph.
SHORT_EM = 1.2
# A title is this much larger than the body text.
TITLE_LARGER_PT = 3.0


@dataclass
class PageContent:
    """One page: its frames (one per text direction) and what it holds in reading order."""

    number: int
    frames: dict[str, Frame]
    items: list[tuple[str, Line | Grid]] = field(default_factory=list)


def _furniture_key(text: str) -> str:
    return re.sub(r"\d+", "#", squeeze(text))


def drop_furniture(pages: list[PageContent]) -> int:
    """Remove page numbers and running headers or footers (a line near the same edge on several pages), and the
    clipped copy of a line a page break cut out of a paragraph. Returns the number of furniture lines removed."""
    seen: dict[tuple[bool, str], int] = {}
    edge_lines: list[tuple[PageContent, Line, tuple[bool, str]]] = []
    for page in pages:
        for direction, item in page.items:
            if not isinstance(item, Line):
                continue
            edge = _edge(item, page.frames[direction])
            if edge is not None:
                key = (edge, _furniture_key(item.text))
                edge_lines.append((page, item, key))
                seen[key] = seen.get(key, 0) + 1
    dropped = 0
    for page, line, key in edge_lines:
        if _PAGE_NUMBER.match(line.text) or (len(pages) > 1 and seen[key] > 1):
            page.items = [(d, i) for d, i in page.items if i is not line]
            dropped += 1
    _drop_clipped_copies(pages)
    return dropped


def _edge(line: Line, frame: Frame) -> bool | None:
    """True near the sheet's top, False near its bottom, None in between."""
    box = line.box
    if box.bottom < frame.height * EDGE_BAND:
        return True
    return False if box.top > frame.height * (1 - EDGE_BAND) else None


def _drop_clipped_copies(pages: list[PageContent]) -> int:
    """A line printed as the last of one page and again as the first of the next is one line: a PDF writer (Qt's)
    draws the line a page break cuts on both pages and hides one by clipping, which a text layer does not show.
    The copy kept is the one where the other pages have their first or last line."""
    firsts = [lines[0] for lines in (_lines(p) for p in pages) if lines]
    lasts = [lines[-1] for lines in (_lines(p) for p in pages) if lines]
    if not firsts:
        return 0
    usual_top = median(line.box.top for line in firsts)
    usual_bottom = median(line.box.bottom for line in lasts)
    dropped = 0
    for page, following in itertools.pairwise(pages):
        above, below = _lines(page), _lines(following)
        if not above or not below or squeeze(above[-1].text) != squeeze(below[0].text):
            continue
        early, late = above[-1], below[0]
        if abs(late.box.top - usual_top) > abs(early.box.bottom - usual_bottom):
            following.items = [(d, i) for d, i in following.items if i is not late]
        else:
            page.items = [(d, i) for d, i in page.items if i is not early]
        dropped += 1
    return dropped


def _lines(page: PageContent) -> list[Line]:
    return [item for _, item in page.items if isinstance(item, Line)]


@dataclass(frozen=True)
class _Margins:
    left: float
    right: float
    body_size: float
    gap: float  # the usual space between two lines of a paragraph


def _margins(pages: list[PageContent]) -> dict[tuple[str, int], _Margins]:
    lines: dict[tuple[str, int], list[Line]] = {}
    gaps: dict[tuple[str, int], list[float]] = {}
    for page in pages:
        previous: Line | None = None
        for direction, item in page.items:
            if not isinstance(item, Line):
                previous = None
                continue
            key = (direction, round(page.frames[direction].width))
            lines.setdefault(key, []).append(item)
            if previous is not None and abs(previous.size - item.size) < 1:
                gaps.setdefault(key, []).append(item.box.top - previous.box.bottom)
            previous = item
    out = {}
    for key, group in lines.items():
        lefts = sorted(line.box.x0 for line in group)
        rights = sorted(line.box.x1 for line in group)
        share = max(1, len(group) * 3 // 10)
        sizes = [line.size for line in group for _ in line.text]
        out[key] = _Margins(median(lefts[:share]), median(rights[-share:]), median(sizes),
                            median(gaps.get(key) or [0.0]))
    return out


def _join(head: str, tail: str) -> str:
    """A paragraph's next line after the last: Chinese runs on; Latin text wrapped at a space gets it back (a line
    breaks inside Latin text only at a space, or after a hyphen or slash)."""
    if (head and tail and head[-1].isascii() and tail[0].isascii() and head[-1] not in "-/"
            and tail[0] not in ".,;:!?"):
        return head + " " + tail
    return head + tail


_OPENING = "（《“‘([{〈【「『〔［｛"
_CLOSING = "，。、；：？！）》”’)]}〉】」』〕］｝,.;:?!"


def first_chunk_width(line: Line) -> float:
    """Width of what a line could not have been broken before: its first character or Latin word, with the
    brackets and marks that cannot stand at a line's start or end."""
    glyphs = [g for g in line.glyphs if not g.text.isspace()]
    if not glyphs:
        return 0.0
    end = 0
    while end < len(glyphs) - 1 and glyphs[end].text in _OPENING:
        end += 1
    if glyphs[end].text.isascii():
        while end + 1 < len(glyphs) and glyphs[end + 1].text.isascii() and glyphs[end + 1].box.x0 - glyphs[
                end].box.x1 < 0.15 * glyphs[end].size:
            end += 1
    while end + 1 < len(glyphs) and glyphs[end + 1].text in _CLOSING:
        end += 1
    return glyphs[end].box.x1 - glyphs[0].box.x0


@dataclass
class _Open:
    """The paragraph being gathered."""

    lines: list[str]
    align: str
    heading: int
    last: Line
    key: tuple[str, int]
    page: int


def blocks_of(pages: list[PageContent]) -> tuple[list[Block], list[Grid]]:
    """Paragraphs and tables in reading order, and the tables joined from pieces on several pages."""
    margins = _margins(pages)
    blocks: list[Block] = []
    joined: list[Grid] = []
    current: _Open | None = None
    pending: Grid | None = None  # a table that may go on on the next page

    def close() -> None:
        nonlocal current
        if current is not None:
            text = "\n".join(current.lines) if current.align == "center" or current.heading else "".join(
                current.lines)
            blocks.append(Paragraph(text, heading=current.heading, align=current.align))
            current = None

    def flush_table() -> None:
        nonlocal pending
        if pending is not None:
            blocks.append(pending.raw())
            if len(pending.pages) > 1:
                joined.append(pending)
            pending = None

    for index, page in enumerate(pages):
        for position, (direction, item) in enumerate(page.items):
            if isinstance(item, Grid):
                close()
                if pending is not None and position == 0 and continues(pending, item):
                    pending = stitch(pending, item)
                else:
                    flush_table()
                    pending = item
                continue
            flush_table()
            key = (direction, round(page.frames[direction].width))
            m = margins[key]
            align, heading = _shape(item, m, index == 0)
            if current is not None and not _breaks(current, item, m, align, heading, key, current.page == index):
                if heading or align == "center":
                    current.lines.append(item.text)
                    current.align = current.align or align
                else:
                    current.lines[-1] = _join(current.lines[-1], item.text)
                current.last, current.page = item, index
                continue
            close()
            current = _Open([item.text], align, heading, item, key, index)
    close()
    flush_table()
    return blocks, joined


def _shape(line: Line, m: _Margins, first_page: bool) -> tuple[str, int]:
    """(alignment, structural level) of a line: a centred large line on the first page is the title."""
    box = line.box
    em = max(line.size, 1.0)
    left, right = box.x0 - m.left, m.right - box.x1
    align = ""
    if left > 2.5 * em and abs(left - right) < 1.5 * em:
        align = "center"
    elif right < 1.0 * em and left > (m.right - m.left) * 0.4:
        align = "right"
    heading = 1 if first_page and line.size >= m.body_size + TITLE_LARGER_PT else 0
    return align, heading


def _breaks(current: _Open, line: Line, m: _Margins, align: str, heading: int, key: tuple[str, int],
            same_page: bool) -> bool:
    """Whether `line` starts a new paragraph after the one being gathered."""
    em = max(line.size, 1.0)
    last = current.last
    if key != current.key or heading != current.heading or abs(line.size - last.size) >= 1.0:
        return True
    if heading == 1:  # a title over two lines, the first of them full
        return False
    if align == "center" or current.align == "center":
        return True
    if align == "right" or current.align == "right":
        return True
    if line.box.x0 - m.left >= INDENT_EM * em:
        return True
    room = m.right - last.box.x1
    if room >= SHORT_EM * em and room >= first_chunk_width(line) - 0.25 * em:
        return True
    return same_page and line.box.top - last.box.bottom > m.gap + 0.8 * em
