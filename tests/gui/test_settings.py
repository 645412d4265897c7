"""Settings: each declared once (type, default, title), stored with QSettings, edited in a dialog built from the
declarations, and read where they matter (checks, backups, export faces, new reports)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QLineEdit, QPlainTextEdit, QSpinBox

from disclosure_desktop import options
from disclosure_desktop.domain.report import Report
from disclosure_desktop.gui.dialogs.settings import SettingsDialog
from tests.helpers.keys import type_text


def test_every_setting_is_declared_once_with_a_title_and_a_default_of_its_type():
    keys = [o.key for o in options.declared()]
    assert len(keys) == len(set(keys))
    wanted = {"agency/name", "agency/kind", "agency/contact", "export/folder", "fonts/body", "backups/keep_daily",
              "language", "checks/repetition_threshold"}
    assert wanted <= set(keys)
    pages = {p for p, _ in options.PAGES}
    for declared in options.declared():
        assert declared.title.strip(), declared.key
        assert declared.page in pages, declared.key
        assert declared.coerce(declared.default) == declared.default, declared.key


def test_a_second_declaration_of_a_key_is_refused():
    with pytest.raises(ValueError):
        options._declare(options.TextOption("agency/name", "", "agency", "again"))


def test_values_are_read_as_their_type_and_unreadable_ones_as_the_default():
    settings = QSettings()
    assert options.value("checks/repetition_threshold") == 50
    settings.setValue("checks/repetition_threshold", "35")  # an ini file holds text
    assert options.value("checks/repetition_threshold") == 35
    assert options.repetition_threshold() == pytest.approx(0.35)
    for bad in ("fifty", "0", "101", ""):
        settings.setValue("checks/repetition_threshold", bad)
        assert options.value("checks/repetition_threshold") == 50
    settings.setValue("export/open_folder", "false")
    assert options.value("export/open_folder") is False
    settings.setValue("language", "fr")
    assert options.value("language") == ""
    with pytest.raises(ValueError):
        options.set_value("backups/keep_daily", 0)
    assert options.value("backups/keep_daily") == 14


def test_the_dialog_stores_what_the_clerk_typed_and_chose(qtbot, tmp_path: Path):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tabs.count() == len(options.PAGES)
    name = dialog.findChild(QLineEdit, "setting:agency/name")
    type_text(name, "某某县人民政府办公室")
    contact = dialog.findChild(QPlainTextEdit, "setting:agency/contact")
    type_text(contact, "某某县人民政府办公室，电话 0000-1234567")
    kind = dialog.findChild(QComboBox, "setting:agency/kind")
    kind.setCurrentIndex(kind.findData("government"))
    threshold = dialog.findChild(QSpinBox, "setting:checks/repetition_threshold")
    threshold.selectAll()
    type_text(threshold, "40")
    dialog.findChild(QSpinBox, "setting:backups/keep_daily").setValue(30)
    dialog.findChild(QCheckBox, "setting:export/open_folder").setChecked(False)
    folder = dialog.findChild(QLineEdit, "setting:export/folder")
    assert folder is None  # the folder field is a line edit inside a row with its Browse button
    folder_row = dialog.fields["export/folder"].widget
    type_text(folder_row.findChild(QLineEdit), str(tmp_path))
    language = dialog.findChild(QComboBox, "setting:language")
    language.setCurrentIndex(language.findData("en"))
    dialog.accept()

    assert options.value("agency/name") == "某某县人民政府办公室"
    assert options.value("agency/kind") == "government"
    assert options.value("checks/repetition_threshold") == 40
    assert options.backup_retention().daily == 30
    assert options.value("export/open_folder") is False
    assert options.value("export/folder") == str(tmp_path)
    assert QSettings().value("language") == "en"  # the key app.py reads at start
    assert "language" in dialog.changed_keys and "fonts/body" not in dialog.changed_keys

    again = SettingsDialog()
    qtbot.addWidget(again)
    assert again.findChild(QSpinBox, "setting:checks/repetition_threshold").value() == 40
    assert again.findChild(QLineEdit, "setting:agency/name").text() == "某某县人民政府办公室"


def test_restore_defaults_then_ok_forgets_the_stored_values(qtbot):
    options.set_value("checks/repetition_threshold", 30)
    options.set_value("agency/name", "某某局")
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    buttons = dialog.findChild(QDialogButtonBox)
    buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    assert dialog.findChild(QSpinBox, "setting:checks/repetition_threshold").value() == 50
    assert options.value("agency/name") == "某某局"  # nothing is stored before OK
    dialog.accept()
    assert QSettings().value("agency/name") is None
    assert options.value("checks/repetition_threshold") == 50


def test_cancel_stores_nothing(qtbot):
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    type_text(dialog.findChild(QLineEdit, "setting:agency/name"), "某某局")
    dialog.reject()
    assert QSettings().value("agency/name") is None


def test_a_new_report_starts_with_the_default_agency_details():
    options.set_value("agency/name", "某某县交通运输局")
    options.set_value("agency/contact", "县交通运输局办公室，0000-7654321")
    options.set_value("agency/kind", "department")
    report = options.apply_agency_defaults(Report("gov-2021", "", 2025))
    assert report.agency == "某某县交通运输局"
    assert report.meta["contact"] == "县交通运输局办公室，0000-7654321"
    assert report.meta["agency_kind"] == "department"
    kept = options.apply_agency_defaults(Report("gov-2021", "某某县财政局", 2025, meta={"contact": "财政局"}))
    assert kept.agency == "某某县财政局" and kept.meta["contact"] == "财政局"


def test_the_repetition_threshold_reaches_the_checks(qtbot):
    from disclosure_desktop.domain.checks.engine import check_report

    previous = Report("gov-2021", "某某县财政局", 2024,
                      sections={"overall": "本机关认真贯彻落实政府信息公开条例，持续推进政务公开工作，"
                                           "主动公开政府信息，依法办理政府信息公开申请。" * 3})
    current = Report("gov-2021", "某某县财政局", 2025,
                     sections={"overall": previous.sections["overall"] + "本年度新增加了若干新的工作内容和措施。" * 4})
    rates = {}
    for percent in (90, 10):
        options.set_value("checks/repetition_threshold", percent)
        problems = check_report(current, previous, repetition_threshold=options.repetition_threshold())
        rates[percent] = [p for p in problems if p.rule == "REPETITION"]
    assert rates[90] == [] and rates[10], "a lower threshold warns where a higher one does not"


def test_backup_retention_setting_thins_the_automatic_backups(tmp_path: Path):
    from disclosure_desktop.storage import backups
    from disclosure_desktop.storage.database import Database

    db_path = tmp_path / "reports.sqlite"
    Database.open(db_path).close()
    now = dt.datetime(2026, 1, 20, 12, 0)
    for day in range(10):
        backups.take(db_path, backups.AUTO, now=now - dt.timedelta(days=day))
    options.set_value("backups/keep_daily", 3)
    options.set_value("backups/keep_weekly", 0)
    options.set_value("backups/keep_monthly", 0)
    backups.thin(db_path, now, options.backup_retention())
    kept = [b for b in backups.list_backups(db_path) if b.kind == backups.AUTO]
    assert [b.taken_at.date() for b in kept] == [(now - dt.timedelta(days=d)).date() for d in range(3)]


def test_a_chosen_export_face_is_used_when_installed():
    from disclosure_desktop.export import fonts

    installed = sorted(f for f in fonts._installed() if f in ("AR PL UKai CN", "WenQuanYi Zen Hei"))
    assert installed, "the bootstrap installs these CJK faces"
    try:
        options.set_value("fonts/body", installed[0])
        options.set_value("fonts/title", "No Such Face 123")
        options.apply_to_core()
        plan = fonts.font_plan()
        assert plan.family("body") == installed[0]
        assert plan.family("title") != "No Such Face 123"  # not installed here: the fallback chain decides
    finally:
        fonts.set_preferred_faces({})
