"""Writes a report as a GB/T 9704 Word document that Word, WPS and LibreOffice open and lay out alike."""

from __future__ import annotations

import copy
import datetime as dt
import io
import zipfile
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Twips
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

from disclosure_desktop.domain.report import Report
from disclosure_desktop.domain.textblocks import TextBlock
from disclosure_desktop.export import embedded_meta
from disclosure_desktop.export import typesetting as ts
from disclosure_desktop.export.atomic_file import write_atomically
from disclosure_desktop.export.context import ReportContext, TableCell, TableContext, build_context

LANGUAGE = "zh-CN"
# Latin text (digits, addresses, URLs) is tagged English, as Chinese Word writes it: LibreOffice otherwise applies
# the Chinese rule of breaking between any two characters to numbers too (0000-1234567 broke after its first 0).
LATIN_LANGUAGE = "en-US"
TABLE_STYLE_ID = "ReportTableText"
TABLE_STYLE_NAME = "Report Table Text"
# Style ids of the python-docx default template: built-in names keep Word's navigation pane and outline working.
HEADING_STYLE_IDS = ("Heading1", "Heading2", "Heading3", "Heading4")
_CHAR_STYLE_SUFFIX = "Char"


def twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


def _half_points(pt: float) -> str:
    return str(round(pt * 2))


_LINE_PITCH = str(round(ts.LINE_PITCH_PT * 20))
_BODY_CHAR_TWIPS = round(ts.BODY.size_pt * 20)


# --- low-level property builders: children are appended in the order the OOXML schema requires, which Word
# --- enforces strictly (a misplaced element makes it refuse the file).


def _el(tag: str, **attrs: str) -> etree._Element:
    return OxmlElement(tag, {qn(f"w:{k}"): v for k, v in attrs.items()})


def _rpr_children(
    face: ts.Face, *, latin: str = ts.LATIN_FAMILY, lang: bool = False, fonts_only: bool = False
) -> list[etree._Element]:
    size = _half_points(face.size_pt)
    # hint=eastAsia makes shared punctuation (“”—…) take the Chinese face, as Chinese Word does when typing.
    out = [_el("w:rFonts", ascii=latin, hAnsi=latin, eastAsia=face.family, cs=latin, hint="eastAsia")]
    if fonts_only:
        return out
    bold = "1" if face.bold else "0"
    out += [_el("w:b", val=bold), _el("w:bCs", val=bold), _el("w:i", val="0"), _el("w:iCs", val="0")]
    out += [_el("w:color", val="000000"), _el("w:sz", val=size), _el("w:szCs", val=size)]
    if lang:
        out.append(_el("w:lang", val=LATIN_LANGUAGE, eastAsia=LANGUAGE, bidi="ar-SA"))
    return out


@cache
def _rpr_prototype(face: ts.Face, **kwargs: object) -> etree._Element:
    rpr = _el("w:rPr")
    rpr.extend(_rpr_children(face, **kwargs))  # type: ignore[arg-type]
    return rpr


def _swap_in(owner: etree._Element, new: etree._Element, tag: str, first_of: str) -> bool:
    """Put `new` where `owner`'s `tag` child stands, or first in an element of kind `first_of`.

    False when `owner` has no such child and is of another kind: the caller knows where it goes there.
    """
    old = owner.find(qn(tag))
    if old is not None:
        old.addprevious(new)
        owner.remove(old)
        return True
    if owner.tag == qn(first_of):
        owner.insert(0, new)
        return True
    return False


def _replace_rpr(owner: etree._Element, face: ts.Face, **kwargs: object) -> None:
    """Give `owner` (a run, style or rPrDefault) a fresh rPr for `face`."""
    # Copying a prepared element is several times faster than building one through python-docx's parser.
    rpr = copy.deepcopy(_rpr_prototype(face, **kwargs))
    if not _swap_in(owner, rpr, "w:rPr", first_of="w:r"):
        owner.append(rpr)


