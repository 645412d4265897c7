"""The report store on a SQLite file and on a PostgreSQL database alike: reports, edits, the revision check,
versions and 签发, the audit log of every write — the same calls, the same results."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.report import Cell, CellSource, Report
from disclosure_desktop.messages import ReportDataError
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.errors import StorageError
from disclosure_desktop.storage.repository import ReportChangedElsewhere, ReportNotFound, ReportStore

FULL = Path(__file__).resolve().parents[1] / "fixtures" / "full_report_2021.json"


@pytest.fixture
def store(database_target: str | Path) -> Iterator[ReportStore]:
    store = ReportStore(Database.open(database_target), user_name="张三")
    yield store
    store.close()


def full_report() -> Report:
    return jsonio.loads(FULL.read_text("utf-8"))


def test_a_report_comes_back_exactly_as_stored(store: ReportStore) -> None:
    original = full_report()
    original.title, original.is_example = "自定标题（含‘引号’与\n换行）", True
    rid = store.create(original)
    loaded = store.load(rid)
    assert jsonio.dumps(loaded) == jsonio.dumps(original)
    assert loaded.cells == original.cells  # values and their sources
    assert [s.id for s in store.list_reports()] == [rid]
    assert store.list_reports()[0].display_title == original.title


def test_edits_upsert_delete_and_raise_the_revision(store: ReportStore) -> None:
    rid = store.create(full_report())
    before = store.load(rid)
    revision = store.apply(rid, Changes(
        fields={"title": "新标题"},
        meta={"contact": "办公室 0000-7654321", "published_on": ""},
        sections={"problems": "一是……", "overall": ""},
        headings={"problems": "存在的主要问题"},
        cells={"t3.new.natural": Cell("706", CellSource.TYPED), "t4.reconsideration.upheld": None,
               "t3.new.total": Cell("714", CellSource.COMPUTED)},
        acknowledged={"R-TEST@t3.new.natural": "说明理由"},
    ), expected_revision=before.revision)
    after = store.load(rid)
    assert revision == after.revision == before.revision + 1
    assert after.title == "新标题" and after.meta["contact"] == "办公室 0000-7654321"
    assert "published_on" not in after.meta and "overall" not in after.sections
    assert after.sections["problems"] == "一是……" and after.headings["problems"] == "存在的主要问题"
    assert after.cells["t3.new.natural"] == Cell("706", CellSource.TYPED)
    assert after.cells["t3.new.total"].source == CellSource.COMPUTED
    assert "t4.reconsideration.upheld" not in after.cells
    assert after.acknowledged == {"R-TEST@t3.new.natural": "说明理由"}


def test_an_older_revision_is_refused_and_nothing_is_written(store: ReportStore) -> None:
    rid = store.create(full_report())
    store.apply(rid, Changes(cells={"t3.new.natural": Cell("1", CellSource.TYPED)}), expected_revision=0)
    with pytest.raises(ReportChangedElsewhere) as caught:
        store.apply(rid, Changes(cells={"t3.new.natural": Cell("2", CellSource.TYPED)}), expected_revision=0)
    assert (caught.value.expected, caught.value.found) == (0, 1)
    assert store.load(rid).cells["t3.new.natural"].value == "1"
    assert [e.action for e in store.audit(rid)] == ["edit", "create"]  # the refused batch left no entry


def test_a_batch_that_fails_half_way_changes_nothing(store: ReportStore) -> None:
    rid = store.create(full_report())
    before = store.load(rid)
    with pytest.raises(StorageError):
        # The title and the first cell are written before the cell without a value breaks the NOT NULL rule.
        store.apply(rid, Changes(fields={"title": "半途"}, cells={"t3.new.natural": Cell("5", CellSource.TYPED),
                                                                  "t3.new.legal": Cell(None, CellSource.TYPED)}))
    after = store.load(rid)
    assert jsonio.dumps(after) == jsonio.dumps(before) and after.revision == before.revision
    assert [e.action for e in store.audit(rid)] == ["create"]


def test_duplicate_delete_and_ids_never_reused(store: ReportStore) -> None:
    first = store.create(full_report())
    copy = store.duplicate(first)
    assert jsonio.dumps(store.load(copy)) == jsonio.dumps(store.load(first))
    store.delete(copy)
    with pytest.raises(ReportNotFound):
        store.load(copy)
    with pytest.raises(ReportNotFound):
        store.delete(copy)
    assert store.create(full_report()) > copy
    assert [e.action for e in store.audit(copy)] == ["delete", "duplicate"]  # the log outlives the report


def test_program_state_and_last_years_report(store: ReportStore) -> None:
    store.set_state("last_report", "1")
    store.set_state("last_report", "2")
    assert store.get_state("last_report") == "2"
    store.set_state("last_report", None)
    assert store.get_state("last_report") is None
    last_year = full_report()
    last_year.year = 2024
    rid = store.create(last_year)
    assert store.previous_year(last_year.agency, 2025).id == rid
    assert store.previous_year(last_year.agency, 2026) is None


def test_where_each_clerk_was_is_their_own_on_a_server(store: ReportStore) -> None:
    """On a server 张三, 李四 and a clerk with no name yet (told apart by the login) each reopen their own report;
    a file on one computer has one clerk's."""
    zhang, li, unnamed = (ReportStore(store.db, user_name=name) for name in ("张三", "李四", ""))
    for clerk, report in ((zhang, "1"), (li, "2"), (unnamed, "3")):
        clerk.set_state("last_report", report)
    seen = [clerk.get_state("last_report") for clerk in (zhang, li, unnamed)]
    assert seen == (["1", "2", "3"] if store.db.shared else ["3", "3", "3"])


