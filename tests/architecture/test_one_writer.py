"""One writer changes an open report: the edit session. No widget, exporter or command writes a report's cells,
texts or fields itself; the few core modules that build a new report (reading a file, next year's report) are
named here, so that a new writer is a decision, not an accident. And no module grows past 400 lines."""

from __future__ import annotations

import ast

from tests.helpers.paths import PACKAGE

PARTS = {"cells", "sections", "headings", "meta", "acknowledged"}
FIELDS = {"agency", "year", "format_id", "title", "is_example"}
MUTATORS = {"pop", "update", "clear", "setdefault", "popitem", "__setitem__", "__delitem__"}
# The edit session and what it applies, and the core modules that build a new Report (never the open one).
WRITERS = {
    "domain/edit_session.py", "domain/changes.py", "domain/totals.py", "domain/fixes.py",
    "domain/jsonio.py", "domain/plaintext.py", "domain/next_year.py", "domain/limits.py",
}
BUILDERS = ("importers/", "storage/")
NOT_REPORTS = {"domain/formats.py"}  # fills a table's own specification of its cells


def _is_self(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "self"


def _writes_into(target: ast.expr) -> bool:
    """`x.cells[...] = …`, `x.sections = …`, `report.title = …` (a field of something named a report)."""
    if isinstance(target, ast.Subscript):
        return isinstance(target.value, ast.Attribute) and target.value.attr in PARTS
    if isinstance(target, ast.Attribute) and not _is_self(target.value):
        return target.attr in PARTS or (target.attr in FIELDS and "report" in ast.unparse(target.value))
    return False


def writes(tree: ast.AST) -> list[int]:
    """Lines that change a report's parts or fields in place."""
    found = []
    for node in ast.walk(tree):
        targets: list[ast.expr] = []
        if isinstance(node, ast.Assign):
            targets = node.targets
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign)):
            targets = [node.target]
        elif isinstance(node, ast.Delete):
            targets = node.targets
        for target in targets:
            if _writes_into(target):
                found.append(node.lineno)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in MUTATORS \
                and isinstance(node.func.value, ast.Attribute) and node.func.value.attr in PARTS \
                and not _is_self(node.func.value.value):
            found.append(node.lineno)
    return found


def test_only_the_edit_session_writes_a_report():
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        name = path.relative_to(PACKAGE).as_posix()
        if name in WRITERS | NOT_REPORTS or name.startswith(BUILDERS) or "migrations" in name:
            continue
        for line in writes(ast.parse(path.read_text("utf-8"))):
            offenders.append(f"{name}:{line}")
    assert offenders == []


def test_the_check_sees_a_write():
    sample = "def f(report, props):\n    report.cells['t3.new.natural'] = 1\n    report.sections.update({})\n" \
             "    report.title = 'x'\n    self.cells = {}\n    props.title = 'y'\n    out.meta = {}\n"
    assert sorted(writes(ast.parse(sample))) == [2, 3, 4, 7]


def test_no_module_is_over_400_lines():
    long = {p.relative_to(PACKAGE).as_posix(): n for p in PACKAGE.rglob("*.py")
            if (n := len(p.read_text("utf-8").splitlines())) > 400}
    assert long == {}
