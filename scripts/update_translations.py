"""Regenerates translations/: pyside6-lupdate extracts the UI strings, the glossary supplies the Chinese, lrelease
compiles the .qm the program loads. Run after changing any tr() string:
`.venv/bin/python scripts/update_translations.py`.
"""

from __future__ import annotations

import csv
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "translations" / "disclosure_desktop_zh_CN.ts"
QM = TS.with_suffix(".qm")
GLOSSARY = ROOT / "translations" / "glossary_zh_CN.tsv"
BIN = Path(sys.executable).parent


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "disclosure_desktop" / "gui").glob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources, "-ts", str(TS), "-no-obsolete", "-locations", "none"],
                   check=True, capture_output=True)
    with GLOSSARY.open(encoding="utf-8") as f:
        glossary = {row[0].replace("\\n", "\n"): row[1].replace("\\n", "\n")
                    for row in csv.reader(f, delimiter="\t") if len(row) >= 2 and not row[0].startswith("#")}
    tree = ET.parse(TS)
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
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(QM)], check=True, capture_output=True)
    for source in missing:
        print("untranslated:", source.replace("\n", "\\n"))
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
