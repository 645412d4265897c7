"""Finds the text encoding of a web page: its byte-order mark, its <meta charset>, else what the bytes decode as.

Chinese government sites declare gb2312 and write GBK (characters outside GB2312 such as 镕 or 堃), so every
GB label is decoded with GB18030, the superset that browsers use for them too. The declaration is read with the
HTML parser, not by searching the markup.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from email.message import Message

from lxml import html as lxml_html

# A page's declaration stands in its head; browsers look no further than the first kilobytes.
PRESCAN_BYTES = 64 * 1024
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "euc_cn", "hz"}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # the codec used
    declared: str  # what the page declared ("" for nothing)


class UnknownEncoding(ValueError):
    """The bytes are neither UTF-8 nor GB18030 and the page declares nothing that decodes them."""


def declared_charset(data: bytes) -> str:
    """The charset a page's <meta charset> or <meta http-equiv="Content-Type"> names, or ""."""
    head = data[:PRESCAN_BYTES]
    if not head.strip():
        return ""
    # Latin-1 maps every byte to one character, so the ASCII markup of the head parses whatever the encoding.
    parser = lxml_html.HTMLParser(encoding="iso-8859-1", recover=True, no_network=True)
    try:
        root = lxml_html.document_fromstring(head, parser=parser)
    except Exception:  # lxml raises several kinds on garbage; garbage declares nothing
        return ""
    for meta in root.iter("meta"):
        charset = (meta.get("charset") or "").strip()
        if charset:
            return charset.lower()
        if (meta.get("http-equiv") or "").strip().lower() == "content-type":
            header = Message()
            header["content-type"] = meta.get("content") or ""
            found = header.get_content_charset()
            if found:
                return found.lower()
    return ""


def _codec(label: str) -> str | None:
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return "gb18030" if name in _GB_FAMILY else name


def decode_page(data: bytes) -> Decoded:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return Decoded(data.decode(codec, errors="replace"), codec, "")
    declared = declared_charset(data)
    tried: list[str] = []
    declared_codec = _codec(declared) if declared else None
    if declared_codec:
        tried.append(declared_codec)
    # A page that declares one encoding and is written in another is common: fall back on the two that matter.
    for fallback in ("utf-8", "gb18030"):
        if fallback not in tried:
            tried.append(fallback)
    for name in tried:
        try:
            return Decoded(data.decode(name), name, declared)
        except UnicodeDecodeError:
            continue
    raise UnknownEncoding(declared)
