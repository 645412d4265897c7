"""Tables of a PDF page from its ruling lines, and a table split by a page break joined again.

A grid is read off the ruling lines (a rule missing between two slots merges them, as a merged cell prints), so
merged cells, wrapped labels and a landscape table come out as the same RawTable a Word file gives. Where a page
break cuts a table, the two pieces become one table; a label the break cut in two (“（四）无” / “法提供”) is joined
when the joined words are a label of the format data — the printed labels anchor the reading, not the drawing.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from disclosure_desktop.domain.formats import all_formats
from disclosure_desktop.importers.document import RawCell, RawTable
from disclosure_desktop.importers.labels import ACCEPT, compare, squeeze
from disclosure_desktop.importers.official import official
from disclosure_desktop.importers.pdf_layout import Box, Glyph, Segment, text_of, turn, turn_segment
from disclosure_desktop.importers.tables import clean_value

# Ruling lines this close are one line; pieces of one line this close are joined.
SNAP_PT = 1.5
JOIN_PT = 2.5
# A rule separates two slots when it runs along this share of their common edge.
RULE_COVER = 0.6
# Header rows repeated after a page break are looked for among this many first rows.
MAX_HEADER_ROWS = 5
# Two pieces are one table when their left and right edges agree within this.
EDGE_PT = 4.0
# Table 三 has some sixty ruling lines; a page with thousands of them is a drawing, not a report table.
MAX_RULES = 2000


@dataclass
class GridCell:
    row: int
    col: int
    rowspan: int
    colspan: int
    text: str


@dataclass
class Grid:
    """A table read from one page: its column edges (in its own frame) and its cells."""

    direction: str
    page_box: Box  # where it lies on the page: glyphs inside belong to it
    xs: list[float]
    height: int
    cells: list[GridCell]
    top: float  # its top in its frame, for reading order
    pages: tuple[int, ...] = ()  # the pages it is printed on
    joined: tuple[tuple[str, str], ...] = ()  # labels a page break cut, as printed on each side

    def raw(self) -> RawTable:
        cells = [RawCell(c.text, c.row, c.col, c.rowspan, c.colspan) for c in self.cells]
        return RawTable(cells, self.height, len(self.xs) - 1)


def _cluster(values: list[float], tolerance: float) -> list[float]:
    out: list[list[float]] = []
    for value in sorted(values):
        if out and value - out[-1][-1] <= tolerance:
            out[-1].append(value)
        else:
            out.append([value])
    return [sum(group) / len(group) for group in out]


def _merged(segments: list[Segment]) -> list[Segment]:
    """Collinear pieces joined: a rule drawn cell by cell becomes one line."""
    out: list[Segment] = []
    for horizontal in (True, False):
        same = sorted((s for s in segments if s.horizontal == horizontal), key=lambda s: (s.at, s.start))
        rows: list[list[Segment]] = []
        for segment in same:
            if rows and segment.at - rows[-1][0].at <= SNAP_PT:
                rows[-1].append(segment)
            else:
                rows.append([segment])
        for row in rows:
            at = sum(s.at for s in row) / len(row)
            pieces = sorted(row, key=lambda s: s.start)
            start, end = pieces[0].start, pieces[0].end
            for piece in pieces[1:]:
                if piece.start <= end + JOIN_PT:
                    end = max(end, piece.end)
                else:
                    out.append(Segment(horizontal, at, start, end))
                    start, end = piece.start, piece.end
            out.append(Segment(horizontal, at, start, end))
    return out


def _crosses(h: Segment, v: Segment) -> bool:
    return h.start - JOIN_PT <= v.at <= h.end + JOIN_PT and v.start - JOIN_PT <= h.at <= v.end + JOIN_PT


def _components(segments: list[Segment]) -> list[list[Segment]]:
    parent = list(range(len(segments)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(segments):
        if not a.horizontal:
            continue
        for j, b in enumerate(segments):
            if not b.horizontal and _crosses(a, b):
                parent[find(i)] = find(j)
    groups: dict[int, list[Segment]] = {}
    for i, segment in enumerate(segments):
        groups.setdefault(find(i), []).append(segment)
    return list(groups.values())


def _covered(segments: list[Segment], at: float, start: float, end: float) -> bool:
    need = (end - start) * RULE_COVER
    return any(abs(s.at - at) <= JOIN_PT and min(s.end, end) - max(s.start, start) >= need for s in segments)


def _bounds(segments: list[Segment]) -> Box:
    xs = [s.start for s in segments if s.horizontal] + [s.end for s in segments if s.horizontal]
    xs += [s.at for s in segments if not s.horizontal]
    ys = [s.start for s in segments if not s.horizontal] + [s.end for s in segments if not s.horizontal]
    ys += [s.at for s in segments if s.horizontal]
    return Box(min(xs), min(ys), max(xs), max(ys))


def find_grids(segments: list[Segment], glyphs: list[Glyph], page_width: float, page_height: float,
               page: int = 0) -> list[Grid]:
    """Every table a page's ruling lines draw (page number `page`), with the text of each cell."""
    grids: list[Grid] = []
    merged = _merged(segments)
    if len(merged) > MAX_RULES:  # no report table; joining them pairwise would take minutes
        return grids
    for component in _components(merged):
        if sum(s.horizontal for s in component) < 2 and sum(not s.horizontal for s in component) < 2:
            continue
        area = _bounds(component)
        inside = [g for g in glyphs if area.holds(g.page_box.cx, g.page_box.cy, 1.0)]
        if not inside:
            continue
        counts: dict[str, int] = {}
        for glyph in inside:
            counts[glyph.direction] = counts.get(glyph.direction, 0) + 1
        direction = max(counts, key=lambda d: counts[d])
        turned = [turn_segment(s, direction, page_width, page_height) for s in component]
        grid = _grid(turned, inside, direction, page_width, page_height, area, page)
        if grid is not None:
            grids.append(grid)
    return grids