def _ppr_children(
    *,
    style: str | None = None,
    keep_next: bool = False,
    line: str = _LINE_PITCH,
    line_rule: str = "exact",
    before: int = 0,
    after: int = 0,
    first_line_chars: int = 0,
    right_chars: int = 0,
    jc: str | None = None,
    outline: int | None = None,
) -> list[etree._Element]:
    out: list[etree._Element] = []
    if style:
        out.append(_el("w:pStyle", val=style))
    if keep_next:
        out += [_el("w:keepNext"), _el("w:keepLines")]
    out.append(_el("w:spacing", before=str(before), after=str(after), line=line, lineRule=line_rule))
    # Word and WPS read the *Chars attributes (indent follows the font size); LibreOffice reads only twips.
    out.append(
        _el(
            "w:ind",
            firstLineChars=str(first_line_chars * 100),
            firstLine=str(first_line_chars * _BODY_CHAR_TWIPS),
            rightChars=str(right_chars * 100),
            right=str(right_chars * _BODY_CHAR_TWIPS),
        )
    )
    if jc:
        out.append(_el("w:jc", val=jc))
    if outline is not None:
        out.append(_el("w:outlineLvl", val=str(outline)))
    return out


@cache
def _ppr_prototype(**kwargs: object) -> etree._Element:
    ppr = _el("w:pPr")
    ppr.extend(_ppr_children(**kwargs))  # type: ignore[arg-type]
    return ppr


def _replace_ppr(owner: etree._Element, **kwargs: object) -> None:
    ppr = copy.deepcopy(_ppr_prototype(**kwargs))
    if not _swap_in(owner, ppr, "w:pPr", first_of="w:p"):
        # In a style, pPr follows the naming/linking children and precedes rPr.
        rpr = owner.find(qn("w:rPr"))
        if rpr is not None:
            rpr.addprevious(ppr)
        else:
            owner.append(ppr)


# --- styles


def _style(doc: Document, style_id: str) -> etree._Element:
    found = doc.styles.element.find(f"{qn('w:style')}[@{qn('w:styleId')}='{style_id}']")
    if found is None:
        raise LookupError(style_id)
    return found


def _setup_styles(doc: Document) -> None:
    styles = doc.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    _replace_rpr(defaults.find(qn("w:rPrDefault")), ts.BODY, lang=True)
    _replace_ppr(defaults.find(qn("w:pPrDefault")), line="240", line_rule="auto")

    normal = _style(doc, "Normal")
    _replace_ppr(normal, first_line_chars=ts.FIRST_LINE_INDENT_CHARS, jc="both")
    _replace_rpr(normal, ts.BODY, lang=True)

    for level, (style_id, face) in enumerate(zip(HEADING_STYLE_IDS, ts.HEADING_FACES, strict=True)):
        style = _style(doc, style_id)
        # Heading styles stay shown in the style gallery: clerks continue editing the file in Word or WPS.
        for child in style.findall(qn("w:semiHidden")) + style.findall(qn("w:unhideWhenUsed")):
            style.remove(child)
        _replace_ppr(style, keep_next=True, first_line_chars=ts.FIRST_LINE_INDENT_CHARS, jc="both", outline=level)
        _replace_rpr(style, face, lang=True)
        char_style = doc.styles.element.find(
            f"{qn('w:style')}[@{qn('w:styleId')}='{style_id}{_CHAR_STYLE_SUFFIX}']"
        )
        if char_style is not None:
            _replace_rpr(char_style, face, lang=True)

    title = _style(doc, "Title")
    title_line = str(round(ts.TITLE.size_pt * 1.6 * 20))
    _replace_ppr(title, keep_next=True, line=title_line, after=int(_LINE_PITCH), jc="center")
    _replace_rpr(title, ts.TITLE, latin=ts.TITLE.family, lang=True)
    title_char = _style(doc, "TitleChar")
    _replace_rpr(title_char, ts.TITLE, latin=ts.TITLE.family, lang=True)

    table_text = doc.styles.add_style(TABLE_STYLE_NAME, 1).element  # 1: paragraph style
    table_text.set(qn("w:styleId"), TABLE_STYLE_ID)
    _replace_ppr(table_text, line="240", line_rule="auto", jc="left")
    _replace_rpr(table_text, ts.TABLE_BODY, lang=True)
    _mark_chinese(doc)
    _register_fonts(doc)


def _mark_chinese(doc: Document) -> None:
    """Every style of the template says its East-Asian text is Simplified Chinese: a style that names no language
    (python-docx's template has dozens) lets LibreOffice and WPS take the machine's locale and pick, say, the
    Japanese glyph forms of a pan-CJK face."""
    for style in doc.styles.element.findall(qn("w:style")):
        rpr = style.find(qn("w:rPr"))
        if rpr is None:
            rpr = _el("w:rPr")
            # rPr is the last child of a style but for the table-style properties that follow it.
            following = next((c for c in style if c.tag in (qn("w:tblPr"), qn("w:trPr"), qn("w:tcPr"),
                                                             qn("w:tblStylePr"))), None)
            if following is not None:
                following.addprevious(rpr)
            else:
                style.append(rpr)
        lang = rpr.find(qn("w:lang"))
        if lang is None:
            lang = _el("w:lang")
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


