"""PySide's question to every imported module (does it use PySide6?) is answered from the file's bytes once the
GUI package is loaded — and the answers are PySide's own, module for module."""

from __future__ import annotations

import sys
from pathlib import Path

import disclosure_desktop.domain.report  # a module without Qt
import disclosure_desktop.gui.window.main_window  # noqa: F401 — the gui package first, as the window's start
from disclosure_desktop.runtime.pyside_imports import FEATURE_MODULE, STDLIB, read_sources_less


def test_the_gui_package_answers_pysides_question_from_the_files_bytes() -> None:
    ours = sys.modules[FEATURE_MODULE]._mod_uses_pyside
    assert getattr(ours, "from_bytes", False)  # a PySide that asks elsewhere would leave the start slower: said here
    assert read_sources_less() is False  # once is enough


def test_every_loaded_module_gets_pysides_own_answer() -> None:
    ours = sys.modules[FEATURE_MODULE]._mod_uses_pyside
    modules = [m for m in list(sys.modules.values()) if isinstance(getattr(m, "__file__", None), str)]
    assert len(modules) > 300  # the program's, the tests', SQLAlchemy's …
    answers = {m.__name__: ours(m) for m in modules}
    assert answers == {m.__name__: ours.pyside_own(m) for m in modules}
    assert answers["disclosure_desktop.gui.window.main_window"] and not answers["disclosure_desktop.domain.report"]



def test_no_source_of_the_standard_library_says_pyside6() -> None:
    # Why its modules are answered without reading them: every file there, not only the ones loaded now.
    sources = [p for p in Path(STDLIB).rglob("*.py") if "site-packages" not in p.parts]
    assert len(sources) > 500
    assert [p for p in sources if b"PySide6" in p.read_bytes()] == []
