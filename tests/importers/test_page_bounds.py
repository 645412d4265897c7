"""The page scan that stands before the HTML parser (importers/page_bounds.py) finds a tag's attributes however
they are written — behind a quoted ">", run together after quotes, after a stray quote, in UTF-16 — leaves
scripts and comments alone, and lets a real page through, a 10 MB one with an inlined image included."""

from __future__ import annotations

import base64
import os
import time

import pytest

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.limits import MAX_TAG_ATTRIBUTES
from disclosure_desktop.export import registry
from disclosure_desktop.importers.html_reader import parse_html
from disclosure_desktop.messages import ReportDataError
from tests.helpers.paths import FULL_REPORT

MANY = MAX_TAG_ATTRIBUTES * 3


def page(tag: str, encoding: str = "utf-8") -> bytes:
    return f"<html><body><h1>某某县人民政府2024年政府信息公开工作年度报告</h1>{tag}x</body></html>".encode(encoding)


@pytest.mark.parametrize("tag", [
    "<p " + " ".join(f"a{i}" for i in range(MANY)) + ">",  # attributes without values
    '<p a=">" ' + " ".join(f'b{i}="1"' for i in range(MANY)) + ">",  # a quoted ">" before them
    "<p " + "".join(f'a{i}="1"' for i in range(MANY)) + ">",  # run together after their quotes
    '<p " ' + " ".join(f"a{i}" for i in range(MANY)) + ' ">',  # a stray quote where a name should be
])
def test_a_tag_with_too_many_attributes_is_refused_however_written(tag):
    for encoding in ("utf-8", "utf-16"):
        with pytest.raises(ReportDataError, match="个属性"):
            parse_html(page(tag, encoding), "年报.html")


def test_scripts_styles_and_comments_are_not_counted_as_tags():
    script = "<script>" + " ".join(f"if(a<b{i})x=1;" for i in range(MANY)) + "</script>"
    comment = "<!--<p " + " ".join(f"a{i}" for i in range(MANY)) + "-->"
    for extra in (script, comment):
        document = parse_html(page(extra), "年报.html")  # read as a page, not refused as markup
        assert document.blocks[0].text == "某某县人民政府2024年政府信息公开工作年度报告"


def test_a_real_page_with_an_inlined_image_is_read_in_well_under_a_second():
    report = jsonio.loads(FULL_REPORT.read_text("utf-8"))
    html = registry.render(report, "html")
    image = b'<p><img alt="seal" src="data:image/png;base64,' + base64.b64encode(os.urandom(7 << 20)) + b'"></p>'
    data = html.replace(b"</body>", image + b"</body>")
    assert len(data) > 9_000_000
    began = time.monotonic()
    document = parse_html(data, "年报.html")
    assert time.monotonic() - began < 5  # ≈ 0.3 s here; the bound is for a busy machine
    assert any("某某县人民政府" in getattr(block, "text", "") for block in document.blocks)
