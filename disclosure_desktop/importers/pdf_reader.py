"""Reads a published PDF (spec §11) from its text layer, offline, through pdfplumber (MIT, over pdfminer.six): the
same paragraphs and table grids a Word file gives, so that one assembler reads every kind of file.

A PDF that cannot be read is refused by what it is — not a PDF, damaged, locked with a password, scanned pages
with no text, or text stored as glyph codes without their characters — before anything is created.
"""

from __future__ import annotations

import io
import logging
from pathlib import Path

from disclosure_desktop.domain.limits import MAX_PDF_PAGES
from disclosure_desktop.importers.document import Note, SourceDocument
from disclosure_desktop.importers.pdf_layout import (
    Box,
    Glyph,
    Line,
    frame_of,
    glyphs_of,
    lines_of,
    segments_of,
)
from disclosure_desktop.importers.pdf_tables import Grid, find_grids
from disclosure_desktop.importers.pdf_text import PageContent, blocks_of, drop_furniture
from disclosure_desktop.importers.source import Source, Step, as_source, quiet
from disclosure_desktop.messages import ReportDataError, message

# A report has some ten pages; a file of hundreds is a collection or a scan, and reading it would take minutes.
MAX_PAGES = MAX_PDF_PAGES
PDF_MAGIC = b"%PDF-"
# Readers accept the header anywhere in the first kilobyte.
MAGIC_WITHIN = 1024
# Below this many characters a page, the text layer is no text layer (a scanned page may carry a stamp's text).
MIN_CHARS_PER_PAGE = 10
# Above this share of glyphs without characters ((cid:…)), the text cannot be read.
MAX_GLYPH_CODES = 0.2


def _fail(key: str, path: Path | Source, **values: object) -> ReportDataError:
    return ReportDataError(key, name=path.name, **values)


def check_file(source: Source) -> None:
    """Refuse, before parsing, a file that is no PDF at all (empty and too large files never get here)."""
    if PDF_MAGIC not in source.data[:MAGIC_WITHIN]:
        raise _fail("pdf.not_pdf", source)


def read_pdf(file: Source | Path, step: Step | None = None) -> SourceDocument:
    """The paragraphs and tables of a PDF's text layer (a path is read through importers/source first)."""
    import pdfplumber
    from pdfplumber.utils.exceptions import PdfminerException

    # pdfminer logs what it repairs in a file; the clerk is told what matters, in one line, by the refusals below.
    logging.getLogger("pdfminer").setLevel(logging.CRITICAL)
    step = step or quiet
    source = as_source(file, "pdf", step)
    check_file(source)
    try:
        with pdfplumber.open(io.BytesIO(source.data)) as pdf:
            encrypted = bool(getattr(pdf.doc, "encryption", None))
            if len(pdf.pages) > MAX_PAGES:
                raise _fail("pdf.too_many_pages", source, pages=len(pdf.pages), limit=MAX_PAGES)
            pages, images, codes, total = [], 0, 0, 0
            what = message("import.step.pages", name=source.name)
            for number, page in enumerate(pdf.pages, start=1):
                step(number - 1, len(pdf.pages), what)
                content, page_codes, page_chars = _page(page, number)
                pages.append(content)
                codes += page_codes
                total += page_chars
                images += bool(page.images)
    except PdfminerException as error:
        cause = error.args[0] if error.args else error
        if type(cause).__name__ in ("PDFPasswordIncorrect", "PDFEncryptionError", "PDFEncryptionWarning"):
            raise _fail("pdf.encrypted", source) from None
        raise _fail("pdf.damaged", source, detail=type(cause).__name__) from None
    except ReportDataError:
        raise
    except (ValueError, TypeError, KeyError, AttributeError, IndexError, AssertionError, RecursionError) as error:
        # pdfminer raises what Python raises on a malformed object deep inside a damaged file.
        raise _fail("pdf.damaged", source, detail=type(error).__name__) from None
    if codes and codes / (total + codes) > MAX_GLYPH_CODES:
        raise _fail("pdf.glyph_codes", source)
    if total < MIN_CHARS_PER_PAGE * max(1, len(pages)):
        raise _fail("pdf.scanned" if images else "pdf.no_text", source)
    notes = [Note.of("pdf.read", pages=len(pages), furniture=drop_furniture(pages))]
    if encrypted:
        notes.append(Note.of("pdf.restricted"))
    blocks, joins = blocks_of(pages)
    for grid in joins:
        notes.append(Note.of("pdf.table_joined", first=grid.pages[0], last=grid.pages[-1]))
        notes += [Note.of("pdf.label_joined", above=a, below=b, whole=a + b) for a, b in grid.joined]
    return SourceDocument("pdf", blocks, notes=notes)


def _page(page, number: int) -> tuple[PageContent, int, int]:
    """A page's lines and tables in reading order; with the count of glyph codes and of readable characters."""
    width, height = float(page.width), float(page.height)
    chars = page.chars
    readable = [c for c in chars if not (c.get("text") or "").startswith("(cid:")]
    # Text drawn off the sheet is not printed; a replacement character stands for a glyph without its character.
    glyphs = [g for g in glyphs_of(readable, width, height)
              if g.text != "\ufffd" and 0 <= g.page_box.cx <= width and 0 <= g.page_box.cy <= height]
    segments = segments_of(page.lines, page.rects, page.curves, Box(0, 0, width, height))
    grids = find_grids(segments, glyphs, width, height, number)
    free = [g for g in glyphs if not any(grid.page_box.holds(g.page_box.cx, g.page_box.cy, 1.0) for grid in grids)]
    by_direction: dict[str, list[Glyph]] = {}
    for glyph in free:
        by_direction.setdefault(glyph.direction, []).append(glyph)
    counts = {d: len(g) for d, g in by_direction.items()}
    for grid in grids:
        counts[grid.direction] = counts.get(grid.direction, 0) + 1000  # a table's frame is the page's own
    frames = {d: frame_of(d, width, height) for d in counts}
    items: list[tuple[str, Line | Grid]] = []
    for direction in sorted(counts, key=lambda d: -counts[d]):
        own: list[tuple[float, Line | Grid]] = [(line.box.top, line) for line in lines_of(
            by_direction.get(direction, []))]
        own += [(grid.top, grid) for grid in grids if grid.direction == direction]
        items += [(direction, item) for _, item in sorted(own, key=lambda x: x[0])]
    inked = sum(1 for g in glyphs if not g.text.isspace())
    return PageContent(number, frames, items), len(chars) - len(readable), inked
