"""Which panes the report area shows for its width: the section list, the wizard and the preview side by side
when there is room; on a narrow window (1024 px) the preview folds away to a toggle, and when the clerk opens it
there it takes the section list's place, so the page being typed in keeps its width."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QSplitter, QWidget

PREVIEW_MIN_WIDTH = 300
SECTIONS_WIDTH = 240  # what the section list gets back when the window widens again
# Beside the preview, the wizard needs this much for table 3's ten columns and table 4's fifteen to fit
# without scrolling sideways; below it the preview folds away.
CENTRE_WIDTH = 680


def _min_width(widget: QWidget) -> int:
    # As a layout sees it (qSmartMinSize): an explicit minimum wins over the hint.
    return max(widget.minimumWidth(), widget.minimumSizeHint().width())


class PaneLayout(QObject):
    preview_shown = Signal(bool)  # the F9 action and the toggle follow this

    def __init__(self, splitter: QSplitter, sections: QWidget, centre: QWidget, preview: QWidget) -> None:
        super().__init__(splitter)
        self._splitter = splitter
        self._sections, self._centre, self._preview = sections, centre, preview
        preview.setMinimumWidth(PREVIEW_MIN_WIDTH)
        # The clerk's choice, kept apart for a wide and a narrow window: folded on a narrow one until asked for.
        self._wanted = {False: True, True: False}
        self.narrow = False
        self._width = 0

    def _handles(self, panes: int) -> int:
        return (panes - 1) * self._splitter.handleWidth()

    def wide_width(self) -> int:
        """The narrowest width at which all three panes fit, the wizard with room for a whole table."""
        return _min_width(self._sections) + self._centre_width() + PREVIEW_MIN_WIDTH + self._handles(3)

    def _centre_width(self) -> int:
        return max(_min_width(self._centre), CENTRE_WIDTH)

    def minimum_width(self) -> int:
        """The narrowest width the area can take: the wizard with either the section list or the preview."""
        centre = _min_width(self._centre)
        return max(_min_width(self._sections), PREVIEW_MIN_WIDTH) + centre + self._handles(2)

    @property
    def preview_visible(self) -> bool:
        return self._wanted[self.narrow]

    def wanted(self, narrow: bool) -> bool:
        """Whether the clerk wants the preview on a narrow (or a wide) window."""
        return self._wanted[narrow]

    def set_wanted(self, narrow: bool, shown: bool) -> None:
        """The clerk's choice for a narrow (or wide) window, as remembered from the last time."""
        self._wanted[narrow] = shown
        if narrow == self.narrow and self._width:
            self._apply()

    def fit(self, width: int) -> None:
        """The area is now `width` wide: fold or unfold the preview when the room for it came or went."""
        self._width = width
        narrow = width < self.wide_width()
        squeezed = not narrow and self.preview_visible and self._splitter.sizes()[1] < self._centre_width()
        if narrow != self.narrow or squeezed or not self._splitter.sizes()[1]:
            self.narrow = narrow
            self._apply()

    def show_preview(self, shown: bool) -> None:
        """The clerk asked for the preview (F9, View ▸ Preview, the toggle) or put it away."""
        if self._wanted[self.narrow] != shown:
            self._wanted[self.narrow] = shown
            self._apply()

    def _apply(self) -> None:
        shown = self.preview_visible
        width = self._width or self._splitter.width()
        sections = 0 if self.narrow and shown else min(SECTIONS_WIDTH, max(_min_width(self._sections), width // 5))
        # The wizard first: the preview gets up to two fifths of the width, and never less than its minimum.
        room = width - sections - self._centre_width() - self._handles(3)
        preview = max(PREVIEW_MIN_WIDTH, min(width * 2 // 5, room)) if shown else 0
        self._preview.setVisible(shown)
        self._sections.setVisible(sections > 0)
        self._splitter.setSizes([sections, max(0, width - sections - preview), preview])
        self.preview_shown.emit(shown)