def _grid(segments: list[Segment], glyphs: list[Glyph], direction: str, page_width: float, page_height: float,
          area: Box, page: int) -> Grid | None:
    horizontal = [s for s in segments if s.horizontal]
    vertical = [s for s in segments if not s.horizontal]
    outer = _bounds(segments)
    # The outer rules may be missing (an open table): the ends of the other rules stand for them.
    xs = _cluster([s.at for s in vertical] + [outer.x0, outer.x1], JOIN_PT)
    ys = _cluster([s.at for s in horizontal] + [outer.top, outer.bottom], JOIN_PT)
    rows, cols = len(ys) - 1, len(xs) - 1
    if rows < 2 or cols < 2:
        return None
    parent = list(range(rows * cols))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for r in range(rows):
        for c in range(cols):
            if c + 1 < cols and not _covered(vertical, xs[c + 1], ys[r], ys[r + 1]):
                parent[find(r * cols + c)] = find(r * cols + c + 1)
            if r + 1 < rows and not _covered(horizontal, ys[r + 1], xs[c], xs[c + 1]):
                parent[find(r * cols + c)] = find((r + 1) * cols + c)
    slots: dict[int, list[tuple[int, int]]] = {}
    for r in range(rows):
        for c in range(cols):
            slots.setdefault(find(r * cols + c), []).append((r, c))
    owner: dict[tuple[int, int], GridCell] = {}
    cells = []
    for members in slots.values():
        r0, c0 = min(r for r, _ in members), min(c for _, c in members)
        r1, c1 = max(r for r, _ in members), max(c for _, c in members)
        cell = GridCell(r0, c0, r1 - r0 + 1, c1 - c0 + 1, "")
        cells.append(cell)
        for member in members:
            owner[member] = cell
    texts: dict[int, list[Glyph]] = {}
    for glyph in glyphs:
        box = turn(glyph.page_box, direction, page_width, page_height)
        row_at = _index(ys, box.cy)
        col_at = _index(xs, box.cx)
        if row_at is not None and col_at is not None:
            texts.setdefault(id(owner[(row_at, col_at)]), []).append(glyph)
    for cell in cells:
        cell.text = text_of(texts.get(id(cell), []))
    cells.sort(key=lambda c: (c.row, c.col))
    return Grid(direction, area, xs, rows, cells, ys[0], (page,))


def _index(edges: list[float], value: float) -> int | None:
    for i in range(len(edges) - 1):
        if edges[i] - 1.0 <= value < edges[i + 1] + (1.0 if i == len(edges) - 2 else 0.0):
            return i
    return None


# --- a table cut by a page break


