"""Reads a report out of a source document: title, page metadata, preamble, each part's text, each table, the
signature — for every format, keeping the format whose tables and headings the document fits best.

Which format: first the number of tables printed exactly in that format's layout, then whether the format is the
one in force for the report's year, then the parts recognised, then the values placed. So a 2022 report with a
2019 table 2 but a 2021 table 3 stays gov-2021 (its table 2 values are listed as not placed), while a report
printed wholly in the 2019 layout is read as gov-2019 whatever its year (the checks then warn FORMAT-VERSION).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from disclosure_desktop.domain.formats import CLOSING, PREAMBLE, ReportFormat, TableSpec, all_formats
from disclosure_desktop.domain.report import Cell, CellSource, Report
from disclosure_desktop.domain.textblocks import clean_line
from disclosure_desktop.importers.document import Block, Note, Paragraph, RawTable, SourceDocument
from disclosure_desktop.importers.frame import (
    Title,
    find_title,
    is_date_line,
    meta_fields,
    meta_values,
    parse_date,
    signature_start,
)
from disclosure_desktop.importers.identities import broken_identities
from disclosure_desktop.importers.labels import split_numbering, squeeze, vocabulary
from disclosure_desktop.importers.result import ImportResult, LabelMatch, Unplaced
from disclosure_desktop.importers.sections import candidates, match_sections
from disclosure_desktop.importers.tables import TableReader, affinity, clean_value
from disclosure_desktop.messages import ReportDataError

# A printed table is taken for a table of the format when this share of its labels are that table's labels.
TABLE_AFFINITY = 0.5
_SKIPPED_SHOWN = 3


@dataclass
class _Reading:
    """One format's reading of the document."""

    fmt: ReportFormat
    headings: dict[int, tuple[str, LabelMatch]]
    texts: dict[str, list[str]] = field(default_factory=dict)
    readers: dict[str, TableReader] = field(default_factory=dict)
    unknown_tables: list[Unplaced] = field(default_factory=list)
    page_agency: str = ""
    page_date: dt.date | None = None
    signature: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def score(self, year: int) -> tuple:
        fits = sum(1 for r in self.readers.values() if r.fits)
        placed = sum(len(r.values) for r in self.readers.values())
        unplaced = sum(len(r.unplaced) for r in self.readers.values())
        return fits, self.fmt.covers_year(year), len(self.headings), placed, -unplaced


def import_document(source: SourceDocument, name: str) -> ImportResult:
    formats = list(all_formats().values())
    title = find_title(source.blocks, formats)
    if title is None:
        raise ReportDataError("import.no_title", name=name)
    readings = [_read(fmt, source.blocks, title) for fmt in formats]
    best = max(readings, key=lambda r: r.score(title.year))
    if not best.headings and not any(r.values for r in best.readers.values()):
        raise ReportDataError("import.not_a_report", name=name)
    return _result(best, readings, source, title, name)


def _inside(path: tuple[int, ...], region: tuple[int, ...]) -> bool:
    return path[: len(region)] == region


def _region(blocks: list[Block], indexes: list[int]) -> tuple[int, ...]:
    """The innermost container of the recognised headings and tables: the report's own part of a web page."""
    paths = [blocks[i].path for i in indexes]
    if not paths:
        return ()
    common = paths[0]
    for path in paths[1:]:
        n = 0
        while n < min(len(common), len(path)) and common[n] == path[n]:
            n += 1
        common = common[:n]
    return common


