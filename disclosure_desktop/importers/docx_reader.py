"""Reads a .docx through python-docx into paragraphs and table grids in reading order, Word merges resolved.

The package is checked first (an encrypted file, an old .doc, a zip of something else, a zip bomb) so that a bad
file gets a message that names what it is rather than an error from deep inside a library.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

from disclosure_desktop.export import embedded_meta
from disclosure_desktop.importers.document import MAX_SPAN, Block, Paragraph, RawCell, RawTable, SourceDocument
from disclosure_desktop.messages import ReportDataError, message

MAX_DOCX_BYTES = 100 * 1024 * 1024
# The XML of a report is well under 2 MB; this bounds what a crafted zip can make python-docx unpack.
MAX_XML_BYTES = 64 * 1024 * 1024
CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
# An encrypted Office file is a compound file holding a stream of this name (MS-OFFCRYPTO).
ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
P, TBL, TR, TC, SDT, SDT_CONTENT, CUSTOM_XML = (
    f"{_W}{t}" for t in ("p", "tbl", "tr", "tc", "sdt", "sdtContent", "customXml")
)
_WRAPPERS = {SDT, CUSTOM_XML, f"{_W}smartTag", f"{_W}ins", f"{_W}moveTo"}
# Deleted text (tracked changes), field instructions, floating text boxes and the fallback copy of drawings.
_SKIP = {f"{_W}{t}" for t in ("del", "moveFrom", "delText", "instrText", "txbxContent", "pPr", "rPr")} | {_MC_FALLBACK}


def _fail(key: str, path: Path, **values: object) -> ReportDataError:
    return ReportDataError(key, name=path.name, **values)


def check_package(path: Path) -> None:
    """Refuse, by what it is, a file that is not a readable Word package."""
    size = path.stat().st_size
    if size == 0:
        raise _fail("import.empty_file", path)
    if size > MAX_DOCX_BYTES:
        raise _fail("import.file_too_large", path, size=f"{size / 1048576:.1f}", limit=MAX_DOCX_BYTES // 1048576)
    with path.open("rb") as f:
        head = f.read(8)
        if head == CFB_MAGIC:
            encrypted = ENCRYPTED_STREAM in f.read()
            raise _fail("import.docx_encrypted" if encrypted else "import.docx_old_word", path)
    if not zipfile.is_zipfile(path):
        # A zip's local header at the start but no directory at the end: a download or copy cut short.
        raise _fail("import.docx_truncated" if head.startswith(b"PK\x03\x04") else "import.docx_not_zip", path)
    try:
        with zipfile.ZipFile(path) as package:
            infos = package.infolist()
    except (zipfile.BadZipFile, OSError) as error:
        raise _fail("import.docx_damaged", path, detail=error) from None
    names = {i.filename for i in infos}
    if not any(n.startswith("word/") for n in names) or "[Content_Types].xml" not in names:
        kind = ("excel" if any(n.startswith("xl/") for n in names)
                else "powerpoint" if any(n.startswith("ppt/") for n in names) else "other")
        raise _fail("import.docx_other_zip", path, what=message(f"import.zip_kind.{kind}"))
    if sum(i.file_size for i in infos if i.filename.endswith(".xml")) > MAX_XML_BYTES:
        raise _fail("import.file_too_large", path, size=f"{size / 1048576:.1f}", limit=MAX_DOCX_BYTES // 1048576)


def read_docx(path: Path) -> SourceDocument:
    import docx


    check_package(path)
    try:
        document = docx.Document(str(path))
    except Exception as error:  # python-docx names no single error for a broken package
        raise _fail("import.docx_damaged", path, detail=error) from None
    styles = _heading_styles(document)
    blocks = list(_blocks(document.element.body, styles))
    return SourceDocument("docx", blocks, embedded_meta=embedded_meta.read_docx(document))


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


def _blocks(container, styles: dict[str, int]) -> Iterator[Block]:
    for child in _unwrapped(container):
        if child.tag == P:
            yield _paragraph(child, styles)
        elif child.tag == TBL:
            yield _table(child)


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
        if not heading and outline and outline.isdigit() and int(outline) < 9:
            heading = int(outline) + 2
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


def _cell_text(tc) -> str:
    lines = []
    for block in _blocks(tc, {}):
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
    colspan = int(span) if span and span.isdigit() else 1
    return max(1, min(colspan, MAX_SPAN)), vmerge, hmerge


def _table(tbl) -> RawTable:
    """The grid of a Word table: gridSpan widens a cell, vMerge continues the cell above, gridBefore skips."""
    cells: list[RawCell] = []
    above: dict[int, RawCell] = {}  # grid column → the cell a vMerge continuation extends
    width = 0
    rows = list(_children(tbl, TR))
    for r, tr in enumerate(rows):
        trpr = tr.find(f"{_W}trPr")
        before = _val(trpr, f"{_W}gridBefore") if trpr is not None else None
        col = int(before) if before and before.isdigit() else 0
        current: dict[int, RawCell] = {}
        last: RawCell | None = None
        for tc in _children(tr, TC):
            colspan, vmerge, hmerge = _span(tc)
            if vmerge is not None and vmerge != "restart" and col in above:
                cell = above[col]
                cell.rowspan = r - cell.row + 1
            elif hmerge is not None and hmerge != "restart" and last is not None:
                last.colspan += colspan
                cell = last
            else:
                cell = RawCell(_cell_text(tc), r, col, 1, colspan)
                cells.append(cell)
            current[col] = cell
            last = cell
            col += colspan
        above = current
        width = max(width, col)
    return RawTable(cells, len(rows), width)
