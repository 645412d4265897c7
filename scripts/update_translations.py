"""Regenerates translations/: pyside6-lupdate extracts the UI strings into one .ts per language, the glossary
supplies the Chinese (the English sources are their own English translation), lrelease compiles the .qm files the
program loads. Run after changing any tr() string: `.venv/bin/python scripts/update_translations.py`.
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
TRANSLATIONS = ROOT / "translations"
GLOSSARY = TRANSLATIONS / "glossary_zh_CN.tsv"
# language → where its translations come from: the Chinese glossary, or the source text itself (English).
LANGUAGES = ("zh_CN", "en")
BIN = Path(sys.executable).parent


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"disclosure_desktop_{language}.ts"


def sources() -> list[str]:
    """Every file with UI strings: the widgets, and the setting titles declared in options.py."""
    package = ROOT / "disclosure_desktop"
    return sorted(str(p) for p in [*(package / "gui").rglob("*.py"), package / "options.py"])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true",
                        help="change nothing; fail when the committed translation is out of date or incomplete")
    args = parser.parse_args(argv)
    failed = False
    for language in LANGUAGES:
        committed = ts_path(language)
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                ts = Path(tmp) / committed.name
                if committed.exists():
                    shutil.copy(committed, ts)
                missing = update(ts, ts.with_suffix(".qm"), language)
                stale = not committed.exists() or ts.read_bytes() != committed.read_bytes()
            if stale:
                print(f"{committed.name} is out of date: run scripts/update_translations.py")
            failed |= bool(missing) or stale
        else:
            failed |= bool(update(committed, committed.with_suffix(".qm"), language))
    return 1 if failed else 0


def _glossary() -> dict[str, str]:
    with GLOSSARY.open(encoding="utf-8") as f:
        return {row[0].replace("\\n", "\n"): row[1].replace("\\n", "\n")
                for row in csv.reader(f, delimiter="\t") if len(row) >= 2 and not row[0].startswith("#")}


def update(ts_path: Path, qm_path: Path, language: str = "zh_CN") -> list[str]:
    """Refresh `ts_path` from the sources (and for Chinese the glossary), compile `qm_path`; returns the texts
    left untranslated."""
    subprocess.run([str(BIN / "pyside6-lupdate"), *sources(), "-ts", str(ts_path), "-no-obsolete",
                    "-locations", "none", "-source-language", "en", "-target-language", language],
                   check=True, capture_output=True)
    glossary = _glossary() if language == "zh_CN" else None
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        text = source if glossary is None else glossary.get(source)
        if text is not None:
            translation.text = text
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(BIN / "pyside6-lrelease"), str(ts_path), "-qm", str(qm_path)], check=True, capture_output=True)
    for source in missing:
        print(f"untranslated ({language}):", source.replace("\n", "\\n"))
    return missing


if __name__ == "__main__":
    sys.exit(main())