def _read(fmt: ReportFormat, blocks: list[Block], title: Title) -> _Reading:
    start = title.last + 1
    headings = {i: (section.id, why) for i, (section, why) in match_sections(candidates(blocks, start), fmt).items()}
    reading = _Reading(fmt, headings)
    first = min(headings, default=len(blocks))
    anchors = list(headings) + [i for i in range(first, len(blocks)) if isinstance(blocks[i], RawTable)]
    region = _region(blocks, anchors)
    current = PREAMBLE
    paragraphs: dict[str, list[Paragraph]] = {PREAMBLE: []}
    tables: list[tuple[str, RawTable, bool]] = []
    last_table: dict[str, int] = {}
    for i in range(start, len(blocks)):
        block = blocks[i]
        if i in headings:
            current = headings[i][0]
            paragraphs.setdefault(current, [])
            continue
        if i > first and not _inside(block.path, region):
            reading.skipped.append(block.joined if isinstance(block, Paragraph) else block.caption or "▦")
            continue
        if isinstance(block, RawTable):
            tables.append((current, block, i < first))
            last_table[current] = len(paragraphs[current])
            continue
        fields = meta_fields(block.joined) if i < first else None
        if fields is not None:
            agency, day = meta_values(fields)
            reading.page_agency = reading.page_agency or agency
            reading.page_date = reading.page_date or day
            continue
        paragraphs[current].append(block)
    _split_signature(reading, paragraphs, current, last_table.get(current, 0), title.agency)
    for section_id, items in paragraphs.items():
        lines = [clean_line(line) for p in items for line in p.text.split("\n")]
        if any(lines):
            reading.texts[section_id] = [line for line in lines if line]
    for section_id, raw, before_first in tables:
        _route_table(reading, section_id, raw, before_first)
    return reading


def _split_signature(reading: _Reading, paragraphs: dict[str, list[Paragraph]], last: str, after_table: int,
                     agency: str) -> None:
    items = paragraphs[last]
    tail = items[after_table:]
    start = signature_start(tail, agency)
    if start is None:
        return
    end = start
    while end < len(tail) and not is_date_line(tail[end].joined):
        end += 1
    reading.signature = [p.joined for p in tail[start : end + 1]]
    reading.skipped += [p.joined for p in tail[end + 1 :]]
    del items[after_table + start :]


def _table_for(fmt: ReportFormat, section_id: str, raw: RawTable) -> tuple[str, TableSpec] | None:
    own = next((s for s in fmt.sections if s.id == section_id and s.table is not None), None)
    if own is not None and own.table is not None and affinity(raw, own.table) >= TABLE_AFFINITY:
        return own.id, own.table
    scored = [(affinity(raw, s.table), s.id, s.table) for s in fmt.sections if s.table is not None]
    scored = [x for x in scored if x[0] >= TABLE_AFFINITY]
    if not scored:
        return None
    _, sid, table = max(scored, key=lambda x: x[0])
    return sid, table


def _route_table(reading: _Reading, section_id: str, raw: RawTable, before_first: bool) -> None:
    if before_first and _page_meta_table(reading, raw):
        return
    target = _table_for(reading.fmt, section_id, raw)
    if target is None:
        where = section_id if section_id != PREAMBLE else ""
        for cell in raw.cells:
            value, is_number = clean_value(cell.text, "amount")
            if value and is_number:
                row = next((c.text for c in raw.grid[cell.row][: cell.col] if c is not None and c.text.strip()), "")
                reading.unknown_tables.append(Unplaced(where, row, "", cell.text.strip(),
                                                       Note.of("import.table_unknown")))
        return
    sid, spec = target
    reader = reading.readers.get(spec.id)
    if reader is None:
        reader = reading.readers[spec.id] = TableReader(spec, sid)
    reader.feed(raw)


def _page_meta_table(reading: _Reading, raw: RawTable) -> bool:
    """A web page's catalogue table (索引号 | … | 发布机构 | … | 成文日期 | …) before the report: metadata."""
    labels = {squeeze(label) for label in vocabulary().meta_labels}
    cells = sorted(raw.cells, key=lambda c: (c.row, c.col))
    keys = [c for c in cells if squeeze(c.text).rstrip(":：") in labels]
    if len(keys) < 2:
        return False
    for key in keys:
        following = next((c for c in cells if c.row == key.row and c.col == key.col + key.colspan), None)
        if following is None:
            continue
        agency, day = meta_values({squeeze(key.text).rstrip(":："): following.text})
        reading.page_agency = reading.page_agency or agency
        reading.page_date = reading.page_date or day
    return True


