"""The JSON data-exchange document of spec §8, read and written so that export → import → export is exact."""

from __future__ import annotations

import datetime as dt
import json
import re
from decimal import Decimal
from typing import Any

from disclosure_desktop.domain import limits
from disclosure_desktop.domain.agency import AGENCY_KINDS, META_DEADLINE, META_KIND
from disclosure_desktop.domain.formats import (
    CLOSING,
    PREAMBLE,
    UnknownFormatError,
    ValueKind,
    all_formats,
    get_format,
)
from disclosure_desktop.domain.report import META_KEYS, Cell, CellSource, Report
from disclosure_desktop.domain.step_names import cell_name
from disclosure_desktop.domain.values import ValueFormatError, canonical, parse_value
from disclosure_desktop.messages import ReportDataError, message

_EXTRA_SECTIONS = (PREAMBLE, CLOSING)


def report_to_dict(report: Report) -> dict[str, Any]:
    fmt = report.format
    doc: dict[str, Any] = {"format": fmt.id, "agency": report.agency, "year": report.year}
    if report.title.strip():
        doc["title"] = report.title
    doc["meta"] = {k: v for k, v in report.meta.items() if v}
    order = [PREAMBLE, *(s.id for s in fmt.sections), CLOSING]
    doc["sections"] = {sid: report.sections[sid] for sid in order if report.sections.get(sid)}
    if any(report.headings.values()):
        doc["headings"] = {sid: h for sid, h in report.headings.items() if h}
    cells: dict[str, Any] = {}
    for cid, spec in fmt.cells.items():
        text = report.value(cid)
        if text == "":
            continue
        cells[cid] = _json_value(spec.kind, text)
    doc["cells"] = cells
    acknowledged = {k: v for k, v in sorted(report.acknowledged.items()) if v}
    if acknowledged:
        doc["acknowledged"] = acknowledged
    return doc


def _json_value(kind: ValueKind, text: str) -> Any:
    # Counts are numbers, amounts strings (exact decimals, as in the spec's example); text that is not a valid
    # value stays a string so that nothing the clerk or a file stated is changed.
    if kind == "amount":
        return text
    try:
        value = parse_value(kind, text)
    except ValueFormatError:
        return text
    return value if value is not None and str(value) == text else text


def dumps(report: Report) -> str:
    return json.dumps(report_to_dict(report), ensure_ascii=False, indent=2) + "\n"


def loads(text: str) -> Report:
    """The report of a JSON document; refuses duplicate keys, deep nesting and numbers it could not keep as stated."""
    depth = limits.json_depth(text)
    if depth > limits.MAX_JSON_DEPTH:  # json would recurse until Python's stack gives out
        raise ReportDataError("json.too_deep", depth=depth, limit=limits.MAX_JSON_DEPTH)
    try:
        doc = json.loads(text, parse_float=_decimal, parse_int=_integer, parse_constant=_constant,
                         object_pairs_hook=_unique_keys)
    except json.JSONDecodeError as exc:
        # Where, not the parser's English words: the clerk finds the place in an editor.
        raise ReportDataError("json.not_json", detail=message("json.where", line=exc.lineno, column=exc.colno)) \
            from None
    return report_from_dict(doc)


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    doc: dict[str, Any] = {}
    for key, value in pairs:
        if key in doc:  # json keeps the last silently: one of two stated values would be lost
            raise ReportDataError("json.duplicate_key", key=key)
        doc[key] = value
    return doc


def _checked_literal(text: str) -> None:
    if sum(ch.isdigit() for ch in text) > limits.MAX_NUMBER_DIGITS:
        raise ReportDataError("json.number_too_long", text=text[:20], limit=limits.MAX_NUMBER_DIGITS)
    if "e" in text.lower():
        raise ReportDataError("json.exponent", text=text)
    if text.startswith("-") and not any(ch in "123456789" for ch in text):
        raise ReportDataError("json.negative_zero", text=text)  # json would make it 0: not what was stated


def _integer(text: str) -> int:
    _checked_literal(text)
    return int(text)


def _decimal(text: str) -> Decimal:
    _checked_literal(text)
    return Decimal(text)


def _constant(text: str) -> Any:
    raise ReportDataError("json.not_json", detail=text)  # NaN, Infinity: not JSON, and no amount


