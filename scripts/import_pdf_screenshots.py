"""Screenshots of Report ▸ Import… reading a published PDF — a WPS-like report rendered by LibreOffice, its title
with the year first, table 三 cut by a page break inside （四）, the fee in 元 — on table 三's tab, in Chinese and in
English (docs/import-dialog-pdf-zh.png, docs/import-dialog-pdf-en.png).
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/import_pdf_screenshots.py (needs LibreOffice).
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from disclosure_desktop import messages  # noqa: E402

OUT = Path(os.environ.get("OUT", ROOT / "docs"))
TITLE = "2025年某某县人民政府办公室政府信息公开工作年度报告"


def published_pdf(folder: Path) -> Path:
    from tests.helpers.pdf_docs import render_pdf, wps_like_docx

    doc = json.loads((ROOT / "tests" / "fixtures" / "docx_report.json").read_text("utf-8"))
    return render_pdf(wps_like_docx(doc, folder / "某某县2025年报.docx", title=TITLE, cut_labels=True), folder)


def main() -> None:
    QCoreApplication.setOrganizationName("disclosure-desktop-screenshots")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    app = QApplication.instance() or QApplication([])
    from disclosure_desktop.gui.window.appearance import apply_appearance, install_translators

    apply_appearance(app)
    pdf = published_pdf(Path(tempfile.mkdtemp()))
    OUT.mkdir(exist_ok=True)
    for language in ("zh", "en"):
        messages.set_language(language)
        install_translators(app, language)
        from disclosure_desktop.gui.dialogs.importing import ImportDialog

        dialog = ImportDialog()
        dialog.resize(1000, 700)
        dialog.show()
        dialog.open_file(pdf)
        while dialog.import_result is None and dialog.error is None:  # read on the dialog's own thread
            app.processEvents()
        tabs = dialog.tabs
        tabs.setCurrentIndex(next(i for i in range(tabs.count())
                                  if tabs.widget(i).objectName() == "importGrid_applications"))
        app.processEvents()
        # Scrolled to where the page break cut the table: （四） and the rows around it.
        grid = tabs.currentWidget()
        cut = next(r for r in range(grid.rowCount()) for c in range(grid.columnCount())
                   if grid.item(r, c) is not None and "本机关不掌握" in grid.item(r, c).text())
        grid.scrollToItem(grid.item(cut - 4, 5), grid.ScrollHint.PositionAtTop)
        app.processEvents()
        path = OUT / f"import-dialog-pdf-{language}.png"
        dialog.grab().save(str(path))
        dialog.close()
        print(path)


if __name__ == "__main__":
    main()