def _setup_settings(doc: Document) -> None:
    lang = doc.settings.element.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), LANGUAGE)


def _setup_page(doc: Document) -> None:
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
    paragraph = section.footer.paragraphs[0]
    _replace_ppr(paragraph._p, style="Footer", line="240", line_rule="auto", jc="center")
    before, after = ts.PAGE_NUMBER_TEMPLATE.split("{n}")
    _add_run(paragraph, before, ts.PAGE_NUMBER, latin=ts.PAGE_NUMBER.family)
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("text", "1"), ("end", None)):
        run = _add_run(paragraph, "", ts.PAGE_NUMBER, latin=ts.PAGE_NUMBER.family)
        if kind == "instr":
            instr = _el("w:instrText")
            instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            instr.text = text
            run._r.append(instr)
        elif kind == "text":
            run.text = text or ""
        else:
            run._r.append(_el("w:fldChar", fldCharType=kind))
    _add_run(paragraph, after, ts.PAGE_NUMBER, latin=ts.PAGE_NUMBER.family)


def _setup_properties(doc: Document, report: Report, moment: dt.datetime | None = None) -> None:
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


# --- content


def _add_run(paragraph: Paragraph, text: str, face: ts.Face, base: ts.Face | None = None, **kwargs: object):
    """A run in `face`; when the paragraph style already gives that face (`base`), only the font slots are
    repeated (Word and WPS need the East-Asian slot on the run) so that restyling in Word still works."""
    run = paragraph.add_run(text)
    _replace_rpr(run._r, face, fonts_only=face == base, **kwargs)
    return run


def _paragraph(doc: Document, **ppr: object) -> Paragraph:
    paragraph = doc.add_paragraph()
    _replace_ppr(paragraph._p, **ppr)
    return paragraph


def _add_heading(doc: Document, text: str, level: int) -> None:
    """A heading in Heading{level+1}, so Word's navigation pane and outline show the report's parts."""
    paragraph = _paragraph(
        doc, style=HEADING_STYLE_IDS[level], keep_next=True, first_line_chars=ts.FIRST_LINE_INDENT_CHARS
    )
    _add_run(paragraph, text, ts.HEADING_FACES[level], base=ts.HEADING_FACES[level])


def _add_blocks(doc: Document, blocks: Iterable[TextBlock]) -> None:
    for block in blocks:
        level = min(block.level, len(ts.HEADING_FACES) - 1)
        if block.is_heading and not block.body:
            _add_heading(doc, block.heading, level)
            continue
        paragraph = _paragraph(doc, first_line_chars=ts.FIRST_LINE_INDENT_CHARS, jc="both")
        if block.is_heading:
            # A run-in heading (「（一）主动公开。本年度……」) stays one paragraph, as printed reports set it:
            # the lead words in the heading face, the rest in the body face.
            _add_run(paragraph, block.heading, ts.HEADING_FACES[level], base=ts.BODY)
        _add_run(paragraph, block.body, ts.BODY, base=ts.BODY)


def _add_title(doc: Document, lines: list[str]) -> None:
    paragraph = _paragraph(
        doc,
        style="Title",
        keep_next=True,
        line=str(round(ts.TITLE.size_pt * 1.6 * 20)),
        after=int(_LINE_PITCH),
        jc="center",
    )
    for index, line in enumerate(lines):
        run = _add_run(paragraph, line, ts.TITLE, base=ts.TITLE, latin=ts.TITLE.family)
        if index < len(lines) - 1:
            run.add_break()


def _add_closing(doc: Document, lines: list[str]) -> None:
    if not lines:
        return
    # GB/T 9704: one blank line under the text, then the signature right-aligned, two characters in.
    _paragraph(doc, jc="both")
    for line in lines:
        paragraph = _paragraph(doc, right_chars=ts.SIGNATURE_RIGHT_INDENT_CHARS, jc="right")
        _add_run(paragraph, line, ts.BODY, base=ts.BODY)


# --- tables


