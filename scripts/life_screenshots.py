"""Screenshots of the report's life (spec §12, docs/life-*.png): the bar on every page after an edit to a signed
report, the export dialog offering the signed version first, and the review page with the 公开办's remarks — in
Chinese and English, at 1366x768 and 1024x700. Run: QT_QPA_PLATFORM=offscreen .venv/bin/python
scripts/life_screenshots.py (after scripts/update_translations.py, so the Chinese run has its words)."""

from __future__ import annotations

import copy
import datetime as dt
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import QPoint, QTimer  # noqa: E402
from PySide6.QtGui import QColor, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshot_run import run_per_language, started_window, wait  # noqa: E402

from disclosure_desktop.domain import jsonio  # noqa: E402
from disclosure_desktop.domain.report import Report  # noqa: E402
from disclosure_desktop.messages import set_language  # noqa: E402
from disclosure_desktop.resource_files import resource_path  # noqa: E402

SIZES = [(int(w), int(h)) for w, h in (s.split("x") for s in os.environ.get("SIZES", "1366x768 1024x700").split())]


def example() -> Report:
    report = jsonio.loads(resource_path("examples", "example-gov-2021.json").read_text("utf-8"))
    report.meta["published_on"] = "2026-01-20"
    return report


def with_findings(report: Report) -> Report:
    """The example with what a 公开办 finds: part 一 states 17 applications (table 三 says otherwise), a blank
    cell in table 四."""
    found = copy.deepcopy(report)
    found.sections["overall"] = found.sections["overall"].replace(
        "全年新收政府信息公开申请74件，均在法定期限内答复。", "全年新收政府信息公开申请17件，均在法定期限内答复。")
    del found.cells["t4.lawsuit_after.other"]
    return found


def desk_remarks(package: Path, out: Path, lang: str) -> Path:
    """The 公开办's remarks on the package, written by the desk's own code in the run's language."""
    from disclosure_desktop.review import Unit, assign, review_reports
    from disclosure_desktop.review.issues import issue_list, remarks_json
    from disclosure_desktop.review.reading import file_sha256, read_one

    read = read_one(package.name, str(package), file_sha256(package), lang)
    agency, year = read.report.agency, read.report.year
    review = review_reports(assign([read], [Unit(agency)], year), year, region="示例县人民政府办公室")
    extra = ("政策解读数量未在正文中说明，请补充。",) if lang == "zh" else (
        "The text does not say how many policy interpretations were published; please add it.",)
    issues = issue_list(review.row(agency), region="示例县人民政府办公室", reviewer="李四",
                        date=dt.date(2026, 2, 3), remarks=extra)
    out.write_text(remarks_json(review.row(agency), issues), "utf-8")
    return out


def settle() -> None:
    for _ in range(8):
        QApplication.processEvents()


def with_dialog(window, dialog) -> object:
    """The window with the dialog where it opens, centred over it, as the clerk sees them."""
    shot = window.grab()
    dialog.adjustSize()
    over = dialog.grab()
    painter = QPainter(shot)
    at = QPoint((shot.width() - over.width()) // 2, max(0, (shot.height() - over.height()) // 2))
    painter.drawPixmap(at, over)
    painter.setPen(QColor("#6b6b6b"))  # offscreen windows have no frame: draw the dialog's edge
    painter.drawRect(at.x() - 1, at.y() - 1, over.width() + 1, over.height() + 1)
    painter.end()
    return shot


def shoot(lang: str, out: Path) -> None:
    from disclosure_desktop.gui.window.appearance import apply_appearance, install_translators
    from disclosure_desktop.storage.database import Database
    from disclosure_desktop.storage.repository import ReportStore
    from disclosure_desktop.workflows import submission, versions

    app = QApplication.instance()
    set_language(lang)
    install_translators(app, lang)
    apply_appearance(app)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "reports.sqlite"
        package = Path(tmp) / "报送包.zip"
        with Database.open(db_path) as db:
            store = ReportStore(db)
            signed = store.create(replace(example(), is_example=False))
            returned = store.create(with_findings(example()))
            for rid in (signed, returned):
                versions.sign(store, rid, "张三", reviewed_by="李四", reviewed_on=dt.date(2026, 1, 18))
            submission.submit(store, returned, package)
        remarks = desk_remarks(package, Path(tmp) / "审核意见.json", lang)
        window = started_window(db_path)

        window.open_report(signed, "section:proactive")
        wait(lambda: window.session is not None and window.session.life.life is not None)
        window.session.edits.enter_cells({"t2.rules.issued": "9"})
        wait(lambda: window.area.signed_bar.isVisible())
        for width, height in SIZES:
            window.resize(width, height)
            settle()
            window.wizard.current_page().focus_cell("t2.rules.issued")
            settle()
            save(window.grab(), out / f"life-bar-{lang}-{width}x{height}.png")
            shots: list = []

            def grab_export(w=width, h=height, shots=shots) -> None:
                dialog = QApplication.activeModalWidget()
                if dialog is None:
                    QTimer.singleShot(50, grab_export)
                    return
                settle()
                save(with_dialog(window, dialog), out / f"life-export-{lang}-{w}x{h}.png")
                shots.append(1)
                dialog.reject()

            QTimer.singleShot(50, grab_export)
            window.export_report()

        window.open_report(returned, "review")
        wait(lambda: window.session is not None and window.session.life.life is not None)
        window.life.open_remarks(remarks)
        wait(lambda: window.review is not None and any(p.remark for p in window.checks.problems))
        settle()
        first = next(p for p in window.checks.problems if p.remark and p.cell_ids)
        window.review.select_problem(first.key)
        for width, height in SIZES:
            window.resize(width, height)
            settle()
            save(window.grab(), out / f"life-remarks-{lang}-{width}x{height}.png")
        window.close()
        settle()


def save(pixmap, target: Path) -> None:
    pixmap.save(str(target))
    print(target)


def main() -> None:
    run_per_language(__file__, lambda lang: shoot(lang, ROOT / "docs"))


if __name__ == "__main__":
    main()
