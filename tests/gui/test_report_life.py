"""The report's life in the window (spec §12), driven as a clerk would: after 签发 an edit brings a bar onto every
page and the state into the title and above the section list; Export offers the signed version first — whose PDF
holds the signed numbers — and asks before the changed draft goes out; undoing the edit takes the bar away. The
office's remarks open on the review page beside the program's own problems, F8 reaches the sentence one quotes,
and marking one 已整改 is an undoable step kept with the report."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from disclosure_desktop.gui.dialogs.export import ExportDialog
from disclosure_desktop.gui.dialogs.publish import PublishDialog
from disclosure_desktop.gui.dialogs.versions import VersionsDialog
from disclosure_desktop.gui.window import life_control
from disclosure_desktop.gui.wizard.review_checklist import CRITERION_ROLE
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore
from disclosure_desktop.workflows import submission, versions
from tests.helpers.database import create
from tests.helpers.dialogs import choose, click, when_modal
from tests.helpers.keys import type_text
from tests.helpers.remarks import SAID, desk_remarks, faulty_report
from tests.helpers.reports import clean_report
from tests.helpers.window import click_section, open_report, type_cell


def _signed(db_path: Path, report=None) -> int:
    rid = create(db_path, report or clean_report())
    with Database.open(db_path) as db:
        versions.sign(ReportStore(db), rid, "张三")
    return rid


def _life_read(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.session.life.life is not None, timeout=5000)


def rules_row(pdf: Path) -> list[int]:
    """规章's 本年制发件数, 本年废止件数 and 现行有效件数 as table 二 prints them."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    line = next(line for line in text.splitlines() if line.strip().startswith("规章"))
    return [int(n) for n in line.split()[1:]]


def _export(qtbot, window, path: Path, *, draft: bool, answer: QMessageBox.StandardButton | None = None) -> list:
    """Report ▸ Export, choosing the signed version or the draft; `answer` to the question a changed draft asks."""
    seen: list = []

    def handle(dialog: ExportDialog) -> None:
        seen.append((dialog.source_signed.isChecked(), dialog.source_draft.text()))
        if draft:
            click(qtbot, dialog.source_draft)
        choose(qtbot, dialog, "pdf", path)
        if answer is not None:
            when_modal(QMessageBox, lambda box: box.button(answer).click())
        dialog.export_button.click()
        if answer == QMessageBox.StandardButton.No:
            qtbot.waitUntil(lambda: dialog.export_button.isEnabled())
            dialog.reject()

    when_modal(ExportDialog, handle)
    window.export_report()
    return seen


def test_an_edit_after_signing_shows_on_every_page_and_export_offers_the_signed_version(qtbot, db_path, tmp_path):
    rid = _signed(db_path)
    window = open_report(qtbot, db_path, rid)
    _life_read(qtbot, window)
    bar = window.area.signed_bar
    assert not bar.isVisible() and " — Signed — " in window.windowTitle()
    assert window.area.life_state.text() == "State: Signed"
    click_section(qtbot, window, "section:proactive")
    type_cell(qtbot, window, "t2.rules.issued", "9")  # 0 when it was signed
    qtbot.waitUntil(bar.isVisible, timeout=3000)
    assert "version" in bar.label.text() and "张三" in bar.label.text()
    assert "Signed · changed since" in window.windowTitle()
    assert window.area.life_state.text() == "State: Signed · changed since"
    for index in range(len(window.wizard.pages())):
        window.wizard.set_current(index)
        assert bar.isVisible(), window.wizard.page(index).key

    signed_pdf, draft_pdf, refused = tmp_path / "签发版.pdf", tmp_path / "草稿.pdf", tmp_path / "不导出.pdf"
    [(signed_first, draft_text)] = _export(qtbot, window, signed_pdf, draft=False)
    assert signed_first and "changed since signing" in draft_text
    assert rules_row(signed_pdf) == [0, 4, 4]  # what the leader signed, not the 9 typed since
    _export(qtbot, window, refused, draft=True, answer=QMessageBox.StandardButton.No)
    assert not refused.exists()
    _export(qtbot, window, draft_pdf, draft=True, answer=QMessageBox.StandardButton.Yes)
    assert rules_row(draft_pdf) == [9, 4, 4]

    window.undo()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=3000)
    assert " — Signed — " in window.windowTitle()
    assert window.session.autosave.wait()
    with Database.open(db_path) as db:
        assert ReportStore(db).list_reports()[0].state == "已签发"