def column_widths(table: TableContext) -> list[int]:
    """Column widths in twips from the rendering context (the same millimetres the PDF uses)."""
    widths = [twips(mm) for mm in table.geometry.widths_mm]
    area = twips(ts.TYPE_AREA_HEIGHT_MM if table.landscape else ts.TYPE_AREA_WIDTH_MM)
    widths[-1] += area - sum(widths)  # rounding: the table fills the type area exactly
    return widths


@cache
def _border_prototype(tag: str, sides: tuple[str, ...]) -> etree._Element:
    borders = _el(tag)
    for side in sides:
        borders.append(
            _el(f"w:{side}", val="single", sz=str(ts.TABLE_BORDER_EIGHTHS_PT), space="0", color="000000")
        )
    return borders


def _border_set(tag: str, sides: tuple[str, ...]) -> etree._Element:
    return copy.deepcopy(_border_prototype(tag, sides))


def _setup_table(table: Table, widths: list[int]) -> None:
    tbl = table._tbl
    tbl_pr = tbl.tblPr
    for child in list(tbl_pr):
        tbl_pr.remove(child)
    pad = str(twips(ts.TABLE_CELL_PADDING_MM))
    margins = _el("w:tblCellMar")
    for side, value in (("top", "0"), ("left", pad), ("bottom", "0"), ("right", pad)):
        margins.append(_el(f"w:{side}", w=value, type="dxa"))
    tbl_pr.extend(
        [
            _el("w:tblW", w=str(sum(widths)), type="dxa"),
            _el("w:jc", val="center"),
            _border_set("w:tblBorders", ("top", "left", "bottom", "right", "insideH", "insideV")),
            _el("w:tblLayout", type="fixed"),
            margins,
            _el(
                "w:tblLook",
                val="0000",
                firstRow="0",
                lastRow="0",
                firstColumn="0",
                lastColumn="0",
                noHBand="1",
                noVBand="1",
            ),
        ]
    )
    for grid_col, width in zip(tbl.tblGrid.gridCol_lst, widths, strict=True):
        grid_col.w = Twips(width)


def _finish_cells(table: Table, widths: list[int], head_rows: int, keep: set[int]) -> None:
    """After merging: every tc gets its spanned width, borders and vertical centring; rows their flags.

    Rows in `keep` stay on the page of the row after them (a label spanning rows is never split by a page break).
    """
    for index, tr in enumerate(table._tbl.tr_lst):
        tr_pr = tr.get_or_add_trPr()
        tr_pr.append(_el("w:cantSplit"))
        if index < head_rows:
            tr_pr.append(_el("w:tblHeader"))
        offset = 0
        for tc in tr.tc_lst:
            span = tc.grid_span
            tc.width = Twips(sum(widths[offset : offset + span]))
            offset += span
            tc_pr = tc.get_or_add_tcPr()
            tc_pr.insert_element_before(
                _border_set("w:tcBorders", ("top", "left", "bottom", "right")),
                "w:shd",
                "w:noWrap",
                "w:tcMar",
                "w:textDirection",
                "w:tcFitText",
                "w:vAlign",
                "w:hideMark",
            )
            tc_pr.get_or_add_vAlign().val = WD_CELL_VERTICAL_ALIGNMENT.CENTER
            # The empty paragraph of a merged-over cell would otherwise be a 16 pt body line and stretch its row.
            for p in tc.p_lst:
                if p.pPr is None:
                    _replace_ppr(p, style=TABLE_STYLE_ID, line="240", line_rule="auto")
                if index in keep:
                    _keep_with_next(p)


def _keep_with_next(p: etree._Element) -> None:
    ppr = p.get_or_add_pPr()
    if ppr.find(qn("w:keepNext")) is None:
        anchor = ppr.find(qn("w:pStyle"))
        keep = _el("w:keepNext")
        if anchor is not None:
            anchor.addnext(keep)
        else:
            ppr.insert(0, keep)


def _cell_text(cell: _Cell, grid_cell: TableCell, text: str) -> None:
    paragraph = cell.paragraphs[0]
    if grid_cell.kind == "value":
        jc = "right"
    elif grid_cell.kind == "stub" and not grid_cell.vertical and grid_cell.rowspan == 1:
        jc = "left"
    else:
        jc = "center"
    _replace_ppr(paragraph._p, style=TABLE_STYLE_ID, line="240", line_rule="auto", jc=jc)
    if text:
        face = ts.TABLE_HEAD if grid_cell.kind in ("header", "title") else ts.TABLE_BODY
        _add_run(paragraph, text, face, base=ts.TABLE_BODY)


