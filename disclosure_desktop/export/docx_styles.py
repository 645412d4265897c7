"""The Word file's styles, font table, page, footer, properties and page orientation: the frame the text goes in."""

from __future__ import annotations

import datetime as dt

from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn
from docx.shared import Mm
from docx.text.paragraph import Paragraph
from lxml import etree

from disclosure_desktop.domain.report import Report
from disclosure_desktop.export import typesetting as ts
from disclosure_desktop.export.docx_xml import (
    LANGUAGE,
    LATIN_LANGUAGE,
    LINE_PITCH,
    add_run,
    el,
    replace_ppr,
    replace_rpr,
)

TABLE_STYLE_ID = "ReportTableText"
TABLE_STYLE_NAME = "Report Table Text"
# Style ids of the python-docx default template: built-in names keep Word's navigation pane and outline working.
HEADING_STYLE_IDS = ("Heading1", "Heading2", "Heading3", "Heading4")
_CHAR_STYLE_SUFFIX = "Char"


def _style(doc: Document, style_id: str) -> etree._Element:
    found = doc.styles.element.find(f"{qn('w:style')}[@{qn('w:styleId')}='{style_id}']")
    if found is None:
        raise LookupError(style_id)
    return found


def setup_styles(doc: Document) -> None:
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    replace_rpr(defaults.find(qn("w:rPrDefault")), ts.BODY, lang=True)
    replace_ppr(defaults.find(qn("w:pPrDefault")), line="240", line_rule="auto")

    normal = _style(doc, "Normal")
    replace_ppr(normal, first_line_chars=ts.FIRST_LINE_INDENT_CHARS, jc="both")
    replace_rpr(normal, ts.BODY, lang=True)

    for level, (style_id, face) in enumerate(zip(HEADING_STYLE_IDS, ts.HEADING_FACES, strict=True)):
        style = _style(doc, style_id)
        # Heading styles stay shown in the style gallery: clerks continue editing the file in Word or WPS.
        for child in style.findall(qn("w:semiHidden")) + style.findall(qn("w:unhideWhenUsed")):
            style.remove(child)
        replace_ppr(style, keep_next=True, first_line_chars=ts.FIRST_LINE_INDENT_CHARS, jc="both", outline=level)
        replace_rpr(style, face, lang=True)
        char_style = doc.styles.element.find(
            f"{qn('w:style')}[@{qn('w:styleId')}='{style_id}{_CHAR_STYLE_SUFFIX}']"
        )
        if char_style is not None:
            replace_rpr(char_style, face, lang=True)

    title = _style(doc, "Title")
    title_line = str(round(ts.TITLE.size_pt * 1.6 * 20))
    replace_ppr(title, keep_next=True, line=title_line, after=int(LINE_PITCH), jc="center")
    replace_rpr(title, ts.TITLE, latin=ts.TITLE.family, lang=True)
    title_char = _style(doc, "TitleChar")
    replace_rpr(title_char, ts.TITLE, latin=ts.TITLE.family, lang=True)

    table_text = doc.styles.add_style(TABLE_STYLE_NAME, 1).element  # 1: paragraph style
    table_text.set(qn("w:styleId"), TABLE_STYLE_ID)
    replace_ppr(table_text, line="240", line_rule="auto", jc="left")
    replace_rpr(table_text, ts.TABLE_BODY, lang=True)
    _mark_chinese(doc)
    _register_fonts(doc)


def _mark_chinese(doc: Document) -> None:
    """Every style of the template says its East-Asian text is Simplified Chinese: a style that names no language
    (python-docx's template has dozens) lets LibreOffice and WPS take the machine's locale and pick, say, the
    Japanese glyph forms of a pan-CJK face."""
    for style in doc.styles.element.findall(qn("w:style")):
        rpr = style.find(qn("w:rPr"))
        if rpr is None:
            rpr = el("w:rPr")
            # rPr is the last child of a style but for the table-style properties that follow it.
            following = next((c for c in style if c.tag in (qn("w:tblPr"), qn("w:trPr"), qn("w:tcPr"),
                                                             qn("w:tblStylePr"))), None)
            if following is not None:
                following.addprevious(rpr)
            else:
                style.append(rpr)
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = el("w:lang")
            _insert_lang(rpr, lang)
        lang.set(qn("w:val"), lang.get(qn("w:val")) or LATIN_LANGUAGE)
        lang.set(qn("w:eastAsia"), LANGUAGE)


# CT_RPr children after w:lang in schema order: a new w:lang goes before the first of these.
_AFTER_LANG = ("w:eastAsianLayout", "w:specVanish", "w:oMath")


