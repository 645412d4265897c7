"""Decodes a text file a clerk hands over: UTF-8, UTF-16 with its mark, or GBK/GB18030 — detected, not assumed.

Big5 and Shift-JIS bytes also decode as GB18030 without an error, into rare characters and private-use code
points. Real Chinese text stays almost entirely inside GB2312 (measured: 0 of 39 characters of a GBK report
outside it; 28 of 42 for the same text in Big5, 42 of 42 for Shift-JIS), so a high share outside it is refused.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from disclosure_desktop.messages import ReportDataError

# Above this share of non-ASCII characters outside GB2312 (names may use a few rare ones), GB18030 was a guess.
_MAX_OUTSIDE_GB2312 = 0.10
_MIN_SAMPLE = 5


def _outside_gb2312(text: str) -> tuple[int, int]:
    wide = [ch for ch in text if ord(ch) > 0x7F and not ch.isspace()]
    outside = 0
    for ch in wide:
        try:
            ch.encode("gb2312")
        except UnicodeEncodeError:
            outside += 1
    return outside, len(wide)


def decode_text(data: bytes, path: Path | str) -> str:
    """The text of a file, or ReportDataError naming the file when its encoding cannot be told."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):  # Notepad's "Unicode"
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReportDataError("text.encoding_unknown", path=path) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        raise ReportDataError("text.encoding_unknown", path=path) from None
    outside, total = _outside_gb2312(text)
    if total >= _MIN_SAMPLE and outside / total > _MAX_OUTSIDE_GB2312:
        raise ReportDataError("text.encoding_unknown", path=path)
    return text
