"""NARRATIVE-NUMBER: figures the text states about applications, outcomes, 复议/诉讼 and table 2, against the tables.

What counts as a statement is data (claims.py reads it); this rule compares. Where the wording allows two readings
(「收到申请N件」: the new ones, or new plus carried in) either reading passes, and a statement is compared only once
its table has figures in it.
"""

from __future__ import annotations

from collections.abc import Iterator
from fnmatch import fnmatchcase
from functools import cache

from disclosure_desktop.domain.formats import CLOSING, PREAMBLE, ReportFormat
from disclosure_desktop.messages.checks import msg

from .claims import Claim, claim_book, find_claims
from .context import Context, Number
from .problem import Problem


@cache
def _resolved(fmt: ReportFormat, book: str, kind: str, topic: str) -> tuple[tuple[str, ...], ...]:
    """The candidates of a statement as cell ids of `fmt`; a candidate the format lacks entirely is dropped."""
    spec = next(k for k in claim_book(book).kinds if k.kind == kind)
    cells = list(fmt.cells)
    out: list[tuple[str, ...]] = []
    for candidate in spec.cells.get(topic, ()):
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


def text_sections(ctx: Context) -> list[str]:
    """Where statements are looked for: every part of the report (spec §5), unless the format's data narrows it."""
    wanted = ctx.settings.narrative_sections
    ids = [PREAMBLE, *(s.id for s in ctx.fmt.sections), CLOSING]
    return [sid for sid in ids if wanted is None or sid in wanted]


def statements(ctx: Context) -> Iterator[tuple[str, Claim]]:
    """(section id, statement) of every figure the report's text states that a table of its format holds."""
    book = ctx.settings.claims
    if not book or not ctx.fmt.tables:
        return
    for sid in text_sections(ctx):
        text = ctx.report.text(sid)
        if not text:
            continue
        for claim in find_claims(text, ctx.report.year, book):
            if _resolved(ctx.fmt, book, claim.kind, claim.topic):
                yield sid, claim


def check_narrative_numbers(ctx: Context) -> Iterator[Problem]:
    fmt = ctx.fmt
    filled = {
        s.id for s in fmt.sections
        if s.table is not None and any(ctx.values.get(c) is not None for c in s.table.cells)
    }
    for sid, claim in statements(ctx):
        problem = _check_claim(ctx, sid, claim, filled)
        if problem is not None:
            yield problem


def _check_claim(ctx: Context, sid: str, claim: Claim, filled: set[str]) -> Problem | None:
    candidates = _resolved(ctx.fmt, ctx.settings.claims, claim.kind, claim.topic)
    # Nothing to compare with yet: the table is not filled in.
    if not all(ctx.section_of(c) in filled for cand in candidates for c in cand):
        return None
    sums: list[Number] = []
    for cells in candidates:
        values = [ctx.number(c) for c in cells]
        numbers = [v for v in values if v is not None]
        if len(numbers) < len(values):
            return None  # an invalid text: VALUE reports it
        sums.append(sum(numbers))
    if claim.value in sums:
        return None
    expected = msg("narrative.or").join(
        msg("narrative.value", what=_describe(ctx, cells), value=value)
        for cells, value in zip(candidates, sums, strict=True)
    )
    message = msg("narrative", section=ctx.heading(sid), phrase=claim.quote, expected=expected)
    concerned = tuple(dict.fromkeys(c for cand in candidates for c in cand))
    # Located at the cell the statement is about, so that acknowledging it (RULE@location) sets aside this
    # statement only, not every other figure of the same part.
    return ctx.problem("NARRATIVE-NUMBER", concerned[0], message, sid, concerned,
                       spans=((claim.start, claim.end - claim.start),))
