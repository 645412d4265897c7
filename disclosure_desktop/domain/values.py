"""Parsing and canonical text of table values: whole counts, signed 增/减 and 万元 amounts."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from disclosure_desktop.domain.formats import ValueKind

# Published reports state 万元 to the 分 and beyond (24252.311082): six places (spec §4).
AMOUNT_PLACES = 6
_FULLWIDTH = str.maketrans("０１２３４５６７８９．－＋，", "0123456789.-+,")


class ValueFormatError(ValueError):
    """A text that is not a valid value of its kind; `reason` is a message key of domain.messages."""

    def __init__(self, text: str, reason: str) -> None:
        super().__init__(f"{text!r}: {reason}")
        self.text = text
        self.reason = reason


def normalize_input(text: str) -> str:
    """What a clerk typed, with full-width digits, thousands separators and spaces removed."""
    return text.translate(_FULLWIDTH).replace(",", "").replace(" ", "").replace("\u3000", "").strip()


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
        if -amount.as_tuple().exponent > AMOUNT_PLACES:  # type: ignore[operator]
            raise ValueFormatError(text, "value.too_many_places")
        return amount
    body = clean[1:] if clean[:1] in "+-" else clean
    if not body.isdigit() or not body.isascii():
        raise ValueFormatError(text, "value.not_whole")
    number = int(clean)
    if number < 0 and kind != "delta":
        raise ValueFormatError(text, "value.negative")
    return number


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
