"""Work done in pieces: a generator that yields between pieces lets the window lay a report out between two
keystrokes (runtime/preview_worker.py), while an export runs the same generator through at once (`finish`)."""

from __future__ import annotations

from collections.abc import Generator
from typing import TypeVar

T = TypeVar("T")

# Yields nothing (a pause: the caller may handle its events before the next piece), returns the result.
Steps = Generator[None, None, T]


def finish(steps: Steps[T]) -> T:
    """Every piece at once: the result."""
    while True:
        try:
            next(steps)
        except StopIteration as done:
            return done.value
