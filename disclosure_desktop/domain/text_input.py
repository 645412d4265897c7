"""What may be kept of typed or pasted text: no control characters that would break Word, a terminal or a file."""

from __future__ import annotations

import re

# C0 controls except tab and line feed, DEL and the C1 controls; a carriage return becomes a line break.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    """`text` with line breaks normalised to \\n and control characters removed (NUL, ESC … never reach a file)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2029", "\n").replace("\u2028", "\n")
    return _CONTROLS.sub("", text)
