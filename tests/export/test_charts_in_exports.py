"""The 图解 in every export: PDF pages whose titles and numbers are text in embedded fonts, a Word page of pictures
with their figures, the web page's images with text alternatives and tables (axe-clean), and the preview's pages."""

from __future__ import annotations

import base64
import datetime as dt
import io
import re
import shutil
import subprocess
import zipfile
from collections import Counter
from pathlib import Path

import docx
import pytest
from lxml import html as lxml_html
from PySide6.QtGui import QImage, QPainter

from disclosure_desktop.charts.data import Chart, light_context, report_charts
from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.report import Report
from disclosure_desktop.export import registry
from disclosure_desktop.export.pdf_export import LAYOUT_DPI, printed_pages
from disclosure_desktop.importers.html_reader import parse_html
from disclosure_desktop.workflows.example_report import example_report
from tests.helpers.axe import axe
from tests.helpers.paths import TESTS

LAST_YEAR = TESTS / "charts" / "fixtures" / "example-gov-2024.json"
NUMBER = re.compile(r"\d+(?:\.\d+)?%?")
MOMENT = dt.datetime(2026, 1, 20, 9, 0, tzinfo=dt.UTC)


def _reports() -> tuple[Report, Report]:
    return example_report(), jsonio.loads(LAST_YEAR.read_text("utf-8"))


def _charts(report: Report, last: Report | None) -> tuple[Chart, ...]:
    return report_charts(light_context(report), light_context(last) if last else None)


def _chart_numbers(charts: tuple[Chart, ...]) -> Counter[str]:
    """Every figure and share the charts print, worked out from their rows (what the chart tests tie to cells)."""
    out: Counter[str] = Counter()
    for chart in charts:
        for row in chart.drawn_rows:
            out.update(str(v) for v in (*row.values, row.total) if v is not None)
        if chart.kind == "shares":
            out.update(s for s in chart.shares() if s)
            out.update([str(chart.total)] if chart.total is not None else [])
    return out


