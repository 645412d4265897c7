"""Screenshots of the window on a shared database (spec §14, docs/shared-*.png): Report ▸ 连接共享数据库… with the
test connection's answer, and the 正在编辑 mark in the report list and under an open report — in Chinese and
English, at 1366x768 and 1024x700. Needs a PostgreSQL server: $DISCLOSURE_TEST_PG_URL (a superuser's URL, as
`scripts/pg_cluster.sh start DIR` prints it). Run: QT_QPA_PLATFORM=offscreen .venv/bin/python
scripts/shared_connect_screenshots.py (after scripts/update_translations.py, so the Chinese run has its words)."""

from __future__ import annotations

import os
import sys
import uuid
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from life_screenshots import example, settle, with_dialog  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshot_run import run_per_language, started_window, wait  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from disclosure_desktop import options  # noqa: E402
from disclosure_desktop.messages import set_language  # noqa: E402

SIZES = [(int(w), int(h)) for w, h in (s.split("x") for s in os.environ.get("SIZES", "1366x768 1024x700").split())]


def fresh_database(server: str) -> str:
    """A database of this run's own at the program's schema, as `db upgrade` leaves it."""
    from disclosure_desktop.storage import upgrade

    name = f"shots_{uuid.uuid4().hex[:8]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    admin.dispose()
    url = make_url(server).set(database=name).render_as_string(hide_password=False)
    upgrade.upgrade(url)
    return url


def drop(server: str, url: str) -> None:
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {make_url(url).database} WITH (FORCE)"))
    admin.dispose()


def shoot(lang: str, out: Path) -> None:
    from disclosure_desktop.gui.shared.connect_dialog import ConnectDialog
    from disclosure_desktop.gui.window.appearance import apply_appearance, install_translators
    from disclosure_desktop.storage.database import Database
    from disclosure_desktop.storage.presence import Presence
    from disclosure_desktop.storage.repository import ReportStore

    app = QApplication.instance()
    set_language(lang)
    install_translators(app, lang)
    apply_appearance(app)
    server = os.environ["DISCLOSURE_TEST_PG_URL"]
    url = fresh_database(server)
    try:
        with Database.open(url) as db:
            store = ReportStore(db, user_name="李四")
            mine = store.create(replace(example(), is_example=False))
            theirs = store.create(replace(example(), is_example=False, year=2022))
        other = Database.open(url)  # another clerk's program: 李四 has both reports open
        presence = Presence(other, "李四")
        part = "表三" if lang == "zh" else "Table 3"
        presence.hold(mine, part)
        presence.hold(theirs, "一、总体情况" if lang == "zh" else "1. Overview")
        options.set_value(options.CLERK_NAME.key, "张三")
        window = started_window(url)
        wait(lambda: bool(window.reports.presence_of(mine)), 30)
        for width, height in SIZES:
            window.resize(width, height)
            settle()
            save(window.grab(), out / f"shared-editing-list-{lang}-{width}x{height}.png")

        parts = make_url(server)
        for width, height in SIZES:
            window.resize(width, height)
            dialog = ConnectDialog(parts.host or "", parts.port or 5432, make_url(url).database or "", "zhangsan",
                                   clerk_name="张三", parent=window)
            dialog.user_edit.setText(parts.username or "")
            dialog.show()
            answered: list[bool] = []
            dialog.answered.connect(answered.append)
            dialog.test(connect_after=False)
            wait(lambda answered=answered: bool(answered), 60)
            settle()
            save(with_dialog(window, dialog), out / f"shared-connect-{lang}-{width}x{height}.png")
            dialog.reject()
            dialog.deleteLater()

        window.open_report(mine, "section:applications")
        wait(lambda: window.session is not None and window.statusBar().findChild(type(window.save_status),
                                                                                 "presenceMark").isVisible(), 30)
        for width, height in SIZES:
            window.resize(width, height)
            settle()
            save(window.grab(), out / f"shared-editing-window-{lang}-{width}x{height}.png")
        window.close()
        settle()
        presence.close()
        other.close()
    finally:
        drop(server, url)


def save(pixmap, target: Path) -> None:
    pixmap.save(str(target))
    print(target)


def main() -> None:
    run_per_language(__file__, lambda lang: shoot(lang, ROOT / "docs"))


if __name__ == "__main__":
    main()
