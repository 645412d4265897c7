"""Compiled templates are kept in the user's cache folder; a damaged or unwritable cache only means compiling."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclosure_desktop.domain import jsonio
from disclosure_desktop.export import html
from tests.helpers.paths import FIXTURES


@pytest.fixture
def fresh_environment():
    html.environment.cache_clear()
    yield
    html.environment.cache_clear()


def _page() -> str:
    return html.render_html(jsonio.loads((FIXTURES / "full_report_2021.json").read_text("utf-8")))


def test_templates_are_compiled_once_and_read_back(tmp_path: Path, fresh_environment) -> None:
    first = _page()
    kept = sorted((tmp_path / "cache" / "disclosure-desktop" / "templates").iterdir())
    assert kept and all(p.stat().st_size > 0 for p in kept)
    html.environment.cache_clear()  # as a new process: the compiled templates come from the folder
    assert _page() == first


def test_a_damaged_cache_file_is_compiled_again(tmp_path: Path, fresh_environment) -> None:
    first = _page()
    for kept in (tmp_path / "cache" / "disclosure-desktop" / "templates").iterdir():
        kept.write_bytes(b"\x00garbage")
    html.environment.cache_clear()
    assert _page() == first


def test_an_unwritable_cache_folder_only_means_compiling(tmp_path: Path, monkeypatch, fresh_environment) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder would be", "utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    assert "某某县人民政府" in _page()