def _pdf_text(path: Path, first: int, last: int) -> str:
    return subprocess.run(["pdftotext", "-raw", "-f", str(first), "-l", str(last), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


def _pages(path: Path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def test_pdf_charts_page_has_titles_and_numbers_as_text_in_embedded_fonts(tmp_path: Path) -> None:
    report, last = _reports()
    plain, with_charts = tmp_path / "plain.pdf", tmp_path / "charts.pdf"
    plain.write_bytes(registry.render(report, "pdf", moment=MOMENT))
    with_charts.write_bytes(registry.render(report, "pdf", moment=MOMENT,
                                            options=registry.RenderOptions(charts=True, previous=last)))
    text_pages, pages = _pages(plain), _pages(with_charts)
    assert pages == text_pages + 2  # the example's six charts take two pages
    assert "年度数据一览" not in _pdf_text(plain, 1, text_pages)
    text = _pdf_text(with_charts, text_pages + 1, pages)
    lines = text.splitlines()
    assert lines[0] == "图解"
    charts = _charts(report, last)
    for chart in charts:
        assert any(line.startswith(chart.title) for line in lines), chart.title
        for row in chart.drawn_rows:
            assert row.label in text, row.label
    # Every number on the 图解 pages is a chart's figure or share — or the page number under the type area.
    page_numbers = Counter(str(n) for n in range(text_pages + 1, pages + 1))
    assert Counter(NUMBER.findall(text)) == _chart_numbers(charts) + page_numbers
    fonts = subprocess.run(["pdffonts", str(with_charts)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(row.split()[-5] == "yes" for row in rows), fonts  # emb column
    # and the same report at the same moment gives the same bytes
    again = registry.render(report, "pdf", moment=MOMENT, options=registry.RenderOptions(charts=True, previous=last))
    assert again == with_charts.read_bytes()


def test_word_charts_page_has_each_picture_with_its_text_and_figures() -> None:
    report, last = _reports()
    data = registry.render(report, "docx", moment=MOMENT, options=registry.RenderOptions(charts=True, previous=last))
    document = docx.Document(io.BytesIO(data))
    charts = _charts(report, last)
    heading = next(p for p in document.paragraphs if p.text == "图解")
    assert heading._p.pPr.find(docx.oxml.ns.qn("w:pageBreakBefore")) is not None
    shapes = document.inline_shapes
    assert len(shapes) == len(charts)
    for shape, chart in zip(shapes, charts, strict=True):
        assert shape._inline.docPr.get("descr") == chart.alt_text()
        assert round(shape.width.mm) == 156
    texts = [p.text for p in document.paragraphs]
    for chart in charts:
        assert chart.alt_text() in texts  # the figures written out under the picture
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        images = [n for n in package.namelist() if n.startswith("word/media/")]
        assert len(images) == len(charts)
        widths = {QImage.fromData(package.read(n)).width() for n in images}
    assert widths == {1843}
    plain = docx.Document(io.BytesIO(registry.render(report, "docx", moment=MOMENT)))
    assert len(plain.inline_shapes) == 0 and "图解" not in [p.text for p in plain.paragraphs]


def _web_page(report: Report, last: Report | None = None) -> str:
    return registry.render(report, "html", options=registry.RenderOptions(previous=last)).decode("utf-8")


def test_web_page_charts_are_images_with_text_and_the_same_numbers_in_tables() -> None:
    report, last = _reports()
    page = lxml_html.document_fromstring(_web_page(report, last))
    charts = _charts(report, last)
    aside = page.find(".//aside")
    assert aside is not None and aside.getparent().tag == "body"
    assert aside.get("aria-labelledby") == "charts-heading" and page.get_element_by_id("charts-heading").text == "图解"
    figures = aside.findall(".//figure")
    assert [f.get("id") for f in figures] == [f"chart-{c.id}" for c in charts]
    for figure, chart in zip(figures, charts, strict=True):
        img = figure.find(".//img")
        assert img.get("alt") == chart.alt_text()
        head, _, data = img.get("src").partition(",")
        assert head == "data:image/png;base64"  # the page stays one file
        image = QImage.fromData(base64.b64decode(data))
        assert (image.width(), image.height()) == (int(img.get("width")), int(img.get("height"))) == (
            720, image.height())
        table = figure.find(".//table")
        assert table.find("caption").text_content().startswith(chart.title)
        assert all(th.get("scope") == "col" for th in table.findall("./thead/tr/th"))
        cells = [[c.text_content() for c in tr] for tr in table.findall("./tbody/tr")]
        assert all(tr[0].tag == "th" and tr[0].get("scope") == "row" for tr in table.findall("./tbody/tr"))
        shown = Counter(n for row in cells for text in row[1:] for n in NUMBER.findall(text))
        assert shown == _chart_numbers((chart,)), chart.id
    assert "<script" not in _web_page(report)


def test_reading_the_page_back_ignores_its_charts() -> None:
    report, last = _reports()
    source = parse_html(_web_page(report, last).encode("utf-8"))
    texts = [getattr(block, "text", "") for block in source.blocks]
    assert "图解" not in texts and not any(t.startswith("年度数据一览") for t in texts)


def test_a_report_without_tables_has_no_charts_anywhere() -> None:
    narrative = Report("narrative", "某某银行", 2019, sections={"overview": "本行依法公开信息。"})
    assert "<aside" not in _web_page(narrative)
    options = registry.RenderOptions(charts=True)
    pages = printed_pages(narrative, charts=True)
    assert pages.charts is None
    assert len(docx.Document(io.BytesIO(registry.render(narrative, "docx", options=options))).inline_shapes) == 0


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_web_page_with_charts_passes_axe(tmp_path: Path) -> None:
    report, last = _reports()
    page = _web_page(report, last)
    assert axe(page, tmp_path)["violations"] == []
    # the engine looked at the charts: an image without its text is reported
    broken = page.replace(' alt="年度数据一览', ' data-x="')
    assert [v["id"] for v in axe(broken, tmp_path)["violations"]] == ["image-alt"]


def test_preview_pages_end_with_the_charts_pages() -> None:
    report, last = _reports()
    plain = printed_pages(report)
    pages = printed_pages(report, charts=True, previous=last)
    assert pages.count == plain.count + 2 and pages.text_pages == plain.count
    assert pages.plain_text().endswith("\n".join(["图解", *(c.title for c in _charts(report, last))]))
    assert "年度数据一览" not in plain.plain_text()
    # paint the first 图解 page the way the preview paints a sheet, and find ink where the charts are
    scale = 0.25
    image = QImage(round(210 / 25.4 * LAYOUT_DPI * scale), round(297 / 25.4 * LAYOUT_DPI * scale),
                   QImage.Format.Format_RGB32)
    image.fill(0xFFFFFFFF)
    painter = QPainter(image)
    painter.scale(scale, scale)
    pages.paint_page(painter, plain.count)
    painter.end()
    ink = sum(1 for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
              if image.pixelColor(x, y).name() != "#ffffff")
    assert ink > 500