def _result(best: _Reading, readings: list[_Reading], source: SourceDocument, title: Title,
            name: str) -> ImportResult:
    fmt = best.fmt
    agency = title.agency or best.page_agency or (best.signature[0] if len(best.signature) > 1 else "")
    report = Report(fmt.id, agency, title.year)
    if title.text != report.generated_title:
        report.title = title.text
    day = best.page_date or (parse_date(best.signature[-1]) if best.signature else None)
    if day is not None:
        report.meta["published_on"] = day.isoformat()
    for key, value in source.embedded_meta.items():
        report.meta.setdefault(key, value)
    report.sections = {sid: "\n".join(lines) for sid, lines in best.texts.items()}
    if best.signature and best.signature != report.closing_lines():
        report.sections[CLOSING] = "\n".join(best.signature)
    printed: dict[str, str] = {}
    for _, (section_id, why) in sorted(best.headings.items()):
        printed[section_id] = why.printed
        section = fmt.section(section_id)
        own = why.printed if not fmt.numbered else _bare(why.printed)
        if squeeze(own) != squeeze(section.heading):
            report.headings[section_id] = own
    for reader in best.readers.values():
        for cid, text in reader.values.items():
            if text:
                report.cells[cid] = Cell(text, CellSource.IMPORTED)
    result = ImportResult(report, name, source.kind, headings=printed)
    result.matches = [why for _, (_, why) in sorted(best.headings.items())]  # in the order printed
    for reader in best.readers.values():
        result.matches += reader.matches
        result.unplaced += reader.unplaced
        result.tables.append(reader.summary())
        result.notes += reader.notes
    result.unplaced += best.unknown_tables
    result.notes = _format_notes(best, readings, title) + source.notes + result.notes
    if source.embedded_meta:
        result.notes.append(Note.of("import.embedded_meta", keys="、".join(source.embedded_meta)))
    skipped_before = [b.joined for b in source.blocks[: title.first] if isinstance(b, Paragraph)]
    for key, lines in (("import.skipped_before", skipped_before), ("import.skipped_after", best.skipped)):
        if lines:
            result.notes.append(Note.of(key, count=len(lines), sample=" | ".join(lines[:_SKIPPED_SHOWN])))
    result.unrecognised += _loose_headings(best, source.blocks, title)
    result.broken = broken_identities(report)
    for section in fmt.sections:
        # A numbered format prints only the parts with text: a part it does not print is not missing.
        if section.id not in printed and not fmt.numbered:
            result.unrecognised.append(Note.of("import.section_missing", heading=section.heading))
    return result


def _bare(text: str) -> str:
    return split_numbering(text)[1]


def _loose_headings(best: _Reading, blocks: list[Block], title: Title) -> list[Note]:
    out = []
    for candidate in candidates(blocks, title.last + 1):
        if candidate.index not in best.headings and candidate.ordinal is not None:
            out.append(Note.of("import.heading_unknown", text=candidate.text))
    return out


def _format_notes(best: _Reading, readings: list[_Reading], title: Title) -> list[Note]:
    """Why this format, and the layout each table was printed in when it is another format's."""
    fits = [best.readers[k].spec.id for k in best.readers if best.readers[k].fits]
    key = "import.format_chosen" if best.fmt.covers_year(title.year) else "import.format_chosen_other_year"
    notes = [Note.of(key, format=best.fmt.name, year=title.year, tables=len(fits))]
    for reader in best.readers.values():
        if reader.fits:
            continue
        for other in readings:
            if other is best:
                continue
            match = next((r for r in other.readers.values() if r.section_id == reader.section_id and r.fits), None)
            if match is not None:
                own_rows = {r.row.label for r in reader.off.leaf_rows}
                extra = [r.row.label for r in match.off.leaf_rows if r.row.label not in own_rows]
                notes.append(Note.of("import.layout_of_other", heading=best.fmt.section(reader.section_id).heading,
                                     format=other.fmt.name, rows="、".join(extra) or "—"))
                break
    return notes
