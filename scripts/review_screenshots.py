"""Screenshots of the review page (docs/review-*.png): a report with problems and a ready one, in Chinese and
English, at 1366x768 and 1024x700. Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/review_screenshots.py

The window hands the review page its report and last year's and records an acknowledgement as an undoable step.
"""

from __future__ import annotations

import copy
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshot_run import run_per_language, started_window, wait  # noqa: E402

from disclosure_desktop import messages  # noqa: E402
from disclosure_desktop.domain import jsonio  # noqa: E402
from disclosure_desktop.domain.report import Cell, Report  # noqa: E402
from disclosure_desktop.resource_files import resource_path  # noqa: E402

SIZES = [(int(w), int(h)) for w, h in (s.split("x") for s in os.environ.get("SIZES", "1366x768 1024x700").split())]
LAST_YEAR_TEXT = {
    "overall": (
        "（一）主动公开\n2024年，示例县人民政府办公室通过政府门户网站主动公开政府信息2890条，重点公开财政预决算、"
        "重大建设项目和民生实事进展。\n（二）依申请公开\n严格按照法定时限答复，对涉及第三方权益的申请依法征求意见。\n"
        "（三）政府信息管理\n开展文件公开属性集中审查，规范信息发布审批流程。\n（四）政府信息公开平台建设\n"
        "完成网站集约化迁移，上线智能问答功能。\n（五）监督保障\n成立政务公开工作领导小组，定期听取工作汇报。"
    ),
    "problems": (
        "（一）上年度存在问题的整改情况\n上年度指出的网站栏目空白问题已全部整改，空白栏目已下线或补充内容。\n"
        "（二）本年度存在的主要问题\n政策解读的针对性不强，部分解读材料照搬原文，群众关注的热点回应不够及时。\n"
        "（三）下一步改进措施\n建立解读材料审核制度，邀请专家参与重要政策解读，完善舆情收集和回应机制。"
    ),
    "other_matters": "（一）信息处理费收取情况\n本年度未发出收费通知，未收取信息处理费。",
}


def example() -> Report:
    return jsonio.loads(resource_path("examples", "example-gov-2021.json").read_text("utf-8"))


def last_year(report: Report) -> Report:
    previous = copy.deepcopy(report)
    previous.year = report.year - 1
    previous.meta["published_on"] = "2025-03-20"
    previous.sections = dict(LAST_YEAR_TEXT)
    for cid in report.format.cells:
        if cid.startswith("t3.carried_in."):
            previous.cells[cid.replace("carried_in", "carried_out")] = Cell(report.value(cid))
    previous.cells["t2.normative.in_force"] = Cell("77")  # 77 + 12 issued − 3 repealed = 86
    return previous


def with_problems(report: Report) -> Report:
    broken = copy.deepcopy(report)
    broken.meta["published_on"] = "2026-04-08"  # a 人民政府 publishes by 31 March
    broken.sections["overall"] = broken.sections["overall"].replace(
        "全年新收政府信息公开申请74件，均在法定期限内答复。",
        "区政府办代表区政府受理政府信息公开申请 17 件，坚持“办结一件申请、解决一个问题”，均在法定期限内答复。")
    broken.sections["problems"] = LAST_YEAR_TEXT["problems"]  # copied from last year
    broken.cells["t3.r.other.fee_unpaid.natural"] = Cell("1")  # 六 says no fee notice was issued
    broken.cells["t3.r.other.fee_unpaid.total"] = Cell("1")
    broken.cells["t3.r.total.natural"] = Cell(str(int(broken.value("t3.r.total.natural")) + 1))
    broken.cells["t3.r.total.total"] = Cell(str(int(broken.value("t3.r.total.total")) + 1))
    del broken.cells["t4.lawsuit_after.other"]  # a blank cell
    return broken


def shoot(lang: str, out: Path) -> None:
    from disclosure_desktop.domain.checks.checklist import in_report_order
    from disclosure_desktop.gui.window.appearance import apply_appearance, install_translators
    from disclosure_desktop.storage.database import Database
    from disclosure_desktop.storage.repository import ReportStore

    app = QApplication.instance()
    messages.set_language(lang)
    install_translators(app, lang)
    apply_appearance(app)
    ready = example()
    ready.meta["published_on"] = "2026-01-20"
    broken = with_problems(ready)
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "reports.sqlite"
        with Database.open(db_path) as db:
            store = ReportStore(db)
            store.create(last_year(ready))
            ids = {"ready": store.create(ready), "problems": store.create(broken)}
        window = started_window(db_path)
        for name, rid in ids.items():
            done: list[int] = []
            window.checked.connect(lambda d=done: d.append(1))
            window.open_report(rid, "review")
            wait(lambda d=done: len(d) >= 1 and window.checks is not None and window.checks.previous is not None)
            _hook(window)
            if name == "problems":
                warning = next(p for p in in_report_order(window.checks.problems, window.session.report)
                               if p.rule == "NARRATIVE-NUMBER")
                window.review.acknowledge_requested.emit(
                    warning.key, "17件为区政府办本级受理的申请，全区总数见表三" if lang == "zh"
                    else "the 17 are the district office's own applications; table 3 counts the district")
                window.review.select_problem(next(p for p in window.checks.problems if p.is_error).key)
            for width, height in SIZES:
                window.resize(width, height)
                for _ in range(5):
                    QApplication.processEvents()
                target = out / f"review-{name}-{lang}-{width}x{height}.png"
                window.grab().save(str(target))
                print(target)
        window.close()
        QApplication.processEvents()


def _hook(window) -> None:
    """The checks as they stand now, last year's report loaded."""
    window.checks.run_now()


def main() -> None:
    run_per_language(__file__, lambda lang: shoot(lang, ROOT / "docs"))


if __name__ == "__main__":
    main()
