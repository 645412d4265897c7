"""Where the tests find the checkout, the package, the fixtures, the golden files and the seed report."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
ROOT = TESTS.parent
PACKAGE = ROOT / "disclosure_desktop"
FIXTURES = TESTS / "fixtures"
GOLDEN = TESTS / "golden"
FULL_REPORT = FIXTURES / "full_report_2021.json"
EXAMPLE_JSON = ROOT / "resources" / "examples" / "example-gov-2021.json"
SEED = ROOT.parent / "shared" / "seeds" / "000_33611c082bffc3cf.txt"
