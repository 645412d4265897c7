"""The seed's narrative report through the command line: import as `narrative`, export HTML, every paragraph kept."""

from __future__ import annotations

from pathlib import Path

from disclosure_desktop.cli.main import run
from disclosure_desktop.domain.textblocks import clean_line
from tests.helpers.html_grid import parse_page


def test_seed_imports_and_exports_every_paragraph_in_order(tmp_path: Path, db_path: Path, seed_text: str, capsys):
    source = tmp_path / "seed.txt"
    source.write_text(seed_text, "utf-8")
    assert run(["--db", str(db_path), "import", str(source), "--format", "narrative"]) == 0
    report_id = capsys.readouterr().out.strip()
    assert report_id.isdigit()
    out = tmp_path / "seed.html"
    assert run(["--db", str(db_path), "export", report_id, "--format", "html", "-o", str(out)]) == 0

    page = parse_page(out.read_text("utf-8"))
    printed = [b.text for b in page.blocks if b.tag in ("h1", "h2", "h3", "h4", "h5")
               or (b.tag == "p" and "para" in b.classes)]
    expected = [clean_line(line) for line in seed_text.splitlines() if clean_line(line)]
    # The parts are numbered afresh (一、二、三、) exactly as the seed numbers them.
    assert printed == expected
    assert [b.text for b in page.blocks_with("h2")] == [
        "一、概述", "二、主动公开政府信息的情况", "三、信息公开工作存在主要问题及下一步措施"]
