"""The 版本 dialog driven as a clerk would: choose versions, compare them side by side, restore, save and sign;
its requests are answered here by a real store, as the main window will."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.compare import compare
from disclosure_desktop.domain.report import Cell, CellSource
from disclosure_desktop.gui.dialogs.versions import WORKING, VersionsDialog
from disclosure_desktop.storage.repository import ReportStore
from tests.helpers.database import restore_as_the_window_does, store_with_example
from tests.helpers.dialogs import in_sign_dialog, select_rows
from tests.helpers.keys import type_date, type_text


@pytest.fixture
def store(db_path: Path) -> Iterator[ReportStore]:
    yield from store_with_example(db_path)


def wired(qtbot, store: ReportStore) -> VersionsDialog:
    """The dialog with its signals answered the way the main window's hooks answer them."""
    dialog = VersionsDialog(store.load(1).display_title)
    qtbot.addWidget(dialog)

    def load(version_id: int):
        return store.load(1) if version_id == WORKING else store.load_version(version_id)

    def compared(older: int, newer: int) -> None:
        dialog.show_comparison(compare(load(older), load(newer)), dialog.version_name(older),
                               dialog.version_name(newer))

    def restore(version_id: int) -> None:
        restore_as_the_window_does(store, 1, version_id)
        dialog.set_versions(store.versions(1))

    def snapshot(name: str) -> None:
        store.snapshot(1, name=name)
        dialog.set_versions(store.versions(1))

    def sign(by: str, reviewer: str, day: str) -> None:
        import datetime as dt

        store.sign(1, by, reviewed_by=reviewer, reviewed_on=dt.date.fromisoformat(day) if day else None)
        dialog.set_versions(store.versions(1))

    dialog.compare_requested.connect(compared)
    dialog.restore_requested.connect(restore)
    dialog.snapshot_requested.connect(snapshot)
    dialog.sign_requested.connect(sign)
    dialog.set_versions(store.versions(1))
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_save_edit_compare_shows_the_changed_cell_and_paragraph_side_by_side(qtbot, store: ReportStore) -> None:
    dialog = wired(qtbot, store)
    assert "No saved versions yet" in dialog.heading.text()
    type_text(dialog.name_edit, "报送上级前")
    qtbot.mouseClick(dialog.snapshot_button, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 2).text() == "报送上级前"
    old_value = store.load(1).value("t3.new.natural")
    store.apply(1, Changes(cells={"t3.new.natural": Cell("706", CellSource.TYPED)},
                           sections={"other_matters": store.load(1).text("other_matters") + "\n另补充一项说明。"}))
    select_rows(dialog, 0)
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    shown = dialog.view.toPlainText()
    assert "Working copy" in dialog.heading.text() and "报送上级前" in dialog.heading.text()
    assert "自然人" in shown and old_value in shown and "706" in shown
    assert "另补充一项说明。" in shown and "Paragraph added" in shown
    # The part with the table comes before the later part, as the report prints them.
    assert shown.index("706") < shown.index("另补充一项说明。")


def test_two_versions_are_compared_with_each_other(qtbot, store: ReportStore) -> None:
    store.snapshot(1, name="一稿")
    store.apply(1, Changes(fields={"title": "修订后的标题"}))
    store.snapshot(1, name="二稿")
    dialog = wired(qtbot, store)
    select_rows(dialog, 0, 1)
    assert dialog.restore_button.isEnabled() is False and dialog.compare_button.isEnabled()
    qtbot.mouseClick(dialog.compare_button, Qt.MouseButton.LeftButton)
    heading = dialog.heading.text()
    assert heading.index("一稿") < heading.index("二稿")
    assert "修订后的标题" in dialog.view.toPlainText()


def test_restore_asks_then_brings_the_version_back(qtbot, store: ReportStore, monkeypatch) -> None:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    original = store.load(1)
    store.snapshot(1, name="原稿")
    store.apply(1, Changes(cells={"t3.new.natural": Cell("1", CellSource.TYPED)}))
    dialog = wired(qtbot, store)
    select_rows(dialog, 0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert asked and "saved as a version first" in asked[0]
    assert not compare(original, store.load(1))
    assert [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())] == [
        "Before a restore", "Saved by hand"]


def test_restore_is_not_requested_when_the_clerk_says_no(qtbot, store: ReportStore, monkeypatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    store.snapshot(1)
    dialog = wired(qtbot, store)
    requested: list[int] = []
    dialog.restore_requested.connect(requested.append)
    select_rows(dialog, 0)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert requested == []


def test_sign_needs_a_name_and_shows_the_signed_version(qtbot, store: ReportStore) -> None:
    import datetime as dt

    from PySide6.QtCore import QDate

    dialog = wired(qtbot, store)
    assert dialog.sign_button.isEnabled() and not dialog.print_sheet_button.isEnabled()
    checked: list[bool] = []

    def fill(sign) -> None:
        checked.append(sign.sign_button.isEnabled())  # no signer yet
        assert sign.review_date.calendarPopup() and sign.review_date.date() == QDate.currentDate()
        type_text(sign.signer_edit, "张三")
        type_text(sign.reviewer_edit, "李四")
        type_date(qtbot, sign.reviewer_edit, sign.review_date, "2026-01-18")
        checked.append(sign.sign_button.isEnabled())
        qtbot.mouseClick(sign.sign_button, Qt.MouseButton.LeftButton)

    in_sign_dialog(qtbot, fill)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert checked == [False, True]
    assert dialog.table.item(0, 1).text() == "Signed (签发)"
    assert dialog.table.item(0, 2).text() == "Signed by 张三"
    assert dialog.table.item(0, 0).font().bold()
    assert store.list_reports()[0].signed
    info = store.versions(1)[0]
    assert (info.signed_by, info.reviewed_by, info.reviewed_on) == ("张三", "李四", dt.date(2026, 1, 18))
    select_rows(dialog, 0)
    assert dialog.print_sheet_button.isEnabled()


def test_cancelling_the_sign_dialog_signs_nothing(qtbot, store: ReportStore) -> None:
    dialog = wired(qtbot, store)

    def fill(sign) -> None:
        type_text(sign.signer_edit, "张三")
        sign.reject()

    in_sign_dialog(qtbot, fill)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert store.versions(1) == [] and dialog.table.rowCount() == 0