def _insert_lang(rpr: etree._Element, lang: etree._Element) -> None:
    for tag in _AFTER_LANG:
        found = rpr.find(qn(tag))
        if found is not None:
            found.addprevious(lang)
            return
    rpr.append(lang)


def _register_fonts(doc: Document) -> None:
    """Name a fallback face for each 公文 face in the font table, which Word and WPS use when one is missing."""
    part = doc.part.part_related_by(RT.FONT_TABLE)
    root = etree.fromstring(part.blob)
    for family, fallbacks in ts.FALLBACKS.items():
        font = etree.SubElement(root, qn("w:font"), {qn("w:name"): family})
        etree.SubElement(font, qn("w:altName"), {qn("w:val"): fallbacks[0]})
        etree.SubElement(font, qn("w:charset"), {qn("w:val"): "86"})  # GB2312
        etree.SubElement(font, qn("w:family"), {qn("w:val"): "modern" if family != "黑体" else "swiss"})
        etree.SubElement(font, qn("w:pitch"), {qn("w:val"): "variable"})
    # The font table is a plain (non-XML) part in python-docx: its bytes are the only handle on it.
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def setup_settings(doc: Document) -> None:
    lang = doc.settings.element.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), LANGUAGE)


def setup_page(doc: Document) -> None:
    section = doc.sections[0]
    section.page_width = Mm(ts.PAGE_WIDTH_MM)
    section.page_height = Mm(ts.PAGE_HEIGHT_MM)
    section.top_margin = Mm(ts.MARGIN_TOP_MM)
    section.bottom_margin = Mm(ts.MARGIN_BOTTOM_MM)
    section.left_margin = Mm(ts.MARGIN_LEFT_MM)
    section.right_margin = Mm(ts.MARGIN_RIGHT_MM)
    section.header_distance = Mm(15)
    # The footer line's bottom edge: the number's top then sits PAGE_NUMBER_GAP_MM under the type area.
    number_height_mm = ts.PAGE_NUMBER.size_pt * 25.4 / 72
    section.footer_distance = Mm(ts.MARGIN_BOTTOM_MM - ts.PAGE_NUMBER_GAP_MM - number_height_mm)
    fill_page_number(section.footer.paragraphs[0])


def fill_page_number(paragraph: Paragraph, *, jc: str = "center") -> None:
    """`— N —` in 4号 宋体, N a PAGE field (the portrait pages' footer, a landscape page's turned text box)."""
    replace_ppr(paragraph._p, style="Footer", line="240", line_rule="auto", jc=jc)
    before, after = ts.PAGE_NUMBER_TEMPLATE.split("{n}")
    add_run(paragraph, before, ts.PAGE_NUMBER, latin=ts.PAGE_NUMBER.family)
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        run = add_run(paragraph, "", ts.PAGE_NUMBER, latin=ts.PAGE_NUMBER.family)
        if kind == "instr":
            instr = el("w:instrText")
            instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            instr.text = text
            run._r.append(instr)
        elif kind == "text":
            run.text = text or ""
        else:
            run._r.append(el("w:fldChar", fldCharType=kind))
    add_run(paragraph, after, ts.PAGE_NUMBER, latin=ts.PAGE_NUMBER.family)


def setup_properties(doc: Document, report: Report, moment: dt.datetime | None = None) -> None:
    props = doc.core_properties
    props.title = report.display_title[:255]  # the property holds 255 characters; python-docx raises beyond
    props.author = report.agency
    props.last_modified_by = report.agency
    props.subject = "政府信息公开工作年度报告"
    props.keywords = f"{report.year}年;政府信息公开"
    props.comments = ""
    props.language = LANGUAGE
    props.revision = 1
    when = (moment or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0, tzinfo=None)
    props.created = when
    props.modified = when
    # The template's thumbnail shows python-docx's own sample page in file browsers: drop it.
    package = doc.part.package
    for rid, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rid)
            package.rels.related_parts.pop(rid, None)



def start_section(doc: Document, landscape: bool) -> None:
    """A new page in the given orientation; a landscape page turns the portrait margins with it (the table's top
    at the binding edge, GB/T 9704), so its type area is 225 × 156 mm."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    short, long_ = Mm(ts.PAGE_WIDTH_MM), Mm(ts.PAGE_HEIGHT_MM)
    section.page_width, section.page_height = (long_, short) if landscape else (short, long_)
    margins = (ts.MARGIN_LEFT_MM, ts.MARGIN_RIGHT_MM, ts.MARGIN_BOTTOM_MM, ts.MARGIN_TOP_MM) if landscape else (
        ts.MARGIN_TOP_MM, ts.MARGIN_BOTTOM_MM, ts.MARGIN_LEFT_MM, ts.MARGIN_RIGHT_MM)
    section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = (Mm(m) for m in margins)