def test_the_bar_compares_with_and_goes_back_to_the_signed_version(qtbot, db_path):
    rid = _signed(db_path)
    window = open_report(qtbot, db_path, rid)
    _life_read(qtbot, window)
    click_section(qtbot, window, "section:proactive")
    type_cell(qtbot, window, "t2.rules.issued", "9")
    bar = window.area.signed_bar
    qtbot.waitUntil(bar.isVisible, timeout=3000)
    shown: list[str] = []

    def read_comparison(dialog: VersionsDialog) -> None:
        qtbot.waitUntil(lambda: "9" in dialog.view.toPlainText(), timeout=5000)
        shown.append(dialog.heading.text() + "\n" + dialog.view.toPlainText())
        dialog.reject()

    when_modal(VersionsDialog, read_comparison)
    bar.compare_button.click()
    assert "Working copy" in shown[0] and "规章" in shown[0]
    when_modal(QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    bar.restore_button.click()
    qtbot.waitUntil(lambda: not bar.isVisible(), timeout=5000)
    assert window.session.report.value("t2.rules.issued") == "0"


def test_the_offices_remarks_on_the_review_page_f8_and_corrected_as_an_undoable_step(qtbot, db_path, tmp_path):
    rid = _signed(db_path, faulty_report())
    package = tmp_path / "报送包.zip"
    with Database.open(db_path) as db:
        submission.submit(ReportStore(db), rid, package)
    returned = desk_remarks(package, tmp_path / "审核意见.json", remarks=("请补充政策解读的具体数量。",))
    window = open_report(qtbot, db_path, rid)
    _life_read(qtbot, window)
    assert " — Submitted — " in window.windowTitle()
    window.life.open_remarks(returned)
    review = window.review

    def remarks() -> list:
        return [p for item in review.problem_items() if (p := review.problem_of(item)).remark]

    qtbot.waitUntil(lambda: window.wizard.current_page() is review and len(remarks()) == 2, timeout=5000)
    assert " — Returned for correction — " in window.windowTitle()
    assert review.tree.topLevelItem(0).data(0, CRITERION_ROLE) == "remarks"  # the first line: the office's
    # Beside them, the program's own finding of the same sentence.
    assert any(p.rule == "NARRATIVE-NUMBER" and not p.remark for p in window.checks.problems)

    # F8 walks the remarks too; the one quoting part 一 selects its sentence there.
    reached = None
    for _ in range(len(window.checks.problems) + 1):
        problem = window.area.walker.next()
        if problem is not None and problem.remark and problem.rule == "NARRATIVE-NUMBER":
            reached = problem
            break
    assert reached is not None
    page = window.wizard.current_page()
    assert page.key == "section:overall"
    assert SAID in page.editor.textCursor().selectedText()

    window.area.go_to_page("review")
    whole = next(p for p in remarks() if p.rule == "REMARK")
    assert review.select_problem(whole.key)
    assert review.remark_button.isVisible() and not review.acknowledge_button.isVisible()
    review.remark_button.click()
    qtbot.waitUntil(lambda: next(p for p in remarks() if p.remark == whole.remark).acknowledged is not None)
    assert "将审核意见标记为已整改" in window.menus.undo.text()  # the step, named in the core's language
    assert window.session.autosave.wait()
    with Database.open(db_path) as db:
        assert whole.remark in ReportStore(db).load(rid).remarks_fixed
    window.undo()
    qtbot.waitUntil(lambda: next(p for p in remarks() if p.remark == whole.remark).acknowledged is None)
    assert window.session.autosave.wait()
    with Database.open(db_path) as db:
        assert ReportStore(db).load(rid).remarks_fixed == {}

    passed = desk_remarks(package, tmp_path / "通过.json", verdict="通过")
    window.life.open_remarks(passed)
    qtbot.waitUntil(lambda: " — Passed — " in window.windowTitle(), timeout=5000)


def test_report_menu_submits_the_signed_version_and_records_the_publication(qtbot, db_path, tmp_path, monkeypatch):
    [draft, rid] = [create(db_path, clean_report()), _signed(db_path)]
    window = open_report(qtbot, db_path, draft)
    _life_read(qtbot, window)
    said: list[str] = []
    when_modal(QMessageBox, lambda box: (said.append(box.text() + box.informativeText()), box.accept()))
    window.menus.submit.trigger()  # not signed: said at once, no file asked for
    assert said and "尚未签发" in said[0]

    window.open_report(rid, "start")
    qtbot.waitUntil(lambda: window.session is not None and window.session.report.id == rid, timeout=5000)
    _life_read(qtbot, window)
    package = tmp_path / "报送包.zip"
    monkeypatch.setattr(life_control.QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(package), ""))
    window.menus.submit.trigger()
    qtbot.waitUntil(lambda: " — Submitted — " in window.windowTitle(), timeout=10000)
    assert package.exists()

    def record(dialog: PublishDialog) -> None:
        dialog.day_edit.setDate(QDate(2026, 1, 25))
        type_text(dialog.address_edit, "http://www.example.gov.cn/art/2026/1/25/art_1.html")
        dialog.record_button.click()

    when_modal(PublishDialog, record)
    window.menus.publish.trigger()
    qtbot.waitUntil(lambda: " — Published — " in window.windowTitle(), timeout=5000)
    assert window.session.life.published_on == dt.date(2026, 1, 25)
    with Database.open(db_path) as db:
        kinds = [v.kind for v in ReportStore(db).versions(rid)]
    assert kinds == ["published", "submitted", "signed"]  # each change of state, an entry among the versions
