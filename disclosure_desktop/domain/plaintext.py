"""Reads a report published as plain text (title, opening, 一、… parts) into a report of a text-only format."""

from __future__ import annotations

import re

from disclosure_desktop.domain.formats import PREAMBLE, ReportFormat, get_format
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.textblocks import clean_line
from disclosure_desktop.domain.titles import agency_and_year
from disclosure_desktop.messages import ReportDataError

_PART = re.compile(r"^([一二三四五六七八九十]+)、\s*(.+)$")


def _section_for(fmt: ReportFormat, heading: str, taken: set[str]) -> str | None:
    """The format's section whose heading or match words fit a published heading best."""
    best, best_score = None, 0
    for section in fmt.sections:
        if section.id in taken or section.kind != "text":
            continue
        if heading == section.heading:
            return section.id
        score = sum(len(word) for word in section.match if word in heading)
        if score > best_score:
            best, best_score = section.id, score
    return best


def report_from_text(text: str, format_id: str = "narrative", year: int | None = None) -> Report:
    lines = [clean_line(line) for line in text.splitlines()]
    lines = [line for line in lines if line]
    if not lines:
        raise ReportDataError("text.no_title")
    fmt = get_format(format_id)
    title, body = lines[0], lines[1:]
    found = agency_and_year(title)
    if year is None:
        if not found:
            raise ReportDataError("text.no_year")
        year = found[1]
    agency = found[0] if found else title
    sections: dict[str, list[str]] = {PREAMBLE: []}
    headings: dict[str, str] = {}
    current = PREAMBLE
    for line in body:
        part = _PART.match(line)
        section_id = _section_for(fmt, part.group(2), set(sections)) if part else None
        if part and section_id:
            current = section_id
            sections[current] = []
            if part.group(2) != fmt.section(section_id).heading:
                headings[section_id] = part.group(2)
            continue
        sections[current].append(line)
    report = Report(
        format_id=fmt.id,
        agency=agency,
        year=year,
        sections={k: "\n".join(v) for k, v in sections.items() if v},
        headings=headings,
    )
    if title != report.generated_title:
        report.title = title
    return report
