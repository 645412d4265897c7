"""Every row and column label of every table is drawn whole — wrapped to more lines where its cell is narrow,
never cut to 「结…」 — in the real window with the program's own look (its UI faces at 10 pt, and at a desktop's
larger 12 pt) at 1366×768 with the preview shown and at 1024×700 (preview folded, and opened), in Chinese and
English; the whole label is its tooltip and accessible name."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem

from disclosure_desktop.gui.table.label_lines import label_lines
from disclosure_desktop.gui.window.appearance import apply_appearance
from tests.helpers.window import close_window, open_window, start_report

SIZES = [(1366, 768, True), (1024, 700, False), (1024, 700, True)]


def settle() -> None:
    for _ in range(4):
        QApplication.processEvents()


def label_faults(view, painted: dict) -> list[str]:
    """What is wrong with the labels of one table as painted (and, for those scrolled out of view, as they would
    be painted in their cells)."""
    model, delegate = view.model(), view.itemDelegate()
    faults: list[str] = []
    for cell in model.grid.cells:
        if cell.kind == "value" or not cell.text:
            continue
        index = model.index(cell.row, cell.col)
        rect = view.visualRect(index)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = rect
        where = f"{cell.text!r} at {cell.row},{cell.col} in {rect.width()}×{rect.height()}"
        if model.data(index, Qt.ItemDataRole.ToolTipRole) != cell.text:
            faults.append(f"no whole tooltip: {where}")
        if model.data(index, Qt.ItemDataRole.AccessibleTextRole) != cell.text:
            faults.append(f"no whole accessible name: {where}")
        metrics = delegate.label_metrics(option, index)
        if cell.vertical:
            if metrics.height() * len(cell.text) > rect.height() or metrics.horizontalAdvance("中") > rect.width():
                faults.append(f"vertical label cut: {where}")
            continue
        lines = painted.get((cell.row, cell.col), delegate.label_lines(option, index))
        room = delegate.label_rect(option)
        if "".join(lines).replace(" ", "") != cell.text.replace(" ", "").replace("\n", ""):
            faults.append(f"not the whole label {lines}: {where}")
        for line in lines:
            if metrics.horizontalAdvance(line) > room.width() and len(line) > 1:
                faults.append(f"line {line!r} wider than its cell: {where}")
        if metrics.lineSpacing() * len(lines) > room.height() + 1:
            faults.append(f"{len(lines)} lines taller than the row: {where}")
    return faults


@pytest.fixture(params=[10.0, 12.0], ids=["10pt", "12pt"])
def program_look(request, qapp):
    """The program's stylesheet and UI faces at a point size, as the clerk's desktop gives it; then as before."""
    font, sheet = qapp.font(), qapp.styleSheet()
    apply_appearance(qapp)
    sized = qapp.font()
    sized.setPointSizeF(request.param)
    qapp.setFont(sized)
    yield request.param
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)


def test_every_label_is_drawn_whole(qtbot, db_path, ui_language, program_look):
    window = open_window(qtbot, db_path)
    start_report(qtbot, window, "welcome_example")
    faults: list[str] = []
    checked = 0
    for width, height, preview in SIZES:
        window.resize(width, height)
        settle()
        window.area.show_preview(preview)
        settle()
        assert window.area.preview.isVisible() == preview
        for page in window.wizard.pages():
            if not hasattr(page, "editor") or not hasattr(page.editor, "view"):
                continue
            window.area.go_to_page(page.key)
            settle()
            view = page.editor.view
            delegate = view.itemDelegate()
            painted: dict = {}
            measured = delegate.label_lines

            def record(option, index, measured=measured, painted=painted):
                lines = measured(option, index)
                painted[(index.row(), index.column())] = lines
                return lines

            delegate.label_lines = record
            view.viewport().grab()  # paints what is in view, through the delegate
            delegate.label_lines = measured
            assert painted, f"nothing painted on {page.key}"
            faults += [f"{width}×{height} preview={preview} {page.key}: {f}" for f in label_faults(view, painted)]
            checked += 1
    close_window(window)
    assert checked == 9  # three tables, three window sizes
    assert not faults, "\n".join(faults[:20])


@pytest.mark.parametrize(("text", "room", "expected"), [
    ("结果维持", 3, ["结果", "维持"]),
    ("结果维持", 1, ["结", "果", "维", "持"]),
    ("（三）不予公开", 4, ["（三）", "不予公开"]),
    ("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 10,
     ["（本列数据的勾稽关系", "为：第一项加第二项之", "和，等于第三项加第四", "项之和）"]),
    ("商业企业", 3, ["商业", "企业"]),
    ("申请人情况（机关）", 5, ["申请人情况", "（机关）"]),
])
def test_labels_break_into_whole_lines(text, room, expected):
    lines = label_lines(text, lambda t: len(t) <= room)
    assert lines == expected
    assert "".join(lines) == text


def test_a_closing_mark_never_starts_a_line():
    lines = label_lines("甲乙丙，丁戊己", lambda t: len(t) <= 3)
    assert all(not line.startswith("，") for line in lines) and "".join(lines) == "甲乙丙，丁戊己"
