"""Reads a .docx through python-docx into paragraphs and table grids in reading order, Word merges resolved.

The package is checked first (an encrypted file, an old .doc, a zip of something else) so that a bad file gets a
message that names what it is rather than an error from deep inside a library. python-docx never sees the file
itself: it gets a package rebuilt in memory from the parts as they really inflate (importers/archive.py) — the
XML parts within MAX_DOCX_XML_BYTES together, every other part (images, fonts, embedded files) counted towards
the whole zip's cap and left empty, since no text is read from it.
"""

from __future__ import annotations

import io
import logging
import zipfile
from collections.abc import Iterator
from pathlib import Path

from disclosure_desktop.domain.limits import MAX_DOCX_XML_BYTES
from disclosure_desktop.export import embedded_meta
from disclosure_desktop.importers.archive import Archive, member_count
from disclosure_desktop.importers.document import (
    MAX_SPAN,
    MAX_TABLE_SLOTS,
    Block,
    ItemBudget,
    Note,
    Paragraph,
    RawCell,
    RawTable,
    SourceDocument,
    TableTooLarge,
)
from disclosure_desktop.importers.source import Source, Step, as_source
from disclosure_desktop.messages import ReportDataError, message

log = logging.getLogger(__name__)

CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted Office file is a compound file holding a stream of this name (MS-OFFCRYPTO).
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
CONTENT_TYPES = "[Content_Types].xml"
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
P, TBL, TR, TC, SDT, SDT_CONTENT, CUSTOM_XML = (
    f"{_W}{t}" for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml")
)
_WRAPPERS = {SDT, CUSTOM_XML, f"{_W}smartTag", f"{_W}ins", f"{_W}moveTo"}
# Deleted text (tracked changes), field instructions, floating text boxes and the fallback copy of drawings.
_SKIP = {f"{_W}{t}" for t in ("del", "moveFrom", "delText", "instrText", "txbxContent", "pPr", "rPr")} | {_MC_FALLBACK}


def _fail(key: str, source: Source, **values: object) -> ReportDataError:
    return ReportDataError(key, name=source.name, **values)


def check_package(source: Source) -> None:
    """Refuse, by what it is, a file that is not a Word package at all."""
    data = source.data
    if data.startswith(CFB_MAGIC):
        raise _fail("import.docx_encrypted" if ENCRYPTED_STREAM in data else "import.docx_old_word", source)
    if member_count(data) is None:
        # A zip's local header at the start but no directory at the end: a download or copy cut short.
        raise _fail("import.docx_truncated" if data.startswith(b"PK\x03\x04") else "import.docx_not_zip", source)


def _is_word(names: set[str]) -> str | None:
    """None for a Word package; else what the zip is ("excel", "powerpoint", "other")."""
    if any(n.startswith("word/") for n in names) and CONTENT_TYPES in names:
        return None
    return ("excel" if any(n.startswith("xl/") for n in names)
            else "powerpoint" if any(n.startswith("ppt/") for n in names) else "other")


def _xml_parts(types: bytes, names: list[str], source: Source) -> set[str]:
    """The members whose content type is XML — the parts python-docx parses — whatever they are called."""
    from lxml import etree  # with python-docx, only when a Word file is read

    # Entities are never expanded and nothing is fetched: a package's XML is data, not instructions.
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(types, parser)
    except etree.XMLSyntaxError:
        raise _fail("import.docx_damaged", source, detail=message("zip.member_damaged", member=CONTENT_TYPES)) \
            from None
    defaults = {(d.get("Extension") or "").lower(): d.get("ContentType") or "" for d in root.iter(f"{_CT}Default")}
    overrides = {(o.get("PartName") or "").lstrip("/"): o.get("ContentType") or "" for o in root.iter(f"{_CT}Override")}
    parts = set()
    for name in names:
        kind = overrides.get(name) or defaults.get(name.rsplit(".", 1)[-1].lower() if "." in name else "", "")
        if name.endswith(".rels") or kind.endswith("xml"):
            parts.add(name)
    return parts


def bounded_package(source: Source, step: Step | None = None) -> bytes:
    """The package rebuilt in memory from what its parts really hold: XML parts as they inflate (together within
    MAX_DOCX_XML_BYTES), other parts counted towards the whole zip's cap and left empty."""
    check_package(source)
    with Archive(source, "docx", step) as archive:
        names = archive.names
        other = _is_word(set(names))
        if other is not None:
            raise _fail("import.docx_other_zip", source, what=message(f"import.zip_kind.{other}"))
        xml_left = MAX_DOCX_XML_BYTES
        over = ("zip.text_too_large", MAX_DOCX_XML_BYTES)
        types = archive.inflate(CONTENT_TYPES, xml_left, over=over)
        xml_left -= len(types)
        xml = _xml_parts(types, names, source)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as rebuilt:
            for name in names:
                if name == CONTENT_TYPES:
                    data = types
                elif name in xml:
                    data = archive.inflate(name, xml_left, over=over)
                    xml_left -= len(data)
                else:
                    archive.inflate(name, keep=False)
                    data = b""
                rebuilt.writestr(name, data)
    return out.getvalue()


def read_docx(file: Source | Path, step: Step | None = None) -> SourceDocument:
    """The paragraphs and tables of a Word file (a path is read through importers/source first)."""
    import docx

    source = as_source(file, "docx", step)
    package = bounded_package(source, step)
    try:
        document = docx.Document(io.BytesIO(package))
    except Exception as error:  # python-docx names no single error for a broken package; its text is libxml's
        log.info("python-docx refused %s: %s", source.name, error)
        raise _fail("import.docx_damaged", source, detail=message("zip.xml_damaged")) from None
    styles = _heading_styles(document)
    budget = ItemBudget(source.name, step)
    skipped = [0]
    blocks = list(_blocks(document.element.body, styles, budget, skipped))
    notes = [Note.of("import.table_too_large", count=skipped[0])] if skipped[0] else []
    return SourceDocument("docx", blocks, notes, embedded_meta=embedded_meta.read_docx(document))


