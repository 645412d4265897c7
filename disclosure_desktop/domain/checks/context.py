"""What every rule needs of one run: the report's parsed values, its official labels and a problem factory."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from disclosure_desktop.domain.formats import CLOSING, PREAMBLE, ReportFormat
from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.values import ValueFormatError, format_value, parse_value
from disclosure_desktop.messages.checks import msg

from .labels import FormatIndex, format_index
from .problem import AGENCY, TITLE, Fix, Problem, severity_of
from .settings import CheckSettings, settings_for

Number = int | Decimal


class Context:
    def __init__(self, report: Report, previous: Report | None, repetition_threshold: float | None = None,
                 published: dt.date | None = None) -> None:
        self.report = report
        # The publication recorded after 发布 (spec §12) goes before the date the clerk planned on the start page.
        self.published = published or report.published_on()
        self.fmt: ReportFormat = report.format
        self.index: FormatIndex = format_index(self.fmt)
        self.settings: CheckSettings = settings_for(self.fmt)
        self.repetition_threshold = (
            self.settings.repetition_threshold if repetition_threshold is None else repetition_threshold
        )
        # History rules compare with last year only: a report of another year or agency would mislead.
        self.previous = previous if previous is not None and previous.year == report.year - 1 else None
        self.values: dict[str, Number | None] = {}
        self.invalid: dict[str, str] = {}
        cells = self.fmt.cells
        for cid, cell in report.cells.items():
            spec = cells.get(cid)
            if spec is None:
                continue
            try:
                self.values[cid] = parse_value(spec.kind, cell.value)
            except ValueFormatError as exc:
                self.invalid[cid] = exc.reason
        self._headings = dict(report.printed_sections())

    # Values

    def number(self, cid: str) -> Number | None:
        """The value with blank = 0; None when the text is not a valid number (VALUE reports it)."""
        if cid in self.invalid:
            return None
        value = self.values.get(cid)
        return 0 if value is None else value

    def is_blank(self, cid: str) -> bool:
        return cid not in self.invalid and self.values.get(cid) is None

    def text_of(self, cid: str, value: Number) -> str:
        return format_value(self.fmt.cells[cid].kind, value)

    # Labels

    def heading(self, section_id: str) -> str:
        if section_id == PREAMBLE:
            return msg("place.preamble")
        if section_id == CLOSING:
            return msg("place.closing")
        if section_id in self._headings:
            return self._headings[section_id]
        try:
            return self.fmt.section(section_id).heading
        except KeyError:
            return section_id

    def place(self, cid: str) -> str:
        p = self.index.cells[cid]
        section = self.heading(p.section_id)
        if p.row:
            return msg("place.cell", section=section, row=p.row, col=p.column)
        return msg("place.cell_no_row", section=section, col=p.column)

    def text_place(self, location: str) -> str:
        if location == TITLE:
            return msg("place.title")
        if location == AGENCY:
            return msg("place.agency")
        if location in (PREAMBLE, CLOSING):
            return self.heading(location)
        return "「" + self.heading(location) + "」"

    def section_of(self, cid: str) -> str:
        return self.index.cells[cid].section_id

    # Problems

    def problem(
        self,
        rule: str,
        location: str,
        message: str,
        section_id: str,
        cell_ids: tuple[str, ...] = (),
        fix: Fix | None = None,
        spans: tuple[tuple[int, int], ...] = (),
    ) -> Problem:
        return Problem(severity_of(rule), rule, location, message, section_id, cell_ids, fix, spans=spans)
