"""What the clerk publishes carries no notes of ours: no CSS or HTML comments in the web page (「spec §6」,
「Qt then drops the whole sheet」 were in its stylesheet), none in the Word file's XML."""

from __future__ import annotations

import io
import re
import zipfile

from disclosure_desktop.export import registry
from disclosure_desktop.workflows.example_report import example_report

DEVELOPER_WORDS = re.compile(r"spec §|\bQt\b|Debian|TODO|FIXME")


def test_the_web_page_has_no_comments():
    page = registry.render(example_report(), "html").decode("utf-8")
    text_only = re.sub(r"data:[^\"')]+", "", page)  # embedded images are base64, not words
    assert "/*" not in text_only and "<!--" not in text_only
    assert not DEVELOPER_WORDS.search(text_only), DEVELOPER_WORDS.search(text_only)


def test_the_word_file_has_no_comments():
    with zipfile.ZipFile(io.BytesIO(registry.render(example_report(), "docx"))) as docx:
        for name in docx.namelist():
            if name.endswith((".xml", ".rels")):
                xml = docx.read(name).decode("utf-8")
                assert "<!--" not in xml, name
                assert not DEVELOPER_WORDS.search(xml), (name, DEVELOPER_WORDS.search(xml))
