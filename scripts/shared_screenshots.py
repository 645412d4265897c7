"""Screenshots of a clash on a shared database (spec §14, docs/shared-conflict-*.png): another clerk changed the
cell this clerk was changing, and the save bar names the field with both values and the three choices — in
Chinese and English, at 1366x768 and 1024x700. Run with a PostgreSQL server's administrator URL in
$DISCLOSURE_TEST_PG_URL (scripts/pg_cluster.sh start DIR prints one): QT_QPA_PLATFORM=offscreen .venv/bin/python
scripts/shared_screenshots.py (after scripts/update_translations.py, so the Chinese run has its words)."""

from __future__ import annotations

import os
import sys
import threading
import uuid
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshot_run import run_per_language, started_window, wait  # noqa: E402

from disclosure_desktop.domain import jsonio  # noqa: E402
from disclosure_desktop.domain.changes import Changes  # noqa: E402
from disclosure_desktop.domain.report import Cell, CellSource  # noqa: E402
from disclosure_desktop.messages import set_language  # noqa: E402
from disclosure_desktop.resource_files import resource_path  # noqa: E402

SIZES = [(int(w), int(h)) for w, h in (s.split("x") for s in os.environ.get("SIZES", "1366x768 1024x700").split())]
CELL = "t3.new.natural"


def settle() -> None:
    for _ in range(8):
        QApplication.processEvents()


def shoot(lang: str, out: Path) -> None:
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from disclosure_desktop.gui.window.appearance import apply_appearance, install_translators
    from disclosure_desktop.storage import upgrade
    from disclosure_desktop.storage.database import Database
    from disclosure_desktop.storage.repository import ReportStore

    app = QApplication.instance()
    set_language(lang)
    install_translators(app, lang)
    apply_appearance(app)
    admin_url = os.environ["DISCLOSURE_TEST_PG_URL"]
    name = f"shots_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"CREATE DATABASE {name}"))
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    try:
        upgrade.upgrade(url)
        example = jsonio.loads(resource_path("examples", "example-gov-2021.json").read_text("utf-8"))
        with Database.open(url) as db:
            rid = ReportStore(db).create(replace(example, is_example=False))
        window = started_window(url)
        window.open_report(rid, "section:applications")
        wait(lambda: window.session is not None and window.sync.sync is not None)
        release = threading.Event()
        window.store.run(lambda _store: release.wait(30))  # this clerk's write waits while the other writes
        window.session.edits.enter_cells({CELL: "75"})
        with Database.open(url) as db:
            store = ReportStore(db)
            store.apply(rid, Changes(cells={CELL: Cell("80", CellSource.TYPED)}), store.revision(rid))
        release.set()
        wait(lambda: window.area.save_alert.isVisible() and len(window.area.save_alert.buttons()) == 3, 60)
        for width, height in SIZES:
            window.resize(width, height)
            settle()
            window.wizard.current_page().focus_cell(CELL)
            settle()
            target = out / f"shared-conflict-{lang}-{width}x{height}.png"
            window.grab().save(str(target))
            print(target)
        window.area.save_alert.buttons()[0].click()
        window.session.autosave.wait()
        window.close()
        settle()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        admin.dispose()


def main() -> None:
    run_per_language(__file__, lambda lang: shoot(lang, ROOT / "docs"))


if __name__ == "__main__":
    main()
