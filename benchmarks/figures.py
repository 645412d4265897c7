"""The figures of issue 12 with their targets, and the table that sets each value beside its floor or rival."""

from __future__ import annotations

from dataclasses import dataclass

Values = dict[str, float | None]


@dataclass(frozen=True)
class Figure:
    key: str
    label: str
    unit: str  # s, ms or MB
    limit: float | None = None  # value ≤ limit
    reference: str | None = None  # the floor or rival it is compared with …
    factor: float | None = None  # … as value ≤ factor × reference
    factor_text: str = ""

    def bound(self, values: Values) -> float | None:
        """The largest value that meets the target (None: no target, or its reference was not measured)."""
        if self.limit is not None:
            return self.limit
        if self.reference is not None and self.factor is not None and values.get(self.reference):
            return self.factor * float(values[self.reference] or 0)
        return None

    def verdict(self, values: Values) -> str:
        value, bound = values.get(self.key), self.bound(values)
        if value is None or bound is None:
            return "—" if self.limit is None and self.reference is None else "not measured"
        return "met" if value <= bound else f"MISSED by {value / bound - 1:.0%}"

    def target_text(self) -> str:
        if self.limit is not None:
            return f"≤ {show(self.limit, self.unit)}"
        if self.factor_text:
            return self.factor_text
        return "—"


FIGURES = (
    Figure("startup_s", "start until the last page takes input", "s", reference="startup_floor_s", factor=2,
           factor_text="≤ 2 × floor"),
    Figure("startup_floor_s", "floor: bare window with one QLineEdit", "s"),
    Figure("autosave_p50_ms", "autosave, batch sent → committed (median)", "ms"),
    Figure("autosave_p99_ms", "autosave, batch sent → committed (p99)", "ms", limit=10),
    Figure("ui_stall_max_ms", "longest GUI-thread stall, typing and table 3", "ms", limit=50),
    Figure("checks_ms", "all checks, full report with last year", "ms", limit=5),
    Figure("preview_ms", "keystroke until the preview shows it", "ms", limit=100),
    Figure("export_pdf_s", "PDF export, in process", "s", limit=0.3),
    Figure("export_docx_s", "Word export, in process", "s", limit=0.3),
    Figure("export_html_s", "web page export, in process", "s", limit=0.05),
    Figure("cli_export_pdf_s", "`export ID -o x.pdf` as a process", "s", reference="libreoffice_pdf_s",
           factor=1 / 3, factor_text="≤ ⅓ × LibreOffice"),
    Figure("batch_export_pdf_s_per_report", "50 reports by one command, per report", "s", limit=0.15),
    Figure("libreoffice_pdf_s", "rival: LibreOffice .docx → PDF", "s"),
    Figure("list_2000_ms", "report list of 2,000 reports on screen", "ms", limit=150),
    Figure("open_2000_ms", "open a report from that list", "ms", limit=50),
    Figure("import_docx_s", "import our .docx as a process", "s"),
    Figure("import_pdf_s", "import our six-page PDF as a process", "s", limit=1.0),
    Figure("peak_rss_mb", "peak memory of the GUI session", "MB", limit=200),
    # Issue 22: the autosave's transaction (ReportStore.apply of a typing batch) on a local PostgreSQL server,
    # beside the same on a SQLite file.
    Figure("store_apply_sqlite_p50_ms", "store.apply of a typing batch, SQLite file (median)", "ms"),
    Figure("store_apply_sqlite_p99_ms", "store.apply of a typing batch, SQLite file (p99)", "ms"),
    Figure("store_apply_postgres_p50_ms", "store.apply of a typing batch, local PostgreSQL (median)", "ms"),
    Figure("store_apply_postgres_p99_ms", "store.apply of a typing batch, local PostgreSQL (p99)", "ms", limit=20),
)
KEYS = tuple(f.key for f in FIGURES)


def show(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        return f"{value:.3f} s" if value < 10 else f"{value:.1f} s"
    if unit == "ms":
        return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"
    return f"{value:.0f} {unit}"


def rows(values: Values) -> list[list[str]]:
    """One row a figure: figure, value, floor or rival, ratio, target, verdict."""
    out = []
    for fig in FIGURES:
        value = values.get(fig.key)
        ref = values.get(fig.reference) if fig.reference else None
        ratio = f"{value / ref:.2f} ×" if value is not None and ref else "—"
        reference = f"{show(ref, fig.unit)} ({fig.reference})" if fig.reference else "—"
        out.append([f"`{fig.key}` {fig.label}", show(value, fig.unit), reference, ratio, fig.target_text(),
                    fig.verdict(values)])
    return out


def table(values: Values) -> str:
    """A Markdown table, padded so that it also reads in a terminal."""
    head = ["figure", "value", "floor or rival", "ratio", "target", "verdict"]
    body = rows(values)
    widths = [max(_width(r[i]) for r in [head, *body]) for i in range(len(head))]

    def line(cells: list[str]) -> str:
        return "| " + " | ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(head), rule, *(line(r) for r in body)])


def _width(text: str) -> int:
    # A CJK character or a full-width sign takes two columns of a terminal.
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)
