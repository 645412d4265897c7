"""Rules on texts and metadata: SECTION-MISSING, FEE-STATEMENT, PLACEHOLDER, PERIOD, TITLE, FORMAT-VERSION."""

from __future__ import annotations

import re
from collections.abc import Iterator

from disclosure_desktop.domain.formats import CLOSING, PREAMBLE, default_format_for_year
from disclosure_desktop.domain.numerals import ascii_digits, year_digits
from disclosure_desktop.messages.checks import msg

from .context import Context
from .problem import AGENCY, FORMAT, TITLE, Problem


def check_required_sections(ctx: Context) -> Iterator[Problem]:
    for section in ctx.fmt.sections:
        if not section.required:
            continue
        heading = ctx.heading(section.id)
        if section.table is not None:
            if any(cid in ctx.invalid or ctx.values.get(cid) is not None for cid in section.table.cells):
                continue
            yield ctx.problem("SECTION-MISSING", section.id, msg("missing.table", section=heading), section.id)
        elif not ctx.report.text(section.id).strip():
            yield ctx.problem("SECTION-MISSING", section.id, msg("missing.text", section=heading), section.id)


# 「信息处理费」, or a sentence on charging (收取…费, 收费通知, 未收费) as clerks write it.
_FEE = re.compile(r"信息处理费|收取[^。；;\n]{0,12}?费|收费通知|收费金额|未收费|不收费|免收[^。；;\n]{0,6}?费")


def check_fee_statement(ctx: Context) -> Iterator[Problem]:
    if not ctx.fmt.fee_statement_required:
        return
    text_ids = [s.id for s in ctx.fmt.sections if s.kind == "text"]
    wanted = ctx.settings.fee_sections
    ids = [sid for sid in wanted if sid in text_ids] if wanted is not None else text_ids
    if not ids:
        return
    if any(_FEE.search(ctx.report.text(sid)) for sid in ids):
        return
    location = ids[0] if wanted is not None else ids[-1]
    yield ctx.problem("FEE-STATEMENT", location, msg("fee", section=ctx.heading(location)), location)


_PLACEHOLDER = re.compile(
    r"(?<![A-Za-z])[XxＸｘ]{2,}(?![A-Za-z])"  # XX, XXX, ＸＸ (not a Latin word)
    r"|[×✕╳]{2,}"
    r"|[○□]{2,}"
    r"|[_＿]{3,}"
    r"|【\s*】"
    r"|【[^】\n]{0,12}(?:填写|填入|待填|待补|名称|单位|日期|数字|数量)[^】\n]{0,12}】"
    r"|[（(]\s*(?:此处|请填|待填|待补|待定)[^）)\n]{0,20}[）)]"
)


def find_placeholders(text: str) -> list[str]:
    seen: dict[str, None] = {}
    for match in _PLACEHOLDER.finditer(text):
        seen.setdefault(match.group(0))
    return list(seen)


