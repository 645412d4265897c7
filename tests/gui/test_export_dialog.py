"""The export dialog writes the chosen format where the clerk says, asks first when errors remain, changes nothing."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import docx
from PySide6.QtCore import Qt

from disclosure_desktop.domain.checks.engine import check_report
from disclosure_desktop.domain.report import Cell
from disclosure_desktop.gui.dialogs.export import ExportDialog
from disclosure_desktop.workflows.example_report import example_report
from tests.helpers.dialogs import choose, click, export_through_workflow, format_button


def test_suggested_name_comes_from_agency_and_year(qtbot, db_path):
    report = example_report()
    dialog = ExportDialog(report, [])
    qtbot.addWidget(dialog)
    export_through_workflow(dialog, db_path, report)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert Path(dialog.path_edit.text()).name == f"{report.display_title}.pdf"
    click(qtbot, format_button(dialog, "docx"))
    assert Path(dialog.path_edit.text()).suffix == ".docx"


def test_clean_report_exports_word_with_numbers_in_place(qtbot, tmp_path, db_path):
    report = example_report()
    problems = check_report(report)
    assert not [p for p in problems if p.severity == "error"]
    dialog = ExportDialog(report, problems)
    qtbot.addWidget(dialog)
    export_through_workflow(dialog, db_path, report)
    dialog.show()
    qtbot.waitExposed(dialog)
    target = tmp_path / "年报.docx"
    choose(qtbot, dialog, "docx", target)
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.exported_to == target and target.exists()
    text = "\n".join(c.text for t in docx.Document(str(target)).tables for row in t.rows for c in row.cells)
    assert report.value("t3.new.total") in text


def test_errors_are_listed_and_must_be_confirmed_and_nothing_is_corrected(qtbot, tmp_path, db_path):
    report = example_report()
    report.cells["t3.new.total"] = Cell("999")  # a wrong total, as stated
    before = copy.deepcopy(report)
    problems = check_report(report)
    dialog = ExportDialog(report, problems)
    qtbot.addWidget(dialog)
    export_through_workflow(dialog, db_path, report)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.problem_list.count() >= 1
    assert any("999" in dialog.problem_list.item(i).text() for i in range(dialog.problem_list.count()))
    target = tmp_path / "data.json"
    choose(qtbot, dialog, "json", target)
    assert not dialog.export_button.isEnabled()
    click(qtbot, dialog.confirm)
    assert dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert json.loads(target.read_text("utf-8"))["cells"]["t3.new.total"] == 999
    assert report == before


def test_pdf_choice_names_the_faces_it_will_use(qtbot, db_path):
    dialog = ExportDialog(example_report(), [])
    qtbot.addWidget(dialog)
    export_through_workflow(dialog, db_path, dialog._report)
    dialog.show()
    qtbot.waitExposed(dialog)
    click(qtbot, format_button(dialog, "pdf"))
    assert "仿宋" in dialog.fonts_label.text()


def test_preflight_names_only_the_emoji_and_the_rare_character(qtbot, db_path):
    from tests.helpers.fonts import COMMON, EMOJI, RARE, fontconfig_has

    if fontconfig_has(EMOJI) or fontconfig_has(RARE):
        import pytest

        pytest.skip("this machine has a face for the emoji or the rare character")
    report = example_report()
    report.sections["problems"] = f"答复{EMOJI}仍需改进，“{RARE}”字暂无。{COMMON}"
    dialog = ExportDialog(report, [])
    qtbot.addWidget(dialog)
    export_through_workflow(dialog, db_path, report)
    dialog.show()
    qtbot.waitExposed(dialog)
    click(qtbot, format_button(dialog, "pdf"))
    assert dialog.missing_characters == [EMOJI, RARE]
    shown = dialog.fonts_label.text().rsplit("\n", 1)[-1]
    assert shown.endswith(f"{EMOJI} {RARE}")
    assert not set(COMMON) & set(shown.split("：")[-1])
