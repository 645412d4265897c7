"""Characters the fonts must cover, and whether fontconfig knows a face."""

from __future__ import annotations

import subprocess

# Punctuation and characters the old preflight called boxes although every page printed them.
COMMON = "、。〈〉《》〔〕点照版现理生申电疑的直知“”（）：；—…"


EMOJI = "\U0001f9e7"  # 🧧 red envelope


RARE = "\U0002a6d6"  # 𪛖, CJK Ext. B, in no face Debian's CJK packages ship


def fontconfig_has(char: str) -> bool:
    """An oracle independent of Qt: does any installed face claim the character?"""
    out = subprocess.run(["fc-list", f":charset={ord(char):x}", "family"], capture_output=True, text=True)
    return bool(out.stdout.strip())
