"""The English guide says which item or part it means in words a reader of English reads: 「Item 1 (一): New
applications」, never 「一 New applications」, where the numeral alone reads as a dash."""

from __future__ import annotations

import re
import tomllib

from disclosure_desktop.resource_files import resource_path

# A Chinese numeral standing on its own in English text: not part of a Chinese word, a bracketed ordinal （一）,
# a quoted label or a list 一、二、三.
BARE_NUMERAL = re.compile(r"(?<![\u4e00-\u9fff（(「、])[一二三四五六七八九十](?![\u4e00-\u9fff）)」、])")


def english_texts(data: dict, where: str = ""):
    for key, value in data.items():
        if isinstance(value, dict):
            yield from english_texts(value, f"{where}.{key}" if where else key)
        elif isinstance(value, str) and key in ("en", "en_title"):
            yield f"{where}.{key}", value


def test_no_numeral_stands_alone_in_the_english_guide():
    found = []
    for path in sorted(resource_path("help").glob("*.toml")):
        for where, text in english_texts(tomllib.loads(path.read_text("utf-8"))):
            for match in BARE_NUMERAL.finditer(text):
                found.append(f"{path.name} {where}: …{text[max(0, match.start() - 20):match.end() + 20]}…")
    assert not found, "\n".join(found)


def test_the_pattern_finds_what_reads_as_a_dash():
    assert BARE_NUMERAL.search("一 New applications received this year")
    assert BARE_NUMERAL.search("In every column: 一 + 二 = （七） + 四.")
    assert not BARE_NUMERAL.search("Item 1 (一): New applications; （三）1 Withheld; 「总计」; numbered 一、二、三")
