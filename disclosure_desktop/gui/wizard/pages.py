"""The wizard's pages for one open report, in its format's order: the start page, the opening, a page for each part
(a table or a text), the closing, the review. Loaded when the first report opens, after the window shows
(deferred.py): the pages and their tables are ≈ 25 of the window's modules, ≈ 15 ms of its start."""

from __future__ import annotations

from disclosure_desktop.gui.wizard.page_review import ReviewPage, connect_review
from disclosure_desktop.gui.wizard.page_start import StartPage
from disclosure_desktop.gui.wizard.page_table import TablePage
from disclosure_desktop.gui.wizard.page_text import ClosingPage, PreamblePage, TextPage
from disclosure_desktop.gui.wizard.wizard import WizardPage
from disclosure_desktop.runtime.open_report import OpenReport

__all__ = ["ReviewPage", "connect_review", "report_pages"]


def report_pages(session: OpenReport) -> tuple[list[WizardPage], ReviewPage]:
    """The pages before the review, and the review page that lists them."""
    pages: list[WizardPage] = [StartPage(session), PreamblePage(session)]
    for section in session.report.format.sections:
        pages.append(TablePage(session, section) if section.kind == "table" else TextPage(session, section))
    pages.append(ClosingPage(session))
    return pages, ReviewPage(list(pages))
