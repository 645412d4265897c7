"""Test helper: reads an HTML page with the stdlib parser and resolves each <table>'s rowspan/colspan into a grid.

Tests assert on what a reader of the page gets (a label in a row, a number under a column header path), not on
the markup as a string. Only the standard library is used, so the helper checks the HTML independently of the
code that wrote it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from html.parser import HTMLParser

_BLOCK_TAGS = {"title", "h1", "h2", "h3", "h4", "h5", "h6", "p", "caption", "th", "td", "li", "dt", "dd"}
_VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Span:
    classes: tuple[str, ...]
    text: str = ""


@dataclass
class Block:
    """A text-bearing element (heading, paragraph, caption, cell …) with its text and inner <span>s."""

    tag: str
    attrs: dict[str, str]
    text: str = ""
    spans: list[Span] = field(default_factory=list)

    @property
    def classes(self) -> tuple[str, ...]:
        return tuple(self.attrs.get("class", "").split())


@dataclass
class Cell:
    tag: str  # "th" | "td"
    attrs: dict[str, str]
    text: str
    rowspan: int
    colspan: int
    group: str  # "thead" | "tbody" | "tfoot" | "" (rows outside a row group)
    group_index: int
    row: int = -1  # grid position of the cell's top-left slot
    col: int = -1

    @property
    def scope(self) -> str:
        return self.attrs.get("scope", "")

    @property
    def classes(self) -> tuple[str, ...]:
        return tuple(self.attrs.get("class", "").split())


@dataclass
class Table:
    attrs: dict[str, str]
    caption: str = ""
    rows: list[list[Cell]] = field(default_factory=list)
    row_groups: list[tuple[str, int]] = field(default_factory=list)  # (group tag, group index) per row
    grid: list[list[Cell | None]] = field(default_factory=list)

    @property
    def width(self) -> int:
        return max((len(r) for r in self.grid), default=0)

    @property
    def height(self) -> int:
        return len(self.grid)

    def text_grid(self) -> list[list[str]]:
        """Every slot's text; a merged cell's text repeats in each slot it covers."""
        return [[c.text if c else "" for c in row] + [""] * (self.width - len(row)) for row in self.grid]

    def cells(self) -> list[Cell]:
        return [c for row in self.rows for c in row]

    def cell_with_text(self, text: str) -> Cell:
        found = [c for c in self.cells() if c.text == text]
        if len(found) != 1:
            raise LookupError(f"{len(found)} cells read {text!r}")
        return found[0]

    def is_head_row(self, row: int) -> bool:
        return self.row_groups[row][0] == "thead"

    def row_of(self, label: str) -> int:
        """The one row whose innermost row header (the rightmost th scope=row covering it) reads `label`."""
        found = []
        for r, slots in enumerate(self.grid):
            headers = [c for c in slots if c is not None and c.tag == "th" and c.scope == "row"]
            if headers and max(headers, key=lambda c: c.col).text == label:
                found.append(r)
        if len(found) != 1:
            raise LookupError(f"{len(found)} rows are labelled {label!r}")
        return found[0]

    def column_path(self, row: int, col: int) -> tuple[str, ...]:
        """Texts of the column headers above slot (row, col): the head rows, then header rows of its own group."""
        group = self.row_groups[row]
        path: list[str] = []
        for r in range(row):
            if self.row_groups[r][0] != "thead" and self.row_groups[r] != group:
                continue
            slot = self.grid[r][col] if col < len(self.grid[r]) else None
            # Count a merged header once, on its top row.
            if slot is not None and slot.tag == "th" and slot.scope == "col" and slot.row == r:
                path.append(slot.text)
        return tuple(path)

    def column_of(self, row: int, *path: str) -> int:
        """The one column whose header path (seen from `row`) ends with `path`."""
        n = len(path)
        found = sorted(
            {c for c in range(self.width) if self.column_path(row, c)[-n:] == tuple(path) and self.grid[row][c]}
        )
        # A value cell spanning several columns matches once per column: keep its first.
        origins = {self.grid[row][c].col for c in found}  # type: ignore[union-attr]
        if len(origins) != 1:
            raise LookupError(f"{len(origins)} columns are headed {path!r}")
        return origins.pop()

    def value(self, row_label: str | None, *col_path: str) -> str:
        """Text of the cell in the row labelled `row_label` (None: the only body row) under `col_path`."""
        if row_label is None:
            body = [r for r in range(self.height) if not self.is_head_row(r)]
            if len(body) != 1:
                raise LookupError(f"{len(body)} body rows")
            row = body[0]
        else:
            row = self.row_of(row_label)
        cell = self.grid[row][self.column_of(row, *col_path)]
        assert cell is not None
        return cell.text


@dataclass
class Page:
    blocks: list[Block]
    tables: list[Table]
    tags: Counter[str]
    attrs: dict[str, list[dict[str, str]]]  # every start tag's attributes, by tag name
    style: str
    title: str

    def blocks_with(self, *tags: str) -> list[Block]:
        return [b for b in self.blocks if b.tag in tags]

    def table_captioned(self, caption: str) -> Table:
        found = [t for t in self.tables if t.caption == caption]
        if len(found) != 1:
            raise LookupError(f"{len(found)} tables have the caption {caption!r}")
        return found[0]


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self.tables: list[Table] = []
        self.tags: Counter[str] = Counter()
        self.attrs: dict[str, list[dict[str, str]]] = {}
        self._block_stack: list[Block] = []
        self._span_stack: list[Span] = []
        self._table_stack: list[Table] = []
        self._group: list[tuple[str, int]] = []
        self._group_counter = 0
        self._cell: Cell | None = None
        self._cell_text: list[str] = []
        self._in_caption = False
        self._in_style = False
        self.style = ""
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.tags[tag] += 1
        self.attrs.setdefault(tag, []).append(a)
        if tag == "style":
            self._in_style = True
        if tag == "table":
            # The print markup names a table by aria-label (Qt would print a <caption>).
            self._table_stack.append(Table(a, caption=a.get("aria-label", "")))
            self._group.append(("", 0))
        elif tag in ("thead", "tbody", "tfoot") and self._table_stack:
            self._group_counter += 1
            self._group[-1] = (tag, self._group_counter)
        elif tag == "tr" and self._table_stack:
            table = self._table_stack[-1]
            table.rows.append([])
            table.row_groups.append(self._group[-1])
        elif tag in ("td", "th") and self._table_stack:
            g = self._group[-1]
            self._cell = Cell(tag, a, "", int(a.get("rowspan") or 1), int(a.get("colspan") or 1), g[0], g[1])
            self._cell_text = []
        elif tag == "caption":
            self._in_caption = True
        if tag in _BLOCK_TAGS:
            self._block_stack.append(Block(tag, a))
        elif tag == "span" and self._block_stack:
            span = Span(tuple(a.get("class", "").split()))
            self._span_stack.append(span)
            self._block_stack[-1].spans.append(span)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "style":
            self._in_style = False
        if tag in _BLOCK_TAGS and self._block_stack and self._block_stack[-1].tag == tag:
            block = self._block_stack.pop()
            block.text = block.text.strip()
            self.blocks.append(block)
            if tag == "title":
                self.title = block.text
        elif tag == "span" and self._span_stack:
            self._span_stack.pop()
        if tag in ("td", "th") and self._cell is not None and self._table_stack:
            self._cell.text = "".join(self._cell_text).strip()
            self._table_stack[-1].rows[-1].append(self._cell)
            self._cell = None
        elif tag == "caption":
            self._in_caption = False
        elif tag in ("thead", "tbody", "tfoot") and self._group:
            self._group[-1] = ("", 0)
        elif tag == "table" and self._table_stack:
            table = self._table_stack.pop()
            self._group.pop()
            _resolve(table)
            self.tables.append(table)

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.style += data
            return
        for block in self._block_stack:
            block.text += data
        for span in self._span_stack:  # nested spans: the outer one holds the inner one's text too
            span.text += data
        if self._cell is not None:
            self._cell_text.append(data)
        if self._in_caption and self._table_stack:
            self._table_stack[-1].caption += data.strip()


def _resolve(table: Table) -> None:
    """Place each cell on the grid by the HTML table algorithm: skip slots taken by row/col spans from above."""
    taken: dict[tuple[int, int], Cell] = {}
    for r, row in enumerate(table.rows):
        c = 0
        for cell in row:
            while (r, c) in taken:
                c += 1
            cell.row, cell.col = r, c
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    if (r + dr, c + dc) in taken:
                        raise ValueError(f"cells overlap at {(r + dr, c + dc)}: {cell.text!r}")
                    taken[(r + dr, c + dc)] = cell
            c += cell.colspan
    height = max((r for r, _ in taken), default=-1) + 1
    width = max((c for _, c in taken), default=-1) + 1
    table.grid = [[taken.get((r, c)) for c in range(width)] for r in range(height)]


def parse_page(html: str) -> Page:
    parser = _Parser()
    parser.feed(html)
    parser.close()
    return Page(parser.blocks, parser.tables, parser.tags, parser.attrs, parser.style, parser.title)
