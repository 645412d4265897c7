"""What may go into a report — file size, text length, number size, JSON nesting, characters — in one place.

The limits are generous for real reports and stop what would make the program hang or a file unusable: the
longest published 年度报告 we have seen has ≈ 25,000 characters in all; a 50 MB import made every start hang and
a PDF export run past 240 s. Typed text and every import (JSON, text, Word, web page) pass through here.
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from disclosure_desktop.domain.formats import ReportFormat, UnknownFormatError, ValueKind, get_format
from disclosure_desktop.domain.report import META_KEYS, Report
from disclosure_desktop.domain.step_names import cell_name, section_name
from disclosure_desktop.domain.values import ValueFormatError, parse_value
from disclosure_desktop.messages import ReportDataError, message

MB = 1024 * 1024
# Every file read as a report is bounded by what it really is (importers/source.py opens them all): its bytes as
# read, a zip's parts as they inflate, a page's tags as parsed. docs/reliability.md states the same numbers.
# Largest file by kind: a text-like report is tens of kilobytes; a page may inline its images; a Word file or a
# PDF may carry a scanned seal; a submission package holds the report three times (spec §12).
MAX_FILE_BYTES = {"json": 2 * MB, "txt": 2 * MB, "html": 10 * MB, "docx": 20 * MB, "pdf": 50 * MB,
                  "package": 100 * MB}
# What a zip may inflate to, all parts together, counted as they really inflate (declared sizes are not believed).
MAX_INFLATED_BYTES = {"docx": 64 * MB, "package": 100 * MB}
# The XML a Word file's text is parsed from (a report's is under 2 MB; 16 MB parses in ≈ 0.5 s into ≈ 100 MB).
MAX_DOCX_XML_BYTES = 16 * MB
MAX_ZIP_MEMBERS = 1000  # a report's Word file has some twenty parts; each member costs memory before it is read
# Per member of a submission package: its JSON, its PDF and its Word file within what each may be on its own.
MAX_PACKAGE_MEMBER_BYTES = {"manifest.json": 64 * 1024, "report.json": 2 * MB, "report.pdf": 50 * MB,
                            "report.docx": 20 * MB}
MAX_PDF_PAGES = 200  # a report has some ten pages; hundreds are a collection or a scan
# Tags of a web page, and attributes of one tag: a report's page has a few thousand tags of a few attributes each.
# The HTML parser compares each attribute with every earlier one of its tag: 200,000 on one tag took 139 s.
MAX_PAGE_TAGS = 50_000
MAX_TAG_ATTRIBUTES = 1000
# Paragraphs and table cells read from a document: a report has several hundred.
MAX_DOCUMENT_ITEMS = 50_000
MAX_SECTION_CHARS = 50_000  # one part of the report (the longest real part we know has ≈ 9,000)
MAX_REPORT_CHARS = 200_000  # all texts together
MAX_TITLE_CHARS = 100  # Word refuses a title property over 255; a printed title has two lines of ≈ 20
MAX_AGENCY_CHARS = 100
MAX_HEADING_CHARS = 100
MAX_META_CHARS = 500  # contact lines, dates, agency kind
MAX_REASON_CHARS = 500  # an acknowledged warning's reason
MAX_NAME_CHARS = 50  # the name of a version, of the person who signs
MAX_CELL_CHARS = 30  # a table cell as stated (a number, or text a check will report)
# Whole numbers (件, 条, 次) up to 999,999,999; 万元 amounts below one billion with at most six places.
MAX_WHOLE = 999_999_999
MAX_AMOUNT = Decimal("999999999.999999")
MAX_NUMBER_DIGITS = 16  # digits in a number as written, before it is even read
MAX_JSON_DEPTH = 10  # a report document nests three deep

_LINE_BREAKS = re.compile(r"\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
# C0 and C1 controls other than tab and line feed, DEL, lone surrogates (not storable as UTF-8) and non-characters.
_REMOVED = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_EXPONENT = re.compile(r"^\s*[+-]?(\d+\.?\d*|\.\d+)[eE][+-]?\d+\s*$")
# What a terminal would act on or that reorders text on screen (bidirectional overrides, isolates).
_TERMINAL = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """`text` with every control character other than \\n and \\t removed; other line breaks become \\n.

    Word's manual line break (VT), form feed and the Unicode line/paragraph separators are line breaks to a clerk;
    NUL, ESC and the rest are invisible, break the Word export and reach terminals raw.
    """
    return _REMOVED.sub("", _LINE_BREAKS.sub("\n", text))


def terminal_safe(text: str) -> str:
    """`text` with anything a terminal would interpret shown as a visible escape (ESC → \\x1b)."""
    return _TERMINAL.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else
                         f"\\u{ord(m.group()):04x}", text)


def _too_long(field: str, text: str, limit: int) -> None:
    if len(text) > limit:
        raise ReportDataError("limit.too_long", field=field, limit=limit, length=len(text))


def checked_number(kind: ValueKind, text: str, field: str) -> None:
    """Refuse a number that is written too long or is out of range for its kind (`field` names it)."""

    if _EXPONENT.match(text):
        raise ReportDataError("limit.exponent", field=field, text=text.strip())
    if sum(ch.isdigit() for ch in text) > MAX_NUMBER_DIGITS:
        raise ReportDataError("limit.number_too_big", field=field, limit=_limit_text(kind))
    try:
        value = parse_value(kind, text)
    except ValueFormatError:
        return  # not a number: kept as stated, the checks report it
    if value is None:
        return
    limit: int | Decimal = MAX_AMOUNT if kind == "amount" else MAX_WHOLE
    if not -limit <= value <= limit:
        raise ReportDataError("limit.number_too_big", field=field, limit=_limit_text(kind))
    if text.strip().startswith("-") and value == 0:
        raise ReportDataError("limit.negative_zero", field=field)


def _limit_text(kind: str) -> str:
    return f"{MAX_AMOUNT:,}" if kind == "amount" else f"{MAX_WHOLE:,}"


def cleaned_report(report: Report, *, require_agency: bool = True) -> Report:
    """The report with control characters removed from every text; refuses it when a text or number is too big.

    Nothing else is changed: totals and invalid values stay as stated for the checks to report. The window
    imports a report without an agency (the clerk types it on the start page); a command cannot ask, so refuses.
    """
    report.agency = clean_text(report.agency).strip()
    report.title = clean_text(report.title)
    if require_agency and not report.agency:
        raise ReportDataError("limit.no_agency")
    _too_long(message("field.agency"), report.agency, MAX_AGENCY_CHARS)
    _too_long(message("field.title"), report.title, MAX_TITLE_CHARS)
    fmt = _format(report.format_id)
    report.meta = {k: clean_text(v) for k, v in report.meta.items()}
    for key, value in report.meta.items():
        _too_long(message(f"field.{key}") if key in META_KEYS else key, value, MAX_META_CHARS)
    report.sections = {k: clean_text(v) for k, v in report.sections.items()}
    total = 0
    for key, value in report.sections.items():
        _too_long(_section(fmt, key, report.headings), value, MAX_SECTION_CHARS)
        total += len(value)
    if total > MAX_REPORT_CHARS:
        raise ReportDataError("limit.too_long", field=message("field.report"), limit=MAX_REPORT_CHARS, length=total)
    report.headings = {k: clean_text(v) for k, v in report.headings.items()}
    for key, value in report.headings.items():
        _too_long(message("compare.heading", section=_section(fmt, key, {})), value, MAX_HEADING_CHARS)
    report.acknowledged = {clean_text(k): clean_text(v) for k, v in report.acknowledged.items()}
    for key, value in report.acknowledged.items():
        _too_long(key, value, MAX_REASON_CHARS)
    specs = fmt.cells if fmt is not None else {}
    report.cells = {cid: replace(cell, value=clean_text(cell.value)) for cid, cell in report.cells.items()}
    for cid, cell in report.cells.items():
        spec = specs.get(cid)
        try:
            _too_long(cid, cell.value, MAX_CELL_CHARS)
            if spec is not None:
                checked_number(spec.kind, cell.value, cid)
        except ReportDataError as refused:
            # Named as printed (「表三 一、本年新收… 自然人」), not by the cell's id in the data: the name worked out
            # for the cell refused only (naming all of a report's 200 cells took a fifth of this function's time).
            name = cell_name(fmt, cid) if fmt is not None else cid
            raise ReportDataError(refused.key, **{**refused.values, "field": name}) from None
    return report


def _format(format_id: str) -> ReportFormat | None:
    try:
        return get_format(format_id)
    except UnknownFormatError:
        return None


def _section(fmt: ReportFormat | None, section_id: str, headings: dict[str, str]) -> str:
    """A part as the clerk knows it: its printed heading (「一、总体情况」), not its id in the data ("overall")."""
    return section_name(fmt, section_id, headings) if fmt is not None else section_id


_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"')
_JSON_BRACKET = re.compile(r"[\[\]{}]")


def json_depth(text: str) -> int:
    """How deep the arrays and objects of a JSON text nest, counted without parsing it (strings skipped)."""
    depth = deepest = 0
    for match in _JSON_BRACKET.finditer(_JSON_STRING.sub("", text)):
        if match.group() in "[{":
            depth += 1
            deepest = max(deepest, depth)
        else:
            depth -= 1
    return deepest
