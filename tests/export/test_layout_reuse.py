"""The live preview lays out again only the run of pages an edit changed (pdf_export.printed_pages_steps with
`earlier`): the pages it makes are the pages a layout from scratch makes — the same count, text and ink on every
page — and a change to what is kept with what follows it lays every run out again."""

from __future__ import annotations

import copy

from PySide6.QtGui import QImage, QPainter

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.report import Cell, CellSource, Report
from disclosure_desktop.export.pdf_export import LAYOUT_DPI, PrintedPages, printed_pages, printed_pages_steps
from disclosure_desktop.export.steps import finish
from disclosure_desktop.workflows.example_report import example_report
from tests.helpers.paths import TESTS

LAST_YEAR = TESTS / "charts" / "fixtures" / "example-gov-2024.json"
SCALE = 0.2


def _sheets(pages: PrintedPages) -> list[bytes]:
    """Every page painted as the preview paints a sheet, small."""
    out = []
    for number in range(pages.count):
        image = QImage(round(210 / 25.4 * LAYOUT_DPI * SCALE), round(297 / 25.4 * LAYOUT_DPI * SCALE),
                       QImage.Format.Format_RGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        painter.scale(SCALE, SCALE)
        pages.paint_page(painter, number)
        painter.end()
        out.append(bytes(image.constBits()))
    return out


def _relaid(edit) -> tuple[PrintedPages, PrintedPages, PrintedPages]:
    """(the pages before the edit, the pages after it laid out from them, the pages after it from scratch)."""
    report = example_report()
    last = jsonio.loads(LAST_YEAR.read_text("utf-8"))
    earlier = printed_pages(report, charts=True, previous=last)
    edited = copy.deepcopy(report)
    edit(edited)
    reused = finish(printed_pages_steps(edited, charts=True, previous=last, earlier=earlier))
    fresh = printed_pages(edited, charts=True, previous=last)
    return earlier, reused, fresh


def _same_pages(reused: PrintedPages, fresh: PrintedPages) -> None:
    assert reused.count == fresh.count
    assert reused.plain_text() == fresh.plain_text()
    assert _sheets(reused) == _sheets(fresh)


def _kept(earlier: PrintedPages, reused: PrintedPages) -> list[bool]:
    return [any(run is old for old in earlier.runs) for run in reused.runs]


def _append(section: str, text: str):
    def edit(report: Report) -> None:
        report.sections[section] = report.text(section) + text
    return edit


def test_a_sentence_typed_lays_out_its_own_run_and_the_pages_are_those_of_a_fresh_layout() -> None:
    # Long enough to push the run onto one more page: the page numbers of the 图解 after it move too.
    earlier, reused, fresh = _relaid(_append("problems", "下一步将继续完善政府信息公开工作机制。" * 60))
    unchanged = [new == old for new, old in zip(reused.htmls, earlier.htmls, strict=True)]
    assert True in unchanged and False in unchanged  # one run changed, others did not
    assert _kept(earlier, reused) == unchanged
    assert fresh.count > earlier.count
    _same_pages(reused, fresh)
    assert reused.last_year is earlier.last_year  # last year's figures are not worked out again


def test_a_number_entered_in_table_3_lays_out_the_table_again_and_the_pages_are_the_same() -> None:
    def number(report: Report) -> None:
        cell = next(c for c, v in report.cells.items() if c.startswith("t3.r.") and v.source == CellSource.TYPED)
        report.cells[cell] = Cell(str(int(report.value(cell) or 0) + 7301))

    earlier, reused, fresh = _relaid(number)
    unchanged = [new == old for new, old in zip(reused.htmls, earlier.htmls, strict=True)]
    assert False in unchanged
    assert _kept(earlier, reused) == unchanged
    _same_pages(reused, fresh)


def test_a_new_heading_lays_out_every_run_again() -> None:
    # A heading alone on its line is kept with the lines after it, in every run: nothing laid out before holds.
    earlier, reused, fresh = _relaid(_append("other_matters", "\n（九）其他需要报告的事项\n无。"))
    assert reused.keep_with_next != earlier.keep_with_next
    assert _kept(earlier, reused) == [False] * len(reused.runs)
    _same_pages(reused, fresh)
