"""Every string of the interface has its Chinese translation, and the shipped .qm says what the sources say."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import QCoreApplication, QTranslator

from disclosure_desktop.resource_files import translations_dir
from tests.helpers.paths import ROOT


def test_translation_is_complete_and_current():
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_shipped_translation_loads_and_translates():
    translator = QTranslator()
    assert translator.load("disclosure_desktop_zh_CN", str(translations_dir()))
    assert translator.translate("ReportWizard", "&Next >") == "下一步(&N) >"
    assert QCoreApplication.translate("ReportWizard", "&Next >") == "&Next >"  # not installed: source text
