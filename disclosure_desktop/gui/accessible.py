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