def _heading_styles(document) -> dict[str, int]:
    """Paragraph style id → structural level: Title 1, Heading 1 (标题 1) 2, Heading 2 3, …"""
    out: dict[str, int] = {}
    for style in document.styles:
        name = (style.name or "").strip().lower()
        if name in ("title", "标题"):
            out[style.style_id] = 1
            continue
        for prefix in ("heading", "标题"):
            rest = name.removeprefix(prefix).strip()
            if rest != name and rest.isdigit():
                out[style.style_id] = int(rest) + 1
    return out


def _blocks(container, styles: dict[str, int], budget: ItemBudget, skipped: list[int]) -> Iterator[Block]:
    """Paragraphs and tables in reading order; a table whose grid no report table could have is left out and
    counted in `skipped`."""
    for child in _unwrapped(container):
        if child.tag == P:
            budget.take()
            yield _paragraph(child, styles)
        elif child.tag == TBL:
            try:
                yield _table(child, budget, skipped)
            except TableTooLarge:
                skipped[0] += 1


def _text(element) -> str:
    out: list[str] = []

    def walk(node) -> None:
        for child in node:
            tag = child.tag
            if not isinstance(tag, str) or tag in _SKIP:
                continue
            if tag == f"{_W}t":
                out.append(child.text or "")
            elif tag == f"{_W}tab":
                out.append(" ")
            elif tag in (f"{_W}br", f"{_W}cr"):
                out.append("\n")
            elif tag == f"{_W}noBreakHyphen":
                out.append("-")
            else:
                walk(child)

    walk(element)
    return "".join(out)


def _number(text: str | None, default: int) -> int:
    """A count as Word writes it; anything else (a thousand digits, "²") is the default."""
    if not text or not (text.isascii() and text.isdigit()):
        return default
    return int(text[:6])


def _val(element, path: str) -> str | None:
    found = element.find(path)
    return None if found is None else found.get(f"{_W}val", "")


def _paragraph(p, styles: dict[str, int]) -> Paragraph:
    heading = 0
    align = ""
    ppr = p.find(f"{_W}pPr")
    if ppr is not None:
        style = _val(ppr, f"{_W}pStyle")
        heading = styles.get(style or "", 0)
        outline = _val(ppr, f"{_W}outlineLvl")
        level = _number(outline, 9)
        if not heading and level < 9:
            heading = level + 2
        align = {"right": "right", "end": "right", "center": "center"}.get(_val(ppr, f"{_W}jc") or "", "")
    return Paragraph(_text(p), heading=heading, align=align)


def _unwrapped(element) -> Iterator:
    """The children of `element`, with content controls and custom XML (which wrap paragraphs, tables, rows or
    cells) opened in their place."""
    for child in element:
        if child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                yield from _unwrapped(content)
        elif child.tag in _WRAPPERS:
            yield from _unwrapped(child)
        else:
            yield child


def _children(element, tag: str) -> Iterator:
    """Children of `tag`, also inside content controls and custom XML that wrap rows or cells."""
    return (child for child in _unwrapped(element) if child.tag == tag)


def _cell_text(tc, budget: ItemBudget, skipped: list[int]) -> str:
    lines = []
    for block in _blocks(tc, {}, budget, skipped):
        if isinstance(block, Paragraph):
            lines.append(block.text)
        else:  # a table inside a cell: its text, row by row
            lines.extend(c.text for c in block.cells)
    return "\n".join(lines).strip()


def _span(tc) -> tuple[int, str | None, str | None]:
    tcpr = tc.find(f"{_W}tcPr")
    if tcpr is None:
        return 1, None, None
    span = _val(tcpr, f"{_W}gridSpan")
    vmerge = _val(tcpr, f"{_W}vMerge")
    hmerge = _val(tcpr, f"{_W}hMerge")
    colspan = _number(span, 1)
    return max(1, min(colspan, MAX_SPAN)), vmerge, hmerge


def _table(tbl, budget: ItemBudget, skipped: list[int]) -> RawTable:
    """The grid of a Word table: gridSpan widens a cell, vMerge continues the cell above, gridBefore skips."""
    cells: list[RawCell] = []
    above: dict[int, RawCell] = {}  # grid column → the cell a vMerge continuation extends
    width = 0
    rows = list(_children(tbl, TR))
    for r, tr in enumerate(rows):
        trpr = tr.find(f"{_W}trPr")
        before = _val(trpr, f"{_W}gridBefore") if trpr is not None else None
        col = min(_number(before, 0), MAX_SPAN)
        current: dict[int, RawCell] = {}
        last: RawCell | None = None
        for tc in _children(tr, TC):
            budget.take()
            colspan, vmerge, hmerge = _span(tc)
            if vmerge is not None and vmerge != "restart" and col in above:
                cell = above[col]
                cell.rowspan = r - cell.row + 1
            elif hmerge is not None and hmerge != "restart" and last is not None:
                last.colspan += colspan
                cell = last
            else:
                cell = RawCell(_cell_text(tc, budget, skipped), r, col, 1, colspan)
                cells.append(cell)
            current[col] = cell
            last = cell
            col += colspan
        above = current
        width = max(width, col)
        if (r + 1) * width > MAX_TABLE_SLOTS:  # its grid would be allocated slot by slot
            raise TableTooLarge
    return RawTable(cells, len(rows), width)
