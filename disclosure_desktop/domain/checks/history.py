"""Rules against last year's report of the same agency: CARRY-OVER, T2-STOCK and COPIED-TEXT (内容雷同)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from difflib import SequenceMatcher
from functools import lru_cache

from disclosure_desktop.messages.checks import msg

from .context import Context
from .problem import Fix, Problem


def check_carry_over(ctx: Context) -> Iterator[Problem]:
    previous = ctx.previous
    if previous is None:
        return
    for rule in ctx.settings.carry_over:
        # Last year's table left blank says nothing about what was carried over.
        if not previous.has_values(rule.previous_row + "."):
            continue
        for cid in ctx.fmt.cells:
            if not cid.startswith(rule.row + "."):
                continue
            column = cid[len(rule.row) + 1 :]
            prev_cid = f"{rule.previous_row}.{column}"
            stated, expected = ctx.number(cid), previous.number(prev_cid)
            if stated is None or expected is None or stated == expected:
                continue
            expected_text = ctx.text_of(cid, expected)
            prev_place = ctx.index.cells.get(prev_cid)
            message = msg(
                "carry_over",
                place=ctx.place(cid),
                stated=ctx.text_of(cid, stated),
                expected=expected_text,
                prev_year=previous.year,
                prev_row=prev_place.row if prev_place else prev_cid,
            )
            fix = Fix(msg("fix.carry_over", expected=expected_text), {cid: expected_text})
            yield ctx.problem("CARRY-OVER", cid, message, ctx.section_of(cid), (cid,), fix)


def check_stock(ctx: Context) -> Iterator[Problem]:
    previous = ctx.previous
    if previous is None:
        return
    for stock in ctx.settings.stocks:
        if stock.stock not in ctx.fmt.cells or ctx.is_blank(stock.stock):
            continue
        if not previous.value(stock.stock).strip():
            continue
        prev = previous.number(stock.stock)
        stated, added, removed = (ctx.number(c) for c in (stock.stock, stock.added, stock.removed))
        if prev is None or stated is None or added is None or removed is None:
            continue
        expected = prev + added - removed
        if stated == expected:
            continue
        text = ctx.text_of(stock.stock, expected)
        message = msg(
            "stock", place=ctx.place(stock.stock), stated=ctx.text_of(stock.stock, stated), prev=prev,
            added=added, removed=removed, expected=text,
        )
        fix = Fix(msg("fix.stock", expected=text), {stock.stock: text}) if expected >= 0 else None
        yield ctx.problem(
            "T2-STOCK", stock.stock, message, ctx.section_of(stock.stock),
            (stock.stock, stock.added, stock.removed), fix,
        )


# Digits become one symbol so that a text copied with only its years and figures updated still counts as copied.
_NOISE = re.compile(r"[\s\u3000，,。.；;：:、！!？?“”\"'（）()《》〈〉【】\-—]+")
_DIGITS = re.compile(r"\d+")


def normalise(text: str) -> str:
    return _DIGITS.sub("0", _NOISE.sub("", text))


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


@lru_cache(maxsize=128)
def similarity(a: str, b: str) -> float:
    """SequenceMatcher ratio of two normalised texts, skipped (0.0) when their bigram sets differ too much.

    The Jaccard pre-filter is cheap and rules out nearly every pair; the ratio itself runs only for look-alikes.
    Cached because the GUI re-checks after every edit while most sections stay as they were.
    """
    if not a or not b:
        return 0.0
    if a == b:
        return 1.0  # the usual copy: last year's text with only its figures changed
    ga, gb = _bigrams(a), _bigrams(b)
    if len(ga & gb) < 0.5 * len(ga | gb):  # measured: ratio ≥ 0.9 implies ≥ 0.58
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def check_copied_text(ctx: Context) -> Iterator[Problem]:
    previous = ctx.previous
    if previous is None:
        return
    minimum, threshold = ctx.settings.copied_min_chars, ctx.settings.copied_ratio
    for section in ctx.fmt.sections:
        now = normalise(ctx.report.text(section.id))
        if len(now) < minimum:
            continue
        ratio = similarity(now, normalise(previous.text(section.id)))
        if ratio >= threshold:
            message = msg(
                "copied", section=ctx.heading(section.id), prev_year=previous.year, ratio=int(ratio * 100)
            )
            yield ctx.problem("COPIED-TEXT", section.id, message, section.id)
