"""axe-core over a web page in jsdom under node (tests/a11y/axe_page.js): its violations, and how many rules passed."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from tests.helpers.paths import ROOT

RUNNER = ROOT / "tests" / "a11y" / "axe_page.js"


def axe(html: str, tmp_path: Path) -> dict:
    """{"violations": [{id, impact, help, nodes}], "passes": n}; fails the test when the npm packages are missing."""
    if not (ROOT / "node_modules" / "axe-core").is_dir() or not (ROOT / "node_modules" / "jsdom").is_dir():
        pytest.fail("axe-core and jsdom are missing: run `bash scripts/bootstrap.sh test` (it installs them)")
    page = tmp_path / "page.html"
    page.write_text(html, "utf-8")
    out = subprocess.run(["node", str(RUNNER), str(page)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)
