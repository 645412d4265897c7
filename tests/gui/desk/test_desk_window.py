"""The 公开办's desk in the window, as the office's clerk uses it (spec §13): a batch created from the welcome page
with the units typed in, a folder dropped on it with the progress shown, 只看有问题的, a unit opened read-only with
its review page, the summary exported as .xlsx, a 问题明细清单 as PDF and Word, and a unit set to 退回修改 — whose
remarks file is the §12 format and opens in the unit's own program (`remarks`), its items on the report's review
page beside the program's own problems."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import docx
import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from disclosure_desktop.domain.remarks import read_remarks
from disclosure_desktop.gui.desk.batch_dialog import BatchDialog
from disclosure_desktop.gui.desk.decision_dialog import DecisionDialog
from disclosure_desktop.messages import message
from disclosure_desktop.review.batch import MISSING, RETURNED
from disclosure_desktop.review.summary_table import COLUMNS
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.review_store import ReviewStore
from tests.helpers.cli import cli
from tests.helpers.database import store_reports
from tests.helpers.desk import BALANCE, LATE, LISTED, MISSING_UNITS, REGION, county_folder, drop, units_text
from tests.helpers.dialogs import when_modal
from tests.helpers.keys import type_text
from tests.helpers.review_batch import unit_name
from tests.helpers.window import click_section, close_window, open_report, open_window

TIMEOUT_MS = 240_000  # reading in processes on a busy two-core machine


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return county_folder(tmp_path_factory.mktemp("desk"))


def _shown_units(workspace) -> list[str]:
    return [row.name for row in workspace.shown_rows()]


def _new_batch(qtbot, window) -> None:
    def fill(dialog: BatchDialog) -> None:
        dialog.region_edit.clear()
        type_text(dialog.region_edit, REGION)
        dialog.year_spin.setValue(2025)
        type_text(dialog.lines, units_text())
        qtbot.waitUntil(lambda: dialog.create_button.isEnabled(), timeout=5000)
        assert dialog.found.text().startswith(f"{LISTED} unit(s)")
        qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    seen = when_modal(BatchDialog, fill)
    with qtbot.waitSignal(window.desk_control.reviewed, timeout=TIMEOUT_MS):
        qtbot.mouseClick(window.desk.first_new, Qt.MouseButton.LeftButton)
    assert seen


def _take_in(qtbot, window, folder: Path) -> list[tuple[int, int]]:
    steps: list[tuple[int, int]] = []
    window.desk.intake.stepped.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(window.desk_control.reviewed, timeout=TIMEOUT_MS):
        drop(window.desk, [folder])
        assert window.desk.intake.isVisible()  # the bar is up while the files are read
    assert not window.desk.intake.isVisible()
    return steps


def _save_as(monkeypatch, path: Path, chosen: str = "") -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), chosen))


def test_batch_intake_filter_unit_exports_and_return(qtbot, db_path, tmp_path, county, monkeypatch, capsys):
    window = open_window(qtbot, db_path)
    window.resize(1366, 768)
    qtbot.mouseClick(window.reports.welcome_desk, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.desk
    desk = window.desk
    qtbot.waitUntil(lambda: desk.first_new.isVisible(), timeout=10_000)  # no batch yet: the desk says how to start
    _new_batch(qtbot, window)
    assert _shown_units(desk) == county["units"]
    assert {r.status for r in desk.model.rows} == {MISSING}  # nothing received yet: every unit in red

    steps = _take_in(qtbot, window, county["folder"])
    # Seven files to read: six reports and the notice (the file sent twice is known by its SHA-256 first).
    assert {total for _done, total in steps} == {7} and steps[-1] == (7, 7), steps

    rows = {r.name: r for r in desk.model.rows}
    assert [n for n, r in rows.items() if r.status == MISSING] == [unit_name(i) for i in MISSING_UNITS]
    assert [n for n, r in rows.items() if r.late] == [unit_name(LATE)]
    assert [n for n, r in rows.items() if r.errors] == [unit_name(BALANCE)]
    missing_row = desk.model.rows.index(rows[unit_name(MISSING_UNITS[0])])
    colour = desk.model.data(desk.model.index(missing_row, 0), Qt.ItemDataRole.ForegroundRole).color()
    assert colour.red() > 150 and colour.green() < 80  # red
    assert desk.tabs.tabText(2).endswith("(2)")  # the notice and the file sent twice
    files = {desk.files.table.item(r, 0).text(): desk.files.table.item(r, 1).text()
             for r in range(desk.files.table.rowCount())}
    assert set(files) == {"通知.docx", "补报/再次报送.docx"}
    assert "SHA-256" in files["补报/再次报送.docx"]

    qtbot.mouseClick(desk.problems_only, Qt.MouseButton.LeftButton, pos=desk.problems_only.rect().center())
    assert desk.problems_only.isChecked()
    assert set(_shown_units(desk)) == county["problems"]
    assert desk.shown.text() == f"{len(county['problems'])} of {LISTED} shown"

    # Open the unit whose table 三 does not balance: its report, read-only, beside its review page.
    balance = unit_name(BALANCE)
    row = next(r for r in range(desk.proxy.rowCount()) if desk.proxy.row_at(desk.proxy.index(r, 0)).name == balance)
    desk.table.setCurrentIndex(desk.proxy.index(row, 0))
    desk.table.setFocus()
    qtbot.keyClick(desk.table, Qt.Key.Key_Return)
    assert desk.pages.currentWidget() is desk.unit
    unit = desk.unit
    assert unit.title.text() == balance
    qtbot.waitUntil(lambda: balance in unit.preview.html, timeout=30_000)
    assert [p.message for p in unit.checklist.problems] == [p.message for p in rows[balance].counted]
    assert {p.rule for p in unit.checklist.problems} == {"T3-BALANCE"}
    # One line of the 问题明细清单: the identities, each failing identity as a finding in words.
    assert unit.issues.rowCount() == 1
    assert unit.issues.item(0, 2).text().split("\n") == [p.message for p in rows[balance].counted]
    assert unit.issues.item(0, 0).text() and unit.issues.item(0, 3).text()

    # The 问题明细清单 as PDF and as Word, with a remark of the reviewer's own.
    type_text(unit.remarks, "请同时核对表二数据")
    pdf = tmp_path / "清单.pdf"
    _save_as(monkeypatch, pdf)
    with qtbot.waitSignal(window.desk_control.outputs.written, timeout=60_000):
        qtbot.mouseClick(unit.pdf_button, Qt.MouseButton.LeftButton)
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert balance in text and "问题明细" in text and "整改要求" in text and "请同时核对表二数据" in text
    word = tmp_path / "清单.docx"
    _save_as(monkeypatch, word)
    with qtbot.waitSignal(window.desk_control.outputs.written, timeout=60_000):
        qtbot.mouseClick(unit.word_button, Qt.MouseButton.LeftButton)
    cells = [c.text for t in docx.Document(str(word)).tables for r in t.rows for c in r.cells]
    assert message("review.issues.col.indicator") in cells and any("请同时核对表二数据" in c for c in cells)

    # 退回修改: the remarks file written, the status kept, the row says so.
    remarks_path = tmp_path / "意见" / "财政局审核意见.json"
    remarks_path.parent.mkdir()

    def answer(dialog: DecisionDialog) -> None:
        dialog.reviewer_edit.clear()
        type_text(dialog.reviewer_edit, "李四")
        dialog.path_edit.selectAll()
        type_text(dialog.path_edit, str(remarks_path))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(DecisionDialog, answer)
    with qtbot.waitSignal(window.desk_control.outputs.decided, timeout=60_000) as decided:
        qtbot.mouseClick(unit.return_button, Qt.MouseButton.LeftButton)
    assert decided.args == [balance, RETURNED]
    assert unit.status.text() == message("review.status.returned")
    document = json.loads(remarks_path.read_text("utf-8"))
    _is_section_12_remarks(document)
    remarks = read_remarks(remarks_path.read_bytes(), remarks_path.name)  # as the unit's program reads it
    assert (remarks.agency, remarks.year, remarks.verdict, remarks.reviewer) == (balance, 2025, "退回修改", "李四")
    # The items are the unit's own problems at their cells, then the reviewer's remark.
    assert [(i["rule"], i["location"]) for i in remarks.items] == [
        *((p.rule, p.location) for p in rows[balance].counted), ("REMARK", "report")]
    assert set(remarks.items[0]["cells"]) >= {"t3.carried_out.natural"}
    assert (remarks_path.parent / "财政局审核意见-问题明细清单.pdf").exists()
    qtbot.waitUntil(lambda: "退回修改" in unit.sent.text(), timeout=10_000)

    qtbot.mouseClick(unit.back_button, Qt.MouseButton.LeftButton)
    status_column = [c.id for c in COLUMNS].index("status")
    shown = {desk.proxy.row_at(desk.proxy.index(r, 0)).name: desk.proxy.index(r, status_column).data()
             for r in range(desk.proxy.rowCount())}
    assert shown[balance] == message("review.status.returned")

    # The summary as .xlsx: one row a unit, the columns of §13, the roll-up beside it.
    book_path = tmp_path / "汇总.xlsx"
    _save_as(monkeypatch, book_path, "Excel workbook (*.xlsx)")
    desk.problems_only.setChecked(False)
    with qtbot.waitSignal(window.desk_control.outputs.written, timeout=60_000):
        qtbot.mouseClick(desk.export_button, Qt.MouseButton.LeftButton)
    book = openpyxl.load_workbook(book_path)
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header == [c.header for c in COLUMNS]
    units = [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)]
    assert units == county["units"]
    by_unit = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    assert by_unit[balance][header.index(message("review.col.status"))] == message("review.status.returned")
    assert message("review.sheet.rollup") in book.sheetnames

    # The decision is in the database: a window opened on it again shows it.
    close_window(window)
    with Database.open(db_path) as db:
        store = ReviewStore(db)
        [info] = store.batches()
        batch = store.load_batch(info.id)
        assert {u.name: u.status for u in batch.units}[balance] == RETURNED
        [kept] = store.remarks(info.id, balance)
        assert kept.path == str(remarks_path) and json.loads(kept.content) == document
    QApplication.processEvents()

    # The unit's own program opens the file (`remarks`): its items on the report's review page, its state 退回修改.
    unit_db = tmp_path / "unit.sqlite"
    [rid] = store_reports(unit_db, county["reports"][BALANCE])
    assert cli(capsys, unit_db, "remarks", str(rid), str(remarks_path)) == (0, f"{len(document['items'])}\n", "")
    listed = {line.split("\t")[0]: line.split("\t")[5] for line in cli(capsys, unit_db, "list")[1].splitlines()}
    assert listed[str(rid)] == "退回修改"
    unit_window = open_report(qtbot, unit_db, rid)
    page = unit_window.review
    click_section(qtbot, unit_window, "review")
    shown = [p for item in page.problem_items() if (p := page.problem_of(item)).remark]
    assert [(p.rule, p.message) for p in shown] == [(i["rule"], i["message"]) for i in document["items"]]
    close_window(unit_window)


def _is_section_12_remarks(document: dict) -> None:
    """Spec §12's remarks file, key for key and type for type."""
    assert set(document) == {"remarks", "agency", "year", "version", "reviewer", "date", "verdict", "items"}
    assert document["remarks"] == 1 and isinstance(document["year"], int)
    assert document["version"] is None or isinstance(document["version"], int)
    assert document["verdict"] in ("退回修改", "通过")
    for item in document["items"]:
        assert set(item) == {"rule", "location", "cells", "message"}
        assert isinstance(item["cells"], list) and all(isinstance(c, str) for c in item["cells"])
        assert item["message"]


