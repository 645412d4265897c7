"""Where the export dialog writes: the suffix follows the format, an existing file is replaced only after asking,
a missing default folder falls back to one that exists, and every failure is a sentence, never a traceback."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QStandardPaths, Qt
from PySide6.QtWidgets import QMessageBox

from disclosure_desktop.gui.dialogs.export import SETTING_FOLDER, ExportDialog, default_folder, with_format_suffix
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from disclosure_desktop.workflows.example_report import example_report
from tests.helpers.dialogs import choose, export_through_workflow
from tests.helpers.keys import type_text
from tests.helpers.paths import ROOT


@pytest.fixture
def told(monkeypatch) -> list[str]:
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: messages.append(a[2]))
    return messages


def dialog_for(qtbot, db_path: Path) -> ExportDialog:
    dialog = ExportDialog(example_report(), [])
    export_through_workflow(dialog, db_path, example_report())
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def export(qtbot, dialog: ExportDialog) -> None:
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)


@pytest.mark.parametrize(
    ("typed", "fmt", "written"),
    [
        ("报告.doc", "docx", "报告.docx"),
        ("报告.docx", "pdf", "报告.pdf"),
        ("报告", "html", "报告.html"),
        ("报告.2025", "json", "报告.2025.json"),
        ("报告.HTML", "html", "报告.HTML"),
    ],
)
def test_the_suffix_follows_the_format(
    qtbot, db_path: Path, tmp_path: Path, told: list[str], typed: str, fmt: str, written: str
) -> None:
    assert with_format_suffix(
        Path(typed), {"docx": ".docx", "pdf": ".pdf", "html": ".html", "json": ".json"}[fmt]
    ) == Path(written)
    out = tmp_path / "导出"
    out.mkdir()
    dialog = dialog_for(qtbot, db_path)
    choose(qtbot, dialog, fmt, out / typed)
    export(qtbot, dialog)
    assert told == [] and dialog.exported_to == out / written and (out / written).exists()
    assert sorted(p.name for p in out.iterdir()) == [written]


def test_an_empty_path_or_a_folder_is_explained(qtbot, db_path: Path, tmp_path: Path, told: list[str]) -> None:
    dialog = dialog_for(qtbot, db_path)
    dialog.path_edit.clear()
    export(qtbot, dialog)
    assert told == ["Give a file name to export to."] and dialog.result() == 0
    choose(qtbot, dialog, "pdf", tmp_path)
    export(qtbot, dialog)
    assert "is a folder" in told[1] and dialog.exported_to is None


def test_an_existing_file_is_replaced_only_after_asking(
    qtbot, db_path: Path, tmp_path: Path, told: list[str], monkeypatch
) -> None:
    target = tmp_path / "年报.json"
    target.write_text("旧文件", "utf-8")
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or answers.pop(0))
    dialog = dialog_for(qtbot, db_path)
    choose(qtbot, dialog, "json", target)
    export(qtbot, dialog)
    assert asked == ["年报.json already exists. Replace it?"]
    assert target.read_text("utf-8") == "旧文件" and dialog.exported_to is None
    export(qtbot, dialog)
    assert len(asked) == 2 and dialog.exported_to == target and target.read_text("utf-8").startswith("{")
    assert dialog.exported_format == "json" and dialog.exported_at is not None


def test_a_missing_default_folder_falls_back_to_one_that_exists(
    qtbot, db_path: Path, tmp_path: Path, monkeypatch
) -> None:
    QSettings().setValue(SETTING_FOLDER, str(tmp_path / "gone"))
    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda *_: str(tmp_path / "no-documents"))
    monkeypatch.setattr(Path, "home", lambda: tmp_path)
    assert default_folder(str(tmp_path / "gone")) == tmp_path
    dialog = dialog_for(qtbot, db_path)
    assert Path(dialog.path_edit.text()).parent == tmp_path


def test_a_missing_folder_in_the_typed_path_is_explained(qtbot, db_path: Path, tmp_path: Path, told: list[str]) -> None:
    dialog = dialog_for(qtbot, db_path)
    choose(qtbot, dialog, "html", tmp_path / "没有" / "年报.html")
    export(qtbot, dialog)
    assert told == [f"The folder {tmp_path / '没有'} does not exist."]


@pytest.mark.skipif(os.geteuid() != 0 or not Path("/usr/bin/setpriv").exists(), reason="needs root and setpriv")
def test_an_unwritable_folder_is_explained_in_the_ui_language() -> None:
    # Root ignores permissions: the export runs as nobody, as a clerk without rights to the folder would.
    import tempfile

    home = Path(tempfile.mkdtemp(prefix="i8-nobody-"))
    os.chmod(home, 0o777)
    folder = home / "只读"
    folder.mkdir()
    os.chmod(folder, 0o555)
    tmp_path = home
    script = (
        "import sys; from PySide6.QtWidgets import QApplication, QMessageBox; app = QApplication([]);"
        "from disclosure_desktop.messages import set_language; set_language('zh');"
        "from disclosure_desktop.workflows.example_report import example_report;"
        "from disclosure_desktop.gui.dialogs.export import ExportDialog;"
        "told = []; QMessageBox.critical = lambda *a, **k: told.append(a[2]);"
        "from tests.helpers.dialogs import export_through_workflow; from pathlib import Path;"
        "d = ExportDialog(example_report(), []); d.path_edit.setText(sys.argv[1]);"
        "export_through_workflow(d, Path(sys.argv[2]), example_report());"
        "[b for b in d.format_buttons.buttons() if b.objectName() == 'format_json'][0].setChecked(True);"
        "d._export(); print(told[0])"
    )
    root = ROOT
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_RUNTIME_DIR": str(tmp_path)}
    try:
        done = subprocess.run(
            [
                "setpriv",
                "--reuid=nobody",
                "--regid=nogroup",
                "--clear-groups",
                str(root / ".venv" / "bin" / "python"),
                "-c",
                script,
                str(folder / "年报.json"),
                str(home / "reports.sqlite"),
            ],
            capture_output=True,
            text=True,
            env=env,
            cwd=root,
            timeout=60,
        )
    finally:
        shutil.rmtree(home, ignore_errors=True)
    assert done.returncode == 0, done.stderr
    assert "没有权限" in done.stdout and "Permission denied" not in done.stdout


def test_typing_a_path_with_chinese_keeps_it(qtbot, db_path: Path, tmp_path: Path, told: list[str]) -> None:
    dialog = dialog_for(qtbot, db_path)
    dialog.path_edit.selectAll()
    type_text(dialog.path_edit, str(tmp_path / "某某县年报"))
    export(qtbot, dialog)
    assert dialog.exported_to == tmp_path / "某某县年报.pdf" and told == []


def test_a_version_exported_from_the_dialog_is_the_same_bytes_each_time(
    qtbot, db_path: Path, tmp_path: Path, told: list[str]
) -> None:
    report = example_report()
    with Database.open(db_path) as db:
        store = ReportStore(db)
        rid = store.create(report)
        version = store.snapshot(rid, name="一稿")
        signed_at = store.version_info(version).created_at
    written = []
    for name in ("一.docx", "二.docx"):
        dialog = ExportDialog(report, [], version_id=version)
        export_through_workflow(dialog, db_path, report, rid)
        qtbot.addWidget(dialog)
        choose(qtbot, dialog, "docx", tmp_path / name)
        export(qtbot, dialog)
        written.append((tmp_path / name).read_bytes())
    assert written[0] == written[1] and told == []
    from disclosure_desktop.export import registry

    assert written[0] == registry.render(report, "docx", moment=signed_at)  # dated as the version


@pytest.mark.parametrize(
    ("typed", "fmt", "written"),
    [("区政府办2025.1版", "docx", "区政府办2025.1版.docx"), ("年报.pdf", "html", "年报.html")],
)
def test_choosing_the_format_after_typing_the_name_keeps_the_name(
    qtbot, db_path: Path, tmp_path: Path, told: list[str], typed: str, fmt: str, written: str
) -> None:
    from tests.helpers.dialogs import click, format_button

    out = tmp_path / "导出"
    out.mkdir()
    dialog = dialog_for(qtbot, db_path)
    dialog.path_edit.selectAll()
    type_text(dialog.path_edit, str(out / typed))
    click(qtbot, format_button(dialog, fmt))
    assert dialog.path_edit.text() == str(out / written)
    dialog.open_folder.setChecked(False)
    export(qtbot, dialog)
    assert told == [] and sorted(p.name for p in out.iterdir()) == [written]


def test_choosing_a_format_with_only_a_folder_typed_is_no_traceback(qtbot, db_path: Path, told: list[str]) -> None:
    from tests.helpers.dialogs import click, format_button

    dialog = dialog_for(qtbot, db_path)
    dialog.path_edit.selectAll()
    type_text(dialog.path_edit, "/")
    click(qtbot, format_button(dialog, "json"))  # pytest-qt fails the test on an exception in the slot
    assert dialog.path_edit.text() == "/"
    export(qtbot, dialog)
    assert told and "is a folder" in told[0]
