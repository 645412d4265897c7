"""Regenerates translations/: pyside6-lupdate extracts the UI strings, the glossary supplies the Chinese, lrelease
compiles the .qm the program loads. Run after changing any tr() string:
`.venv/bin/python scripts/update_translations.py`.
"""

from __future__ import annotations

import argparse
import csv
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "disclosure_desktop_zh_CN.ts"
QM = TS.with_suffix(".qm")
GLOSSARY = ROOT / "translations" / "glossary_zh_CN.tsv"
BIN = Path(sys.executable).parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true",
                        help="change nothing; fail when the committed translation is out of date or incomplete")
    args = parser.parse_args(argv)
    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            ts = Path(tmp) / TS.name
            shutil.copy(TS, ts)
            missing = update(ts, ts.with_suffix(".qm"))
            stale = ts.read_bytes() != TS.read_bytes()
        if stale:
            print("translations/ is out of date: run scripts/update_translations.py")
        return 1 if missing or stale else 0
    return 1 if update(TS, QM) else 0


def update(ts_path: Path, qm_path: Path) -> list[str]:
    """Refresh `ts_path` from the sources and the glossary, compile `qm_path`; returns untranslated texts."""
    sources = sorted(str(p) for p in (ROOT / "disclosure_desktop" / "gui").glob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(ts_path), "-no-obsolete", "-locations", "none"],
                   check=True, capture_output=True)
    with GLOSSARY.open(encoding="utf-8") as f:
        glossary = {row[0].replace("\\n", "\n"): row[1].replace("\\n", "\n")
                    for row in csv.reader(f, delimiter="\t") if len(row) >= 2 and not row[0].startswith("#")}
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in glossary:
            translation.text = glossary[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts_path), "-qm", str(qm_path)], check=True, capture_output=True)
    for source in missing:
        print("untranslated:", source.replace("\n", "\\n"))
    return missing


if __name__ == "__main__":
    sys.exit(main())
