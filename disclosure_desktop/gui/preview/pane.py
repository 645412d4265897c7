"""The live preview beside the wizard: the printed pages themselves, re-laid out a moment after the clerk stops typing.

The pages come from export/pdf_export.printed_pages, the layout the PDF, print and print preview paint: the same
faces, column widths, page breaks, landscape table pages and page numbers, and no line that does not print.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QVBoxLayout, QWidget

from disclosure_desktop.domain.report import Report
from disclosure_desktop.export import typesetting as ts
from disclosure_desktop.export.print_html import mm_px
from disclosure_desktop.runtime.preview_worker import PreviewWorker

if TYPE_CHECKING:
    from disclosure_desktop.export.pdf_export import PrintedPages

# The first view of a report is laid out a moment after its page is shown, so the page takes the clerk's keys
# first; after an edit the after-edit pass (runtime/after_edit.py) asks for the layout once the edit is written.
PREVIEW_DELAY_MS = 30
GAP = 12  # grey around and between the sheets
MAX_SCALE = 0.5  # view pixels per layout pixel (288 dpi): 144 dpi at most
# The part of each sheet shown: the type area with a little paper around it and the page number under it. The
# rest of the margins is blank on every page; leaving it out makes the text a fifth larger in a narrow pane.
PAPER_AROUND_MM = 8.0
NUMBER_ROOM_MM = 16.0


class PagesView(QAbstractScrollArea):
    """The A4 sheets one under the other, scaled to the pane's width (blank outer margins left out)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages: PrintedPages | None = None
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        self.verticalScrollBar().setSingleStep(24)

    def set_pages(self, pages: PrintedPages | None) -> None:
        position = self.verticalScrollBar().value()
        self.pages = pages
        self._update_range()
        self.verticalScrollBar().setValue(position)
        self.viewport().update()

    def plain_text(self) -> str:
        return self.pages.plain_text() if self.pages is not None else ""

    @staticmethod
    def _shown() -> QRectF:
        """The shown part of a sheet in layout pixels."""

        return QRectF(
            mm_px(ts.MARGIN_LEFT_MM - PAPER_AROUND_MM), mm_px(ts.MARGIN_TOP_MM - PAPER_AROUND_MM),
            mm_px(ts.TYPE_AREA_WIDTH_MM + 2 * PAPER_AROUND_MM),
            mm_px(ts.TYPE_AREA_HEIGHT_MM + PAPER_AROUND_MM + ts.PAGE_NUMBER_GAP_MM + NUMBER_ROOM_MM),
        )

    def _sheet(self) -> tuple[float, float, float]:
        """(scale, shown width, shown height) in view pixels."""
        shown = self._shown()
        scale = min(MAX_SCALE, max(0.05, (self.viewport().width() - 2 * GAP) / shown.width()))
        return scale, shown.width() * scale, shown.height() * scale

    def scroll_to_text(self, text: str) -> bool:
        """Bring the first block that starts with `text` (a part's heading) to the top."""
        if not text or self.pages is None:
            self.verticalScrollBar().setValue(0)
            return not text
        found = self.pages.page_of(text)
        if found is None:
            return False

        page, y_mm = found
        scale, _w, height = self._sheet()
        y = (mm_px(y_mm) - self._shown().top()) * scale
        self.verticalScrollBar().setValue(int(GAP + page * (height + GAP) + y - GAP))
        return True

    def _update_range(self) -> None:
        count = self.pages.count if self.pages is not None else 0
        _scale, _w, height = self._sheet()
        content = count * (height + GAP) + GAP
        bar = self.verticalScrollBar()
        bar.setPageStep(self.viewport().height())
        bar.setRange(0, max(0, int(content - self.viewport().height())))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_range()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.fillRect(self.viewport().rect(), QColor("#e4e6ea"))
        if self.pages is None:
            painter.end()
            return
        scale, width, height = self._sheet()
        left = max(GAP, (self.viewport().width() - width) / 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        view_h = self.viewport().height()
        for number in range(self.pages.count):
            top = GAP + number * (height + GAP) - self.verticalScrollBar().value()
            if top > view_h or top + height < 0:
                continue
            sheet = QRectF(left, top, width, height)
            painter.fillRect(sheet.translated(2, 2), QColor("#c8cbd0"))
            painter.fillRect(sheet, QColor("white"))
            painter.save()
            painter.setClipRect(sheet)
            shown = self._shown()
            painter.translate(QPointF(left - shown.left() * scale, top - shown.top() * scale))
            painter.scale(scale, scale)
            self.pages.paint_page(painter, number)
            painter.restore()
        painter.end()


class PreviewPane(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previewPane")
        self.page = PagesView()
        self.page.setObjectName("previewPage")
        self.page.setAccessibleName(self.tr("Preview of the printed pages"))
        caption = QLabel(self.tr("Preview"), objectName="paneCaption")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(caption)
        layout.addWidget(self.page, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.lay_out)
        self._worker: PreviewWorker | None = None
        self._report_source: Callable[[], Report | None] = lambda: None
        self._previous_source: Callable[[], Report | None] = lambda: None
        # The print markup of the pages shown (one document a run of pages), for tests and for comparing.
        self.html = ""
        self._stale = False  # edits came while the preview was folded away: laid out when it is shown

    def set_source(self, source: Callable[[], Report | None],
                   previous: Callable[[], Report | None] = lambda: None) -> None:
        """Where the report shown comes from, and last year's report (for the 图解 pages' comparison)."""
        self._report_source = source
        self._previous_source = previous

    def schedule(self) -> None:
        self._timer.start()

    def show_section(self, section_id: str) -> None:
        """Scroll to the part being edited (its heading as printed), or to the top."""
        report = self._report_source()
        heading = ""
        if report is not None and section_id:
            heading = dict(report.printed_sections()).get(section_id, "")
        self.page.scroll_to_text(heading)

    def lay_out(self) -> None:
        """Lay the pages out again (runtime/preview_worker.py); they are shown when they come back. Folded away
        (F9, a window too narrow for it) the preview lays nothing out — ≈ 80 ms of a core an edit on a full
        report — until it is shown again."""
        self._timer.stop()
        if not self.isVisible():
            self._stale = True
            if self._worker is not None:
                self._worker.cancel()
            return
        self._stale = False
        report = self._report_source()
        if report is None:
            self.refresh()
            return
        if self._worker is None:
            self._worker = PreviewWorker(self)
            self._worker.ready.connect(self._show)
        self._worker.request(report, self._previous_source())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.schedule()

    def _show(self, pages: PrintedPages) -> None:
        if self._report_source() is None:
            return
        html = "\n".join(pages.htmls)
        if html != self.html:
            self.html = html
            self.page.set_pages(pages)

    def cancel(self) -> None:
        """The report shown is let go (or laid out here): a layout still under way is dropped."""
        self._timer.stop()
        if self._worker is not None:
            self._worker.cancel()

    def refresh(self) -> None:
        """Lay the pages out now, on this thread (the first view, and tests)."""
        self.cancel()
        report = self._report_source()
        if report is None:
            self.html = ""
            self.page.set_pages(None)
            return
        # Imported here, not at start-up: Jinja2 and the layout are not needed before the first report is open.
        from disclosure_desktop.export.pdf_export import printed_pages

        pages = printed_pages(report, charts=True, previous=self._previous_source())
        html = "\n".join(pages.htmls)
        if html != self.html:
            self.html = html
            self.page.set_pages(pages)
