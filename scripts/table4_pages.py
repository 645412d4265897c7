"""Pages 3–5 of the example report as the PDF prints them (above) and as LibreOffice prints the Word file (below):
table 四's page in both (docs/clerk/after/table4-pdf-word.png; SOURCE/OUT as in clerk_screenshots.py).
Run: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/table4_pages.py
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(os.environ.get("SOURCE") or Path(__file__).resolve().parent.parent)
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from disclosure_desktop.export import registry  # noqa: E402
from disclosure_desktop.workflows.example_report import example_report  # noqa: E402

OUT = Path(os.environ.get("OUT") or Path(__file__).resolve().parent.parent / "docs" / "clerk" / "after")
PAGES = (3, 5)


def pngs(pdf: Path, stem: Path) -> list[QImage]:
    subprocess.run(["pdftoppm", "-png", "-r", "40", "-f", str(PAGES[0]), "-l", str(PAGES[1]), str(pdf), str(stem)],
                   check=True)
    return [QImage(str(p)) for p in sorted(stem.parent.glob(stem.name + "-*.png"))]


def main() -> None:
    QApplication([sys.argv[0]])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        report = example_report()
        (folder / "report.pdf").write_bytes(registry.render(report, "pdf"))
        (folder / "report.docx").write_bytes(registry.render(report, "docx"))
        office = shutil.which("libreoffice") or shutil.which("soffice")
        assert office, "LibreOffice is needed to print the Word file"
        subprocess.run([office, f"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "pdf",
                        "--outdir", str(folder / "word"), str(folder / "report.docx")], check=True,
                       capture_output=True, timeout=300)
        rows = [pngs(folder / "report.pdf", folder / "pdf"), pngs(folder / "word" / "report.pdf", folder / "word")]
        width = max(sum(i.width() + 12 for i in row) for row in rows)
        height = sum(max(i.height() for i in row) + 12 for row in rows)
        canvas = QImage(width, height, QImage.Format.Format_RGB32)
        canvas.fill(QColor("#8a8f99"))
        painter = QPainter(canvas)
        y = 0
        for row in rows:
            x = 0
            for image in row:
                painter.drawImage(x, y, image)
                x += image.width() + 12
            y += max(i.height() for i in row) + 12
        painter.end()
        OUT.mkdir(parents=True, exist_ok=True)
        canvas.save(str(OUT / "table4-pdf-word.png"))
        print(OUT / "table4-pdf-word.png")


if __name__ == "__main__":
    main()
