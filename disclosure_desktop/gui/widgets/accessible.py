"""Names a screen reader says for fields: the label in front of a field names it, without its mnemonic or colon."""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel, QWidget

_MNEMONIC = re.compile(r"\(&.\)|&(?=[^&])")


def plain_label(text: str) -> str:
    """「报告年度(&Y)：」 → 「报告年度」, "Report &year:" → "Report year"."""
    return _MNEMONIC.sub("", text).replace("&&", "&").strip().rstrip(":：").strip()


def name_from_labels(root: QWidget) -> None:
    """Every field in `root` that a label is the buddy of and that has no name of its own takes the label's."""
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and not buddy.accessibleName() and plain_label(label.text()):
            buddy.setAccessibleName(plain_label(label.text()))


def with_mnemonic(source: str, shown: str, used: set[str]) -> str:
    """`shown` — the UI text of the English `source` — with a mnemonic letter not in `used` (which it joins): the
    first free initial of the source's words, else any free letter of it; in Chinese after the text, 「语言(&L)」.
    For forms built from data (the settings), where no one wrote the letters by hand."""
    initials = [(m.start(), m.group()[0]) for m in re.finditer(r"[A-Za-z]+", source)]
    letters = initials + [(i, c) for i, c in enumerate(source) if c.isascii() and c.isalpha()]
    for position, letter in letters:
        if letter.lower() in used:
            continue
        used.add(letter.lower())
        if shown == source:
            return f"{source[:position]}&{source[position:]}"
        return f"{shown}(&{letter.upper()})"
    return shown
