"""Reads a web page with lxml's HTML parser into paragraphs and table grids in reading order.

Text is laid out as a browser shows it: white space collapsed, <br> a line break, block elements separate lines,
hidden elements, scripts, forms and the page's navigation and footer landmarks left out. A <table> that holds
other tables is page layout and is read as containers; a table of cells is a data table and becomes a grid.

Parsing takes time linear in the page's size: the page is refused before parsing when it has more tags than any
report page, or a tag with more attributes than any page needs (libxml2 compares each attribute of a tag with
every earlier one: 200,000 on one tag took 139 s); the walk then counts what it reads (importers/page_bounds.py).
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from disclosure_desktop.importers.document import (
    Block,
    ItemBudget,
    Note,
    Paragraph,
    SourceDocument,
    TableTooLarge,
    place_rows,
)
from disclosure_desktop.importers.encoding import UnknownEncoding, decode_page
from disclosure_desktop.importers.page_bounds import check_markup, needs_decoding_first
from disclosure_desktop.importers.source import Source, Step, as_source
from disclosure_desktop.messages import ReportDataError

_SKIP = {
    "head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "map",
    "video", "audio", "select", "option", "button", "input", "textarea", "form", "nav", "aside",
}
_SKIP_ROLES = {"navigation", "search", "complementary"}
# The page's footer is left out, but an article's own footer (it may hold the signature) is not.
_PAGE_FOOTER_ROLES = {"contentinfo"}
_SECTIONING = {"article", "main", "section"}
_BLOCK = {
    "address", "article", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "div", "dl", "dt",
    "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "html", "li", "main",
    "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
# White space as HTML collapses it: ASCII blanks only (a no-break space or an ideographic space is text).
_COLLAPSE = re.compile(r"[ \t\n\r\f]+")
META_PREFIX = "disclosure-desktop:"


def read_html(file: Source | Path, step: Step | None = None) -> SourceDocument:
    """The paragraphs and tables of a web page (a path is read through importers/source first)."""
    source = as_source(file, "html", step)
    return parse_html(source.data, source.name, step)


def parse_html(data: bytes, name: str = "", step: Step | None = None) -> SourceDocument:
    if not needs_decoding_first(data):
        check_markup(data, name)  # before anything parses it, the encoding's <meta> included
    try:
        decoded = decode_page(data)
    except UnknownEncoding:
        raise ReportDataError("import.html_encoding", name=name) from None
    if "\x00" in decoded.text[:4096]:
        raise ReportDataError("import.html_not_page", name=name)
    if needs_decoding_first(data):
        check_markup(decoded.text.encode("utf-8"), name)
    parser = lxml_html.HTMLParser(encoding="utf-8", recover=True, no_network=True, remove_comments=True,
                                  remove_pis=True)
    try:
        root = lxml_html.document_fromstring(decoded.text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        raise ReportDataError("import.html_not_page", name=name) from None
    walker = _Walker(ItemBudget(name, step))
    walker.walk(root, ())
    walker.flush()
    notes = [Note.of("import.encoding", encoding=decoded.encoding, declared=decoded.declared or "—")]
    if walker.too_large:
        notes.append(Note.of("import.table_too_large", count=walker.too_large))
    embedded = {}
    for meta in root.iter("meta"):
        key = meta.get("name") or ""
        if key.startswith(META_PREFIX):
            embedded[key[len(META_PREFIX) :]] = meta.get("content") or ""
    return SourceDocument("html", walker.blocks, notes, embedded)


def _hidden(el) -> bool:
    if el.get("hidden") is not None or (el.get("aria-hidden") or "").lower() == "true":
        return True
    if (el.get("role") or "").lower() in _SKIP_ROLES:
        return True
    style = (el.get("style") or "").lower().replace(" ", "")
    return "display:none" in style or "visibility:hidden" in style


def _footer(el, tag: str) -> bool:
    return tag == "footer" or (el.get("role") or "").lower() in _PAGE_FOOTER_ROLES


def _align(el) -> str:
    value = (el.get("align") or "").lower()
    style = (el.get("style") or "").lower()
    for declaration in style.split(";"):
        prop, _, val = declaration.partition(":")
        if prop.strip() == "text-align":
            value = val.strip()
    return {"right": "right", "end": "right", "center": "center"}.get(value, "")


def _tag(el) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


class _Walker:
    """Walks the element tree once, gathering the text of the current line and emitting blocks at block edges."""

    def __init__(self, budget: ItemBudget) -> None:
        self.budget = budget
        self.blocks: list[Block] = []
        self.too_large = 0
        self._parts: list[str] = []
        self._heading = 0
        self._align = ""
        self._path: tuple[int, ...] = ()
        # Containers are numbered as they are entered: lxml's element proxies do not keep a stable id().
        self._count = 0
        # Sectioning elements (article, main, section) around the element walked: a footer inside one is the
        # article's own (it may hold the signature); counted on the way down, not looked up for each footer.
        self._sectioning = 0

    def flush(self) -> None:
        text = "".join(self._parts)
        lines = [_COLLAPSE.sub(" ", line).strip() for line in text.split("\n")]
        text = "\n".join(line for line in lines if line)
        if text:
            self.budget.take()
            self.blocks.append(Paragraph(text, self._heading, self._align, self._path))
        self._parts = []

    def _text(self, text: str | None) -> None:
        if text:
            self._parts.append(text.replace("\n", " ").replace("\r", " "))

    def walk(self, el, path: tuple[int, ...]) -> None:
        tag = _tag(el)
        if not tag or tag in _SKIP or _hidden(el) or (not self._sectioning and _footer(el, tag)):
            return
        if tag == "br":
            self._parts.append("\n")
            return
        if tag == "table" and el.find(".//table") is None:
            self.flush()
            self._table(el, path)
            return
        block = tag in _BLOCK
        if block:
            self.flush()
            saved = (self._heading, self._align, self._path)
            self._heading = _HEADINGS.get(tag, self._heading)
            self._align = _align(el) or self._align
            self._path = path
        self._text(el.text)
        self._count += 1
        inner = (*path, self._count) if block else path
        sectioning = tag in _SECTIONING
        self._sectioning += sectioning
        for child in el:
            self.walk(child, inner)
            self._text(child.tail)
        self._sectioning -= sectioning
        if block:
            self.flush()
            self._heading, self._align, self._path = saved

    def _table(self, table, path: tuple[int, ...]) -> None:
        caption = ""
        rows: list[list[tuple[str, int, int]]] = []
        for el in table.iter():
            tag = _tag(el)
            if tag == "caption" and not caption:
                caption = cell_text(el)
            elif tag == "tr" and not _hidden(el):
                row = []
                for cell in el:
                    if _tag(cell) in ("td", "th") and not _hidden(cell):
                        self.budget.take()
                        row.append((cell_text(cell), _span(cell.get("rowspan"), 1), _span(cell.get("colspan"), 1)))
                rows.append(row)
        try:
            self._count += 1
            self.blocks.append(place_rows(rows, caption, (*path, self._count)))
        except TableTooLarge:
            self.too_large += 1


def _span(value: str | None, default: int) -> int:
    digits = "".join(ch for ch in (value or "").strip() if ch.isdigit())
    return int(digits[:5]) if digits else default


def cell_text(el) -> str:
    """A cell's text as shown: inline markup (<span>, <font>, <strong>) dissolved, <br> and blocks as line breaks."""
    parts: list[str] = []

    def walk(node) -> None:
        tag = _tag(node)
        if not tag or tag in _SKIP or _hidden(node):
            return
        if tag == "br":
            parts.append("\n")
            return
        block = tag in _BLOCK
        if block and parts:
            parts.append("\n")
        if node.text:
            parts.append(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if block:
            parts.append("\n")

    walk(el)
    lines = [_COLLAPSE.sub(" ", line).strip() for line in "".join(parts).split("\n")]
    return "\n".join(line for line in lines if line)