@cache
def known_labels() -> tuple[str, ...]:
    """Every printed label of every table of every format: what a cut label is joined into."""

    out: dict[str, None] = {}
    for fmt in all_formats().values():
        for section in fmt.sections:
            if section.table is None:
                continue
            off = official(section.table)
            for label in (*off.header_labels, *off.block_titles, *(r.row.label for r in off.rows)):
                if label:
                    out[label] = None
    return tuple(out)


def label_score(text: str) -> float:
    text = text.replace("\n", "")
    if not text.strip():
        return 0.0
    return max(compare(text, label).score for label in known_labels())


def _is_value(text: str) -> bool:
    _value, is_number = clean_value(text, "amount")
    return is_number and bool(squeeze(text))


def _signature(grid: Grid, row: int) -> tuple[str, ...]:
    return tuple(squeeze(c.text) for c in grid.cells if c.row == row)


def continues(first: Grid, second: Grid) -> bool:
    """`second`, first on its page, is the rest of `first`, last on the page before: same frame, same edges."""
    return (first.direction == second.direction and abs(first.xs[0] - second.xs[0]) <= EDGE_PT
            and abs(first.xs[-1] - second.xs[-1]) <= EDGE_PT)


def stitch(first: Grid, second: Grid) -> Grid:
    """One grid of two pieces: header rows the second repeats dropped, labels the break cut joined again."""
    repeated = 0
    while (repeated < min(MAX_HEADER_ROWS, first.height, second.height - 1)
           and any(_signature(second, repeated)) and _signature(second, repeated) == _signature(first, repeated)
           and not any(_is_value(c.text) for c in second.cells if c.row == repeated and c.text.strip())):
        repeated += 1
    xs = _cluster(first.xs + second.xs, JOIN_PT)

    def column(x: float) -> int:
        return min(range(len(xs)), key=lambda i: abs(xs[i] - x))

    def placed(grid: Grid, cell: GridCell, offset: int) -> GridCell:
        c0, c1 = column(grid.xs[cell.col]), column(grid.xs[cell.col + cell.colspan])
        return GridCell(cell.row + offset, c0, cell.rowspan, max(1, c1 - c0), cell.text)

    upper = [placed(first, c, 0) for c in first.cells]
    lower = [placed(second, c, first.height - repeated) for c in second.cells if c.row >= repeated]
    bottom = {(c.col, c.colspan): c for c in upper if c.row + c.rowspan == first.height}
    top = {(c.col, c.colspan): c for c in lower if c.row == first.height}
    joined = _join_cut_cells(bottom, top, lower)
    return Grid(first.direction, first.page_box, xs, first.height + second.height - repeated, upper + lower,
                first.top, first.pages + second.pages, first.joined + joined)


def _join_cut_cells(bottom: dict[tuple[int, int], GridCell], top: dict[tuple[int, int], GridCell],
                    lower: list[GridCell]) -> tuple[tuple[str, str], ...]:
    """Join each cell the break cut in two: a label whose halves make a known label, a merged cell continued
    blank; when a row label was cut, the row's value printed on one side only goes with it. Returns the labels
    joined from two printed halves."""
    joined: list[tuple[GridCell, GridCell]] = []
    row_cut = False
    for key, above in bottom.items():
        below = top.get(key)
        if below is None:
            continue
        a, b = above.text.strip(), below.text.strip()
        if a and b and not _is_value(a) and not _is_value(b):
            whole = label_score(a + b)
            if whole >= ACCEPT and whole > max(label_score(a), label_score(b)):
                joined.append((above, below))
                row_cut = row_cut or (above.rowspan == 1 and below.rowspan == 1)
        elif (a or b) and not (a and b) and not _is_value(a or b) and (above.rowspan > 1 or below.rowspan > 1):
            joined.append((above, below))
    if row_cut:
        taken = {id(below) for _, below in joined}
        for key, above in bottom.items():
            below = top.get(key)
            if below is not None and id(below) not in taken and bool(above.text.strip()) != bool(
                    below.text.strip()):
                joined.append((above, below))
    gone = set()
    halves = tuple((a.text.replace("\n", ""), b.text.replace("\n", "")) for a, b in joined
                   if a.text.strip() and b.text.strip() and not _is_value(a.text))
    for above, below in joined:
        above.rowspan = below.row + below.rowspan - above.row
        above.text = "\n".join(t for t in (above.text, below.text) if t.strip())
        gone.add(id(below))
    lower[:] = [c for c in lower if id(c) not in gone]
    return halves