def placeholder_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(offset, length) of every placeholder in `text`."""
    return tuple((m.start(), m.end() - m.start()) for m in _PLACEHOLDER.finditer(text))


def check_placeholders(ctx: Context) -> Iterator[Problem]:
    report = ctx.report
    texts: list[tuple[str, str]] = [(AGENCY, report.agency), (TITLE, report.title)]
    texts.append((PREAMBLE, report.preamble()))
    texts.extend((s.id, report.text(s.id) + "\n" + report.headings.get(s.id, "")) for s in ctx.fmt.sections)
    texts.append((CLOSING, report.text(CLOSING)))
    for location, text in texts:
        if not text:
            continue
        tokens = find_placeholders(text)
        if not tokens:
            continue
        token = msg("list.sep").join(tokens[:3])
        # Only the section's own text has places in its editor (a part's heading is a field of its own).
        own = report.text(location) if location not in (AGENCY, TITLE) else ""
        yield ctx.problem(
            "PLACEHOLDER", location, msg("placeholder", place=ctx.text_place(location), token=token), location,
            spans=placeholder_spans(own),
        )


_DASH = r"(?:至|到|—|－|-|~|～|―)"
_PERIOD_PATTERNS = (
    # 2025年1月1日（起）至2025年12月31日（止）; the second year may be left out.
    re.compile(r"(?:(\d{4})\s*年\s*(?:度\s*)?)?(?<!\d)1\s*月\s*1\s*日[^。；;\n\d]{0,6}?" + _DASH
               + r"[^。；;\n\d]{0,6}?(?:(\d{4})\s*年\s*)?(?<!\d)12\s*月\s*31\s*日"),
    re.compile(r"([〇零一二三四五六七八九]{4})?年?(?<!十)一月一日[^。；;\n]{0,6}?" + _DASH
               + r"[^。；;\n]{0,6}?十二月三十一日"),
    # 统计期限为2025年度 / 统计期间为2025年全年 / 统计时段：2025年
    re.compile(r"统计(?:期限|期间|时段|时限|区间|周期|范围)[^。；;\n\d]{0,8}?(\d{4})\s*年"),
)


def _period_years(text: str) -> tuple[bool, list[int]]:
    found = False
    years: list[int] = []
    for pattern in _PERIOD_PATTERNS:
        for match in pattern.finditer(text):
            found = True
            years.extend(int(year_digits(g)) for g in match.groups() if g)
    return found, years


def check_period(ctx: Context) -> Iterator[Problem]:
    sections = ctx.settings.period_sections
    if not sections:
        return
    text = ascii_digits("\n".join(ctx.report.text(sid) for sid in sections))
    location = sections[0]
    place = ctx.text_place(location)
    found, years = _period_years(text)
    year = ctx.report.year
    if not found:
        yield ctx.problem("PERIOD", location, msg("period.missing", place=place, year=year), location)
        return
    wrong = next((y for y in years if y != year), None)
    if wrong is not None:
        yield ctx.problem("PERIOD", location, msg("period.year", place=place, stated=wrong, year=year), location)


_TITLE_YEAR = re.compile(r"(?<!\d)(\d{4})(?=\s*年)|([〇零一二三四五六七八九]{4})(?=\s*年)")


def check_title(ctx: Context) -> Iterator[Problem]:
    title = ctx.report.title.strip()
    if not title:
        return  # the generated title agrees by construction
    report = ctx.report
    squeezed = re.sub(r"\s+", "", title)
    parts: list[str] = []
    agency = re.sub(r"\s+", "", report.agency)
    if agency and agency not in squeezed:
        parts.append(msg("title.agency", title=title, agency=report.agency))
    years = [int(year_digits(m.group(1) or m.group(2))) for m in _TITLE_YEAR.finditer(squeezed)]
    wrong = next((y for y in years if y != report.year), None)
    if wrong is not None:
        parts.append(msg("title.year", title=title, stated=wrong, year=report.year))
    elif not years:
        parts.append(msg("title.no_year", title=title, year=report.year))
    if parts:
        yield ctx.problem("TITLE", TITLE, " ".join(parts), TITLE)


def check_format_version(ctx: Context) -> Iterator[Problem]:
    fmt, year = ctx.fmt, ctx.report.year
    if (fmt.first_year is None and fmt.last_year is None) or fmt.covers_year(year):
        return  # a format without years (narrative) suits any year
    if fmt.first_year is not None and fmt.last_year is not None:
        years = msg("years.range", first=fmt.first_year, last=fmt.last_year)
    elif fmt.first_year is not None:
        years = msg("years.from", first=fmt.first_year)
    else:
        years = msg("years.until", last=fmt.last_year)
    suggested = default_format_for_year(year)
    message = msg("format", year=year, format=fmt.name, years=years, suggested=suggested.name)
    yield ctx.problem("FORMAT-VERSION", FORMAT, message, FORMAT)
