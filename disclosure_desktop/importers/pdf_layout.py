"""The geometry of a PDF page as a reader sees it: glyphs and ruling lines turned upright, glyphs gathered into lines.

A table printed on a landscape page may come as a landscape page or as a portrait page whose text runs up the
sheet (this program's own PDF); each glyph is moved into the frame in which its own text reads left to right, so
that every later step works on upright text whatever the page did. Coordinates are PDF points, y growing down.
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass
from statistics import median

# Text directions: the way a glyph's baseline runs on the page.
LTR, UP, DOWN, UPSIDE_DOWN = "ltr", "up", "down", "upside-down"
# A gap between two glyphs of a line is a space at this share of the font size (Latin text) …
LATIN_SPACE_EM = 0.15
# … and, beside a Chinese character, only beyond the line's usual gap by this much: Word and LibreOffice set a
# quarter em between Chinese and Latin letters (autospace) that no one typed.
CJK_SPACE_EM = 0.45
# Glyphs whose vertical centres are this share of their size apart are on one line.
SAME_LINE_EM = 0.5


@dataclass(frozen=True)
class Box:
    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.top + self.bottom) / 2

    def holds(self, x: float, y: float, slack: float = 0.0) -> bool:
        return self.x0 - slack <= x <= self.x1 + slack and self.top - slack <= y <= self.bottom + slack


@dataclass(frozen=True)
class Glyph:
    text: str
    box: Box  # in the frame of `direction`
    page_box: Box  # on the page as printed
    size: float
    font: str
    direction: str


@dataclass(frozen=True)
class Frame:
    """A page seen so that text of one direction reads left to right: its width and height in that view."""

    direction: str
    width: float
    height: float


def direction_of(matrix: tuple[float, ...]) -> str:
    a, b = matrix[0], matrix[1]
    if abs(a) >= abs(b):
        return LTR if a >= 0 else UPSIDE_DOWN
    return UP if b > 0 else DOWN


def turn(box: Box, direction: str, page_width: float, page_height: float) -> Box:
    """`box` (page coordinates) in the frame where text of `direction` reads left to right."""
    if direction == UP:  # reads bottom to top; the glyphs' tops point to the page's left edge
        return Box(page_height - box.bottom, box.x0, page_height - box.top, box.x1)
    if direction == DOWN:
        return Box(box.top, page_width - box.x1, box.bottom, page_width - box.x0)
    if direction == UPSIDE_DOWN:
        return Box(page_width - box.x1, page_height - box.bottom, page_width - box.x0, page_height - box.top)
    return box


def frame_of(direction: str, page_width: float, page_height: float) -> Frame:
    turned = direction in (UP, DOWN)
    return Frame(direction, page_height if turned else page_width, page_width if turned else page_height)


# A glyph drawn again this near (share of its size) over the same one is a bold face faked by overprinting.
OVERPRINT_EM = 0.2


def unified(text: str) -> str:
    """A Kangxi radical (⼈ U+2F08) or compatibility ideograph as the character it stands for (人): some writers map
    a CJK font's glyphs to them (spec platform notes: Qt with Noto or Fandol faces), and no report means them."""
    return "".join(unicodedata.normalize("NFKC", ch) if 0x2F00 <= ord(ch) <= 0x2FDF or 0xF900 <= ord(ch) <= 0xFAFF
                   else ch for ch in text)


def glyphs_of(chars: list[dict], page_width: float, page_height: float) -> list[Glyph]:
    """pdfplumber's chars as glyphs, each in its own reading frame; a glyph overprinted to fake bold counts once."""
    out: list[Glyph] = []
    recent: dict[str, list[Glyph]] = {}
    for char in chars:
        text = unified(char.get("text") or "")
        if not text:
            continue
        direction = direction_of(tuple(char.get("matrix") or (1, 0, 0, 1)))
        page_box = Box(char["x0"], char["top"], char["x1"], char["bottom"])
        box = turn(page_box, direction, page_width, page_height)
        # pdfminer's size of a turned glyph is its extent across the page: its advance, half for a Latin letter.
        size = float(char.get("size") or 0) if direction == LTR else box.bottom - box.top
        glyph = Glyph(text, box, page_box, size or box.bottom - box.top, char.get("fontname") or "", direction)
        same = recent.setdefault(text, [])
        slack = OVERPRINT_EM * glyph.size
        if not text.isspace() and any(abs(g.box.x0 - box.x0) < slack and abs(g.box.top - box.top) < slack
                                      for g in same[-8:]):
            continue
        same.append(glyph)
        out.append(glyph)
    return out


def is_wide(text: str) -> bool:
    """A Chinese character or full-width mark: no space is typed beside it."""
    return any(unicodedata.east_asian_width(ch) in "WF" for ch in text)


