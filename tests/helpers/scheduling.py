"""Which tests run apart when the suite runs on several workers (pytest-xdist, `--dist loadgroup`).

The kill tests and the many-writers test promise timings (an edit on disk within a second) while they keep both
cores busy themselves; run beside each other — three programs killed on SQLite, three on PostgreSQL, thirty writers
fsyncing — they measure the disk's queue, not the program (seen: an edit 1.1 s old not yet written). In one group
they run one after another on one worker, first, while the other workers take everything else."""

from __future__ import annotations

import pytest

GROUP = "heavy"
HEAVY = pytest.mark.xdist_group(GROUP)


def heavy_first(items: list[pytest.Item]) -> None:
    """The heavy group at the head of the run (a stable sort: every other test keeps its place)."""
    items.sort(key=lambda item: not any(mark.args[:1] == (GROUP,) for mark in item.iter_markers("xdist_group")))
