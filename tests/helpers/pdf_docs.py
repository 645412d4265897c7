"""Test helper: PDFs as agencies publish them, made here — a Word/WPS-like layout built with python-docx and rendered
by LibreOffice (table 三 cut by a page break inside （四）, labels that wrap, 「总 计」 with a space, table 四 on a
landscape page, the year first in the title, amounts in 元, a running header and 「- N -」 page numbers), and the
PDFs a clerk cannot use: scanned pages, text as glyph codes, a password.

The printed labels come from tests/helpers/published_docs (written out by hand), never from the format data.
"""

from __future__ import annotations

import math
import shutil
import subprocess
from pathlib import Path

from tests.helpers.published_docs import T2_2021, T3_ROWS, T4_COLUMNS, T4_GROUPS, T4_LABELS

LIBREOFFICE = shutil.which("libreoffice") or shutil.which("soffice")
APPLICANT_HEAD = ("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总 计")
APPLICANT_IDS = ("natural", "commercial", "research", "nonprofit", "legal", "other_org", "total")
# Table 3's stub (the vertical 三、, the groups, the rows) and value columns, in cm: narrow enough that 商业企业 and
# the long row labels wrap, as in the PDFs agencies publish.
T3_WIDTHS_CM = (0.9, 1.9, 5.2) + (1.086,) * 7
T3_FONT_PT = 10.5
T3_LINE_PT = 13.0
LEAF_CHARS_PER_LINE = 13


def render_pdfs(files: list[Path], folder: Path) -> list[Path]:
    """LibreOffice's PDF of each Word file, in one LibreOffice run (≈ 1.5 s a file) with a profile of its own."""
    assert LIBREOFFICE, "LibreOffice is not installed"
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([LIBREOFFICE, f"-env:UserInstallation=file://{folder}/lo-profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(folder), *map(str, files)],
                   check=True, capture_output=True, timeout=300)
    return [folder / (f.stem + ".pdf") for f in files]


def render_pdf(docx: Path, folder: Path) -> Path:
    return render_pdfs([docx], folder)[0]


def scanned_pdf(pdf: Path, path: Path) -> Path:
    """The pages of `pdf` as a scanner gives them: pictures of the pages, no text layer (poppler, then Pillow)."""
    from PIL import Image

    prefix = path.with_suffix("")
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(pdf), str(prefix)], check=True, timeout=120)
    pages = [Image.open(p).convert("RGB") for p in sorted(path.parent.glob(prefix.name + "-*.png"))]
    pages[0].save(path, "PDF", save_all=True, append_images=pages[1:], resolution=50)
    return path


def glyph_code_pdf(pdf: Path, path: Path) -> Path:
    """`pdf` with every font's ToUnicode map removed: it looks the same, its text extracts as (cid:…)."""
    import pikepdf

    with pikepdf.open(pdf) as document:
        for page in document.pages:
            for font in page.Resources.get("/Font", {}).values():
                if "/ToUnicode" in font:
                    del font["/ToUnicode"]
        document.save(path)
    return path


def encrypted_pdf(pdf: Path, path: Path, *, user: str = "secret") -> Path:
    """`pdf` locked with an open password (`user` "" locks only copying, as many published PDFs do)."""
    import pikepdf

    with pikepdf.open(pdf) as document:
        document.save(path, encryption=pikepdf.Encryption(user=user, owner="owner",
                                                          allow=pikepdf.Permissions(extract=False)))
    return path


def letter_pdf(path: Path, lines: tuple[str, ...]) -> Path:
    """A one-page PDF of plain lines (a letter, a notice: no report)."""
    from PySide6.QtGui import QFont, QPainter, QPdfWriter

    from disclosure_desktop.export.fonts import ensure_gui_application

    ensure_gui_application()
    writer = QPdfWriter(str(path))
    painter = QPainter(writer)
    painter.setFont(QFont("AR PL UMing CN", 14))
    for index, line in enumerate(lines):
        painter.drawText(800, 1200 + index * 400, line)
    painter.end()
    return path


def _set_font(run_or_style, east_asian: str, size: float | None = None, bold: bool | None = None) -> None:
    from docx.oxml.ns import qn
    from docx.shared import Pt

    font = run_or_style.font
    font.name = "Times New Roman"
    if size is not None:
        font.size = Pt(size)
    if bold is not None:
        font.bold = bold
    element = run_or_style.element if hasattr(run_or_style, "element") else run_or_style._element
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.append(fonts)
    fonts.set(qn("w:eastAsia"), east_asian)
    lang = rpr.makeelement(qn("w:lang"), {qn("w:eastAsia"): "zh-CN"})
    rpr.append(lang)