@dataclass
class Line:
    glyphs: list[Glyph]
    text: str

    @property
    def box(self) -> Box:
        boxes = [g.box for g in self.glyphs]
        return Box(min(b.x0 for b in boxes), min(b.top for b in boxes), max(b.x1 for b in boxes),
                   max(b.bottom for b in boxes))

    @property
    def size(self) -> float:
        return median(g.size for g in self.glyphs if not g.text.isspace()) if self.text.strip() else 0.0


def _line_text(glyphs: list[Glyph]) -> str:
    """The glyphs of one line, left to right, with a space where the gap is one."""
    inked = [g for g in glyphs if not g.text.isspace()]
    gaps = [b.box.x0 - a.box.x1 for a, b in itertools.pairwise(inked)]
    usual = max(0.0, median(gaps)) if gaps else 0.0
    out: list[str] = []
    previous: Glyph | None = None
    for glyph in glyphs:
        if glyph.text.isspace():
            if out and out[-1] != " ":
                out.append(" ")
            continue
        if previous is not None and out and out[-1] != " ":
            gap = glyph.box.x0 - previous.box.x1
            em = max(glyph.size, previous.size, 1.0)
            wide = is_wide(glyph.text) or is_wide(previous.text)
            if (not wide and gap > LATIN_SPACE_EM * em) or (wide and gap - usual > CJK_SPACE_EM * em):
                out.append(" ")
        out.append(glyph.text)
        previous = glyph
    return "".join(out).strip()


def lines_of(glyphs: list[Glyph]) -> list[Line]:
    """Glyphs of one frame gathered into lines, top to bottom; each line's glyphs left to right."""
    rows: list[list[Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: (g.box.cy, g.box.x0)):
        if rows:
            last = rows[-1]
            centre = median(g.box.cy for g in last)
            if abs(glyph.box.cy - centre) <= SAME_LINE_EM * min(glyph.size, last[0].size):
                last.append(glyph)
                continue
        rows.append([glyph])
    out = []
    for row in rows:
        row.sort(key=lambda g: g.box.x0)
        text = _line_text(row)
        if text:
            out.append(Line(row, text))
    return out


def text_of(glyphs: list[Glyph]) -> str:
    """The text of glyphs in a table cell: each direction read in its own frame, lines joined by line breaks."""
    by_direction: dict[str, list[Glyph]] = {}
    for glyph in glyphs:
        by_direction.setdefault(glyph.direction, []).append(glyph)
    parts = ["\n".join(line.text for line in lines_of(group)) for group in by_direction.values()]
    return "\n".join(p for p in parts if p)


@dataclass(frozen=True)
class Segment:
    """A ruling line: horizontal (`at` is its y, from `start` to `end` in x) or vertical (`at` is x)."""

    horizontal: bool
    at: float
    start: float
    end: float


# A filled rectangle this thin is a ruling line (Word and Qt draw borders as filled rectangles).
RULE_MAX_PT = 2.5


def segments_of(lines: list[dict], rects: list[dict], curves: list[dict], page: Box) -> list[Segment]:
    """Horizontal and vertical ruling lines of a page (page coordinates), from lines, thin or outlined rectangles
    and the straight pieces of paths. A rectangle covering most of the page (a background, a frame) is no rule."""
    out: list[Segment] = []

    def add(x0: float, y0: float, x1: float, y1: float) -> None:
        if abs(y1 - y0) <= RULE_MAX_PT and abs(x1 - x0) > RULE_MAX_PT:
            out.append(Segment(True, (y0 + y1) / 2, min(x0, x1), max(x0, x1)))
        elif abs(x1 - x0) <= RULE_MAX_PT and abs(y1 - y0) > RULE_MAX_PT:
            out.append(Segment(False, (x0 + x1) / 2, min(y0, y1), max(y0, y1)))

    for line in lines:
        add(line["x0"], line["top"], line["x1"], line["bottom"])
    width, height = page.x1 - page.x0, page.bottom - page.top
    for rect in rects:
        x0, top, x1, bottom = rect["x0"], rect["top"], rect["x1"], rect["bottom"]
        if x1 - x0 <= RULE_MAX_PT or bottom - top <= RULE_MAX_PT:
            add(x0, top, x1, bottom)
        elif not (x1 - x0 > 0.8 * width and bottom - top > 0.8 * height):
            add(x0, top, x1, top)
            add(x0, bottom, x1, bottom)
            add(x0, top, x0, bottom)
            add(x1, top, x1, bottom)
    for curve in curves:
        points = curve.get("pts") or []
        for (xa, ya), (xb, yb) in itertools.pairwise(points):
            add(xa, ya, xb, yb)
    return out


def turn_segment(segment: Segment, direction: str, page_width: float, page_height: float) -> Segment:
    if segment.horizontal:
        box = Box(segment.start, segment.at, segment.end, segment.at)
    else:
        box = Box(segment.at, segment.start, segment.at, segment.end)
    box = turn(box, direction, page_width, page_height)
    if box.bottom - box.top < box.x1 - box.x0:
        return Segment(True, box.cy, box.x0, box.x1)
    return Segment(False, box.cx, box.top, box.bottom)
