"""The checks of spec §5 as a pure domain engine: `engine.check_report(report, previous)` → a list of `Problem`s.

The package itself names only the problem types: an importer that reads a table's identities (`arithmetic`)
loads them without the engine and its every rule."""

from disclosure_desktop.domain.checks.problem import ERRORS, RULES, WARNINGS, Fix, Problem, Severity

__all__ = ["ERRORS", "RULES", "WARNINGS", "Fix", "Problem", "Severity"]
