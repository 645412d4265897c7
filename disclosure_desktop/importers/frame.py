"""The frame of a printed report: its title (agency and year), a web page's information line, dates, the signature."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from disclosure_desktop.domain.formats import ReportFormat
from disclosure_desktop.domain.textblocks import heading_level
from disclosure_desktop.domain.titles import agency_and_year
from disclosure_desktop.importers.document import Block, Paragraph
from disclosure_desktop.importers.labels import squeeze, vocabulary

_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_DATE = re.compile(r"((?:19|20)\d{2})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?")
_DATE_LINE = re.compile(r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日|((?:19|20)\d{2})[./-](\d{1,2})[./-](\d{1,2})")
TITLE_MAX_CHARS = 90
SIGNATURE_MAX_CHARS = 40


def parse_date(text: str) -> dt.date | None:
    found = _DATE.search(squeeze(text))
    if not found:
        return None
    try:
        return dt.date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        return None


def is_date_line(text: str) -> bool:
    """The line is a date and nothing else (a signature's date: 2026年1月23日)."""
    return bool(_DATE_LINE.fullmatch(squeeze(text)))


def meta_fields(text: str) -> dict[str, str] | None:
    """A web page's information line ("发布机构：… 发布日期：…") as {label: value}; None for any other line."""
    vocab = vocabulary()
    line = text.strip()
    found: list[tuple[int, int, str]] = []
    for label in vocab.meta_labels:
        start = 0
        while (pos := line.find(label, start)) >= 0:
            end = pos + len(label)
            rest = line[end:].lstrip(" \u3000")
            if rest[:1] in ("：", ":") and not any(a <= pos < b for a, b, _ in found):
                found.append((pos, end + (len(line[end:]) - len(rest)) + 1, label))
            start = end
    if not found or min(f[0] for f in found) != 0:
        return None
    found.sort()
    out: dict[str, str] = {}
    for index, (_, value_start, label) in enumerate(found):
        value_end = found[index + 1][0] if index + 1 < len(found) else len(line)
        out[label] = line[value_start:value_end].strip(" \u3000\xa0|｜")
    return out


def meta_values(fields: dict[str, str]) -> tuple[str, dt.date | None]:
    """(agency, date) named by an information line's fields, either may be missing."""
    vocab = vocabulary()
    agency = next((fields[label] for label in vocab.meta_agency if fields.get(label)), "")
    day = next((d for label in vocab.meta_date if fields.get(label) and (d := parse_date(fields[label]))), None)
    return agency, day


@dataclass(frozen=True)
class Title:
    first: int  # index of the (first) block of the title
    last: int  # index of its last block (a title printed over two paragraphs)
    text: str
    agency: str
    year: int


def _looks_like_title(text: str) -> bool:
    vocab = vocabulary()
    return (len(text) <= TITLE_MAX_CHARS and bool(_YEAR.search(squeeze(text)))
            and any(w in text for w in vocab.title_words) and any(e in text for e in vocab.title_endings))


def _template_parts(text: str, formats: list[ReportFormat]) -> tuple[str, int] | None:
    for fmt in formats:
        literal = [re.escape(part) for part in re.split(r"\{agency\}|\{year\}", fmt.title_template)]
        fields = re.findall(r"\{(agency|year)\}", fmt.title_template)
        pattern = literal[0]
        for name, after in zip(fields, literal[1:], strict=True):
            group = r"(?P<agency>.*?)" if name == "agency" else r"(?P<year>(?:19|20)\d{2})"
            pattern += r"\s*" + group + r"\s*" + after
        found = re.fullmatch(pattern, text.strip())
        if found:
            return found.group("agency").strip(), int(found.group("year"))
    return None


def title_parts(text: str, formats: list[ReportFormat]) -> tuple[str, int]:
    """(agency, year) of a title: by a format's title template, else as domain.titles reads a title either way
    round."""
    parts = _template_parts(text, formats)
    if parts:
        return parts
    found = agency_and_year(text)
    assert found is not None  # _looks_like_title saw a year
    return found


def find_title(blocks: list[Block], formats: list[ReportFormat]) -> Title | None:
    """The report's title: the first title element or style that reads like one, else the first such line."""
    found: int | None = None
    for want_heading in (True, False):
        for i, block in enumerate(blocks):
            if not isinstance(block, Paragraph) or meta_fields(block.joined) is not None:
                continue
            if want_heading and block.heading != 1:
                continue
            if _looks_like_title(block.joined):
                found = i
                break
        if found is not None:
            break
    if found is None:
        return None
    block = blocks[found]
    assert isinstance(block, Paragraph)
    text, first = block.joined, found
    agency, year = title_parts(text, formats)
    previous = blocks[found - 1] if found > 0 else None
    # 「某某县人民政府办公室」 on one line and 「2025年政府信息公开工作年度报告」 on the next, as two paragraphs.
    if (not agency and isinstance(previous, Paragraph) and len(previous.joined) <= SIGNATURE_MAX_CHARS
            and not any(ch in previous.joined for ch in "。：:；") and meta_fields(previous.joined) is None
            and (previous.heading == block.heading or previous.align == block.align == "center")):
        text, first = previous.joined + text, found - 1
        agency, year = title_parts(text, formats)
    return Title(first, found, text, agency, year)


def signature_start(paragraphs: list[Paragraph], agency: str) -> int | None:
    """Index in `paragraphs` (a part's last paragraphs) where the signature block starts, or None.

    The signature is the last date line with the short lines above it (the agency), or right-aligned lines,
    or a last line that is the agency's name.
    """
    if not paragraphs:
        return None
    lines = [p.joined for p in paragraphs]
    dates = [i for i, line in enumerate(lines) if is_date_line(line)]
    if dates:
        end = dates[-1]
    elif paragraphs[-1].align == "right" or (agency and squeeze(lines[-1]) == squeeze(agency)):
        end = len(lines) - 1
    else:
        return None
    start = end
    while start > 0 and end - start < 3:
        above = paragraphs[start - 1]
        text = above.joined
        short = (len(text) <= SIGNATURE_MAX_CHARS and not any(ch in text for ch in "。，；：:,;")
                 and not above.heading and not heading_level(text))
        if not (above.align == "right" or (short and (above.align == paragraphs[end].align or
                                                      squeeze(text) == squeeze(agency)))):
            break
        start -= 1
    return start
