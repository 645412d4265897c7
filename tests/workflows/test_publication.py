"""发布 recorded (spec §12): the date and address kept for the signed version published, the state 已发布, an entry
among the versions, and LATE judging by the day it was published rather than the day planned on the start page;
refused before the year is over, without a signed version, and while the draft differs from it."""

from __future__ import annotations

import datetime as dt

import pytest

from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.life import LifeState
from disclosure_desktop.domain.report import Cell
from disclosure_desktop.messages import ReportDataError
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from disclosure_desktop.workflows import publication, versions
from tests.helpers.cli import cli
from tests.helpers.reports import clean_report

ADDRESS = "http://www.example.gov.cn/art/2026/1/20/art_1229_1.html"


@pytest.fixture
def store(db_path):
    report = clean_report()
    report.meta["published_on"] = "2026-01-20"  # planned: in time for a department's 31 January
    report.meta["agency_kind"] = "department"
    with Database.open(db_path) as db:
        store = ReportStore(db)
        store.create(report)
        yield store


def _late(store: ReportStore) -> list:
    report = store.load(1)
    return [p for p in check_report(report, published=store.life(1).published_on) if p.rule == "LATE"]


def test_publication_is_recorded_and_late_goes_by_it(store, capsys, db_path):
    assert not _late(store)
    versions.sign(store, 1, "张三")
    publication.publish(store, 1, dt.date(2026, 2, 10), ADDRESS)
    life = store.life(1)
    assert life.state == LifeState.PUBLISHED and life.publication.address == ADDRESS
    [late] = _late(store)
    assert "2026年2月10日" in late.message and "2026年1月31日" in late.message
    assert [v.kind for v in store.versions(1)][:2] == ["published", "signed"]
    assert store.versions(1)[0].name == ADDRESS[:49] + "…"  # whole in the record, cut short in the list
    assert cli(capsys, db_path, "list")[1].split("\t")[5] == "已发布\n"
    rows = cli(capsys, db_path, "check", "1")[1]
    assert "LATE" in rows
    # Corrected the same day: the latest record counts.
    publication.publish(store, 1, dt.date(2026, 1, 30), "www.example.gov.cn/art/1.html")
    assert not _late(store)


def test_publication_is_refused_with_the_reason(store):
    with pytest.raises(ReportDataError, match="尚未签发"):
        publication.publish(store, 1, dt.date(2026, 1, 20), ADDRESS)
    versions.sign(store, 1, "张三")
    for day, address, words in ((dt.date(2025, 12, 30), ADDRESS, "早于统计期限结束"),
                                (dt.date(2026, 1, 20), "  ", "发布网址"),
                                (dt.date(2026, 1, 20), "门户网站首页", "不是网页地址")):
        with pytest.raises(ReportDataError, match=words):
            publication.publish(store, 1, day, address)
    store.apply(1, Changes(cells={"t2.rules.issued": Cell("9")}))
    with pytest.raises(ReportDataError, match="签发后又有修改"):
        publication.publish(store, 1, dt.date(2026, 1, 20), ADDRESS)
    assert store.life(1).publication is None and store.life(1).state == LifeState.CHANGED