def _add_table(doc: Document, context: TableContext) -> Table:
    widths = column_widths(context)
    table = doc.add_table(rows=context.height, cols=context.width)
    _setup_table(table, widths)
    # Capture every cell before merging: python-docx keeps a merge's top-left tc, so these stay valid.
    cells = [[_Cell(tc, table) for tc in tr.tc_lst] for tr in table._tbl.tr_lst]
    keep: set[int] = set()
    for row in context.rows:
        if row.role in ("title", "header") and row.cells:
            keep.add(row.cells[0].row)  # a block's clause and header rows stay with its first row
        for grid_cell in row.cells:
            cell = cells[grid_cell.row][grid_cell.col]
            if grid_cell.rowspan > 1 or grid_cell.colspan > 1:
                end = cells[grid_cell.row + grid_cell.rowspan - 1][grid_cell.col + grid_cell.colspan - 1]
                cell = cell.merge(end)
            if grid_cell.rowspan > 1 and grid_cell.kind == "stub":
                keep.update(range(grid_cell.row, grid_cell.row + grid_cell.rowspan - 1))
            _cell_text(cell, grid_cell, grid_cell.text)
    _finish_cells(table, widths, len(context.head), keep)
    return table


def _start_section(doc: Document, landscape: bool) -> None:
    """A new page in the given orientation; a landscape page turns the portrait margins with it (the table's top
    at the binding edge, GB/T 9704), so its type area is 225 × 156 mm."""
    section = doc.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    short, long_ = Mm(ts.PAGE_WIDTH_MM), Mm(ts.PAGE_HEIGHT_MM)
    section.page_width, section.page_height = (long_, short) if landscape else (short, long_)
    margins = (ts.MARGIN_LEFT_MM, ts.MARGIN_RIGHT_MM, ts.MARGIN_BOTTOM_MM, ts.MARGIN_TOP_MM) if landscape else (
        ts.MARGIN_TOP_MM, ts.MARGIN_BOTTOM_MM, ts.MARGIN_LEFT_MM, ts.MARGIN_RIGHT_MM)
    section.top_margin, section.bottom_margin, section.left_margin, section.right_margin = (Mm(m) for m in margins)


# --- public API


def build_document(
    report: Report, moment: dt.datetime | None = None, context: ReportContext | None = None
) -> Document:
    """The report as a python-docx document: title, preamble, the printed sections with their tables, signature."""
    context = context or build_context(report)
    doc = docx.Document()
    _setup_styles(doc)
    _setup_settings(doc)
    _setup_page(doc)
    _setup_properties(doc, report, moment)
    embedded_meta.add_to_docx(doc, report)
    # The template's body holds only the section properties: start from that.
    _add_title(doc, list(context.title_lines))
    _add_blocks(doc, context.preamble)
    for index, section in enumerate(context.sections):
        landscape = section.table is not None and section.table.landscape
        if landscape:
            _start_section(doc, landscape=True)
        _add_heading(doc, section.heading, 0)
        _add_blocks(doc, section.blocks)
        if section.table is not None:
            _add_table(doc, section.table)
            if landscape and index < len(context.sections) - 1:
                _start_section(doc, landscape=False)
            else:
                # A little air between a table and the next part, without an empty paragraph to edit around.
                _paragraph(doc, line="240", line_rule="auto", first_line_chars=0)
    _add_closing(doc, list(context.closing))
    return doc


def docx_bytes(report: Report, moment: dt.datetime | None = None) -> bytes:
    """The .docx file's bytes; with `moment`, the same report always gives the same bytes."""
    buffer = io.BytesIO()
    build_document(report, moment).save(buffer)
    if moment is None:
        return buffer.getvalue()
    return _zip_dated(buffer.getvalue(), moment)


def _zip_dated(data: bytes, moment: dt.datetime) -> bytes:
    # python-docx stamps every zip entry with the clock; the document's own date makes the file reproducible.
    stamp = moment.astimezone(dt.UTC).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            entry = zipfile.ZipInfo(item.filename, date_time=stamp)
            entry.compress_type, entry.external_attr = item.compress_type, item.external_attr
            target.writestr(entry, source.read(item.filename))
    return out.getvalue()


def export_docx(report: Report, path: Path) -> None:
    """Write the report to `path` atomically: a reader never sees a half-written file."""
    write_atomically(Path(path), docx_bytes(report))
