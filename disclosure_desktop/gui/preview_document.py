"""The preview's page as one rich-text document per part of the report, laid out one under the other, so that a
keystroke makes Qt read and lay out again only the part it changed.

Measured on a full report: its three tables are ≈ 95 % of what QTextDocument.setHtml and the layout cost
(≈ 35 of ≈ 40 ms here, with the GIL held throughout, so no thread can take it off the GUI thread). Typing in a
text part then waited for tables that had not changed; a part alone takes 1–8 ms.
"""

from __future__ import annotations

import re
from itertools import pairwise

from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import QPainter, QTextDocument

# The page's top-level parts are <div>s (the opening, each section, the closing). User text is escaped, so a
# "<div" in the markup is always the template's own.
_DIV = re.compile(r"<(/?)div\b")


def split_page(html: str) -> list[str]:
    """The page as pages of one part each: what precedes the first top-level <div> of <body>, then each such <div>.

    Each keeps the page's <head> (its style sheet). A page without that shape comes back whole.
    """
    start, end = html.find("<body>"), html.rfind("</body>")
    if start < 0 or end < start:
        return [html]
    start += len("<body>")
    head, body, tail = html[:start], html[start:end], html[end:]
    cuts, depth = [0], 0
    for tag in _DIV.finditer(body):
        if tag.group(1):
            depth -= 1
            continue
        if depth == 0:
            cuts.append(tag.start())
        depth += 1
    if depth != 0:  # not the markup this expects: one part, exactly as before
        return [html]
    cuts.append(len(body))
    parts = [body[a:b].rstrip() for a, b in pairwise(cuts) if body[a:b].strip()]
    return [head + part + tail for part in parts] or [html]


class PartedDocument:
    """The parts' documents at one text width; `set_html` keeps the layout of every part whose markup is unchanged."""

    def __init__(self, owner: QObject, text_width: float) -> None:
        self._owner = owner
        self._width = text_width
        self._pixel_size = 0
        self._docs: list[QTextDocument] = []
        self._html: list[str] = []
        self._tops: list[float] = []
        self._height = 0.0

    def set_default_pixel_size(self, size: int) -> None:
        self._pixel_size = size
        for doc in self._docs:
            self._apply_font(doc)

    def _apply_font(self, doc: QTextDocument) -> None:
        if self._pixel_size:
            font = doc.defaultFont()
            font.setPixelSize(self._pixel_size)
            doc.setDefaultFont(font)

    def set_html(self, html: str) -> None:
        pages = split_page(html) if html else []
        while len(self._docs) < len(pages):
            doc = QTextDocument(self._owner)
            doc.setDocumentMargin(0)
            self._apply_font(doc)
            self._docs.append(doc)
            self._html.append("\0")  # never equal to a page: set below
        for doc in self._docs[len(pages):]:
            doc.deleteLater()
        del self._docs[len(pages):], self._html[len(pages):]
        for index, page in enumerate(pages):
            if self._html[index] != page:
                doc = self._docs[index]
                doc.setHtml(page)
                doc.setTextWidth(self._width)
                self._html[index] = page
        self._place()

    def _place(self) -> None:
        # A document lays its first block out without the block's top margin; in one document that margin (or
        # the larger bottom margin of the block above) is the space between two parts (measured: within 3 px of
        # the single document over a whole report).
        self._tops, y, below = [], 0.0, 0.0
        for index, doc in enumerate(self._docs):
            if index:
                y += max(below, doc.begin().blockFormat().topMargin())
            self._tops.append(y)
            y += doc.size().height()
            below = doc.lastBlock().blockFormat().bottomMargin()
        self._height = y

    def height(self) -> float:
        return self._height

    def plain_text(self) -> str:
        return "\n".join(doc.toPlainText() for doc in self._docs)

    def block_top(self, prefix: str) -> float | None:
        """Where the first block that starts with `prefix` begins, from the top of the first part."""
        for top, doc in zip(self._tops, self._docs, strict=True):
            block = doc.begin()
            while block.isValid():
                if block.text().strip().startswith(prefix):
                    return top + doc.documentLayout().blockBoundingRect(block).top()
                block = block.next()
        return None

    def draw(self, painter: QPainter, visible: QRectF) -> None:
        """Paint the parts that reach into `visible` (in page coordinates, as QTextDocument.drawContents takes)."""
        for top, doc in zip(self._tops, self._docs, strict=True):
            # Clipped to the part itself: a part paints its page background over all of the rectangle it gets.
            own = QRectF(visible.left(), top, visible.width(), doc.size().height()).intersected(visible)
            if own.isEmpty():
                continue
            painter.save()
            painter.translate(0, top)
            doc.drawContents(painter, own.translated(0, -top))
            painter.restore()
