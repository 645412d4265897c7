"""The identities a read table must satisfy (row totals, the （七）总计, the balance, table 四's groups), checked on
what was read: a published report whose own numbers break one is imported as printed, with the identity named."""

from __future__ import annotations

from disclosure_desktop.domain.report import Report
from disclosure_desktop.importers.document import Note


def broken_identities(report: Report) -> list[Note]:
    """One note for each identity the read numbers break, naming the cells; empty when every one holds."""
    from disclosure_desktop.domain.checks.arithmetic import check_arithmetic
    from disclosure_desktop.domain.checks.context import Context

    problems = check_arithmetic(Context(report, None))
    return [Note.of("import.identity_broken", problem=f"{p.message}（{p.rule}：{'、'.join(p.cells)}）")
            for p in problems]
