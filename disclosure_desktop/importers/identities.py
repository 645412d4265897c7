"""The identities a read table must satisfy (row totals, the （七）总计, the balance, table 四's groups), checked on
what was read: a published report whose own numbers break one is imported as printed, with the identity named."""

from __future__ import annotations

from disclosure_desktop.domain.checks.arithmetic import check_arithmetic
from disclosure_desktop.domain.checks.context import Context
from disclosure_desktop.domain.report import Report
from disclosure_desktop.importers.document import Note


def broken_identities(report: Report) -> list[Note]:
    """One note for each identity the read numbers break, naming the cells; empty when every one holds."""

    return [Note.of("import.identity_broken", problem=p.message, rule=p.rule, location=p.location,
                    cells="、".join(p.cell_ids) if len(p.cell_ids) <= _CELLS_NAMED else f"{len(p.cell_ids)}")
            for p in check_arithmetic(Context(report, None))]


# A row's identity names its seven cells; a column's twenty-three are only counted.
_CELLS_NAMED = 8
