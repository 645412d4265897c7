"""Shows sub-heading lines in the narrative editor the way they will print (bold, in the heading colour), under
the marks of the checks (gui/wizard/text_marks.py)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextDocument

from disclosure_desktop.domain.textblocks import clean_line, heading_level, split_blocks
from disclosure_desktop.gui.wizard.text_marks import MarkHighlighter

_COLOURS = {1: "#174ea6", 2: "#1e6b3a", 3: "#5f3dc4"}


class NarrativeHighlighter(MarkHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._formats: dict[int, QTextCharFormat] = {}
        for level, colour in _COLOURS.items():
            fmt = QTextCharFormat()
            fmt.setForeground(QColor(colour))
            fmt.setFontWeight(QFont.Weight.Bold)
            self._formats[level] = fmt

    def highlightBlock(self, text: str) -> None:
        self._heading(text)
        self.underline_marks(text)

    def _heading(self, text: str) -> None:
        line = clean_line(text)
        level = heading_level(line)
        if not level:
            return
        # A run-in heading is coloured only up to its full stop, as it prints.
        blocks = split_blocks(line)
        if not blocks:
            return
        [block] = blocks
        start = len(text) - len(text.lstrip())
        self.setFormat(start, len(block.heading), self._formats[level])
