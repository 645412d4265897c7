"""Reads printed tables against a table of the format: header rows to official columns, row labels to official
rows, each value to its cell id — and every value that has no cell listed by its printed labels, never guessed.

Rows are classified by what they hold (a block's clause row, header labels, or a row label with values), so a
header repeated after a page break, a table split in two, a clause row of table 2 or a blank cell written as `/`
read the same as the official grid.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from disclosure_desktop.domain.formats import TableSpec, ValueKind
from disclosure_desktop.domain.layout import table_grid
from disclosure_desktop.domain.values import AMOUNT_PLACES, ValueFormatError, format_value, parse_value
from disclosure_desktop.importers.document import Note, RawCell, RawTable
from disclosure_desktop.importers.labels import ACCEPT, Likeness, accepted, compare, path_likeness, squeeze, vocabulary
from disclosure_desktop.importers.official import OfficialColumn, OfficialRow, OfficialTable, official
from disclosure_desktop.importers.result import Axis, LabelMatch, TableSummary, Unplaced

_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")
# Share of the official rows a printed table must show to count as the official layout.
FIT_ROWS = 0.8


def printed_unit(text: str, kind: str) -> str:
    """The unit printed after the number ("万元", "元", "件" …), "" for none."""
    vocab = vocabulary()
    value = squeeze(text)
    units = (*vocab.amount_units, *vocab.yuan_units) if kind == "amount" else vocab.count_units
    return next((u for u in units if value.endswith(u) and len(value) > len(u)), "")


@lru_cache(maxsize=1 << 14)  # a table's every cell is cleaned three or four times (kind, placing, notes)
def clean_value(text: str, kind: ValueKind) -> tuple[str, bool]:
    """("", True) for a blank or a "nothing" mark; (canonical text, True) for a number; (text, False) otherwise.

    An amount printed in 元 is read in 万元 when that is exact to six places; otherwise it stays as printed.
    """
    vocab = vocabulary()
    value = squeeze(text)
    if not value or value in vocab.blank_values:
        return "", True
    unit = printed_unit(text, kind)
    value = value[: len(value) - len(unit)]
    if "," in value:
        if not _GROUPED.fullmatch(value):
            return text.strip(), False
        value = value.replace(",", "")
    try:
        number = parse_value(kind, value)
    except ValueFormatError:
        return text.strip(), False
    if unit in vocab.yuan_units and number is not None:
        number = Decimal(number).scaleb(-4)
        exponent = number.normalize().as_tuple().exponent  # an int: a parsed amount is finite
        if isinstance(exponent, int) and -exponent > AMOUNT_PLACES:
            return text.strip(), False
    return format_value(kind, number), True


def _value_like(text: str) -> bool:
    value, ok = clean_value(text, "delta")
    if not ok:
        value, ok = clean_value(text, "amount")
    return ok and (bool(value) or bool(squeeze(text)))


@dataclass
class _Group:
    """Printed columns under one header cell (a value cell spanning three columns sits under one group)."""

    first: int
    last: int
    path: tuple[str, ...]
    leaf: RawCell | None

    @property
    def label(self) -> str:
        return "—".join(self.path)


@dataclass
class _Band:
    width: int
    groups: list[_Group]
    positional: bool = False
    maps: dict[int, dict[int, tuple[OfficialColumn, str, float]]] = field(default_factory=dict)


def _make_band(raw: RawTable, rows: list[int]) -> _Band:
    groups: list[_Group] = []
    for c in range(raw.width):
        cells: list[RawCell] = []
        for r in rows:
            cell = raw.grid[r][c]
            if cell is not None and not any(cell is x for x in cells):
                cells.append(cell)
        leaf = cells[-1] if cells else None
        path = tuple(x.text.replace("\n", "") for x in cells if x.text.strip())
        if groups and leaf is not None and groups[-1].leaf is leaf:
            groups[-1].last = c
        else:
            groups.append(_Group(c, c, path, leaf))
    return _Band(raw.width, groups)


class TableReader:
    """Reads one official table from one or more printed tables (a table split across pages is fed piece by piece)."""

    def __init__(self, spec: TableSpec, section_id: str) -> None:
        self.spec = spec
        self.section_id = section_id
        self.off: OfficialTable = official(spec)
        self.values: dict[str, str] = {}
        self.unplaced: list[Unplaced] = []
        self.notes: list[Note] = []
        self.rows_found: dict[str, str] = {}
        self.pieces = 0
        self._matches: dict[tuple[str, str, str], LabelMatch] = {}
        self._band: _Band | None = None
        self._last_order = -1

    # --- results

    @property
    def matches(self) -> list[LabelMatch]:
        return list(self._matches.values())

    @property
    def fits(self) -> bool:
        """The printed table is this table's layout: every value placed and (nearly) every official row found."""
        leaves = len(self.off.leaf_rows)
        return not self.unplaced and bool(self.rows_found) and len(self.rows_found) >= FIT_ROWS * leaves

    def summary(self) -> TableSummary:
        return TableSummary(self.section_id, self.spec.id, len(self.rows_found), len(self.off.leaf_rows),
                            sum(1 for v in self.values.values() if v), self.pieces)

    # --- reading

    def feed(self, raw: RawTable) -> None:
        self.pieces += 1
        if self._band is not None and self._band.width != raw.width:
            self._band = None
        header: list[int] = []
        for r in range(raw.height):
            own = raw.own_cells(r)
            if not any(c.text.strip() for c in own):
                continue
            kind = self._classify(raw, own)
            if kind == "title":
                header = []
                self._title_row(own[0].text)
                continue
            if kind == "header":
                if header and header[-1] != r - 1:
                    header = []
                header.append(r)
                continue
            if header:
                self._band = _make_band(raw, header)
                header = []
            if self._band is None:
                self._band = self._positional_band(raw)
            self._body_row(raw, r)

    def _classify(self, raw: RawTable, own: list[RawCell]) -> str:
        texts = [c.text for c in own if c.text.strip()]
        if len(own) == 1 and raw.width > 1 and own[0].colspan >= raw.width:
            return "title"
        if any(_value_like(c.text) for c in own):
            return "body"
        labels = self.off.header_labels + self.off.stub_labels
        scores = [max((compare(t, h).score for h in labels), default=0.0) for t in texts]
        share = sum(s >= ACCEPT for s in scores) / len(scores)
        row_best = max((compare(texts[0], r.row.label).score for r in self.off.rows if r.row.label), default=0.0)
        if share >= 0.5 and max(scores) >= row_best:
            return "header"
        # Labels only, led by the stub's own header (信息内容), or several labels none of which names a row: the
        # header of columns this format does not have (their values are then named as not placed).
        leads_stub = any(compare(texts[0], label).accepted for label in self.off.stub_labels)
        return "header" if leads_stub or (len(texts) >= 2 and row_best < ACCEPT) else "body"

    def _title_row(self, text: str) -> None:
        titles = [(compare(text, t), t) for t in self.off.block_titles]
        groups = [(compare(text, r.row.label), r.row.label) for r in self.off.rows if r.is_group]
        best = max(titles + groups, key=lambda x: x[0].score, default=None)
        if best and best[0].accepted:
            self._record("block", text, best[1], best[1], best[0])
        else:
            self._record("block", text, "", "", Likeness(0.0, "none"))

    def _positional_band(self, raw: RawTable) -> _Band | None:
        """A piece with no header row of its own and none before it: columns by their place in the official grid."""
        grid = table_grid(self.spec)
        if len(self.spec.blocks) != 1 or raw.width != grid.width:
            return None
        block = self.spec.blocks[0]
        by_col: dict[int, OfficialColumn] = {}
        col = block.stub_width
        for oc in self.off.columns[0]:
            for c in range(col, col + oc.column.span):
                by_col[c] = oc
            col += oc.column.span
        groups = [_Group(c, c, by_col[c].path if c in by_col else (), None) for c in range(raw.width)]
        band = _Band(raw.width, groups, positional=True)
        band.maps[0] = {i: (by_col[g.first], "position", 1.0) for i, g in enumerate(groups) if g.first in by_col}
        return band

    def _mapping(self, band: _Band, block: int) -> dict[int, tuple[OfficialColumn, str, float]]:
        """Printed column group → official column of `block`, each used once, closest labels first."""
        if block in band.maps:
            return band.maps[block]
        columns = self.off.columns[block]
        scored = []
        for gi, group in enumerate(band.groups):
            for oc in columns:
                lk = path_likeness(group.path, oc.path)
                if lk.accepted:
                    scored.append((lk, gi, oc))
        first = min((gi for _, gi, _ in scored), default=0)
        scored.sort(key=lambda x: (-round(x[0].score, 3), abs((x[1] - first) - x[2].order)))
        mapping: dict[int, tuple[OfficialColumn, str, float]] = {}
        used: set[str] = set()
        for lk, gi, oc in scored:
            if gi in mapping or oc.column.id in used:
                continue
            how = lk.how
            same_name = [o for o in columns if o is not oc and compare(band.groups[gi].path[-1], o.path[-1]).score
                         >= compare(band.groups[gi].path[-1], oc.path[-1]).score]
            if same_name:
                alternatives = [path_likeness(band.groups[gi].path, o.path).score for o in same_name]
                how = "context" if max(alternatives) < lk.score else "position"
            mapping[gi] = (oc, how, lk.score)
            used.add(oc.column.id)
        band.maps[block] = mapping
        for gi, (oc, how, score) in mapping.items():
            self._record("column", band.groups[gi].label, "—".join(oc.path), oc.column.id, Likeness(score, how))
        return mapping

    def _stub_end(self, band: _Band) -> int:
        """Where the row labels end: after the leading columns headed by the stub's label or the corner (or by
        nothing), else at the first column that matched an official column."""
        end = 0
        for group in band.groups:
            blank = not group.path
            stub = any(compare(group.path[-1], label).accepted for label in self.off.stub_labels) if not blank else True
            if not stub:
                break
            end = group.last + 1
        if end:
            return end
        starts = []
        for block in range(len(self.spec.blocks)):
            mapping = self._mapping(band, block)
            starts += [band.groups[gi].first for gi in mapping]
        return min(starts, default=0)

    def _body_row(self, raw: RawTable, r: int) -> None:
        band = self._band
        if band is None:
            self._unplace_row(raw, r, 0, None, "import.no_header")
            return
        stub_end = self._stub_end(band)
        stub: list[RawCell] = []
        for c in range(min(stub_end, raw.width)):
            cell = raw.grid[r][c]
            if cell is not None and not any(cell is x for x in stub):
                stub.append(cell)
        leaf = stub[-1].text.replace("\n", "") if stub else ""
        parents = tuple(x.text.replace("\n", "") for x in stub[:-1] if x.text.strip())
        found = self._match_row(leaf, parents)
        if found is None:
            self._record("row", leaf, "", "", Likeness(0.0, "none"))
            self._unplace_row(raw, r, stub_end, band, "import.row_unknown")
            return
        orow, lk = found
        self._record("row", leaf, orow.row.label or Note.of("import.only_row").text, orow.row.id or "", lk)
        if orow.is_group:
            self._unplace_row(raw, r, stub_end, band, "import.row_is_group")
            return
        self.rows_found[orow.row.id or ""] = leaf
        self._last_order = orow.order
        mapping = self._mapping(band, orow.block)
        for gi, group in enumerate(band.groups):
            if group.last < stub_end:
                continue
            cells = self._cells_of(raw, r, group)
            if not cells:
                continue
            target = mapping.get(gi)
            if target is None:
                for cell in cells:
                    self._unplace(leaf, group.label or self._column_name(group), cell.text, "import.column_unknown")
                continue
            self._place(orow, target[0], leaf, group, cells)

    def _cells_of(self, raw: RawTable, r: int, group: _Group) -> list[RawCell]:
        """The non-blank cells of row `r` under `group` that start in that row."""
        out: list[RawCell] = []
        for c in range(group.first, min(group.last + 1, raw.width)):
            cell = raw.grid[r][c]
            if cell is None or cell.row != r or any(cell is x for x in out):
                continue
            if clean_value(cell.text, "amount")[0] or not clean_value(cell.text, "amount")[1]:
                out.append(cell)
        return out

    def _place(self, orow: OfficialRow, oc: OfficialColumn, leaf: str, group: _Group, cells: list[RawCell]) -> None:
        cell_id = self.spec.cell_id(orow.row.id or "", oc.column.id)
        kind = oc.column.kind
        cleaned = [clean_value(c.text, kind) for c in cells]
        texts = {text for text, _ in cleaned}
        if cell_id not in self.spec.cells or len(texts) > 1:
            for cell in cells:
                self._unplace(leaf, group.label, cell.text, "import.values_conflict")
            return
        text, is_number = cleaned[0]
        if cell_id in self.values and self.values[cell_id] != text:
            self._unplace(leaf, group.label, cells[0].text, "import.duplicate_cell")
            return
        self.values[cell_id] = text
        if not is_number:
            self.notes.append(Note.of("import.not_a_number", row=leaf, column=group.label, value=text))
        elif kind == "amount" and printed_unit(cells[0].text, kind):
            self.notes.append(Note.of("import.amount_unit", row=leaf, column=group.label,
                                      printed=squeeze(cells[0].text), value=text))

    def _match_row(self, leaf: str, parents: tuple[str, ...]) -> tuple[OfficialRow, Likeness] | None:
        candidates = []
        for orow in self.off.rows:
            label = orow.row.label
            if not leaf and not label:
                lk = Likeness(1.0, "exact")
            elif not leaf or not label or not accepted(leaf, label):  # the cheap bound first: most rows are far
                continue
            else:
                lk = compare(leaf, label)
            if orow.parents:
                context = sum(max((compare(p, op).score for p in parents), default=0.5) for op in orow.parents)
                context /= len(orow.parents)
            else:
                context = 1.0 if not parents else 0.9
            total = lk.score * 0.85 + context * 0.15
            taken = (orow.row.id or "") in self.rows_found
            candidates.append((round(total, 3), not taken, -abs(orow.order - (self._last_order + 1)), orow, lk))
        if not candidates:
            return None
        candidates.sort(key=lambda c: c[:3], reverse=True)
        best = candidates[0]
        lk = best[4]
        rivals = [c for c in candidates[1:] if c[4].score >= lk.score]
        if rivals:
            lk = Likeness(lk.score, "context" if best[0] > max(c[0] for c in rivals) else "position")
        return best[3], lk

    # --- bookkeeping

    def _column_name(self, group: _Group) -> str:
        return Note.of("import.column_at", n=group.first + 1).text

    def _unplace_row(self, raw: RawTable, r: int, start: int, band: _Band | None, reason: str) -> None:
        own = [c for c in raw.own_cells(r) if c.col >= start]
        leaf = ""
        for c in raw.grid[r][:start]:
            if c is not None and c.text.strip():
                leaf = c.text.replace("\n", "")
        for cell in own:
            value, _ = clean_value(cell.text, "amount")
            if not value and clean_value(cell.text, "amount")[1]:
                continue
            column = ""
            if band is not None:
                column = next((g.label for g in band.groups if g.first <= cell.col <= g.last), "")
            self._unplace(leaf, column or Note.of("import.column_at", n=cell.col + 1).text, cell.text, reason)

    def _unplace(self, row: str, column: str, value: str, reason: str) -> None:
        self.unplaced.append(Unplaced(self.section_id, row, column, value.strip(), Note.of(reason)))

    def _record(self, axis: Axis, printed: str, official_label: str, target: str, lk: Likeness) -> None:
        key = (axis, printed, target)
        if key not in self._matches:
            self._matches[key] = LabelMatch(self.section_id, axis, printed, official_label, target,
                                            lk.how if official_label else "none", lk.score)


def affinity(raw: RawTable, spec: TableSpec) -> float:
    """Share of the printed table's labels that are labels of `spec` (which table a printed one is)."""
    off = official(spec)
    labels = (*off.header_labels, *off.stub_labels, *off.block_titles, *(r.row.label for r in off.rows if r.row.label))
    texts = list(dict.fromkeys(c.text.replace("\n", "") for c in raw.cells
                               if c.text.strip() and not _value_like(c.text)))[:80]
    if not texts:
        return 0.0
    hits = sum(1 for t in texts if any(accepted(t, label) for label in labels))
    return hits / len(texts)
