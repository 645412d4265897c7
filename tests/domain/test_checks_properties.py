"""Property tests: tables satisfying every identity pass; any one changed number is caught at its row or column."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from disclosure_desktop.domain.checks import RULES
from disclosure_desktop.domain.checks.claims import find_claims
from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.formats import get_format
from disclosure_desktop.domain.report import Cell, Report
from disclosure_desktop.domain.summaries import applications_sentence, review_litigation_sentence

FMT = get_format("gov-2021")
T3 = FMT.section("applications").table
T4 = FMT.section("review_litigation").table
APPLICANTS = [c for c in T3.column_ids() if c != "total"]
RESULT_ROWS = [r for r in T3.row_ids() if r.startswith("r.") and r != "r.total"]
TEXTS = {
    "preamble": "本报告中所列数据的统计期限自2025年1月1日起至2025年12月31日止。",
    "overall": "全年主动公开政府信息312条。",
    "problems": "政策解读形式较为单一。",
    "other_matters": "本年度未收取信息处理费。",
}
small = st.integers(min_value=0, max_value=60)


@st.composite
def consistent_reports(draw: st.DrawFn) -> Report:
    """Leaf parts drawn, totals computed, 一 chosen so that 一 + 二 = （七） + 四 in every column."""
    cells: dict[str, int] = {}
    for col in APPLICANTS:
        results = 0
        for row in RESULT_ROWS:
            cells[T3.cell_id(row, col)] = v = draw(small)
            results += v
        carried_out = draw(small)
        carried_in = draw(st.integers(min_value=0, max_value=results + carried_out))
        cells[T3.cell_id("carried_out", col)] = carried_out
        cells[T3.cell_id("carried_in", col)] = carried_in
        cells[T3.cell_id("new", col)] = results + carried_out - carried_in
    for row in T3.row_ids():
        if row != "r.total":
            cells[T3.cell_id(row, "total")] = sum(cells[T3.cell_id(row, c)] for c in APPLICANTS)
    for col in T3.column_ids():
        cells[T3.cell_id("r.total", col)] = sum(cells[T3.cell_id(r, col)] for r in RESULT_ROWS)
    for inst in T4.sum_instances:
        for part in inst.parts:
            cells[part] = draw(small)
        cells[inst.target] = sum(cells[p] for p in inst.parts)
    report = Report("gov-2021", "某县人民政府", 2025, sections=dict(TEXTS))
    report.cells = {cid: Cell(str(v)) for cid, v in cells.items()}
    for cid in FMT.section("proactive").table.cells:
        report.cells[cid] = Cell("1")
    return report


def _same_line(a: str, b: str) -> bool:
    """Two cells of one table in the same row or the same column (table 4: the same group of five)."""
    sa, sb = FMT.cells.get(a), FMT.cells.get(b)
    if sa is None or sb is None or sa.table_id != sb.table_id:
        return False
    if sa.table_id == T4.id:
        return sa.column.id.split(".")[0] == sb.column.id.split(".")[0]
    return sa.row_id == sb.row_id or sa.column.id == sb.column.id


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(consistent_reports())
def test_consistent_tables_have_no_error(report):
    assert [p for p in check_report(report) if p.is_error] == []


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(consistent_reports(), st.data())
def test_changing_any_number_is_caught_where_it_is(report, data):
    cid = data.draw(st.sampled_from(sorted(set(T3.cells) | set(T4.cells))))
    old = int(report.value(cid))
    new = data.draw(st.integers(min_value=0, max_value=10_000).filter(lambda v: v != old))
    report.cells[cid] = Cell(str(new))
    errors = [p for p in check_report(report) if p.is_error]
    assert errors, cid
    assert any(cid in p.cell_ids for p in errors)
    assert any(_same_line(cid, p.location) or any(_same_line(cid, c) for c in p.cell_ids) for p in errors)


@settings(max_examples=150, deadline=None)
@given(consistent_reports())
def test_generated_sentences_always_agree_with_the_tables(report):
    report.sections["applications"] = applications_sentence(report)
    report.sections["review_litigation"] = review_litigation_sentence(report)
    problems = check_report(report)
    assert [p for p in problems if p.rule == "NARRATIVE-NUMBER"] == []
    # and the sentence's figures were read back (all-zero tables: the one statement 「未收到…申请」)
    claims = find_claims(report.sections["applications"])
    assert len(claims) >= (1 if report.value("t3.r.total.total") == "0" else 4)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="收到新申请予以公开不部分行政复议诉讼件起0123456789一二十，。、和其中上年结转未发生",
               max_size=80))
def test_any_text_is_read_without_error(text):
    for claim in find_claims(text):
        assert claim.value >= 0
    report = Report("gov-2021", "某县人民政府", 2025, sections={"overall": text})
    assert all(p.rule in RULES for p in check_report(report))
