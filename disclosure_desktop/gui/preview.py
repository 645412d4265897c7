"""The live preview beside the wizard: the finished report, re-rendered a moment after the clerk stops typing."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from disclosure_desktop.domain.report import Report

# Typing must never wait for the preview: it redraws only after this pause.
PREVIEW_DELAY_MS = 450


class PreviewPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.browser = QTextBrowser(objectName="previewBrowser")
        self.browser.setOpenLinks(False)
        from disclosure_desktop.export.html import BODY_FONT_PX

        # Qt sizes headings relative to the document's default font: make it the report's body size.
        font = self.browser.document().defaultFont()
        font.setPixelSize(BODY_FONT_PX)
        self.browser.document().setDefaultFont(font)
        caption = QLabel(self.tr("Preview"), objectName="paneCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(caption)
        layout.addWidget(self.browser, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._report_source: Callable[[], Report | None] = lambda: None
        self._anchor = ""
        self.html = ""

    def set_source(self, source: Callable[[], Report | None]) -> None:
        self._report_source = source

    def schedule(self) -> None:
        self._timer.start()

    def show_section(self, section_id: str) -> None:
        self._anchor = f"section-{section_id}" if section_id else ""
        if self._anchor:
            self.browser.scrollToAnchor(self._anchor)

    def refresh(self) -> None:
        self._timer.stop()
        report = self._report_source()
        if report is None:
            self.browser.clear()
            return
        from disclosure_desktop.export.html import render_html

        html = render_html(report)
        if html == self.html:
            return
        self.html = html
        bar = self.browser.verticalScrollBar()
        position = bar.value()
        self.browser.setHtml(html)
        bar.setValue(position)
