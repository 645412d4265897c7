"""雷同 across units without comparing every pair: the units whose parts were copied are found with the share
of text they repeat, a part copied in half is found too, unrelated units are not named, and the pairs compared
exactly are a small fraction of all pairs."""

from __future__ import annotations

import pytest

from disclosure_desktop.review.similarity import candidate_pairs, highest_similarity, signature, signatures
from tests.helpers.review_batch import unit_name, unit_report, with_sections

COUNT = 120


@pytest.fixture(scope="module")
def reports():
    out = {unit_name(i): unit_report(i) for i in range(COUNT)}
    # 10 takes 20's part 一 whole; 30 takes the first half of 40's part 一 and writes the rest itself.
    out[unit_name(10)] = with_sections(out[unit_name(10)], {"overall": out[unit_name(20)].sections["overall"]})
    half = out[unit_name(40)].sections["overall"].splitlines()
    own = out[unit_name(30)].sections["overall"].splitlines()
    out[unit_name(30)] = with_sections(out[unit_name(30)], {"overall": "\n".join(half[:6] + own[6:])})
    return out


def test_copied_parts_are_found_and_nothing_else(reports):
    found = highest_similarity(reports)
    assert set(found) == {unit_name(i) for i in (10, 20, 30, 40)}
    assert (found[unit_name(10)].unit, found[unit_name(10)].section_id) == (unit_name(20), "overall")
    assert found[unit_name(10)].rate == pytest.approx(1.0)
    assert found[unit_name(30)].unit == unit_name(40) and 0.5 <= found[unit_name(30)].rate < 0.9


def test_only_a_small_share_of_the_pairs_is_compared(reports):
    signed = {unit: signatures(report) for unit, report in reports.items()}
    pairs = candidate_pairs(signed)
    assert {tuple(sorted((unit_name(10), unit_name(20))))} <= pairs
    all_pairs = COUNT * (COUNT - 1) // 2
    assert len(pairs) < all_pairs * 0.02, (len(pairs), all_pairs)


def test_a_signature_is_the_same_in_every_process():
    # Workers compute signatures where they read a file: the hash must not depend on the process (no hash()).
    import subprocess
    import sys

    text = "本机关围绕中心工作推进政务公开" * 20
    code = ("from disclosure_desktop.review.similarity import signature;"
            f"print(signature({text!r})[:5])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == str(signature(text)[:5])
