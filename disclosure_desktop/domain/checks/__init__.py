"""The checks of spec §5 as a pure domain engine: `check_report(report, previous)` → a list of `Problem`s."""

from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.checks.problem import ERRORS, RULES, WARNINGS, Fix, Problem, Severity

__all__ = ["ERRORS", "RULES", "WARNINGS", "Fix", "Problem", "Severity", "check_report"]
