"""The benchmark's JSON keeps exactly issue 12's keys (and issue 17's PDF import, issue 22's shared database), and each
verdict compares with the right bound."""

from __future__ import annotations

from benchmarks import figures

ISSUE_KEYS = (
    "startup_s", "startup_floor_s", "autosave_p50_ms", "autosave_p99_ms", "ui_stall_max_ms", "checks_ms",
    "preview_ms", "export_pdf_s", "export_docx_s", "export_html_s", "cli_export_pdf_s",
    "batch_export_pdf_s_per_report", "libreoffice_pdf_s", "list_2000_ms", "open_2000_ms", "import_docx_s",
    "import_pdf_s", "peak_rss_mb",
    # issue 22: the autosave's transaction on PostgreSQL beside SQLite
    "store_apply_sqlite_p50_ms", "store_apply_sqlite_p99_ms", "store_apply_postgres_p50_ms",
    "store_apply_postgres_p99_ms",
)


def test_keys_are_the_issues() -> None:
    assert figures.KEYS == ISSUE_KEYS


def test_verdicts_against_limits_floors_and_rivals() -> None:
    values: figures.Values = dict.fromkeys(figures.KEYS)
    by_key = {f.key: f for f in figures.FIGURES}
    values.update(startup_s=0.5, startup_floor_s=0.2, cli_export_pdf_s=0.5, libreoffice_pdf_s=1.2, checks_ms=4.0)
    assert by_key["startup_s"].verdict(values) == "MISSED by 25%"  # 0.5 > 2 × 0.2
    assert by_key["cli_export_pdf_s"].verdict(values) == "MISSED by 25%"  # 0.5 > 1.2 / 3
    assert by_key["checks_ms"].verdict(values) == "met"
    assert by_key["preview_ms"].verdict(values) == "not measured"
    assert by_key["startup_floor_s"].verdict(values) == "—"
    values["libreoffice_pdf_s"] = None  # no LibreOffice on the machine: nothing to compare with
    assert by_key["cli_export_pdf_s"].verdict(values) == "not measured"


def test_table_has_a_row_per_figure() -> None:
    values: figures.Values = dict.fromkeys(figures.KEYS)
    values["startup_s"] = 0.4
    text = figures.table(values)
    lines = text.splitlines()
    assert len(lines) == 2 + len(figures.FIGURES)
    assert "`startup_s`" in lines[2] and "0.400 s" in lines[2]
