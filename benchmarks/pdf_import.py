"""Reading a published PDF back (spec §11) with the `import` command as a whole process, for a six-page report:
this program's own PDF (`import_pdf_s`), and — where LibreOffice is installed — the PDF Word makes of the same
report, the kind most agencies publish (a note). Target: under a second."""

from __future__ import annotations

import importlib.util
import shutil
import statistics
import subprocess
from pathlib import Path

from benchmarks.environment import child_environment, run_child, spread
from benchmarks.exports import program

ROOT = Path(__file__).resolve().parent.parent
# Six pages as this program prints it (tests/fixtures/full_report_2021.json: every table filled).
REPORT = ROOT / "tests" / "fixtures" / "full_report_2021.json"


def _files(home: Path) -> dict[str, Path]:
    from disclosure_desktop.domain.jsonio import loads
    from disclosure_desktop.export import registry

    report = loads(REPORT.read_text("utf-8"))
    files = {"own": home / "report.pdf"}
    files["own"].write_bytes(registry.render(report, "pdf"))
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office:
        docx = home / "word.docx"
        docx.write_bytes(registry.render(report, "docx"))
        subprocess.run([office, f"-env:UserInstallation=file://{home}/lo-profile", "--headless", "--convert-to", "pdf",
                        "--outdir", str(home), str(docx)], check=True, capture_output=True, timeout=300)
        files["word"] = home / "word.pdf"
    return files


def _pages(path: Path) -> int:
    import pdfplumber

    with pdfplumber.open(str(path)) as pdf:
        return len(pdf.pages)


def measure(work: Path, runs: int) -> dict[str, object]:
    if importlib.util.find_spec("pdfplumber") is None:
        return {"import_pdf_s": None, "notes": ["PDF import: pdfplumber is not installed (import_pdf_s is null)"]}
    home = work / "pdf-import"
    home.mkdir(parents=True, exist_ok=True)
    env = child_environment(home)
    found: dict[str, object] = {"import_pdf_s": None}
    notes = []
    for name, path in _files(home).items():
        times = []
        for _ in range(runs + 1):  # the first writes byte code and creates the database: not counted
            done = run_child([*program(), "--db", str(home / f"{name}.sqlite"), "import", str(path)], env,
                             timeout=120)
            if done.returncode != 0:
                line = (done.stderr.strip().splitlines() or ["?"])[-1]
                notes.append(f"PDF import refused {path.name}: {line}")
                break
            times.append(done.seconds)
        else:
            what = "our own PDF" if name == "own" else "LibreOffice's PDF of our Word file"
            notes.append(f"import of {what} ({_pages(path)} pages) as a process, {runs} runs: {spread(times[1:])} s")
            if name == "own":
                found["import_pdf_s"] = statistics.median(times[1:])
    found["notes"] = notes
    return found
