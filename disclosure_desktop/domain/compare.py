"""What changed between two states of a report — fields, table cells, paragraphs — listed as a clerk reads the
report, for the versions dialog and the command line (no Qt)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from disclosure_desktop.domain.formats import CLOSING, PREAMBLE, ReportFormat, UnknownFormatError, get_format
from disclosure_desktop.domain.report import Report
from disclosure_desktop.messages import message


@dataclass(frozen=True)
class FieldChange:
    """Agency, year, format, title, a metadata line or a heading override."""

    key: str
    label: str
    old: str
    new: str


@dataclass(frozen=True)
class CellChange:
    cell_id: str
    table: str  # the heading of the part the table is printed under
    row: str
    column: str
    old: str
    new: str
    section_id: str = ""

    @property
    def label(self) -> str:
        return " · ".join(p for p in (self.row, self.column) if p) or self.cell_id


@dataclass(frozen=True)
class ParagraphChange:
    """One run of paragraphs replaced, added (old empty) or removed (new empty)."""

    old: tuple[str, ...]
    new: tuple[str, ...]

    @property
    def kind(self) -> str:
        return "added" if not self.old else "removed" if not self.new else "changed"


@dataclass(frozen=True)
class SectionChange:
    section_id: str
    heading: str
    paragraphs: tuple[ParagraphChange, ...]


@dataclass(frozen=True)
class Part:
    """One part of the report as printed, with what changed in its text and in its table."""

    section_id: str
    heading: str
    paragraphs: tuple[ParagraphChange, ...]
    cells: tuple[CellChange, ...]


@dataclass
class Comparison:
    fields: list[FieldChange] = field(default_factory=list)
    cells: list[CellChange] = field(default_factory=list)
    sections: list[SectionChange] = field(default_factory=list)
    order: list[str] = field(default_factory=list)  # section ids in printed order

    def __bool__(self) -> bool:
        return bool(self.fields or self.cells or self.sections)

    def parts(self) -> list[Part]:
        """Text and table changes part by part, in the order the report prints them (as a clerk reads it)."""
        texts = {s.section_id: s for s in self.sections}
        out = []
        for sid in self.order + sorted({c.section_id for c in self.cells} - set(self.order)):
            cells = tuple(c for c in self.cells if c.section_id == sid)
            text = texts.get(sid)
            if text is None and not cells:
                continue
            heading = text.heading if text else (cells[0].table or sid)
            out.append(Part(sid, heading, text.paragraphs if text else (), cells))
        return out

    def lines(self) -> list[str]:
        """Plain lines, one change each (command line, tests, a clipboard)."""
        out = [f"{f.label}: {f.old or '—'} → {f.new or '—'}" for f in self.fields]
        for section in self.sections:
            for change in section.paragraphs:
                old, new = "\n".join(change.old) or "—", "\n".join(change.new) or "—"
                out.append(f"{section.heading}: {old} → {new}")
        out += [f"{c.table} · {c.label}: {c.old or '—'} → {c.new or '—'}" for c in self.cells]
        return out


def _format(report: Report) -> ReportFormat | None:
    try:
        return get_format(report.format_id)
    except UnknownFormatError:
        return None


def _paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def paragraph_changes(old: str, new: str) -> tuple[ParagraphChange, ...]:
    a, b = _paragraphs(old), _paragraphs(new)
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    return tuple(ParagraphChange(tuple(a[i1:i2]), tuple(b[j1:j2]))
                 for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal")


def inline_diff(old: str, new: str) -> list[tuple[str, str, str]]:
    """(tag, old piece, new piece) runs of two paragraphs, tag one of equal/replace/delete/insert."""
    matcher = difflib.SequenceMatcher(a=old, b=new, autojunk=False)
    return [(tag, old[i1:i2], new[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes()]


def _section_heading(fmt: ReportFormat | None, report: Report, section_id: str) -> str:
    if section_id == PREAMBLE:
        return message("compare.preamble")
    if section_id == CLOSING:
        return message("compare.closing")
    override = report.headings.get(section_id, "").strip()
    if override:
        return override
    if fmt is not None:
        try:
            return fmt.section(section_id).heading
        except KeyError:
            pass
    return section_id


def _section_order(fmt: ReportFormat | None, ids: set[str]) -> list[str]:
    known = [PREAMBLE, *(s.id for s in fmt.sections), CLOSING] if fmt else [PREAMBLE, CLOSING]
    return [s for s in known if s in ids] + sorted(ids - set(known))


def _fields(old: Report, new: Report) -> list[FieldChange]:
    out = []
    for key in ("agency", "year", "format_id", "title"):
        before, after = str(getattr(old, key)), str(getattr(new, key))
        if before != after:
            out.append(FieldChange(key, message(f"field.{key}"), before, after))
    for key in sorted(set(old.meta) | set(new.meta)):
        before, after = old.meta.get(key, ""), new.meta.get(key, "")
        if before != after:
            out.append(FieldChange(f"meta.{key}", message("compare.meta", key=key), before, after))
    fmt = _format(new) or _format(old)
    for key in _section_order(fmt, set(old.headings) | set(new.headings)):
        before, after = old.headings.get(key, ""), new.headings.get(key, "")
        if before != after:
            label = message("compare.heading", section=_section_heading(fmt, Report(new.format_id, "", 0), key))
            out.append(FieldChange(f"heading.{key}", label, before, after))
    return out


def _cells(old: Report, new: Report) -> list[CellChange]:
    fmt = _format(new) or _format(old)
    specs = fmt.cells if fmt else {}
    tables = {s.table.id: (s.id, s.heading) for s in fmt.sections if s.table is not None} if fmt else {}
    ids = set(old.cells) | set(new.cells)
    order = [cid for cid in specs if cid in ids] + sorted(ids - set(specs))
    out = []
    for cid in order:
        before, after = old.value(cid), new.value(cid)
        if before == after:
            continue
        spec = specs.get(cid)
        if spec is None:
            out.append(CellChange(cid, "", cid, "", before, after))
        else:
            section_id, heading = tables.get(spec.table_id, (spec.table_id, spec.table_id))
            out.append(CellChange(cid, heading, spec.row_label, spec.column.label, before, after, section_id))
    return out


def compare(old: Report, new: Report) -> Comparison:
    """Every difference from `old` to `new`, in the order the report prints them (cells in table order)."""
    fmt = _format(new) or _format(old)
    sections = []
    order = _section_order(fmt, set(old.sections) | set(new.sections))
    for sid in order:
        changes = paragraph_changes(old.text(sid), new.text(sid))
        if changes:
            sections.append(SectionChange(sid, _section_heading(fmt, new, sid), changes))
    if fmt is not None:
        order = _section_order(fmt, set(order) | {s.id for s in fmt.sections})
    return Comparison(_fields(old, new), _cells(old, new), sections, order)
