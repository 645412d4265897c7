"""VALUE: every table text must parse as its column's kind (whole count, signed 增/减, decimal 万元 amount)."""

from __future__ import annotations

from collections.abc import Iterator

from disclosure_desktop.messages import message as core_message
from disclosure_desktop.messages.checks import msg

from .context import Context
from .problem import Problem


def check_values(ctx: Context) -> Iterator[Problem]:
    for cid, reason in ctx.invalid.items():
        text = ctx.report.value(cid)
        yield ctx.problem(
            "VALUE",
            cid,
            msg("value", place=ctx.place(cid), text=text, reason=core_message(reason)),
            ctx.section_of(cid),
            (cid,),
        )
