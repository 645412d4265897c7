"""NARRATIVE-NUMBER: numbers the text states about applications, outcomes and 复议/诉讼, against the tables.

Conservative by design: a statement is read only in a fixed phrasing (keyword, a short gap without punctuation,
a number, 件/起); a gap that narrows the figure (自然人, 其中, 和) or a comparison with last year is skipped, and
where the wording allows two readings (「收到…申请N件」: new, or new plus carried in) either reading passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from fnmatch import fnmatchcase
from functools import cache

from disclosure_desktop.domain.formats import ReportFormat

from .check_messages import msg
from .context import Context, Number
from .problem import Problem

# What each kind of statement may refer to: candidates of cell-id patterns summed (any candidate agreeing passes).
# Cells a format lacks are simply not there: such a claim is not checked.
CANDIDATES: dict[str, tuple[tuple[str, ...], ...]] = {
    "new": (("t3.new.total",),),
    "received": (("t3.new.total",), ("t3.new.total", "t3.carried_in.total")),
    "carried_in": (("t3.carried_in.total",),),
    "carried_out": (("t3.carried_out.total",),),
    "results": (("t3.r.total.total",),),
    "disclosed": (("t3.r.disclosed.total",),),
    "partial": (("t3.r.partial.total",),),
    "withheld": (("t3.r.withheld.*.total",),),
    "unavailable": (("t3.r.unavailable.*.total",),),
    "declined": (("t3.r.declined.*.total",),),
    "other": (("t3.r.other.total", "t3.r.other.*.total"),),
    "reconsideration": (("t4.reconsideration.total",),),
    "lawsuit": (("t4.lawsuit_direct.total", "t4.lawsuit_after.total"),),
    "lawsuit_direct": (("t4.lawsuit_direct.total",),),
    "lawsuit_after": (("t4.lawsuit_after.total",),),
}

_NUM = r"(?P<num>\d+|[零〇一二两三四五六七八九十百千]+)"
_QTY = r"(?:数量|数)?(?:共计|合计|总计|累计|共)?(?:为|达)?"


def _gap(n: int) -> str:
    return rf"(?P<gap>[^，,。；;：:\d（()）、\n]{{0,{n}}}?)"


_OUTCOMES = {
    "disclosed": r"(?<!不)(?<!部分)予以公开",
    "partial": r"部分公开",
    "withheld": r"不予公开",
    "unavailable": r"无法提供",
    "declined": r"不予处理",
    "other": r"其他处理",
}

_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("received", re.compile(r"(?P<key>收到|新收|受理|接收|接到)" + _gap(16) + r"申请" + _QTY + _NUM + "件")),
    ("carried_in", re.compile(r"(?P<key>上一?年度?结转)" + _gap(12) + _QTY + _NUM + "件")),
    ("carried_out", re.compile(r"(?P<key>结转(?:至|到|入)?下一?年度?)" + _gap(10) + _QTY + _NUM + "件")),
    ("results", re.compile(r"(?P<key>办理完结|办结|办理完毕|办理结果)" + _gap(6) + _QTY + _NUM + "件")),
    *((kind, re.compile(rf"(?P<key>{word})" + _gap(6) + _QTY + _NUM + "件")) for kind, word in _OUTCOMES.items()),
    ("reconsideration", re.compile(r"(?P<key>行政复议)(?!后)(?:案件|申请|案)?" + _QTY + _NUM + "[件起宗个]")),
    ("lawsuit", re.compile(r"(?P<key>行政诉讼)(?:案件|案)?" + _QTY + _NUM + "[件起宗个]")),
    ("lawsuit_direct", re.compile(r"(?P<key>直接(?:提起)?(?:行政)?(?:起诉|诉讼))(?:案件|案)?" + _QTY + _NUM
                                  + "[件起宗个]")),
    ("lawsuit_after", re.compile(r"(?P<key>复议后(?:提起)?(?:行政)?(?:起诉|诉讼))(?:案件|案)?" + _QTY + _NUM
                                 + "[件起宗个]")),
)
# 「未收到政府信息公开申请」, 「未发生因政府信息公开引起的行政复议和行政诉讼案件」: statements of zero.
_ZERO_RECEIVED = re.compile(
    r"(?:未|没有)(?:收到|受理|接到)(?P<gap>[^，,。；;：:\d\n]{0,16}?)申请(?=[，,。；;\n]|$)"
)
_ZERO_CASES = re.compile(
    r"(?:未|没有)(?:发生|出现|收到|涉及|产生)(?P<body>[^，,。；;\d\n]{0,24}?(?:行政复议|行政诉讼))"
    r"(?:案件|案|的情况|情况|的情形|情形)?(?=[，,。；;\n]|$)"
)
# A gap naming a part of the figure, another matter, or a list (和、及) makes the number something else.
_NARROWING = re.compile(
    r"复议|诉讼|自然人|法人|企业|机构|组织|其中|重复|信访|举报|投诉|转办|咨询|和|及|与|或|占|同比|增|减"
)
_COMPARISON = re.compile(r"上年|去年|上一年|同比|较|比")
_OUTCOME_NOT = re.compile(r"纠错|纠正|败诉|撤销|违法|驳回|赔偿")
_LIST_BEFORE = re.compile(r"[、和及与或/]$")
_DIGIT_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_HAN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_HAN_UNITS = {"十": 10, "百": 100, "千": 1000}


@dataclass(frozen=True)
class Claim:
    kind: str
    value: int
    phrase: str


def han_number(text: str) -> int | None:
    """一百二十三 → 123, 十五 → 15; None for what is not a plain Chinese numeral."""
    if text.isdigit():
        return int(text)
    total, digit = 0, None
    for ch in text:
        if ch in _HAN:
            if digit is not None and digit != 0:
                return None  # 二三: not a number
            digit = _HAN[ch]
        elif ch in _HAN_UNITS:
            total += (1 if digit is None else digit) * _HAN_UNITS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def find_claims(text: str) -> list[Claim]:
    """Every statement of a figure in `text`, in order, without repeats."""
    text = text.translate(_DIGIT_WIDTH)
    found: dict[tuple[str, int], Claim] = {}

    def add(kind: str, value: int | None, phrase: str) -> None:
        if value is not None:
            found.setdefault((kind, value), Claim(kind, value, phrase))

    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 4) : m.start()]
            gap = m.groupdict().get("gap") or ""
            if _NARROWING.search(gap) or _LIST_BEFORE.search(before):
                continue
            if kind not in ("carried_in", "carried_out") and _COMPARISON.search(before + gap):
                continue
            actual = kind
            if kind == "received" and ("新" in m.group("key") or "新" in before[-2:] or "新" in gap):
                actual = "new"
            elif kind == "lawsuit":
                context = text[max(0, m.start() - 8) : m.start()]
                if "复议后" in context:
                    actual = "lawsuit_after"
                elif "直接" in context or "未经复议" in context:
                    actual = "lawsuit_direct"
            elif kind == "reconsideration" and _OUTCOME_NOT.search(before):
                continue  # 「被纠错的行政复议3件」 is a part
            add(actual, han_number(m.group("num")), m.group(0))
    for m in _ZERO_RECEIVED.finditer(text):
        if not _NARROWING.search(m.group("gap")):
            add("received", 0, m.group(0))
    for m in _ZERO_CASES.finditer(text):
        body = m.group("body")
        if _OUTCOME_NOT.search(body):
            continue
        if "行政复议" in body:
            add("reconsideration", 0, m.group(0))
        if "行政诉讼" in body:
            add("lawsuit", 0, m.group(0))
    return list(found.values())


@cache
def _resolved(fmt: ReportFormat, kind: str) -> tuple[tuple[str, ...], ...]:
    cells = list(fmt.cells)
    out: list[tuple[str, ...]] = []
    for candidate in CANDIDATES[kind]:
        matched = tuple(c for pattern in candidate for c in cells if fnmatchcase(c, pattern))
        if matched:
            out.append(matched)
    return tuple(out)


def _describe(ctx: Context, cells: tuple[str, ...]) -> str:
    places = [ctx.index.cells[c] for c in cells]
    if len(places) > 1:
        parents = {p.row.rsplit(" ", 1)[0] for p in places if " " in p.row}
        if len(parents) == 1 and all(" " in p.row for p in places):
            return msg("narrative.items", label=parents.pop()) + f"「{places[0].column}」"
        return msg("narrative.sum", labels=msg("narrative.plus").join(_short(p.row, p.column) for p in places))
    return _short(places[0].row, places[0].column)


def _short(row: str, column: str) -> str:
    return f"「{row}」「{column}」" if row else f"「{column}」"


def check_narrative_numbers(ctx: Context) -> Iterator[Problem]:
    fmt = ctx.fmt
    if not fmt.tables:
        return
    wanted = ctx.settings.narrative_sections
    ids = [s.id for s in fmt.sections if wanted is None or s.id in wanted]
    filled = {
        s.id for s in fmt.sections
        if s.table is not None and any(ctx.values.get(c) is not None for c in s.table.cells)
    }
    for sid in ids:
        text = ctx.report.text(sid)
        if not text:
            continue
        for claim in find_claims(text):
            problem = _check_claim(ctx, sid, claim, filled)
            if problem is not None:
                yield problem


def _check_claim(ctx: Context, sid: str, claim: Claim, filled: set[str]) -> Problem | None:
    candidates = _resolved(ctx.fmt, claim.kind)
    # Nothing to compare with: the format lacks the cells, or the table is not filled in yet.
    if not candidates or not all(ctx.section_of(c) in filled for cand in candidates for c in cand):
        return None
    sums: list[Number] = []
    for cells in candidates:
        values = [ctx.number(c) for c in cells]
        if any(v is None for v in values):
            return None
        sums.append(sum(values))  # type: ignore[arg-type]
    if claim.value in sums:
        return None
    expected = msg("narrative.or").join(
        msg("narrative.value", what=_describe(ctx, cells), value=value)
        for cells, value in zip(candidates, sums, strict=True)
    )
    message = msg("narrative", section=ctx.heading(sid), phrase=claim.phrase, expected=expected)
    return ctx.problem("NARRATIVE-NUMBER", sid, message, sid, candidates[0])
