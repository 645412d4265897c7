"""The live preview beside the wizard: the finished report, re-rendered a moment after the clerk stops typing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from disclosure_desktop.domain.report import Report
from disclosure_desktop.gui.page_view import PageView

# Typing must never wait for the preview: it redraws after this pause, which a burst of keys keeps pushing back.
# Short, because a redraw reads only the part that changed (preview_document): 3–5 ms for a keystroke in a text,
# ≈ 25 ms for a number entered in table 3 (once per cell: digits count when the cell is left), measured here,
# against ≈ 40 ms for the whole page that a 450 ms pause used to hide.
PREVIEW_DELAY_MS = 30


class PreviewPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.page = PageView()
        self.page.setObjectName("previewPage")
        caption = QLabel(self.tr("Preview"), objectName="paneCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(caption)
        layout.addWidget(self.page, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._report_source: Callable[[], Report | None] = lambda: None
        self.html = ""

    def set_source(self, source: Callable[[], Report | None]) -> None:
        self._report_source = source

    def schedule(self) -> None:
        self._timer.start()

    def show_section(self, section_id: str) -> None:
        """Scroll to the part being edited (its heading as printed), or to the top."""
        report = self._report_source()
        heading = ""
        if report is not None and section_id:
            heading = dict(report.printed_sections()).get(section_id, "")
        self.page.scroll_to_text(heading)

    def refresh(self) -> None:
        self._timer.stop()
        report = self._report_source()
        if report is None:
            self.html = ""
            self.page.set_html("")
            return
        # Imported here, not at start-up: Jinja2 is not needed before the first report is open.
        from disclosure_desktop.export.html import BODY_FONT_PX, render_html

        if not self.html:
            # Qt sizes headings relative to the document's default font: make it the report's body size.
            self.page.document.set_default_pixel_size(BODY_FONT_PX)
        html = render_html(report)
        if html != self.html:
            self.html = html
            self.page.set_html(html)
