"""The in-program guide as data: what to write in each part and count in each table row, read from
resources/help/*.toml and keyed by format, section, table, row and column ids (no Qt).

Keys: `format:<format>`, `section:<format>:<section>`, `row:<table>:<row>`, `column:<table>:<column>`,
`page:<page>` (start, preamble, closing, review, guide). Next year's format adds a help file, not code.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache

from disclosure_desktop.domain.formats import ReportFormat, TableSpec, all_formats, get_format
from disclosure_desktop.messages import current_language
from disclosure_desktop.resource_files import resource_path

GUIDE = "page:guide"
_KINDS = {"section": "section", "row": "row", "column": "column", "page": "page"}


@dataclass(frozen=True)
class Topic:
    key: str
    title_zh: str
    title_en: str
    body_zh: str
    body_en: str
    label: str = ""  # the official label of the row, column or part (shown beside an English title)

    def title(self, language: str | None = None) -> str:
        return self.title_en if (language or current_language()) == "en" else self.title_zh

    def body(self, language: str | None = None) -> str:
        return self.body_en if (language or current_language()) == "en" else self.body_zh


def _read(name: str, seen: tuple[str, ...] = ()) -> dict:
    """The entries of help file `name` with those of the file it inherits from underneath."""
    path = resource_path("help", f"{name}.toml")
    if not path.exists() or name in seen:
        return {}
    data = tomllib.loads(path.read_text("utf-8"))
    merged = _read(data["inherit"], (*seen, name)) if "inherit" in data else {}
    for kind in ("format", "groups", *_KINDS):
        if kind == "format":
            if "format" in data:
                merged["format"] = data["format"]
            continue
        merged.setdefault(kind, {}).update(data.get(kind, {}))
    return merged


def _label_titles(fmt: ReportFormat) -> dict[str, str]:
    """Official labels, the Chinese titles of sections, rows and columns that have no zh_title of their own."""
    titles = {f"section:{fmt.id}:{s.id}": s.heading for s in fmt.sections}
    for table in fmt.tables:
        for block in table.blocks:
            for row in block.leaf_rows:
                titles.setdefault(f"row:{table.id}:{row.id}", row.label)
            for column in block.columns:
                titles.setdefault(f"column:{table.id}:{column.id}", column.label)
    return titles


def _topic(key: str, entry: dict, official: str) -> Topic:
    return Topic(key, str(entry.get("zh_title") or official or key), str(entry.get("en_title") or official or key),
                 str(entry.get("zh", "")).strip(), str(entry.get("en", "")).strip(), official)


@cache
def _groups() -> dict[str, str]:
    """English names of the tables' group labels and block titles (「（三）不予公开」 → 「（三）Withheld」)."""
    names: dict[str, str] = {}
    for fmt in all_formats().values():
        for table in fmt.tables:
            names.update(_read(table.id).get("groups", {}))
    return names


def group_title(label: str, language: str | None = None) -> str:
    """A table group's printed label, in English where the help data names it."""
    if (language or current_language()) == "en":
        return _groups().get(label, label)
    return label


@cache
def topics() -> dict[str, Topic]:
    """Every help entry of every format, its tables and the wizard pages."""
    out: dict[str, Topic] = {}
    for key, entry in _read("pages").get("page", {}).items():
        out[f"page:{key}"] = _topic(f"page:{key}", entry, "")
    for format_id in all_formats():
        fmt = get_format(format_id)
        official = _label_titles(fmt)
        data = _read(format_id)
        if "format" in data:
            out[f"format:{format_id}"] = _topic(f"format:{format_id}", data["format"], fmt.name)
        for section_id, entry in data.get("section", {}).items():
            key = f"section:{format_id}:{section_id}"
            out[key] = _topic(key, entry, official.get(key, ""))
        for table in fmt.tables:
            table_data = _read(table.id)
            for kind in ("row", "column"):
                for item_id, entry in table_data.get(kind, {}).items():
                    key = f"{kind}:{table.id}:{item_id}"
                    out.setdefault(key, _topic(key, entry, official.get(key, "")))
    return out


def topic(key: str) -> Topic | None:
    return topics().get(key)


def page_key(format_id: str, page: str) -> str:
    """The entry about a wizard page: `section:<id>` pages are parts of the format, the others its own pages."""
    if page.startswith("section:"):
        return f"section:{format_id}:{page.removeprefix('section:')}"
    return f"page:{page}"


