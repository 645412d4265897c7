"""Table 四 is set the same way in the PDF and in the Word file: on a landscape page that reads upright, its page
number along the left edge turned to read downwards — the foot of the bound portrait sheet, where GB/T 9704 keeps
a 横排 table's page number — and the pages after it portrait again, numbered at their foot."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pdfplumber

from disclosure_desktop.export import registry
from disclosure_desktop.workflows.example_report import example_report
from tests.helpers.pdf_docs import render_pdf

MM = 72 / 25.4


def pages_and_numbers(pdf: bytes | Path) -> list[tuple[bool, tuple[float, float] | None, bool]]:
    """Per page: landscape?, the centre (mm) of its page number's digits, and whether table 四 is on it upright."""
    found = []
    with pdfplumber.open(io.BytesIO(pdf) if isinstance(pdf, bytes) else pdf) as document:
        for number, page in enumerate(document.pages, 1):
            words = page.extract_words(extra_attrs=["upright"])
            landscape = page.width > page.height
            # The page number's digits: outside the type area (a table's figure may be the same number).
            centres = [((w["x0"] + w["x1"]) / 2 / MM, (w["top"] + w["bottom"]) / 2 / MM) for w in words
                       if w["text"] == str(number)]
            outside = [c for c in centres if (c[0] < 30 if landscape else c[1] > 297 - 35)]
            centre = outside[0] if outside else None
            upright_t4 = any("行政复议" in w["text"] and w["upright"] for w in words)
            found.append((landscape, centre, upright_t4))
    return found


def test_the_pdf_sets_table_4_upright_on_a_landscape_page():
    pages = pages_and_numbers(registry.render(example_report(), "pdf"))
    [t4] = [i for i, (landscape, _c, _u) in enumerate(pages) if landscape]
    assert pages[t4][2], "table 四 reads upright"
    x, y = pages[t4][1]
    assert x < 35 and 90 < y < 120  # in the left margin, about the middle of the page's height
    for landscape, (nx, ny), _ in (p for i, p in enumerate(pages) if i != t4):
        assert not landscape and ny > 297 - 35 and 90 < nx < 120  # portrait, numbered at the foot


def test_the_word_file_sets_it_the_same_way(tmp_path: Path):
    data = registry.render(example_report(), "docx")
    document = docx.Document(io.BytesIO(data))
    orientations = [s.orientation for s in document.sections]
    assert orientations == [0, 1, 0]
    turned = document.sections[1].footer._element.xml
    assert "layout-flow:vertical" in turned and " PAGE " in turned
    assert not document.sections[2].footer.is_linked_to_previous  # numbered at the foot again, not turned

    path = tmp_path / "report.docx"
    path.write_bytes(data)
    word = pages_and_numbers(render_pdf(path, tmp_path / "lo"))
    pdf = pages_and_numbers(registry.render(example_report(), "pdf"))
    assert [p[0] for p in word] == [p[0] for p in pdf]  # the same pages landscape
    for (_wl, w_centre, w_up), (_pl, p_centre, p_up) in zip(word, pdf, strict=True):
        assert w_up == p_up
        assert abs(w_centre[0] - p_centre[0]) < 4 and abs(w_centre[1] - p_centre[1]) < 4, (w_centre, p_centre)
