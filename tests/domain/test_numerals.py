"""Numbers as Chinese text writes them, read and written in one place (domain/numerals.py)."""

from __future__ import annotations

import pytest

from disclosure_desktop.domain.numerals import (
    ascii_digits,
    chinese_number,
    han_number,
    section_number,
    year_digits,
)


@pytest.mark.parametrize(("text", "value"), [
    ("一百二十三", 123), ("十五", 15), ("一百零二", 102), ("两", 2), ("二十", 20), ("一千零一", 1001), ("17", 17),
    ("二三", None), ("", None), ("十五个", None),
])
def test_counting_numerals(text: str, value: int | None) -> None:
    assert han_number(text) == value


@pytest.mark.parametrize("n", range(1, 100))
def test_section_numbers_round_trip(n: int) -> None:
    assert section_number(chinese_number(n)) == n


@pytest.mark.parametrize("text", ["零", "一十", "两", "十十", "百", "二三", "一百", ""])
def test_what_is_no_section_number(text: str) -> None:
    assert section_number(text) is None


def test_full_width_and_year_digits() -> None:
    assert ascii_digits("受理１２３件，收费２．５万元（－３）") == "受理123件,收费2.5万元（-3）"
    assert year_digits("二〇二五") == year_digits("二零二五") == "2025"