def _paragraph(document, text: str, *, face: str = "仿宋_GB2312", size: float = 16, bold: bool = False,
               align: str = "justify", indent: bool = True, line: float = 28.0):
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.shared import Pt

    paragraph = document.add_paragraph()
    paragraph.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "right": WD_ALIGN_PARAGRAPH.RIGHT,
                           "justify": WD_ALIGN_PARAGRAPH.JUSTIFY, "left": WD_ALIGN_PARAGRAPH.LEFT}[align]
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(line)
    fmt.space_before = fmt.space_after = Pt(0)
    if indent:
        fmt.first_line_indent = Pt(2 * size)
    _set_font(paragraph.add_run(text), face, size, bold)
    return paragraph


def _section_page(section, *, landscape: bool) -> None:
    from docx.enum.section import WD_ORIENT
    from docx.shared import Mm

    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (Mm(297), Mm(210)) if landscape else (Mm(210), Mm(297))
    section.top_margin, section.bottom_margin = Mm(37), Mm(35)
    section.left_margin, section.right_margin = Mm(28), Mm(26)


def _page_furniture(section, running_header: str) -> None:
    """A running header and 「- N -」 in the footer (a PAGE field), as WPS sets them."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn

    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(header.add_run(running_header), "宋体", 10.5)
    footer = section.footer.paragraphs[0]
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _set_font(footer.add_run("- "), "宋体", 14)
    run = footer.add_run()
    _set_font(run, "宋体", 14)
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            element = run._r.makeelement(qn("w:fldChar"), {qn("w:fldCharType"): kind})
        else:
            element = run._r.makeelement(qn("w:instrText"), {})
            element.text = text
        run._r.append(element)
    _set_font(footer.add_run(" -"), "宋体", 14)


def _cell_text(cell, text: str, *, align: str = "center", vertical: bool = False) -> None:
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
    from docx.oxml.ns import qn
    from docx.shared import Pt

    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.TOP if vertical else WD_CELL_VERTICAL_ALIGNMENT.CENTER
    if vertical:
        direction = cell._tc.get_or_add_tcPr().makeelement(qn("w:textDirection"), {qn("w:val"): "tbRl"})
        cell._tc.get_or_add_tcPr().append(direction)
    paragraph = cell.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT if align == "left" else WD_ALIGN_PARAGRAPH.CENTER
    fmt = paragraph.paragraph_format
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(T3_LINE_PT)
    fmt.space_before = fmt.space_after = Pt(0)
    _set_font(paragraph.add_run(text), "宋体", T3_FONT_PT)


def _table(document, widths_cm: tuple[float, ...], rows: int):
    from docx.oxml.ns import qn
    from docx.shared import Cm

    table = document.add_table(rows=rows, cols=len(widths_cm))
    table.style = "Table Grid"
    table.autofit = False
    margins = table._tbl.tblPr.makeelement(qn("w:tblCellMar"), {})
    for side in ("left", "right"):
        margins.append(margins.makeelement(qn(f"w:{side}"), {qn("w:w"): "40", qn("w:type"): "dxa"}))
    table._tbl.tblPr.append(margins)
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
        for cell in column.cells:
            cell.width = Cm(width)
    return table


def _row_height(row, points: float) -> None:
    from docx.enum.table import WD_ROW_HEIGHT_RULE
    from docx.shared import Pt

    row.height = Pt(points)
    row.height_rule = WD_ROW_HEIGHT_RULE.EXACTLY


def _ems(text: str) -> float:
    return sum(0.5 if ch.isascii() else 1.0 for ch in text)


def _leaf_height(label: str) -> float:
    return math.ceil(_ems(label) / LEAF_CHARS_PER_LINE) * T3_LINE_PT + 4


def _value(cells: dict, cid: str, fees_in_yuan: bool) -> str:
    if cid not in cells:
        return "/"
    if fees_in_yuan and cid.endswith(".amount"):
        from decimal import Decimal

        return f"{Decimal(str(cells[cid])) * 10000:f}".rstrip("0").rstrip(".") + "元"
    return str(cells[cid])


def _t2(document, cells: dict) -> None:
    rows = sum(2 + len(block_rows) for _, _, block_rows, _ in T2_2021)
    table = _table(document, (4.2, 3.8, 3.8, 3.8), rows)
    r = 0
    for title, labels, block_rows, ids in T2_2021:
        merged = table.cell(r, 0).merge(table.cell(r, 3))
        _cell_text(merged, title.replace("(", "（").replace(")", "）"))
        r += 1
        heads = ["信息内容", *labels]
        spans = [(0, 0)] + ([(1, 3)] if len(labels) == 1 else [(i, i) for i in range(1, 4)])
        for text, (first, last) in zip(heads, spans, strict=True):
            _cell_text(table.cell(r, first).merge(table.cell(r, last)), text.replace("(", "（").replace(")", "）"))
        r += 1
        for row_id, label in block_rows:
            _cell_text(table.cell(r, 0), label)
            for col, (first, last) in zip(ids, spans[1:], strict=True):
                _cell_text(table.cell(r, first).merge(table.cell(r, last)),
                           _value(cells, f"t2.{row_id}.{col}", fees_in_yuan=True))
            r += 1


def _t3(document, cells: dict, *, repeat_header: bool, rows: list, total_label: str, header: bool = True,
        group_text=lambda text: text) -> float:
    """Table 3 as WPS prints it: three header rows, the vertical 三、, group cells merged down their rows. Returns
    its height in points (every row has an exact height). Without `header` the table is a continuation; a group
    label is printed as `group_text` makes it (half of a label a page break cut)."""
    from docx.oxml.ns import qn

    top = 3 if header else 0
    table = _table(document, T3_WIDTHS_CM, top + len(rows))
    if not header:
        return _t3_body(table, cells, rows, total_label, group_text, top, [])
    corner = table.cell(0, 0).merge(table.cell(2, 2))
    _cell_text(corner, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")
    _cell_text(table.cell(0, 3).merge(table.cell(0, 9)), "申请人情况")
    _cell_text(table.cell(1, 3).merge(table.cell(2, 3)), APPLICANT_HEAD[0])
    _cell_text(table.cell(1, 4).merge(table.cell(1, 8)), "法人或其他组织")
    _cell_text(table.cell(1, 9).merge(table.cell(2, 9)), APPLICANT_HEAD[-1])
    for offset, label in enumerate(APPLICANT_HEAD[1:-1]):
        _cell_text(table.cell(2, 4 + offset), label)
    heights = [18.0, 18.0, 3 * T3_LINE_PT + 4]
    for r, height in enumerate(heights):
        _row_height(table.rows[r], height)
        if repeat_header:
            trpr = table.rows[r]._tr.get_or_add_trPr()
            trpr.append(trpr.makeelement(qn("w:tblHeader"), {}))
    return _t3_body(table, cells, rows, total_label, group_text, top, heights)


def _t3_body(table, cells: dict, rows: list, total_label: str, group_text, top: int, heights: list[float]) -> float:
    groups: dict[tuple[int, str], list[int]] = {}
    for index, (row_id, label, level, parents) in enumerate(rows):
        r = top + index
        for depth, group in enumerate(parents):
            groups.setdefault((depth, group), []).append(r)
        first_col = {0: 0, 1: 1, 2: 2}[level]
        printed = total_label if row_id == "r.total" else label.replace("<br>", "")
        _cell_text(table.cell(r, first_col).merge(table.cell(r, 2)), printed, align="left")
        for offset, column in enumerate(APPLICANT_IDS):
            _cell_text(table.cell(r, 3 + offset), _value(cells, f"t3.{row_id}.{column}", False))
        height = _leaf_height(printed if first_col == 2 else "")
        if first_col < 2:
            height = math.ceil(_ems(printed) / (LEAF_CHARS_PER_LINE + 8 * (2 - first_col))) * T3_LINE_PT + 4
        _row_height(table.rows[r], height)
        heights.append(height)
    for (depth, group), members in groups.items():
        cell = table.cell(members[0], depth).merge(table.cell(members[-1], depth))
        text = group_text(group.replace("(", "（").replace(")", "）"))
        _cell_text(cell, text, vertical=depth == 0)
    return sum(heights)


def _t4(document, cells: dict) -> None:
    table = _table(document, (1.6,) * 15, 4)
    _cell_text(table.cell(0, 0).merge(table.cell(0, 4)), "行政复议")
    _cell_text(table.cell(0, 5).merge(table.cell(0, 14)), "行政诉讼")
    for offset, label in enumerate(T4_LABELS):
        _cell_text(table.cell(1, offset).merge(table.cell(2, offset)), label)
    _cell_text(table.cell(1, 5).merge(table.cell(1, 9)), "未经复议直接起诉")
    _cell_text(table.cell(1, 10).merge(table.cell(1, 14)), "复议后起诉")
    for offset, label in enumerate(T4_LABELS * 2):
        _cell_text(table.cell(2, 5 + offset), label)
    for g, group in enumerate(T4_GROUPS):
        for c, column in enumerate(T4_COLUMNS):
            _cell_text(table.cell(3, g * 5 + c), _value(cells, f"t4.{group}.{column}", False))


def _halves(cut: set[str]):
    """For the piece above a page break (`first`) or below it: each label of `cut` printed half there."""

    def half(first: bool):
        def text_of(text: str) -> str:
            if text not in cut:
                return text
            middle = (len(text) + 1) // 2
            return text[:middle] if first else text[middle:]

        return text_of

    return half


# Type area height of a portrait page (297 − 37 − 35 mm) in points.
TYPE_AREA_PT = 225 / 25.4 * 72


def wps_like_docx(doc: dict, path: Path, *, title: str, cut_after: str = "r.unavailable.not_held",
                  repeat_header: bool = False, cut_labels: bool = False, total_label: str = "（七）总 计") -> Path:
    """A published report as a clerk lays it out in WPS: see the module docstring. Table 三 starts a page, and a
    spacer makes the page end right after the row `cut_after`, in the middle of its group. LibreOffice prints a
    merged cell's label on the first page only; with `cut_labels` the table is printed as WPS prints it, each
    label the break cuts in two halves (“（四）无” / “法提供”) — two Word tables, the second on the next page."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.enum.text import WD_BREAK

    document = docx.Document()
    section = document.sections[0]
    _section_page(section, landscape=False)
    agency = doc["agency"]
    _page_furniture(section, f"{agency}政府信息公开工作年度报告")
    _paragraph(document, title, face="方正小标宋简体", size=22, align="center", indent=False, line=36)
    sections = doc["sections"]
    for line in sections.get("preamble", "").splitlines():
        _paragraph(document, line)
    headings = {"overall": "一、总体情况", "proactive": "二、主动公开政府信息情况",
                "applications": "三、收到和处理政府信息公开申请情况",
                "review_litigation": "四、政府信息公开行政复议、行政诉讼情况",
                "problems": "五、存在的主要问题及改进情况", "other_matters": "六、其他需要报告的事项"}
    cells = doc["cells"]
    for section_id, heading in headings.items():
        if section_id == "applications":
            document.add_page_break()
        if section_id == "review_litigation":
            landscape = document.add_section(WD_SECTION.NEW_PAGE)
            _section_page(landscape, landscape=True)
        if section_id == "problems":
            portrait = document.add_section(WD_SECTION.NEW_PAGE)
            _section_page(portrait, landscape=False)
        _paragraph(document, heading, face="黑体")
        for line in sections.get(section_id, "").splitlines():
            sub = line.startswith("（")
            _paragraph(document, line, face="楷体_GB2312" if sub else "仿宋_GB2312")
        if section_id == "proactive":
            _t2(document, cells)
        elif section_id == "applications":
            lead = len(sections.get("applications", "").splitlines())
            used = 28.0 * (1 + lead)  # the heading and the lead-in, exact 28 pt lines
            rows = list(T3_ROWS)
            cut = next(i for i, r in enumerate(rows) if r[0] == cut_after)
            upper = _t3(document, cells, repeat_header=repeat_header, rows=rows[: cut + 1], total_label=total_label)
            # The whole table is built once more below; this first copy only measured the rows above the cut.
            document._body._body.remove(document.tables[-1]._tbl)
            spacer = TYPE_AREA_PT - used - upper - 0.5 * T3_LINE_PT - 6
            if spacer > 1:
                _paragraph(document, "", indent=False, line=spacer)
            if not cut_labels:
                _t3(document, cells, repeat_header=repeat_header, rows=rows, total_label=total_label)
                continue
            half = _halves({g.replace("(", "（").replace(")", "）") for g in rows[cut][3] if g in rows[cut + 1][3]})
            _t3(document, cells, repeat_header=repeat_header, rows=rows[: cut + 1], total_label=total_label,
                group_text=half(True))
            _paragraph(document, "", indent=False, line=1).add_run().add_break(WD_BREAK.PAGE)
            _t3(document, cells, repeat_header=repeat_header, rows=rows[cut + 1 :], total_label=total_label,
                header=repeat_header, group_text=half(False))
        elif section_id == "review_litigation":
            _t4(document, cells)
    signature = doc.get("signature") or (agency, "2026年1月23日")
    for line in signature:
        _paragraph(document, line, align="right", indent=False)
    document.save(str(path))
    return path
