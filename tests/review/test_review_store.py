"""A review batch kept in the real SQLite database: intakes remembered (a file taken is not read again, a later
one is the unit's resubmission), a doubtful name confirmed by a person, a unit returned with its remarks, last
year's batch of the region compared with — and all of it there again after the database is reopened."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest

from disclosure_desktop.review import MISSING, RECEIVED, RETURNED, Unit
from disclosure_desktop.review.issues import issue_list, remarks_json
from disclosure_desktop.review.stored import review_stored, stored_units, take_into_batch
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.review_store import DOUBTFUL, TAKEN, ReviewStore
from tests.helpers.review_batch import previous_year, unit_name, unit_report, write_as

UNITS = [Unit(unit_name(0)), Unit(unit_name(1), "department"), Unit(unit_name(2), deadline=dt.date(2026, 1, 10))]


@pytest.fixture
def store(db_path):
    db = Database.open(db_path)
    yield ReviewStore(db)
    db.close()


def _reopened(db_path) -> ReviewStore:
    return ReviewStore(Database.open(db_path))


def test_a_batch_taken_in_confirmed_returned_and_reopened(store, db_path, tmp_path):
    folder = tmp_path / "first"
    folder.mkdir()
    write_as(unit_report(0), "json", folder / "a.json")
    write_as(replace(unit_report(1), agency="公安局"), "docx", folder / "b.docx")  # the region left off
    write_as(unit_report(2), "published_html", folder / "c.html")
    batch_id = store.create_batch("某某县人民政府办公室", 2025, stored_units(UNITS))

    _, review = take_into_batch(store, batch_id, [folder], workers=1)
    assert [u.status for u in review.units] == [RECEIVED, MISSING, RECEIVED]
    assert [d.candidates for d in review.doubtful] == [(unit_name(1),)]
    # The units list's deadline (10 January) is earlier than the legal one: published on the 20th is late.
    assert review.row(unit_name(2)).late and not review.row(unit_name(0)).late
    store.db.close()

    store = _reopened(db_path)
    batch = store.load_batch(batch_id)
    assert (batch.region, batch.year, [u.name for u in batch.units]) == ("某某县人民政府办公室", 2025,
                                                                         [u.name for u in UNITS])
    assert batch.units[2].deadline == dt.date(2026, 1, 10)
    outcomes = {f.name: (f.outcome, f.unit) for f in batch.files}
    assert outcomes == {"a.json": (TAKEN, unit_name(0)), "b.docx": (DOUBTFUL, None), "c.html": (TAKEN, unit_name(2))}
    assert batch.files[0].report.agency == unit_name(0)  # the report read is kept: no file needed to review again

    store.confirm(batch_id, next(f.sha256 for f in batch.files if f.name == "b.docx"), unit_name(1))
    review = review_stored(store, batch_id)
    assert [u.status for u in review.units] == [RECEIVED] * 3 and review.doubtful == []

    row = review.row(unit_name(2))
    issues = issue_list(row, region="某某县人民政府办公室", reviewer="李四", date=dt.date(2026, 2, 1))
    assert issues.verdict == "退回修改" and any(r.criterion == "on_time" for r in issues.rows)
    store.set_status(batch_id, unit_name(2), RETURNED, remarks=remarks_json(row, issues), verdict=issues.verdict,
                     path="/tmp/x.json")
    store.db.close()

    store = _reopened(db_path)
    review = review_stored(store, batch_id)
    assert review.row(unit_name(2)).status == RETURNED
    [kept] = store.remarks(batch_id, unit_name(2))
    document = json.loads(kept.content)
    assert (document["verdict"], document["agency"], document["year"]) == ("退回修改", unit_name(2), 2025)
    assert [item["rule"] for item in document["items"]] == ["LATE"]

    # The same folder again: nothing is read twice.
    again, _ = take_into_batch(store, batch_id, [folder], workers=1)
    assert again.read == [] and {d.file for d in again.duplicates} == {"a.json", "b.docx", "c.html"}
    # The unit sends a corrected report: the later intake's file is the one reviewed.
    second = tmp_path / "second"
    second.mkdir()
    write_as(unit_report(2, published_on="2026-01-08"), "docx", second / "c-corrected.docx")
    _, review = take_into_batch(store, batch_id, [second], workers=1)
    assert review.row(unit_name(2)).file == "c-corrected.docx" and not review.row(unit_name(2)).late
    store.db.close()


def test_last_years_batch_of_the_region_is_compared_with(store, tmp_path):
    last_year = tmp_path / "2024"
    last_year.mkdir()
    write_as(previous_year(unit_report(0), 0, same_text=True), "json", last_year / "a-2024.json")
    old = store.create_batch("某某县人民政府办公室", 2024, stored_units(UNITS))
    take_into_batch(store, old, [last_year], workers=1)
    this_year = tmp_path / "2025"
    this_year.mkdir()
    write_as(unit_report(0), "json", this_year / "a.json")
    batch_id = store.create_batch("某某县人民政府办公室", 2025, stored_units(UNITS))
    _, review = take_into_batch(store, batch_id, [this_year], workers=1)
    row = review.row(unit_name(0))
    assert row.repetition is not None and row.repetition > 0.9 and "REPETITION" in row.rules
    assert [b.year for b in store.batches()] == [2025, 2024]


def test_a_new_units_list_keeps_the_decisions_on_units_that_stay(store):
    batch_id = store.create_batch("某某县", 2025, stored_units(UNITS))
    store.set_status(batch_id, unit_name(1), RETURNED)
    store.set_units(batch_id, stored_units([UNITS[1], Unit(unit_name(5))]))
    batch = store.load_batch(batch_id)
    assert [(u.name, u.status) for u in batch.units] == [(unit_name(1), RETURNED), (unit_name(5), "")]
    store.delete_batch(batch_id)
    assert store.batches() == []


def test_a_file_not_taken_is_named_by_the_intake_and_by_the_batch_reopened(store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_as(unit_report(0), "json", folder / "a.json")
    (folder / "通知.html").write_text("<html><body><p>关于报送年报的通知</p></body></html>", "utf-8")
    batch_id = store.create_batch("某某县", 2025, stored_units(UNITS))
    _, review = take_into_batch(store, batch_id, [folder], workers=1)
    assert [r.file for r in review.not_taken()] == ["通知.html"]
    assert [(r.file, r.reason) for r in review_stored(store, batch_id).not_taken()] == [
        (r.file, r.reason) for r in review.not_taken()]
