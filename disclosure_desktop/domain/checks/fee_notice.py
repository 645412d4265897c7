"""FEE-NOTICE: what part 六 says about fee notices (收费通知) against table 3's applications ended for an unpaid one.

An application can end because its fee notice went unpaid only if a notice was issued: 六 saying no notice was
issued while table 3 counts such applications, or saying fewer notices than those applications, contradicts it.
"""

from __future__ import annotations

from collections.abc import Iterator

from disclosure_desktop.messages.checks import msg

from .claims import find_claims
from .context import Context
from .problem import Problem

FEE_NOTICES = "fee_notices"  # the claim kind of formats/claims/*.toml


def check_fee_notice(ctx: Context) -> Iterator[Problem]:
    settings = ctx.settings
    cells = tuple(c for c in settings.fee_unpaid_cells if c in ctx.fmt.cells)
    if not settings.claims or not cells or settings.fee_sections is None:
        return
    for sid in settings.fee_sections:
        text = ctx.report.text(sid)
        if not text:
            continue
        stated = [c for c in find_claims(text, ctx.report.year, settings.claims) if c.kind == FEE_NOTICES]
        values = [ctx.number(c) for c in cells]
        ended = sum(v for v in values if v is not None)
        none = next((c for c in stated if c.value == 0), None)
        some = next((c for c in stated if c.value > 0), None)
        place = ctx.place(cells[0])
        if not stated:
            if ended == 0:
                continue
            # Spec §3: 六 states the notices issued; table 3 shows there were some.
            message = msg("fee_notice.unstated", section=ctx.heading(sid), place=place, ended=ended)
        elif none is not None and some is not None:
            message = msg("fee_notice.both", section=ctx.heading(sid), none=none.quote, some=some.quote)
        elif none is not None and ended > 0:
            message = msg("fee_notice.none", section=ctx.heading(sid), phrase=none.quote, place=place, ended=ended)
        elif some is not None and ended > some.value:
            message = msg("fee_notice.fewer", section=ctx.heading(sid), phrase=some.quote, place=place, ended=ended)
        else:
            continue
        yield ctx.problem("FEE-NOTICE", sid, message, sid, cells)
        return
