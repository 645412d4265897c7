"""The sums and balances a format's tables declare (T3-ROW-TOTAL, T3-RESULT-TOTAL, T4-TOTAL, T3-BALANCE), and
BLANK-CELL: arithmetic counts a blank as 0, but a printed table must show the 0."""

from __future__ import annotations

from collections.abc import Iterator

from disclosure_desktop.domain.formats import Balance, SumInstance, TableSpec
from disclosure_desktop.messages.checks import msg, quoted_list

from .context import Context, Number
from .problem import Fix, Problem


def check_arithmetic(ctx: Context) -> Iterator[Problem]:
    for section in ctx.fmt.sections:
        table = section.table
        if table is None:
            continue
        for instance in table.sum_instances:
            problem = _check_sum(ctx, instance)
            if problem is not None:
                yield problem
        for balance in table.balances:
            yield from _check_balance(ctx, table, balance)


def _sum(ctx: Context, cells: tuple[str, ...]) -> Number | None:
    total: Number = 0
    for cid in cells:
        value = ctx.number(cid)
        if value is None:
            return None
        total += value
    return total


def _check_sum(ctx: Context, instance: SumInstance) -> Problem | None:
    stated = ctx.number(instance.target)
    expected = _sum(ctx, instance.parts)
    # An invalid text is reported once, by VALUE; a sum over it would only repeat that.
    if stated is None or expected is None or stated == expected:
        return None
    places = ctx.index.cells
    target = places[instance.target]
    first, last = places[instance.parts[0]], places[instance.parts[-1]]
    same_row = all(places[p].row_id == target.row_id for p in instance.parts)
    key = "sum.row" if same_row else "sum.column"
    expected_text = ctx.text_of(instance.target, expected)
    message = msg(
        key,
        place=ctx.place(instance.target),
        stated=ctx.text_of(instance.target, stated),
        expected=expected_text,
        # The place already names the group (table 4's 行政诉讼—…): the parts go by their own short labels.
        first=ctx.fmt.cells[instance.parts[0]].column.label if same_row else first.row,
        last=ctx.fmt.cells[instance.parts[-1]].column.label if same_row else last.row,
    )
    fix = Fix(msg("fix.sum", expected=expected_text), {instance.target: expected_text})
    return ctx.problem(
        instance.rule, instance.target, message, target.section_id, (instance.target, *instance.parts), fix
    )


def _check_balance(ctx: Context, table: TableSpec, balance: Balance) -> Iterator[Problem]:
    places = ctx.index.cells
    for col in table.column_ids():
        left = tuple(table.cell_id(r, col) for r in balance.left)
        right = tuple(table.cell_id(r, col) for r in balance.right)
        if not all(c in places for c in left + right):
            continue
        left_sum, right_sum = _sum(ctx, left), _sum(ctx, right)
        if left_sum is None or right_sum is None or left_sum == right_sum:
            continue
        # Located at the first right-hand row (（七）总计), as spec §5 names it: t3.r.total.<col>.
        location = right[0]
        place = places[location]
        message = msg(
            "balance",
            place=msg("place.cell_no_row", section=ctx.heading(place.section_id), col=place.column),
            left_labels=quoted_list([places[c].row for c in left]),
            right_labels=quoted_list([places[c].row for c in right]),
            left=ctx.text_of(location, left_sum),
            right=ctx.text_of(location, right_sum),
        )
        # No repair offered: which side is wrong is for the clerk to find out.
        yield ctx.problem(balance.rule, location, message, place.section_id, left + right)


def check_blank_cells(ctx: Context) -> Iterator[Problem]:
    """One warning per table listing its blank cells.

    A table left entirely blank is warned about too (with its own wording): a published report must show 0 for
    what did not happen, and the fix fills the whole table at once — the usual case of an agency without
    applications or lawsuits.
    """
    for section in ctx.fmt.sections:
        table = section.table
        if table is None:
            continue
        blanks = tuple(cid for cid in table.cells if ctx.is_blank(cid))
        if not blanks:
            continue
        everything = len(blanks) == len(table.cells)
        heading = ctx.heading(section.id)
        if everything:
            message = msg("blank.all", section=heading, count=len(blanks))
        else:
            examples = msg("list.sep").join(_short_place(ctx, cid) for cid in blanks[:3])
            message = msg("blank.some", section=heading, count=len(blanks), examples=examples)
        fix = Fix(msg("fix.zero", count=len(blanks)), dict.fromkeys(blanks, "0"))
        yield ctx.problem("BLANK-CELL", section.id, message, section.id, blanks, fix)


def _short_place(ctx: Context, cid: str) -> str:
    p = ctx.index.cells[cid]
    return f"「{p.row}」「{p.column}」" if p.row else f"「{p.column}」"