def test_sorting_puts_blank_last_and_the_worst_first(qtbot, db_path, county):
    """A click on 错误 sorts the units with errors first; a column's blank cells (units not received) stay last."""
    window = open_window(qtbot, db_path)
    window.show_desk()
    qtbot.waitUntil(lambda: window.desk.first_new.isVisible(), timeout=10_000)
    _new_batch(qtbot, window)
    _take_in(qtbot, window, county["folder"])
    desk = window.desk
    errors = [c.id for c in COLUMNS].index("errors")
    desk.table.sortByColumn(errors, Qt.SortOrder.DescendingOrder)
    names = _shown_units(desk)
    assert names[0] == unit_name(BALANCE)
    assert names[-2:] == [unit_name(i) for i in MISSING_UNITS] or set(names[-2:]) == {
        unit_name(i) for i in MISSING_UNITS}
    desk.table.sortByColumn(errors, Qt.SortOrder.AscendingOrder)
    assert set(_shown_units(desk)[-2:]) == {unit_name(i) for i in MISSING_UNITS}
    # The rows chosen are the ones whose issue lists are written.
    desk.table.selectionModel().select(desk.proxy.index(0, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                       | QItemSelectionModel.SelectionFlag.Rows)
    assert [r.name for r in desk.selected_rows()] == [_shown_units(desk)[0]]
    close_window(window)
