"""The Word export's paragraphs: title, headings (Word's outline), body text and the signature block."""

from __future__ import annotations

from collections.abc import Iterable

from docx.document import Document
from docx.text.paragraph import Paragraph

from disclosure_desktop.domain.textblocks import TextBlock
from disclosure_desktop.export import typesetting as ts
from disclosure_desktop.export.docx_styles import HEADING_STYLE_IDS
from disclosure_desktop.export.docx_xml import LINE_PITCH, add_run, replace_ppr


def add_paragraph(doc: Document, **ppr: object) -> Paragraph:
    paragraph = doc.add_paragraph()
    replace_ppr(paragraph._p, **ppr)
    return paragraph


def add_heading(doc: Document, text: str, level: int) -> None:
    """A heading in Heading{level+1}, so Word's navigation pane and outline show the report's parts."""
    paragraph = add_paragraph(
        doc, style=HEADING_STYLE_IDS[level], keep_next=True, first_line_chars=ts.FIRST_LINE_INDENT_CHARS
    )
    add_run(paragraph, text, ts.HEADING_FACES[level], base=ts.HEADING_FACES[level])


def add_blocks(doc: Document, blocks: Iterable[TextBlock]) -> None:
    for block in blocks:
        level = min(block.level, len(ts.HEADING_FACES) - 1)
        if block.is_heading and not block.body:
            add_heading(doc, block.heading, level)
            continue
        paragraph = add_paragraph(doc, first_line_chars=ts.FIRST_LINE_INDENT_CHARS, jc="both")
        if block.is_heading:
            # A run-in heading (「（一）主动公开。本年度……」) stays one paragraph, as printed reports set it:
            # the lead words in the heading face, the rest in the body face.
            add_run(paragraph, block.heading, ts.HEADING_FACES[level], base=ts.BODY)
        add_run(paragraph, block.body, ts.BODY, base=ts.BODY)


def add_title(doc: Document, lines: list[str]) -> None:
    paragraph = add_paragraph(
        doc,
        style="Title",
        keep_next=True,
        line=str(round(ts.TITLE.size_pt * 1.6 * 20)),
        after=int(LINE_PITCH),
        jc="center",
    )
    for index, line in enumerate(lines):
        run = add_run(paragraph, line, ts.TITLE, base=ts.TITLE, latin=ts.TITLE.family)
        if index < len(lines) - 1:
            run.add_break()


def add_closing(doc: Document, lines: list[str]) -> None:
    if not lines:
        return
    # GB/T 9704: one blank line under the text, then the signature right-aligned, two characters in.
    add_paragraph(doc, jc="both")
    for line in lines:
        paragraph = add_paragraph(doc, right_chars=ts.SIGNATURE_RIGHT_INDENT_CHARS, jc="right")
        add_run(paragraph, line, ts.BODY, base=ts.BODY)
