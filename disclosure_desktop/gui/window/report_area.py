"""The open report on screen: the section list, the wizard pages, the preview, and the live checks between them."""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QSettings, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSplitter, QToolButton, QVBoxLayout, QWidget

from disclosure_desktop.domain.checks import Problem
from disclosure_desktop.domain.checks.marks import problem_marks
from disclosure_desktop.domain.edit_session import Edit
from disclosure_desktop.domain.formats import CLOSING, PREAMBLE
from disclosure_desktop.domain.report import Report
from disclosure_desktop.gui.preview.pane import PreviewPane
from disclosure_desktop.gui.window.life_bar import LifeStateLabel, SignedBar, with_state_above
from disclosure_desktop.gui.window.pane_layout import PaneLayout
from disclosure_desktop.gui.window.save_alert import SaveAlert
from disclosure_desktop.gui.window.section_list import SectionList
from disclosure_desktop.gui.wizard.problem_walker import ProblemWalker
from disclosure_desktop.gui.wizard.wizard import ReportWizard, WizardPage
from disclosure_desktop.runtime.checks_runner import ChecksRunner, counts, markers, page_key
from disclosure_desktop.runtime.open_report import OpenReport

# Where the clerk's choice to show or fold the preview is kept, for a narrow and a wide window (F9 survives a restart).
PREVIEW_SETTINGS = {False: "window/preview_wide", True: "window/preview_narrow"}


