"""The report list shows each report's 签发 state, and says so when the working copy changed after signing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from disclosure_desktop.domain.changes import Changes
from disclosure_desktop.domain.report import Report
from disclosure_desktop.gui.window.report_list import ReportListView
from disclosure_desktop.storage.database import Database
from disclosure_desktop.storage.repository import ReportStore


def test_signed_reports_are_marked_in_the_list(qtbot, db_path: Path) -> None:
    with Database.open(db_path) as db:
        store = ReportStore(db)
        draft = store.create(Report("gov-2021", "某某县教育局", 2025))
        signed = store.create(Report("gov-2021", "某某县人民政府", 2025))
        store.sign(signed, "张三")
        edited = store.create(Report("gov-2021", "某某县卫生健康委员会", 2025))
        store.sign(edited, "李四")
        store.apply(edited, Changes(fields={"title": "改过"}))
        summaries = store.list_reports()
    view = ReportListView()
    qtbot.addWidget(view)
    view.set_reports(summaries)
    view.show()
    qtbot.waitExposed(view)
    assert view.table.horizontalHeaderItem(3).text() == "State"
    rows = range(view.table.rowCount())
    states = {int(view.table.item(r, 0).data(Qt.ItemDataRole.UserRole)): view.table.item(r, 3) for r in rows}
    assert states[draft].text() == "Draft" and states[draft].toolTip() == ""
    assert states[signed].text() == "Signed" and states[signed].toolTip().startswith("Signed by 张三 on ")
    assert states[edited].text() == "Signed · changed since"
    assert "stays as it was" in states[edited].toolTip()
