"""Pictures of the 图解 (docs/charts-*.png): the example report's charts as a web page shows them, the PDF's 图解
pages, the preview pane painting them, the Word file's (through LibreOffice) and the web page's 图解 (through
Chromium), each also in grey, the way a black-and-white printer or copier gives it.
Run: .venv/bin/python scripts/chart_screenshots.py

Last year's report is the chart tests' fixture, so the chart of this year against last is drawn too. LibreOffice
and Chromium are optional: without them their pictures are skipped (and said).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from disclosure_desktop.charts.data import light_context, report_charts  # noqa: E402
from disclosure_desktop.charts.output import png_bytes  # noqa: E402
from disclosure_desktop.domain import jsonio  # noqa: E402
from disclosure_desktop.export import registry  # noqa: E402
from disclosure_desktop.export.pdf_export import printed_pages  # noqa: E402
from disclosure_desktop.workflows.example_report import example_report  # noqa: E402

DOCS = ROOT / "docs"
LAST_YEAR = ROOT / "tests" / "charts" / "fixtures" / "example-gov-2024.json"
GAP = 12


def _joined(images: list[QImage], across: bool = False) -> QImage:
    """The images one under the other (or side by side) on a light grey ground."""
    width = sum(i.width() for i in images) + GAP * (len(images) - 1) if across else max(i.width() for i in images)
    height = max(i.height() for i in images) if across else sum(i.height() for i in images) + GAP * (len(images) - 1)
    out = QImage(width, height, QImage.Format.Format_RGB32)
    out.fill(QColor("#d0d3d8"))
    painter = QPainter(out)
    offset = 0
    for image in images:
        painter.drawImage(offset if across else 0, 0 if across else offset, image)
        offset += (image.width() if across else image.height()) + GAP
    painter.end()
    return out


def _save(image: QImage, name: str) -> None:
    image.save(str(DOCS / f"{name}.png"))
    image.convertToFormat(QImage.Format.Format_Grayscale8).save(str(DOCS / f"{name}-grey.png"))
    print(f"docs/{name}.png, docs/{name}-grey.png")


def _pdf_pages(pdf: Path, first: int, last: int, dpi: int, folder: Path) -> list[QImage]:
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(first), "-l", str(last), str(pdf),
                    str(folder / "page")], check=True)
    return [QImage(str(p)) for p in sorted(folder.glob("page-*.png"))]


def _page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


def main() -> None:
    app = QApplication.instance() or QApplication([])
    report, last = example_report(), jsonio.loads(LAST_YEAR.read_text("utf-8"))
    charts = report_charts(light_context(report), light_context(last))
    _save(_joined([QImage.fromData(png_bytes(chart)) for chart in charts]), "charts-example")
    _save(_preview(app, printed_pages(report, charts=True, previous=last)), "charts-preview")
    options = registry.RenderOptions(charts=True, previous=last)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pdf = folder / "report.pdf"
        pdf.write_bytes(registry.render(report, "pdf", options=options))
        (folder / "plain.pdf").write_bytes(registry.render(report, "pdf"))
        plain_pages = _page_count(folder / "plain.pdf")  # the 图解 pages follow the report's own
        (folder / "pdf").mkdir()
        _save(_joined(_pdf_pages(pdf, plain_pages + 1, _page_count(pdf), 80, folder / "pdf"), across=True),
              "charts-pdf-pages")
        office = shutil.which("soffice")
        if office:
            (folder / "report.docx").write_bytes(registry.render(report, "docx", options=options))
            subprocess.run([office, f"-env:UserInstallation=file://{folder}/lo", "--headless", "--convert-to", "pdf",
                            "--outdir", str(folder / "word"), str(folder / "report.docx")], check=True,
                           capture_output=True)
            word = folder / "word" / "report.pdf"
            _save(_joined(_pdf_pages(word, plain_pages + 1, _page_count(word), 60, folder / "word"), across=True),
                  "charts-word-pages")
        else:
            print("LibreOffice (soffice) is not installed: no picture of the Word file's 图解 pages")
        browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
        if browser:
            page = registry.render(report, "html", options=options).decode("utf-8")
            # The 图解 alone, as the browser lays it out: the report before it is hidden for the picture.
            page = page.replace("</head>", "<style>header.report-head, main.report { display: none; }</style></head>")
            (folder / "page.html").write_text(page, "utf-8")
            shot = folder / "web.png"
            subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                            "--window-size=1000,5200", f"--screenshot={shot}", (folder / "page.html").as_uri()],
                           check=True, capture_output=True)
            image = QImage(str(shot))
            _save(image.copy(0, 0, image.width(), _inked_height(image) + 24), "charts-web-page")
        else:
            print("Chromium is not installed: no picture of the web page's 图解")


def _preview(app: QApplication, pages: object) -> QImage:
    """The preview pane's page view, 560 × 700, scrolled to the first 图解 page."""
    from disclosure_desktop.gui.preview.pane import GAP, PagesView

    view = PagesView()
    view.resize(560, 700)
    view.show()
    view.set_pages(pages)  # type: ignore[arg-type]
    app.processEvents()
    _scale, _width, height = view._sheet()
    view.verticalScrollBar().setValue(int(GAP + pages.text_pages * (height + GAP)))  # type: ignore[attr-defined]
    app.processEvents()
    return view.grab().toImage()


def _inked_height(image: QImage) -> int:
    """The height down to the last row with anything on it."""
    for y in range(image.height() - 1, 0, -4):
        if any(image.pixelColor(x, y).name() != "#ffffff" for x in range(0, image.width(), 6)):
            return y
    return image.height()


if __name__ == "__main__":
    main()
