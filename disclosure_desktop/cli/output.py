"""What a command prints: one report or problem a line, tab-separated, safe for a terminal."""

from __future__ import annotations

import sys

from disclosure_desktop.domain.limits import terminal_safe


def one_line(text: str) -> str:
    """A tab or newline inside an agency name would break the one-a-line output; an ESC would reach the
    terminal and act there."""
    return terminal_safe(" ".join(text.split()))


def write_utf8(text: str) -> None:
    """UTF-8 whatever the terminal's locale (spec §5): a program reads this, and Chinese must not be escaped."""
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.flush()
