"""The domain, storage and export layers import no widgets, so the command line and tests drive the same core."""

from __future__ import annotations

import ast
import subprocess
import sys

from disclosure_desktop.deferred import PACKAGES
from tests.helpers.paths import PACKAGE

CORE = ["domain", "storage", "export", "importers", "charts", "review"]


def core_modules() -> list[str]:
    names = []
    for layer in CORE:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
            names.append(".".join(p for p in parts if p != "__init__"))
    return names


def test_no_core_module_names_qtwidgets():
    offenders = []
    for layer in CORE:
        for path in (PACKAGE / layer).rglob("*.py"):
            tree = ast.parse(path.read_text("utf-8"))
            for node in ast.walk(tree):
                names = []
                if isinstance(node, ast.Import):
                    names = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module:
                    names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
                if any("QtWidgets" in n or n.startswith("disclosure_desktop.gui") for n in names):
                    offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert offenders == []


def test_importing_every_core_module_loads_no_widgets():
    modules = core_modules()
    assert len(modules) > 10
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print('PySide6.QtWidgets' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=PACKAGE.parent)
    assert out.stdout.strip() == "False"


def loaded_among(code: str, names: list[str]) -> list[str]:
    """Which of `names` (modules, or packages with everything below them) a fresh interpreter has loaded after
    running `code`."""
    program = f"import sys\n{code}\nprint([n for n in {names!r} if any(m == n or m.startswith(n + '.') "
    program += "for m in sys.modules)])\n"
    out = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True,
                         cwd=PACKAGE.parent)
    return ast.literal_eval(out.stdout.strip())


def test_the_start_and_the_command_lines_grammar_load_no_heavy_module():
    """What runs before the window is on screen, or before `--help` answers: app.py and the command line's parser.
    None of deferred.py's heavy packages may load there (a grammar that imported its verbs once pulled in
    SQLAlchemy and QtGui, and the window came up a second later)."""
    code = ("import disclosure_desktop.app\n"
            "from disclosure_desktop.cli.parser import build_parser\n"
            "build_parser().parse_args(['export', '1', '--format', 'pdf', '-o', 'x.pdf'])")
    assert loaded_among(code, list(PACKAGES)) == []


def test_the_command_lines_reading_verbs_load_no_qt():
    """`list`, `check`, `import` and `versions` need no Qt: only the verbs that render (export, charts, submit) load
    it, when they run. The log (runtime/logs.py) is written without it."""
    code = ("import disclosure_desktop.cli.main, disclosure_desktop.cli.importing, disclosure_desktop.cli.reports\n"
            "import disclosure_desktop.cli.versions, disclosure_desktop.runtime.logs")
    assert loaded_among(code, ["PySide6", "jinja2"]) == []


def test_the_window_module_loads_no_renderer_nor_database():
    """Everything the window imports before it is on screen: no database layer, no renderer (Jinja2, the PDF
    layout, the 图解's SVG), no reader of files — those load with the first report or the first command that needs
    them (the preview's layout had once been hoisted to the top and put half a second before the window)."""
    late = ["sqlalchemy", "jinja2", "docx", "lxml", "pdfplumber", "openpyxl", "psycopg", "PySide6.QtSvg",
            "PySide6.QtPrintSupport", "disclosure_desktop.export.pdf_export", "disclosure_desktop.export.html",
            "disclosure_desktop.review.batch", "disclosure_desktop.gui.desk"]
    assert loaded_among("import disclosure_desktop.gui.window.start", late) == []
