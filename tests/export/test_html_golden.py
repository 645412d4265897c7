"""A golden copy of the full report's web page: any change to the published HTML is seen and approved."""

from __future__ import annotations

import os

from disclosure_desktop.domain.jsonio import loads
from disclosure_desktop.export.html import render_html
from tests.helpers.paths import FIXTURES, GOLDEN

GOLDEN = GOLDEN / "report_page.html"


def test_web_page_matches_the_golden_copy():
    report = loads((FIXTURES / "full_report_2021.json").read_text("utf-8"))
    got = render_html(report)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        GOLDEN.write_text(got, "utf-8")
    assert GOLDEN.exists(), "no golden copy yet: run with UPDATE_GOLDEN=1 once and review it"
    assert got == GOLDEN.read_text("utf-8"), "the web page changed; review and rerun with UPDATE_GOLDEN=1"
