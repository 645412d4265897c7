"""Numbers as Chinese text writes them, in one place: full-width digits and signs made ASCII, digit-by-digit years
(二〇二五), counting numerals (一百零二, 两), and the section numbers official documents print (一、… 九十九、)."""

from __future__ import annotations

_DIGITS = "零一二三四五六七八九"
# What an input method or a copied document gives for digits, the decimal point, signs and the thousands comma.
_FULL_WIDTH = str.maketrans("０１２３４５６７８９．－＋，", "0123456789.-+,")
# Years written digit by digit: 二〇二五年, 二零二五年.
_YEAR_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_HAN = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_HAN_UNITS = {"十": 10, "百": 100, "千": 1000}
# The characters a counting numeral is written with (a pattern's character class uses these).
HAN_NUMERAL_CHARS = "零〇一二两三四五六七八九十百千"
YEAR_DIGIT_CHARS = "〇零一二三四五六七八九"


def ascii_digits(text: str) -> str:
    """Full-width digits, point, signs and commas as ASCII (１２３ → 123); everything else as it is."""
    return text.translate(_FULL_WIDTH)


def year_digits(text: str) -> str:
    """二〇二五 → 2025: a year written digit by digit."""
    return text.translate(_YEAR_DIGITS)


def han_number(text: str) -> int | None:
    """一百二十三 → 123, 十五 → 15, 一百零二 → 102, 两 → 2; plain digits too; None for what is not one counting
    numeral (二三)."""
    if text.isdigit():
        return int(text)
    if not text:
        return None
    total, digit = 0, None
    for ch in text:
        if ch in _HAN:
            if digit is not None and digit != 0:
                return None
            digit = _HAN[ch]
        elif ch in _HAN_UNITS:
            total += (1 if digit is None else digit) * _HAN_UNITS[ch]
            digit = None
        else:
            return None
    return total + (digit or 0)


def section_number(text: str) -> int | None:
    """一 … 九十九 as a section or item number (the 一 of 一、, the 二 of （二））; None for anything else."""
    if not text or any(ch not in _DIGITS[1:] + "十" for ch in text) or text.count("十") > 1:
        return None
    value = han_number(text)
    return value if value is not None and 0 < value < 100 and chinese_number(value) == text else None


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九 (section counts never exceed that)."""
    if not 0 < n < 100:
        raise ValueError(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    prefix = "" if tens == 1 else _DIGITS[tens]
    return prefix + "十" + (_DIGITS[ones] if ones else "")