def _require(doc: dict[str, Any], key: str, kind: type | tuple[type, ...]) -> Any:
    if key not in doc:
        raise ReportDataError("json.missing", key=key)
    value = doc[key]
    if not isinstance(value, kind) or isinstance(value, bool):
        raise ReportDataError("json.bad_type", key=key)
    return value


def _optional_mapping(doc: dict[str, Any], key: str) -> dict[str, str]:
    value = doc.get(key) or {}
    if not isinstance(value, dict) or not all(isinstance(v, str) for v in value.values()):
        raise ReportDataError("json.bad_type", key=key)
    return dict(value)


def report_from_dict(doc: Any, source: CellSource = CellSource.IMPORTED) -> Report:
    if not isinstance(doc, dict):
        raise ReportDataError("json.not_object")
    format_id = _require(doc, "format", str)
    try:
        fmt = get_format(format_id)
    except UnknownFormatError:
        raise ReportDataError("json.unknown_format", format=format_id, known="、".join(all_formats())) from None
    agency = _require(doc, "agency", str)
    year = _require(doc, "year", int)
    if not 1990 <= year <= 2100:
        raise ReportDataError("json.bad_year")
    title = doc.get("title") or ""
    if not isinstance(title, str):
        raise ReportDataError("json.bad_type", key="title")
    meta = _optional_mapping(doc, "meta")
    sections = _optional_mapping(doc, "sections")
    headings = _optional_mapping(doc, "headings")
    known_sections = {s.id for s in fmt.sections} | set(_EXTRA_SECTIONS)
    for key in list(sections) + list(headings):
        if key not in known_sections:
            raise ReportDataError("json.unknown_section", format=format_id, key=key)
    raw_cells = doc.get("cells") or {}
    if not isinstance(raw_cells, dict):
        raise ReportDataError("json.bad_type", key="cells")
    cells: dict[str, Cell] = {}
    for cid, raw in raw_cells.items():
        spec = fmt.cells.get(cid)
        if spec is None:
            raise ReportDataError("json.unknown_cell", format=format_id, key=cid)
        if raw is None:
            continue
        if isinstance(raw, bool) or not isinstance(raw, (int, str, Decimal)):
            raise ReportDataError("json.bad_cell", key=cid)
        # Before canonical(): 1e400 would become 401 digits. Named as printed, with the key the file uses.
        limits.checked_number(spec.kind, str(raw), f"{cell_name(fmt, cid)} ({cid})")
        text = canonical(spec.kind, str(raw))
        if text:
            cells[cid] = Cell(text, source)
    _check_meta(meta)
    acknowledged = _acknowledged(doc)
    ordered_meta = {k: meta.pop(k) for k in META_KEYS if k in meta} | meta
    return Report(
        format_id=fmt.id,
        agency=agency,
        year=year,
        title=title,
        meta=ordered_meta,
        sections={k: v for k, v in sections.items() if v},
        headings={k: v for k, v in headings.items() if v},
        cells=cells,
        acknowledged=acknowledged,
    )


# `RULE@location`: a rule id of spec §5 and the problem's location (a cell, section or metadata id).
_ACK_KEY = re.compile(r"[A-Z0-9]+(?:-[A-Z0-9]+)*@\S+")


def _check_meta(meta: dict[str, str]) -> None:
    kind = meta.get(META_KIND, "")
    if kind and kind not in AGENCY_KINDS:
        raise ReportDataError("json.bad_agency_kind", value=kind, known="、".join(AGENCY_KINDS))
    deadline = meta.get(META_DEADLINE, "")
    if deadline:
        try:
            dt.date.fromisoformat(deadline)
        except ValueError:
            raise ReportDataError("json.bad_deadline", value=deadline) from None


def _acknowledged(doc: dict[str, Any]) -> dict[str, str]:
    """The clerk's reasons for setting warnings aside; kept as stated (the checks ignore one naming an error)."""
    acknowledged = _optional_mapping(doc, "acknowledged")
    for key, reason in acknowledged.items():
        if not _ACK_KEY.fullmatch(key) or not reason.strip():
            raise ReportDataError("json.bad_acknowledged", key=key)
    return dict(sorted(acknowledged.items()))
