"""The OOXML run and paragraph properties of the Word export, built in the order Word's schema demands."""

from __future__ import annotations

import copy
from functools import cache

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from lxml import etree

from disclosure_desktop.export import typesetting as ts

LANGUAGE = "zh-CN"
# Latin text (digits, addresses, URLs) is tagged English, as Chinese Word writes it: LibreOffice otherwise applies
# the Chinese rule of breaking between any two characters to numbers too (0000-1234567 broke after its first 0).
LATIN_LANGUAGE = "en-US"


def twips(mm: float) -> int:
    return round(mm * 1440 / 25.4)


def _half_points(pt: float) -> str:
    return str(round(pt * 2))


LINE_PITCH = str(round(ts.LINE_PITCH_PT * 20))
_BODY_CHAR_TWIPS = round(ts.BODY.size_pt * 20)


# --- low-level property builders: children are appended in the order the OOXML schema requires, which Word
# --- enforces strictly (a misplaced element makes it refuse the file).


def el(tag: str, **attrs: str) -> etree._Element:
    return OxmlElement(tag, {qn(f"w:{k}"): v for k, v in attrs.items()})


def _rpr_children(
    face: ts.Face, *, latin: str = ts.LATIN_FAMILY, lang: bool = False, fonts_only: bool = False
) -> list[etree._Element]:
    size = _half_points(face.size_pt)
    # hint=eastAsia makes shared punctuation (“”—…) take the Chinese face, as Chinese Word does when typing.
    out = [el("w:rFonts", ascii=latin, hAnsi=latin, eastAsia=face.family, cs=latin, hint="eastAsia")]
    if fonts_only:
        return out
    bold = "1" if face.bold else "0"
    out += [el("w:b", val=bold), el("w:bCs", val=bold), el("w:i", val="0"), el("w:iCs", val="0")]
    out += [el("w:color", val="000000"), el("w:sz", val=size), el("w:szCs", val=size)]
    if lang:
        out.append(el("w:lang", val=LATIN_LANGUAGE, eastAsia=LANGUAGE, bidi="ar-SA"))
    return out


@cache
def _rpr_prototype(face: ts.Face, **kwargs: object) -> etree._Element:
    rpr = el("w:rPr")
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


def replace_rpr(owner: etree._Element, face: ts.Face, **kwargs: object) -> None:
    """Give `owner` (a run, style or rPrDefault) a fresh rPr for `face`."""
    # Copying a prepared element is several times faster than building one through python-docx's parser.
    rpr = copy.deepcopy(_rpr_prototype(face, **kwargs))
    if not _swap_in(owner, rpr, "w:rPr", first_of="w:r"):
        owner.append(rpr)


def _ppr_children(
    *,
    style: str | None = None,
    keep_next: bool = False,
    line: str = LINE_PITCH,
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
        out.append(el("w:pStyle", val=style))
    if keep_next:
        out += [el("w:keepNext"), el("w:keepLines")]
    out.append(el("w:spacing", before=str(before), after=str(after), line=line, lineRule=line_rule))
    # Word and WPS read the *Chars attributes (indent follows the font size); LibreOffice reads only twips.
    out.append(
        el(
            "w:ind",
            firstLineChars=str(first_line_chars * 100),
            firstLine=str(first_line_chars * _BODY_CHAR_TWIPS),
            rightChars=str(right_chars * 100),
            right=str(right_chars * _BODY_CHAR_TWIPS),
        )
    )
    if jc:
        out.append(el("w:jc", val=jc))
    if outline is not None:
        out.append(el("w:outlineLvl", val=str(outline)))
    return out


@cache
def _ppr_prototype(**kwargs: object) -> etree._Element:
    ppr = el("w:pPr")
    ppr.extend(_ppr_children(**kwargs))  # type: ignore[arg-type]
    return ppr


def replace_ppr(owner: etree._Element, **kwargs: object) -> None:
    ppr = copy.deepcopy(_ppr_prototype(**kwargs))
    if not _swap_in(owner, ppr, "w:pPr", first_of="w:p"):
        # In a style, pPr follows the naming/linking children and precedes rPr.
        rpr = owner.find(qn("w:rPr"))
        if rpr is not None:
            rpr.addprevious(ppr)
        else:
            owner.append(ppr)



def add_run(paragraph: Paragraph, text: str, face: ts.Face, base: ts.Face | None = None, **kwargs: object):
    """A run in `face`; when the paragraph style already gives that face (`base`), only the font slots are
    repeated (Word and WPS need the East-Asian slot on the run) so that restyling in Word still works."""
    run = paragraph.add_run(text)
    replace_rpr(run._r, face, fonts_only=face == base, **kwargs)
    return run
