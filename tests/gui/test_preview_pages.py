"""The live preview shows the pages that print: the same page count and page texts as the exported PDF with its 图解
pages, and no line the PDF does not print (the web page's 发布机构/发布日期 line)."""

from __future__ import annotations

import subprocess
from pathlib import Path

from disclosure_desktop.export import registry
from disclosure_desktop.export.registry import RenderOptions
from disclosure_desktop.runtime import preview_worker
from tests.helpers.window import click_section, close_window, open_window, start_report, type_cell


def pdf_pages(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return ["".join(page.split()) for page in text.split("\f") if page.strip()]


def test_preview_pages_are_the_pdf_pages(qtbot, db_path, tmp_path):
    window = open_window(qtbot, db_path)
    start_report(qtbot, window, "welcome_example")
    window.preview.refresh()
    pages = window.preview.page.pages
    assert pages is not None
    report = window.session.report
    path = tmp_path / "r.pdf"
    path.write_bytes(registry.render(report, "pdf", options=RenderOptions(charts=True)))
    printed = pdf_pages(path)
    assert pages.count == len(printed)
    shown = window.preview.page.plain_text()
    assert "发布机构" not in shown and "发布机构" not in "".join(printed)
    # Page by page, the preview's document text is on the PDF page of the same number.
    for number in range(pages.count):
        heading = next((s.heading for s in pages.context.sections if pages.page_of(s.heading)
                        and pages.page_of(s.heading)[0] == number), None)
        if heading:
            assert heading in printed[number], (number, heading)
    assert "图解" in printed[pages.text_pages] and "图解" in window.preview.page.plain_text()  # after the report
    # Scrolling to a part brings its page into view.
    window.preview.show_section("applications")
    page, _y = pages.page_of("三、收到和处理政府信息公开申请情况")
    assert window.preview.page.verticalScrollBar().value() > 0 and page > 0
    close_window(window)


def test_a_folded_preview_lays_nothing_out_and_shows_the_edits_when_unfolded(qtbot, db_path):
    """F9 (or a window too narrow for it) folds the preview away: edits lay no pages out meanwhile, and the pages
    shown again carry every edit."""
    window = open_window(qtbot, db_path)
    start_report(qtbot, window)
    area = window.area
    area.show_preview(False)
    assert not window.preview.isVisible()
    click_section(qtbot, window, "section:applications")
    with qtbot.waitSignal(window.session.after_edit.passed, timeout=5000):  # saved, checked, the preview asked
        type_cell(qtbot, window, "t3.r.unavailable.not_held.legal", "7315")
    qtbot.waitUntil(lambda: not preview_worker.laying_out(), timeout=5000)  # a layout asked for would be done now
    assert "7315" not in window.preview.html

    area.show_preview(True)
    qtbot.waitUntil(lambda: ">7315<" in window.preview.html, timeout=5000)
    assert "7315" in window.preview.page.plain_text()
    close_window(window)
