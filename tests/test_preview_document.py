"""The preview in parts: it shows what one document of the whole page shows, and a keystroke in a text part
re-reads that part only (the tables, which cost the most, keep their layout)."""

from __future__ import annotations

import json

from PySide6.QtGui import QTextDocument

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.report import Cell
from disclosure_desktop.export.html import BODY_FONT_PX, render_html
from disclosure_desktop.gui.page_view import PAGE_TEXT_WIDTH
from disclosure_desktop.gui.preview import PreviewPane
from disclosure_desktop.gui.preview_document import split_page
from tests.conftest import FIXTURES


def _lines(text: str) -> list[str]:
    # A part's last line may keep a space that one document drops before the next block: nothing one sees.
    return [line.rstrip() for line in text.split("\n")]


def _report():
    return jsonio.loads((FIXTURES / "full_report_2021.json").read_text("utf-8"))


def _whole(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    font = doc.defaultFont()
    font.setPixelSize(BODY_FONT_PX)  # as the preview sets it
    doc.setDefaultFont(font)
    doc.setHtml(html)
    doc.setTextWidth(PAGE_TEXT_WIDTH)
    return doc


def test_parts_are_the_title_the_opening_each_section_and_the_closing(qapp) -> None:
    report = _report()
    html = render_html(report)
    parts = split_page(html)
    assert len(parts) == 1 + 1 + len(report.format.sections) + 1
    assert all(p.startswith(html[: html.index("<body>")]) and p.rstrip().endswith("</html>") for p in parts)
    # Together the parts hold the page's text, in its order.
    texts = [_whole(p).toPlainText() for p in parts]
    assert _lines("\n".join(texts)) == _lines(_whole(html).toPlainText())


def test_a_page_of_another_shape_stays_whole() -> None:
    assert split_page("<p>no body</p>") == ["<p>no body</p>"]
    broken = "<html><body><div>open<div>still open</div></body></html>"
    assert split_page(broken) == [broken]


def test_preview_shows_the_page_as_one_document_would(qtbot) -> None:
    report = _report()
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.resize(450, 800)
    pane.set_source(lambda: report)
    pane.refresh()
    whole = _whole(render_html(report))
    assert _lines(pane.page.plain_text()) == _lines(whole.toPlainText())
    # Laid out one under the other, the parts are as tall as the page (within a few pixels of spacing).
    assert abs(pane.page.document.height() - whole.size().height()) < 12
    assert pane.page.scroll_to_text("三、收到和处理政府信息公开申请情况")
    assert pane.page.verticalScrollBar().value() > 0


def test_a_keystroke_in_a_text_part_rereads_only_that_part(qtbot) -> None:
    report = _report()
    pane = PreviewPane()
    qtbot.addWidget(pane)
    pane.set_source(lambda: report)
    pane.refresh()
    docs = pane.page.document._docs
    before = [(id(d), d.toPlainText(), d.revision()) for d in docs]
    report.sections["problems"] += "新增一句。"
    pane.refresh()
    after = [(id(d), d.toPlainText(), d.revision()) for d in pane.page.document._docs]
    changed = [i for i, (b, a) in enumerate(zip(before, after, strict=True)) if b != a]
    assert len(changed) == 1 and "新增一句。" in after[changed[0]][1]
    report.cells["t3.new.natural"] = Cell("4321")
    pane.refresh()
    assert "4321" in pane.page.plain_text()
    assert json.dumps(pane.page.plain_text(), ensure_ascii=False).count("新增一句。") == 1
