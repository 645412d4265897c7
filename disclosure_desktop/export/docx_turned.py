"""The page number of the Word file's landscape section (table 四) where GB/T 9704 puts it for a table printed
across the sheet: along the landscape page's left edge, turned to read downwards — the foot of the bound portrait
sheet, as the PDF's landscape pages have it — and the portrait pages after it numbered at their foot again."""

from __future__ import annotations

from docx.document import Document
from docx.section import Section
from docx.text.paragraph import Paragraph
from lxml import etree

from disclosure_desktop.export import typesetting as ts
from disclosure_desktop.export.docx_styles import fill_page_number
from disclosure_desktop.export.docx_xml import add_run

_NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
}
_DECLARED = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in _NS.items())

# A text box on the page, no frame, its text turned a quarter right (layout-flow:vertical reads downwards),
# centred along it. VML, which Word, WPS and LibreOffice all place where it says (LibreOffice 7.4 puts a
# DrawingML text box in a footer at the page's corner, whatever its offsets).
_BOX = (
    '<w:pict {ns}><v:shape id="PageNumber{id}" o:spid="_x0000_s{id}" filled="f" stroked="f" '
    'style="position:absolute;margin-left:{x:.2f}mm;margin-top:{y:.2f}mm;width:{w:.2f}mm;height:{h:.2f}mm;'
    'z-index:1;mso-position-horizontal-relative:page;mso-position-vertical-relative:page;v-text-anchor:middle">'
    '<v:textbox style="layout-flow:vertical" inset="0,0,0,0"><w:txbxContent><w:p/></w:txbxContent></v:textbox>'
    "</v:shape></w:pict>"
)


def turn_page_number(doc: Document, section: Section) -> None:
    """Number the landscape `section` along its left edge, its own footer otherwise empty."""
    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    # The portrait foot, PAGE_NUMBER_GAP_MM under the type area, becomes the strip left of the landscape type
    # area (whose left margin is the portrait bottom margin); the box spans the type area's height.
    line = ts.PAGE_NUMBER.size_pt * 25.4 / 72 * 1.5
    x = ts.MARGIN_BOTTOM_MM - ts.PAGE_NUMBER_GAP_MM - line
    box = etree.fromstring(_BOX.format(ns=_DECLARED, x=x, y=ts.MARGIN_LEFT_MM, w=line, h=ts.TYPE_AREA_WIDTH_MM,
                                       id=1024 + len(doc.sections)))
    run = add_run(paragraph, "", ts.PAGE_NUMBER, latin=ts.PAGE_NUMBER.family)  # its fonts set, as every run's
    run._r.append(box)
    inner = box.find(".//w:txbxContent/w:p", _NS)
    assert inner is not None
    fill_page_number(Paragraph(inner, footer))


def number_at_the_foot(section: Section) -> None:
    """A portrait section after a landscape one: its own footer with the page number at its foot again."""
    footer = section.footer
    footer.is_linked_to_previous = False
    fill_page_number(footer.paragraphs[0])
