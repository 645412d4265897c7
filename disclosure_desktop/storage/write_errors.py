"""A failed database write said in the clerk's words (a locked file, a full disk), never as raw SQL text."""

from __future__ import annotations

from disclosure_desktop.domain.messages import message

# Substrings of SQLite's messages (also PostgreSQL's, where they share the meaning) → message keys.
_KNOWN = (
    ("locked", "save.locked"),
    ("busy", "save.locked"),
    ("disk is full", "save.full"),
    ("no space", "save.full"),
    ("readonly", "save.readonly"),
    ("read-only", "save.readonly"),
    ("disk i/o", "save.io"),
    ("unable to open", "save.io"),
)


def describe(error: BaseException) -> str:
    """One line for the clerk; the driver's own text only when nothing better is known."""
    original = getattr(error, "orig", None) or error
    text = str(original).strip()
    lowered = text.lower()
    for needle, key in _KNOWN:
        if needle in lowered:
            return message(key)
    if isinstance(original, OSError) and original.strerror:
        return original.strerror
    return text.splitlines()[0] if text else type(original).__name__
