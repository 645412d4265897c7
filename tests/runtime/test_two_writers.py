"""Two windows on one report (a second program on a shared folder): the older copy never saves over the newer
edit; it says so and the clerk chooses whose version to keep."""

from __future__ import annotations

from tests.helpers.database import create, stored
from tests.helpers.keys import type_text
from tests.helpers.reports import clean_report
from tests.helpers.window import click_section, close_window, open_report


def two_windows(qtbot, db_path):
    """Two windows on the start page of the same report."""
    rid = create(db_path, clean_report(2025))
    windows = (open_report(qtbot, db_path, rid), open_report(qtbot, db_path, rid))
    for window in windows:
        click_section(qtbot, window, "start")
    return windows


def test_the_older_copy_is_refused_and_the_clerk_chooses(qtbot, db_path):
    first, second = two_windows(qtbot, db_path)

    type_text(first.wizard.current_page().contact, "A窗口的电话 0000-1111111")
    assert first.session.autosave.wait()

    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow)
    type_text(second.wizard.current_page().agency, "（B窗口）")
    qtbot.waitUntil(lambda: second.session.autosave.conflicted, timeout=5000)
    alert = second.area.save_alert
    assert alert.isVisible() and "别处" in alert.label.text()
    assert stored(db_path).meta["contact"].startswith("A窗口")  # nothing was written over A's edit
    assert "（B窗口）" not in stored(db_path).agency

    # The clerk of B takes the stored version: A's edit shows up in B, B's unsaved typing is dropped.
    [take] = [b for b in alert.buttons() if b.text() == "Take the stored version"]
    take.click()
    qtbot.waitUntil(lambda: second.session.report.meta.get("contact", "").startswith("A窗口"), timeout=5000)
    assert second.wizard.current_page().contact.text().startswith("A窗口")
    assert not alert.isVisible()

    # From now on B writes over the revision it has: its next edit is saved.
    type_text(second.wizard.current_page().agency, "办公室")
    assert second.session.autosave.wait()
    assert stored(db_path).agency.endswith("办公室")
    close_window(second)
    close_window(first)


def test_keeping_mine_writes_it_knowingly(qtbot, db_path):
    first, second = two_windows(qtbot, db_path)
    type_text(first.wizard.current_page().contact, "甲")
    assert first.session.autosave.wait()
    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow)
    type_text(second.wizard.current_page().contact, "乙")
    qtbot.waitUntil(lambda: second.session.autosave.conflicted, timeout=5000)
    [mine] = [b for b in second.area.save_alert.buttons() if b.text() == "Keep mine"]
    mine.click()
    qtbot.waitUntil(lambda: not second.session.autosave.has_unsaved, timeout=5000)
    assert stored(db_path).meta["contact"] == second.session.report.meta["contact"]
    close_window(second)
    close_window(first)


def test_a_window_brought_back_notices_a_change_made_elsewhere(qtbot, db_path):
    first, second = two_windows(qtbot, db_path)
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    type_text(first.wizard.current_page().contact, "A窗口的电话")
    assert first.session.autosave.wait()

    second.activateWindow()  # the clerk comes back to the other window, which has typed nothing meanwhile
    qtbot.waitUntil(lambda: second.area.save_alert.isVisible(), timeout=5000)
    assert "别处" in second.area.save_alert.label.text()
    [take] = [b for b in second.area.save_alert.buttons() if b.text() == "Take the stored version"]
    take.click()
    qtbot.waitUntil(lambda: second.session.report.meta.get("contact") == "A窗口的电话", timeout=5000)
    assert second.wizard.current_page().contact.text() == "A窗口的电话"
    close_window(second)
    close_window(first)
