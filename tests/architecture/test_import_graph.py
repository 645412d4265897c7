"""The package's import graph, read from the source with every import (top level, inside functions, under
TYPE_CHECKING): no cycle, late imports only of the heavy modules listed in deferred.py, the layers respected, and
the front ends reaching exports, imports, versions and backups only through workflows/."""

from __future__ import annotations

import ast

from disclosure_desktop.deferred import deferred
from tests.helpers.imports import PACKAGE_NAME, all_imports, cycles, modules, modules_of_tests
from tests.helpers.paths import PACKAGE, TESTS

OWN = PACKAGE_NAME + "."


def _edges() -> dict[str, set[str]]:
    edges: dict[str, set[str]] = {}
    for imp in all_imports():
        if imp.target.startswith(OWN) and imp.target != imp.source:
            edges.setdefault(imp.source, set()).add(imp.target)
    return edges


def test_the_graph_is_read_from_every_kind_of_import():
    kinds = {imp.where for imp in all_imports()}
    assert {"top", "function", "type-checking"} >= kinds and "top" in kinds
    assert len(modules()) > 100


def test_no_import_cycle():
    assert cycles(_edges()) == []


def test_the_cycle_finder_finds_one():
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_late_imports_are_only_of_the_heavy_modules():
    late = [f"{imp.source}:{imp.line} {imp.target}" for imp in all_imports()
            if imp.where == "function" and not deferred(imp.target)]
    assert not late, "\n".join(late)


def _imports_of_layer(layer: str) -> list[tuple[str, str]]:
    prefix = f"{PACKAGE_NAME}.{layer}"
    return [(imp.source, imp.target) for imp in all_imports()
            if imp.source == prefix or imp.source.startswith(prefix + ".")]


def test_workflows_import_no_qt_and_runtime_no_widgets():
    assert [s for s, t in _imports_of_layer("workflows") if t.startswith("PySide6")] == []
    runtime = [(s, t) for s, t in _imports_of_layer("runtime")
               if t.startswith(("PySide6.QtWidgets", "PySide6.QtPrintSupport", OWN + "gui", OWN + "cli"))]
    assert not runtime, runtime


def test_the_core_imports_no_front_end():
    core = ("domain", "messages", "storage", "export", "importers", "workflows")
    front = (OWN + "gui", OWN + "cli", OWN + "runtime", OWN + "app")
    wrong = [(s, t) for layer in core for s, t in _imports_of_layer(layer) if t.startswith(front)]
    assert not wrong, "\n".join(map(str, wrong))


# What only workflows/ may use: writing an export, reading a file to import, backups and restoring a version.
WORKFLOW_ONLY_MODULES = (OWN + "export.atomic_file", OWN + "storage.backups", OWN + "importers.docx_reader",
                         OWN + "importers.html_reader", OWN + "importers.assemble")
WORKFLOW_ONLY_CALLS = {"render", "write_atomically", "read_file", "restore_version", "copy_out"}


def test_front_ends_export_import_and_restore_only_through_workflows():
    wrong = []
    for layer in ("cli", "gui"):
        for source, target in _imports_of_layer(layer):
            if target.startswith(WORKFLOW_ONLY_MODULES) or target == OWN + "importers":  # read_file
                wrong.append(f"{source} imports {target}")
        for name, path in modules().items():
            if not name.startswith(f"{PACKAGE_NAME}.{layer}"):
                continue
            for node in ast.walk(ast.parse(path.read_text("utf-8"))):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute | ast.Name):
                    called = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
                    owner = ast.unparse(node.func.value) if isinstance(node.func, ast.Attribute) else ""
                    workflow = owner in ("workflows", "exporting", "importing", "versions", "backups", "restoring")
                    # `render` alone is another module's (the guide's pages): the export's is registry.render.
                    if called in WORKFLOW_ONLY_CALLS and not workflow and (called != "render" or owner == "registry"):
                        wrong.append(f"{name}:{node.lineno} calls {ast.unparse(node.func)}")
    assert not wrong, "\n".join(map(str, wrong))


def test_no_test_module_imports_another():
    wrong = []
    for name, path in modules_of_tests().items():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("tests.") \
                    and not node.module.startswith(("tests.helpers", "tests.conftest")):
                wrong.append(f"{name}:{node.lineno} {node.module}")
            if isinstance(node, ast.ImportFrom) and node.module == "tests.conftest":
                wrong.append(f"{name}:{node.lineno} tests.conftest")
    assert not wrong, "\n".join(map(str, wrong))
    assert TESTS.is_dir() and PACKAGE.is_dir()
