"""The desk's batches beyond the first round: a report whose agency is only close to a unit's name is asked about,
never taken silently; an intake cancelled keeps what it read and the next one reads only the rest; the roll-up of
the units ticked is the sum of their cells, and the 本级 report starts from it; a batch is there again on the next
visit, and can be deleted."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from disclosure_desktop.domain.values import parse_value
from disclosure_desktop.gui.desk.doubtful_dialog import DoubtfulDialog
from disclosure_desktop.review.batch import MISSING, RECEIVED
from disclosure_desktop.review.units import Unit
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from disclosure_desktop.workflows import review_desk
from tests.helpers.desk import REGION, drop
from tests.helpers.dialogs import when_modal
from tests.helpers.review_batch import unit_name, unit_report, with_cells, write_as
from tests.helpers.window import close_window, open_window

TIMEOUT_MS = 240_000


def _batch(db_path, units: int) -> int:
    with Database.open(db_path) as db:
        return review_desk.create_batch(ReportStore(db), REGION, 2025, [Unit(unit_name(i)) for i in range(units)])


def _opened(qtbot, db_path):
    window = open_window(qtbot, db_path)
    with qtbot.waitSignal(window.desk_control.rolled_up, timeout=TIMEOUT_MS):  # the batch checked and summed
        window.show_desk()
    return window


def test_a_doubtful_name_is_asked_about_and_taken_once_confirmed(qtbot, db_path, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    write_as(unit_report(0), "json", folder / "a.json")
    write_as(replace(unit_report(1), agency="公安局"), "docx", folder / "b.docx")  # the region left off
    _batch(db_path, 3)
    window = _opened(qtbot, db_path)
    desk = window.desk
    asked: list[list[str]] = []

    def answer(dialog: DoubtfulDialog) -> None:
        asked.append([dialog.choices[0].itemText(i) for i in range(dialog.choices[0].count())])
        assert dialog.table.item(0, 1).text() == "公安局"
        dialog.choices[0].setCurrentIndex(dialog.choices[0].findData(unit_name(1)))
        dialog.accept()

    when_modal(DoubtfulDialog, answer)
    with qtbot.waitSignal(window.desk_control.reviewed, timeout=TIMEOUT_MS):  # the intake's review
        drop(desk, [folder])
    # Before the answer: the file waits, the unit is not received.
    assert desk.review.row(unit_name(1)).status == MISSING
    assert "b.docx" in [desk.files.table.item(r, 0).text() for r in range(desk.files.table.rowCount())]
    with qtbot.waitSignal(window.desk_control.reviewed, timeout=TIMEOUT_MS):  # the review after the answer
        pass
    assert asked and unit_name(1) in asked[0] and asked[0][0] != unit_name(1)  # "decide later" comes first
    assert desk.review.row(unit_name(1)).status == RECEIVED and desk.review.row(unit_name(1)).file == "b.docx"
    assert desk.review.doubtful == [] and not desk.files.confirm_button.isEnabled()
    close_window(window)


def test_cancel_keeps_what_was_read_and_the_next_intake_reads_the_rest(qtbot, db_path, tmp_path):
    count = 24
    folder = tmp_path / "many"
    folder.mkdir()
    for index in range(count):
        write_as(unit_report(index), "published_html", folder / f"{index:02d}.html")
    _batch(db_path, count)
    window = _opened(qtbot, db_path)
    desk, control = window.desk, window.desk_control

    def cancel_at_first_step(done: int, total: int) -> None:
        if 0 < done < total and desk.intake.cancel_button.isEnabled():
            qtbot.mouseClick(desk.intake.cancel_button, Qt.MouseButton.LeftButton)

    desk.intake.stepped.connect(cancel_at_first_step)
    with qtbot.waitSignal(control.reviewed, timeout=TIMEOUT_MS):
        drop(desk, [folder])
    desk.intake.stepped.disconnect(cancel_at_first_step)
    first = [u.name for u in desk.review.units if u.status != MISSING]
    assert 0 < len(first) < count and desk.review.cancelled
    assert "cancelled" in desk.counts.text()
    with qtbot.waitSignal(control.reviewed, timeout=TIMEOUT_MS):
        drop(desk, [folder])
    assert [u.status for u in desk.review.units] == [RECEIVED] * count
    # The files read before were known by their SHA-256 and not read again.
    assert sorted(d.file for d in control.duplicates) == sorted(f"{i:02d}.html" for i in range(count)
                                                                if unit_name(i) in first)
    close_window(window)


@pytest.fixture
def summed_batch(db_path, tmp_path) -> dict:
    folder = tmp_path / "in"
    folder.mkdir()
    reports = {i: unit_report(i) for i in range(4)}
    reports[2] = with_cells(reports[2], {"t2.fees.amount": None})  # a blank cell: named, not counted as 0
    for index, report in reports.items():
        write_as(report, "json", folder / f"{index}.json")
    _batch(db_path, 4)
    return {"folder": folder, "reports": reports}


def test_the_roll_up_of_the_units_ticked_and_the_local_report_from_it(qtbot, db_path, summed_batch, monkeypatch):
    window = _opened(qtbot, db_path)
    desk, control = window.desk, window.desk_control
    with qtbot.waitSignal(control.rolled_up, timeout=TIMEOUT_MS):
        drop(desk, [summed_batch["folder"]])
    desk.tabs.setCurrentWidget(desk.rollup)
    rollup = desk.rollup
    assert rollup.rollup.units == [unit_name(i) for i in range(4)]
    assert rollup.rollup.blank_in["t2.fees.amount"] == [unit_name(2)]
    # Untick unit 3: the sums are those of units 0–2, computed here from their cells.
    item = rollup.units.findItems(unit_name(3), Qt.MatchFlag.MatchExactly)[0]
    with qtbot.waitSignal(control.rolled_up, timeout=TIMEOUT_MS):
        item.setCheckState(Qt.CheckState.Unchecked)
    kept = [summed_batch["reports"][i] for i in range(3)]
    cells = kept[0].format.cells
    expected = {}
    for cid, spec in cells.items():
        values = [parse_value(spec.kind, r.value(cid)) for r in kept if r.value(cid).strip()]
        if values:
            expected[cid] = sum(values[1:], values[0])
    assert rollup.rollup.units == [unit_name(i) for i in range(3)]
    assert rollup.rollup.cells == expected and "t2.fees.amount" in expected
    # On screen, row by row in the format's order: the sum, and the unit that left the fee blank named.
    shown = [rollup.sums.item(r, 3).text() for r in range(rollup.sums.rowCount())]
    assert shown == [str(expected[cid]) if cid in expected else "" for cid in cells]
    fee_row = list(cells).index("t2.fees.amount")
    assert rollup.sums.item(fee_row, 5).text() == unit_name(2)
    assert rollup.charts.chart_titles()  # the 图解 of the sums

    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("某某县人民政府", True))
    with qtbot.waitSignal(window.report_opened, timeout=30_000):
        qtbot.mouseClick(rollup.start_button, Qt.MouseButton.LeftButton)
    report = window.session.report
    assert (report.agency, report.year) == ("某某县人民政府", 2025)
    assert report.value("t3.new.total") == str(rollup.rollup.cells["t3.new.total"])
    assert window.stack.currentWidget() is window.area
    close_window(window)


def test_the_batch_is_there_on_the_next_visit_and_can_be_deleted(qtbot, db_path, summed_batch, monkeypatch):
    window = _opened(qtbot, db_path)
    with qtbot.waitSignal(window.desk_control.reviewed, timeout=TIMEOUT_MS):
        drop(window.desk, [summed_batch["folder"]])
    close_window(window)
    window = _opened(qtbot, db_path)
    desk = window.desk
    assert "4 units, 4 files" in desk.batch_combo.currentText()
    assert [u.status for u in desk.review.units] == [RECEIVED] * 4
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(desk.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: desk.first_new.isVisible(), timeout=10_000)
    with Database.open(db_path) as db:
        assert review_desk.batches(ReportStore(db)) == []
    close_window(window)
