"""All checks of spec §5 on a full report with last year's beside it, as the live checks run them after an edit."""

from __future__ import annotations

import importlib
import pkgutil
import statistics
import time
from collections.abc import Callable

from benchmarks.reports import full_report, previous_year


def _text_caches() -> list[Callable[[], None]]:
    """cache_clear of the checks' bounded caches (those keyed by a text); the unbounded ones hold loaded data."""
    import disclosure_desktop.domain.checks as package

    found = []
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for value in vars(module).values():
            parameters = getattr(value, "cache_parameters", None)
            if parameters is not None and parameters().get("maxsize") is not None:
                found.append(value.cache_clear)
    return found


def measure(runs: int) -> dict[str, object]:
    from disclosure_desktop.domain.checks.engine import check_report

    report = full_report(2025, seed=2)
    previous = previous_year(report)
    problems = check_report(report, previous)  # loads the rules' data once, as the first check after start does
    clear = _text_caches()
    cold: list[float] = []
    warm: list[float] = []
    for _ in range(runs):
        for cache_clear in clear:  # every text read afresh: the slowest case, as after opening a report
            cache_clear()
        start = time.perf_counter()
        check_report(report, previous)
        cold.append((time.perf_counter() - start) * 1000)
    for _ in range(runs):
        start = time.perf_counter()
        check_report(report, previous)
        warm.append((time.perf_counter() - start) * 1000)
    rules = ", ".join(sorted({p.rule for p in problems})) or "none"
    return {
        "checks_ms": statistics.median(cold),
        "notes": [f"checks: {len(report.cells)} cells, {sum(map(len, report.sections.values()))} characters, "
                  f"last year beside it; every text read afresh {statistics.median(cold):.2f} ms, unchanged texts "
                  f"{statistics.median(warm):.2f} ms (median of {runs}); found {len(problems)} ({rules})"],
    }
