"""Parsing and canonical text of table values: whole counts, signed 增/减 and 万元 amounts."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from disclosure_desktop.domain.formats import ValueKind
from disclosure_desktop.domain.numerals import ascii_digits

# Published reports state 万元 to the 分 and beyond (24252.311082): six places (spec §4).
AMOUNT_PLACES = 6
# Tens of thousands of applications are real; more than a trillion is a typing slip (or a hostile file).
MAX_DIGITS = 12
# What a clerk may type around a number and still mean exactly that number: 1,234 or 1，234 or １２３４.
_SPACES = " \t\u3000\u00a0\u2009\u202f"
_GROUPED = re.compile(r"[+-]?\d{1,3}(,\d{3})+(\.\d*)?")
_PLAIN = re.compile(r"[+-]?\d*(\.\d*)?")


class ValueFormatError(ValueError):
    """A text that is not a valid value of its kind; `reason` is a message key of domain.messages."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"{text!r}: {reason}")
        self.text = text
        self.reason = reason


def normalize_input(text: str) -> str:
    """What a clerk typed, with full-width digits, thousands separators and spaces removed."""
    return ascii_digits(text).replace(",", "").replace(" ", "").replace("\u3000", "").strip()


def parse_value(kind: ValueKind, text: str) -> int | Decimal | None:
    """The number a cell's text stands for; None for blank. Raises ValueFormatError."""
    clean = normalize_input(text)
    if clean == "":
        return None
    if kind == "amount":
        try:
            amount = Decimal(clean)
        except InvalidOperation:
            raise ValueFormatError(text, "value.not_decimal") from None
        if not amount.is_finite():
            raise ValueFormatError(text, "value.not_decimal")
        if amount < 0:
            raise ValueFormatError(text, "value.negative")
        exponent = amount.as_tuple().exponent  # an int here: only NaN and the infinities have a letter
        if isinstance(exponent, int) and -exponent > AMOUNT_PLACES:
            raise ValueFormatError(text, "value.too_many_places")
        return amount
    body = clean[1:] if clean[:1] in "+-" else clean
    if not body.isdigit() or not body.isascii():
        raise ValueFormatError(text, "value.not_whole")
    number = int(clean)
    if number < 0 and kind != "delta":
        raise ValueFormatError(text, "value.negative")
    return number


def read_typed(kind: ValueKind, text: str) -> str:
    """The canonical text of what a clerk typed ("" for blank), never a different number. Raises ValueFormatError.

    Full-width digits, thousands separators in their places and surrounding spaces are what the clerk meant;
    anything else (2.5 in a count, 1e3, -5, 12 34, letters) is refused, never read as some other number.
    """
    clean = ascii_digits(text.strip(_SPACES))
    if clean == "":
        return ""
    if "," in clean:
        if not _GROUPED.fullmatch(clean):
            raise ValueFormatError(text, "value.bad_grouping")
        clean = clean.replace(",", "")
    if not _PLAIN.fullmatch(clean) or not any(ch.isdigit() for ch in clean):
        raise ValueFormatError(text, "value.not_decimal" if kind == "amount" else "value.not_whole")
    if clean.startswith("-") and kind != "delta":
        raise ValueFormatError(text, "value.negative")  # even -0: a count has no sign
    if len(clean.lstrip("+-").split(".")[0].lstrip("0")) > MAX_DIGITS:
        raise ValueFormatError(text, "value.too_large")
    return format_value(kind, parse_value(kind, clean))


def format_value(kind: ValueKind, value: int | Decimal | None) -> str:
    """Canonical text of a value, as stored and printed."""
    if value is None:
        return ""
    if kind == "amount":
        text = format(Decimal(value), "f")
        if "." in text:
            text = text.rstrip("0").rstrip(".")
        return text or "0"
    return str(int(value))


def canonical(kind: ValueKind, text: str) -> str:
    """The canonical text when `text` parses, else the text as stated (so a check can report it)."""
    try:
        return format_value(kind, parse_value(kind, text))
    except ValueFormatError:
        return text.strip()
