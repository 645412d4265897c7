"""The 信息处理费 of 国办函〔2020〕109号, computed, and the sentence part 六 states about it.

Source: 国务院办公厅关于印发《政府信息公开信息处理费管理办法》的通知（国办函〔2020〕109号）, 第三条–第五条 as
published on www.gov.cn (checked against several republished copies):
- 第三条: 按件计收 or 按量计收, both 超额累进 (each tier charges only the part inside it);
  one method per application.
- 第四条 按件计收, per applicant per calendar month: up to 10 applications (inclusive) free; the 11th–30th
  100元/件; from the 31st, tiers of 10 applications, each tier 100元/件 dearer than the one before
  (31–40: 200元, 41–50: 300元, …). Note: a flat 200元 for everything above 30 is a common misreading.
- 第五条 按量计收, per application: up to 30 pages free; pages 31–100 10元/页; 101–200 20元/页; from 201 40元/页.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

FREE_APPLICATIONS = 10
FLAT_TIER_END = 30
FLAT_TIER_FEE = 100
STEP_SIZE = 10
STEP_INCREASE = 100

# (first page of the tier, yuan per page), in order; the last tier has no end.
PAGE_TIERS: tuple[tuple[int, int], ...] = ((1, 0), (31, 10), (101, 20), (201, 40))


def fee_for_nth_application(n: int) -> int:
    """The fee in yuan of the n-th application of one applicant within one calendar month (n ≥ 1)."""
    if n < 1:
        raise ValueError("n must be at least 1")
    if n <= FREE_APPLICATIONS:
        return 0
    if n <= FLAT_TIER_END:
        return FLAT_TIER_FEE
    step = (n - FLAT_TIER_END - 1) // STEP_SIZE + 1
    return FLAT_TIER_FEE + STEP_INCREASE * step


def per_application_fee(applications_in_month: int) -> int:
    """按件计收: the total for `applications_in_month` applications of one applicant in one calendar month."""
    if applications_in_month < 0:
        raise ValueError("the number of applications must not be negative")
    return sum(fee_for_nth_application(n) for n in range(1, applications_in_month + 1))


def per_page_fee(pages: int) -> int:
    """按量计收: the fee in yuan for one application whose information runs to `pages` pages."""
    if pages < 0:
        raise ValueError("the number of pages must not be negative")
    total = 0
    for index, (first, price) in enumerate(PAGE_TIERS):
        last = PAGE_TIERS[index + 1][0] - 1 if index + 1 < len(PAGE_TIERS) else pages
        if pages >= first:
            total += (min(pages, last) - first + 1) * price
    return total


@dataclass(frozen=True)
class FeeQuote:
    """Both methods for one case; the agency applies one of them, never both (第三条)."""

    per_application: int
    per_page: int

    @property
    def lower(self) -> int:
        return min(self.per_application, self.per_page)


def quote(applications_in_month: int, pages: int) -> FeeQuote:
    """The fee of the latest application (the `applications_in_month`-th) by either method."""
    nth = fee_for_nth_application(applications_in_month) if applications_in_month >= 1 else 0
    return FeeQuote(nth, per_page_fee(pages))


def yuan(amount: int | Decimal) -> str:
    """12 → 12, 12.50 → 12.5: amounts as a clerk writes them."""
    text = format(Decimal(amount), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text or "0"


def fee_sentence(notices: int, notified_amount: int | Decimal, collected_amount: int | Decimal) -> str:
    """The statement part 六 must make (spec §3), also when nothing was charged."""
    if notices == 0 and Decimal(notified_amount) == 0 and Decimal(collected_amount) == 0:
        return "本年度未发出收费通知，未收取信息处理费。"
    return (
        f"本年度共发出收费通知{notices}件，收费金额{yuan(notified_amount)}元，"
        f"实际收取{yuan(collected_amount)}元。"
    )