def _table_of(fmt: ReportFormat, cell_id: str) -> TableSpec | None:
    spec = fmt.cells.get(cell_id)
    return next((t for t in fmt.tables if spec is not None and t.id == spec.table_id), None)


def cell_keys(format_id: str, cell_id: str) -> list[str]:
    """The entries about a table cell, most specific first: its row, its column (and each dotted part of a
    column id such as table 4's `reconsideration.upheld`), then the part the table belongs to."""
    fmt = get_format(format_id)
    table = _table_of(fmt, cell_id)
    if table is None:
        return []
    spec = fmt.cells[cell_id]
    parts = spec.column.id.split(".")
    row = [f"row:{table.id}:{spec.row_id}"]
    columns = [f"column:{table.id}:{spec.column.id}", *(f"column:{table.id}:{p}" for p in parts if len(parts) > 1)]
    # A table whose one row has no label (table 4) is told apart by its columns: their entries come first.
    keys = row + columns if spec.row_label else columns + row
    section = next(s for s in fmt.sections if s.table is table)
    keys.append(f"section:{format_id}:{section.id}")
    return [k for k in keys if k in topics()]


def cell_key(format_id: str, cell_id: str) -> str:
    """The one entry F1 on a cell opens: its row's (in table 4, which has one unlabelled row, its column's),
    else its part's."""
    keys = cell_keys(format_id, cell_id)
    return keys[0] if keys else page_key(format_id, "review")


@dataclass(frozen=True)
class Node:
    """One line of the guide's contents: an entry (`key`), or a group of the table (`label`, no entry of its own,
    e.g. 「（三）不予公开」 or 「第二十条第（一）项」) with the lines under it."""

    key: str = ""
    label: str = ""
    children: tuple[Node, ...] = ()


def _nest(block_rows: tuple, table_id: str, known: dict[str, Topic], seen: set[str]) -> list[Node]:
    """A block's rows nested as printed: a group label holds the deeper rows after it."""
    stack: list[tuple[int, str, list[Node]]] = []  # the open groups: (level, label, lines under it)
    top: list[Node] = []
    for row in [*block_rows, None]:  # None closes every group at the end
        level = -1 if row is None else row.level
        while stack and stack[-1][0] >= level:
            _, label, children = stack.pop()
            (stack[-1][2] if stack else top).append(Node(label=label, children=tuple(children)))
        if row is None or row.vertical:  # 「三、本年度办理结果」 labels the result rows, not one level of them
            continue
        if row.id is None:
            stack.append((row.level, row.label, []))
        elif f"row:{table_id}:{row.id}" in known and row.id not in seen:
            seen.add(row.id)
            (stack[-1][2] if stack else top).append(Node(f"row:{table_id}:{row.id}"))
    return top


def _table_nodes(table: TableSpec, known: dict[str, Topic]) -> tuple[Node, ...]:
    """The rows as the printed table nests them (group labels and block titles as parents), then its columns."""
    out: list[Node] = []
    seen: set[str] = set()
    for block in table.blocks:
        rows = _nest(block.rows, table.id, known, seen)
        out.extend([Node(label=block.title, children=tuple(rows))] if block.title else rows)
    columns = [f"column:{table.id}:{p}" for c in table.column_ids() for p in dict.fromkeys([c, *c.split(".")])]
    column_nodes = tuple(Node(k) for k in dict.fromkeys(columns) if k in known)
    if column_nodes:
        out.append(Node(label="columns", children=column_nodes))
    return tuple(out)


def contents(format_id: str) -> list[Node]:
    """The guide's table of contents for one format, in the report's order. A group labelled "columns" holds a
    table's column entries (the viewer names it in the UI language)."""
    fmt = get_format(format_id)
    known = topics()
    nodes = [Node(GUIDE), Node(f"format:{format_id}"), Node("page:start"), Node("page:preamble")]
    for section in fmt.sections:
        children = _table_nodes(section.table, known) if section.table is not None else ()
        nodes.append(Node(f"section:{format_id}:{section.id}", children=children))
    nodes += [Node("page:closing"), Node("page:review")]
    return [n for n in nodes if n.key in known]


def walk(nodes: list[Node] | tuple[Node, ...]) -> list[Node]:
    """Every node of `nodes` and under them, in order."""
    out: list[Node] = []
    for node in nodes:
        out.append(node)
        out.extend(walk(node.children))
    return out