def test_versions_and_signing(store: ReportStore) -> None:
    rid = store.create(full_report())
    kept = store.snapshot(rid, name="初稿")
    store.apply(rid, Changes(cells={"t3.new.natural": Cell("999", CellSource.TYPED)}))
    signed = store.sign(rid, "李四", reviewed_by="王五")
    assert store.list_reports()[0].signed and store.list_reports()[0].signed_by == "李四"
    with pytest.raises(ReportDataError):
        store.sign(rid, "李四")  # the same content signed twice
    assert store.load_version(kept).cells["t3.new.natural"] == full_report().cells["t3.new.natural"]
    assert store.load_version(signed).cells["t3.new.natural"].value == "999"
    assert [v.id for v in store.versions(rid)] == [signed, kept]
    assert store.version_info(signed).reviewed_by == "王五"
    store.apply(rid, Changes(fields={"title": "签发后又改"}))
    assert store.list_reports()[0].changed_since_signing


def test_every_write_has_its_audit_entry_naming_who_and_what(store: ReportStore) -> None:
    rid = store.create(full_report())
    store.apply(rid, Changes(sections={"overall": "新的文字"}, cells={"t3.new.natural": Cell("1", CellSource.TYPED),
                                                                "t3.new.total": None}))
    version = store.snapshot(rid, name="甲")
    store.sign(rid, "李四")
    other = ReportStore(store.db, user_name="王五")
    other.apply(rid, Changes(fields={"title": "王五改的标题"}))
    copy = store.duplicate(rid)
    store.delete(copy)
    entries = store.audit(rid)
    assert [e.action for e in entries] == ["edit", "sign", "snapshot", "edit", "create"]
    assert [e.user_name for e in entries] == ["王五"] + ["张三"] * 4
    assert entries[0].what == {"fields": ["title"]}
    assert entries[3].cells == ["t3.new.natural", "t3.new.total"] and entries[3].sections == ["overall"]
    assert entries[2].what == {"version": version, "kind": "manual"}
    assert [(e.action, e.what) for e in store.audit(copy)] == [("delete", {}), ("duplicate", {"from": rid})]
    revisions = [e.revision for e in entries]
    assert revisions == sorted(revisions, reverse=True) and revisions[0] == store.load(rid).revision
    assert all(e.at.tzinfo is not None for e in entries)
    server_login = store.db.shared
    assert all(bool(e.db_user) == server_login for e in entries)  # the server's own login, none in a file


def test_a_damaged_version_is_refused_on_either(store: ReportStore) -> None:
    from sqlalchemy import update

    from disclosure_desktop.storage.schema import report_version

    rid = store.create(full_report())
    version = store.snapshot(rid)
    with store.db.engine.begin() as conn:
        conn.execute(update(report_version).where(report_version.c.id == version)
                     .values(content=report_version.c.content + " "))
    with pytest.raises(StorageError) as caught:
        store.load_version(version)
    assert caught.value.key == "version.damaged"