class ReportArea(QWidget):
    """Shows one OpenReport at a time; `show_report` builds its pages, `clear` lets it go."""

    checked = Signal()  # the live checks ran and every page shows their result
    export_requested = Signal()
    print_preview_requested = Signal()
    pages_built = Signal()  # the open report's pages were (re)built: the Go menu lists them
    preview_shown = Signal(bool)  # the preview pane was shown or folded away (F9's check mark follows)
    life_changed = Signal()  # the open report's state after drafting (spec §12) may have changed

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorArea")
        self.session: OpenReport | None = None
        self.checks: ChecksRunner | None = None
        self.review: Any = None  # the ReviewPage of the open report
        self._problem_counts: dict[str, tuple[int, int]] = {}

        self.sections = SectionList()
        self.wizard = ReportWizard()
        self.banner = QLabel(objectName="exampleBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        centre = QWidget()
        centre_layout = QVBoxLayout(centre)
        centre_layout.setContentsMargins(0, 0, 0, 0)
        centre_layout.setSpacing(0)

        self.save_alert = SaveAlert()
        self.signed_bar = SignedBar()  # on every page while the draft differs from the signed version
        self.life_state = LifeStateLabel()
        centre_layout.addWidget(self.save_alert)
        centre_layout.addWidget(self.signed_bar)
        centre_layout.addWidget(self.banner)
        centre_layout.addWidget(self.wizard, 1)

        self.preview = PreviewPane()
        self.preview.set_source(lambda: self.session.report if self.session else None,
                                lambda: self.checks.previous if self.checks else None)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        side = with_state_above(self.life_state, self.sections)
        self.splitter.addWidget(side)
        self.splitter.addWidget(centre)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 2)
        self.splitter.setSizes([250, 660, 450])
        self.splitter.setChildrenCollapsible(False)  # the preview folds with F9 or its toggle, not by dragging
        self.panes = PaneLayout(self.splitter, side, centre, self.preview)
        settings = QSettings()
        for narrow, key in PREVIEW_SETTINGS.items():
            remembered = settings.value(key)
            if remembered is not None:
                self.panes.set_wanted(narrow, remembered in (True, "true"))
        self.preview_toggle = QToolButton()
        self.preview_toggle.setObjectName("previewToggle")
        self.preview_toggle.setCheckable(True)
        self.preview_toggle.setChecked(True)
        self.preview_toggle.setText(self.tr("Preview"))
        self.preview_toggle.setToolTip(self.tr("Show or hide the printed pages (F9)"))
        self.preview_toggle.toggled.connect(self.show_preview)
        self.panes.preview_shown.connect(self._preview_shown)
        self.wizard.add_tool(self.preview_toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.sections.currentRowChanged.connect(self._section_chosen)
        self.wizard.currentChanged.connect(self._page_shown)

        # F8 / Shift+F8 (Go ▸ Next problem): the next problem in the order of the report, from any page.
        self.walker = ProblemWalker(self, lambda: self.session.report if self.session else None)
        self.walker.go.connect(self._walk_to)

    # --- the panes ----------------------------------------------------------------------------------------

    def minimumSizeHint(self) -> QSize:
        # Narrower than the three panes need: the preview then folds away (resizeEvent) instead of the window
        # refusing to be narrower than a 1366 px screen.
        return QSize(self.panes.minimum_width(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.panes.fit(event.size().width())

    def show_preview(self, shown: bool) -> None:
        """The clerk shows or folds the preview (F9, View ▸ Preview, the toggle); kept for the next start."""
        narrow = self.panes.narrow
        if self.panes.wanted(narrow) != shown:
            QSettings().setValue(PREVIEW_SETTINGS[narrow], shown)
        self.panes.show_preview(shown)

    def _preview_shown(self, shown: bool) -> None:
        with QSignalBlocker(self.preview_toggle):
            self.preview_toggle.setChecked(shown)
        self.preview_shown.emit(shown)

    # --- one report ---------------------------------------------------------------------------------------

    def show_report(self, session: OpenReport, page_key: str) -> None:
        self.session = session
        session.changed.connect(self._report_changed)
        self.checks = session.checks
        self.checks.updated.connect(self._checks_updated)
        self.checks.previous_loaded.connect(self._show_previous)
        session.after_edit.set_layout(self.preview.lay_out)  # the preview is laid out last, after save and check
        session.life.changed.connect(self._life_changed)
        self._build_pages()
        self.wizard.set_current(max(self.wizard.index_of(page_key), 0))
        self.update_banner()
        self.preview.schedule()  # a moment later: the page takes the clerk's keys before the preview is drawn

    def show_open(self, report_id: int, page_key: str) -> bool:
        """Whether `report_id` is the open report (on screen whenever one is open); if so it stays as it is, turned
        to `page_key` when one is given."""
        if self.session is None or self.session.report.id != report_id:
            return False
        if page_key:
            self.go_to_page(page_key)
        return True

    def clear(self) -> None:
        self.preview.cancel()
        if self.session is not None:
            self.session.after_edit.set_layout(None)
            self.session.changed.disconnect(self._report_changed)
            self.session.life.changed.disconnect(self._life_changed)
        self.signed_bar.hide()
        self.checks = None
        self.session = None
        self.review = None
        self._problem_counts = {}

    def _build_pages(self) -> None:
        assert self.session is not None
        session = self.session
        # The pages load with the first report, after the window shows (deferred.py).
        from disclosure_desktop.gui.wizard.pages import connect_review, report_pages

        pages, review = report_pages(session)
        review.jump.connect(self.go_to_page)
        review.export_requested.connect(self.export_requested)
        review.print_preview_requested.connect(self.print_preview_requested)
        review.problem_activated.connect(self.go_to_problem)
        review.fix_requested.connect(self.apply_fix)
        review.remark_fixed_requested.connect(self.mark_remark)
        review.problem_activated.connect(self.walker.set_place)
        connect_review(review, lambda: (session.report, self.checks.previous if self.checks else None),
                       self.acknowledge)
        self.review = review
        pages.append(review)
        self.wizard.set_pages(pages)
        with QSignalBlocker(self.sections):
            self.sections.fill(pages)
        for page in pages:
            page.changed.connect(lambda p=page: self._refresh_state(p))
            self._refresh_state(page)
        self._chain_tab_order(pages)
        if self.checks is not None:
            self._show_previous(self.checks.previous)
            self._checks_updated(self.checks.problems)
        self._life_changed()
        self.pages_built.emit()

    def _chain_tab_order(self, pages: list[WizardPage]) -> None:
        """Tab goes the way the eye reads: the section list, the page (top to bottom), Back / Next / Finish, then
        the preview. Pages are made after the preview, so Qt's own order would put them behind it."""
        chain: list[QWidget] = [self.sections]
        for page in pages:
            chain += page.tab_chain()
        chain += [*self.wizard.buttons(), self.preview_toggle, self.preview.page]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _show_previous(self, previous: Report | None) -> None:
        """Last year's text beside each narrative part (hidden where there is none)."""
        for page in self.wizard.pages():
            page.set_previous(previous)

    def _report_changed(self, edit: Edit) -> None:
        fields = set(edit.changes.fields)
        if "format_id" in fields or edit.kind == "load":
            # Another format has other parts and tables: rebuild the pages, staying on the page shown.
            key = self.current_key()
            QTimer.singleShot(0, lambda: self._rebuild(key))
            return
        if {"agency", "year", "title"} & fields:
            self.wizard.retitle()
        page = self.wizard.current_page()
        if page is not None and page is self.review:
            self.review.initialize_page()  # "8 of 9 parts complete" follows every change, a fix included
        elif edit.kind in ("undo", "redo"):
            self.show_change(edit)  # on the review page the clerk watches the list instead

    def _rebuild(self, key: str) -> None:
        if self.session is None:
            return
        self._build_pages()
        self.wizard.set_current(max(self.wizard.index_of(key), 0))

    def current_key(self) -> str:
        page = self.wizard.current_page()
        return page.key if page is not None else ""

    def show_change(self, edit: Edit) -> None:
        """After an undo or redo, show where it happened: its page, with the cursor in its cell or text."""
        changes = edit.changes
        key = ""
        cell = next(iter(changes.cells), "")
        if changes.fields or changes.meta:
            key = "start"
        elif changes.sections or changes.headings:
            section = next(iter(changes.sections or changes.headings))
            key = section if section in (PREAMBLE, CLOSING) else f"section:{section}"
        elif cell:
            key = next((p.key for p in self.wizard.pages() if p.owns_cell(cell)), "")
        index = self.wizard.index_of(key)
        if index < 0:
            return
        if index != self.wizard.current_index():
            self.wizard.set_current(index)
        if cell:
            self.wizard.page(index).focus_cell(cell)

    def go_to_page(self, key: str) -> None:
        index = self.wizard.index_of(key)
        if index >= 0:
            self.wizard.set_current(index)
            self.wizard.page(index).focus_first()

    # --- checks -------------------------------------------------------------------------------------------

    def _checks_updated(self, problems: list[Problem]) -> None:
        cell_markers = markers(problems)
        text_marks = problem_marks(problems, self.session.report) if self.session is not None else {}
        self._problem_counts = counts(problems)
        for page in self.wizard.pages():
            page.set_markers(cell_markers)
            page.set_text_marks(text_marks)
            self._refresh_state(page)
        if self.review is not None:
            self.review.set_problems(problems)
        self.walker.set_problems(problems)
        self.checked.emit()

    def current_problems(self) -> list[Problem]:
        if self.checks is None:
            return []
        self.checks.run_now()  # the list must describe the report as it is this moment
        return list(self.checks.problems)

    def go_to_problem(self, problem: Problem) -> None:
        """Show the problem's page with the cursor on its cell, or in its text."""
        index = self.wizard.index_of(page_key(problem))
        if index < 0:
            return
        self.wizard.set_current(index)
        self.wizard.page(index).focus_problem(problem)

    def _walk_to(self, problem: Problem) -> None:
        self.go_to_problem(problem)
        if self.review is not None:
            self.review.select_problem(problem.key)

    def acknowledge(self, key: str, reason: str) -> None:
        """A warning set aside with the clerk's reason ("" takes it back), as one undoable step."""
        if self.session is not None and self.session.edits.acknowledge(key, reason) and self.checks is not None:
            self.checks.run_now()

    def mark_remark(self, key: str, day: str) -> None:
        """A remark of the 公开办 marked 已整改 on `day` ("" takes it back), as one undoable step."""
        if self.session is not None and self.session.edits.mark_remark(key, day) and self.checks is not None:
            self.checks.run_now()

    def _life_changed(self) -> None:
        """The state, the bar on every page, and the publication the review page dates the report by."""
        if self.session is None:
            return
        life = self.session.life
        self.life_state.show_state(life.state, life.signed)
        self.signed_bar.show_signed(life.signed, life.differs)
        if self.review is not None:
            self.review.set_published(life.published_on)
        self.life_changed.emit()

    def apply_fix(self, problem: Problem) -> None:
        """Apply the offered repair as one step of the report's history (Edit ▸ Undo takes it back)."""
        if self.session is not None and self.session.edits.apply_fix(problem) and self.checks is not None:
            self.checks.run_now()  # the clerk is looking at the list of problems: show the fix took at once

    # --- the section list ---------------------------------------------------------------------------------

    def _refresh_state(self, page: WizardPage) -> None:
        pages = self.wizard.pages()
        if page in pages:
            self.sections.show_state(pages.index(page), page, *self._problem_counts.get(page.key, (0, 0)))

    def _page_shown(self, index: int) -> None:
        with QSignalBlocker(self.sections):
            self.sections.setCurrentRow(index)

    def _section_chosen(self, row: int) -> None:
        if row >= 0 and row != self.wizard.current_index():
            self.wizard.set_current(row)

    def update_banner(self) -> None:
        example = bool(self.session and self.session.report.is_example)
        self.banner.setText(self.tr("示例 Example report: every name and number in it is made up. "
                                    "Use it to look around; start your own with Report ▸ New report."))
        self.banner.setVisible(example)
