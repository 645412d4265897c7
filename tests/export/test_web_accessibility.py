"""The web page passes axe-core, an accessibility engine made for the job (GB/T 37668 asks for accessible pages),
run over jsdom under node — where node is present. scripts/bootstrap.sh test installs both npm packages into
the git-ignored node_modules/ of the project."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from disclosure_desktop.domain import jsonio
from disclosure_desktop.export.html import render_html
from disclosure_desktop.workflows.example_report import example_report
from tests.helpers.paths import ROOT

RUNNER = ROOT / "tests" / "a11y" / "axe_page.js"
FIXTURES = ROOT / "tests" / "fixtures"

pytestmark = pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")


def axe(html: str, tmp_path: Path) -> dict:
    if not (ROOT / "node_modules" / "axe-core").is_dir() or not (ROOT / "node_modules" / "jsdom").is_dir():
        pytest.fail("axe-core and jsdom are missing: run `bash scripts/bootstrap.sh test` (it installs them)")
    page = tmp_path / "page.html"
    page.write_text(html, "utf-8")
    out = subprocess.run(["node", str(RUNNER), str(page)], capture_output=True, text=True, timeout=120,
                         cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout)


def test_example_report_page_has_no_violation(tmp_path: Path) -> None:
    result = axe(render_html(example_report()), tmp_path)
    assert result["violations"] == []
    assert result["passes"] > 10  # the engine really looked: landmarks, headings, table headers, lang …


def test_full_report_page_has_no_violation(tmp_path: Path) -> None:
    report = jsonio.loads((FIXTURES / "full_report_2021.json").read_text("utf-8"))
    assert axe(render_html(report), tmp_path)["violations"] == []


def test_the_engine_sees_a_violation(tmp_path: Path) -> None:
    # The same page with its landmarks taken away: the rule the page once broke is reported again.
    html = render_html(example_report()).replace("<main", "<div").replace("</main>", "</div>")
    ids = [v["id"] for v in axe(html.replace("<header", "<div").replace("</header>", "</div>"), tmp_path)[
        "violations"]]
    assert ids == ["region"]
