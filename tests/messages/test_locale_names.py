"""Language and locale names are taken as systems spell them — for --lang, DISCLOSURE_LANG and the locale
variables — and an unknown language is refused in one line, never a traceback or a window."""

from __future__ import annotations

from pathlib import Path

import pytest

from disclosure_desktop import app, messages
from disclosure_desktop.cli.main import run
from disclosure_desktop.storage.database import Database


@pytest.mark.parametrize(("name", "language"), [
    ("zh", "zh"), ("zh_CN", "zh"), ("zh-CN", "zh"), ("zh_CN.UTF-8", "zh"), ("zh_CN.GB18030", "zh"),
    ("zh_Hans_CN", "zh"), ("ZH-cn", "zh"), ("Chinese", "zh"), ("en", "en"), ("en_US", "en"), ("en-GB", "en"),
    ("en_US.UTF-8", "en"), ("en_US.utf8@euro", "en"), ("English", "en"),
    ("fr_FR", None), ("", None), ("C", None), ("zhx", None),
])
def test_language_of_reads_locale_names(name: str, language: str | None):
    assert messages.language_of(name) == language


@pytest.mark.parametrize("lang", ["en_US", "en-US", "en_US.UTF-8", "en"])
def test_cli_lang_accepts_english_locale_names(capsys, tmp_path: Path, lang: str):
    Database.open(tmp_path / "r.sqlite").close()  # reading commands never make a database
    code = run(["--db", str(tmp_path / "r.sqlite"), "--lang", lang, "export", "3"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("error: there is no report with id 3")


@pytest.mark.parametrize("lang", ["zh_CN", "zh-CN", "zh_CN.UTF-8"])
def test_cli_lang_accepts_chinese_locale_names(capsys, tmp_path: Path, lang: str):
    Database.open(tmp_path / "r.sqlite").close()
    messages.set_language("en")
    code = run([f"--lang={lang}", "--db", str(tmp_path / "r.sqlite"), "export", "3"])
    assert code == 2
    assert capsys.readouterr().err.startswith("错误：数据库中没有编号为 3 的报告")


def test_an_unknown_language_is_one_line_and_exit_2(capsys, tmp_path: Path):
    code = run(["--db", str(tmp_path / "r.sqlite"), "--lang", "fr_FR", "list"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and "fr_FR" in err and "Traceback" not in err
    assert not (tmp_path / "r.sqlite").exists()


def test_the_window_takes_locale_names_and_leaves_an_unknown_one_to_the_command_line():
    assert app._gui_options(["--lang", "zh_CN"]) == {"--lang": "zh_CN"}
    assert app._gui_options(["--lang=en_US.UTF-8", "--db", "x.sqlite"]) == {"--lang": "en_US.UTF-8",
                                                                            "--db": "x.sqlite"}
    assert app._gui_options(["--lang", "fr"]) is None


@pytest.mark.parametrize(("env", "language"), [
    ({"DISCLOSURE_LANG": "en_US.UTF-8"}, "en"),
    ({"DISCLOSURE_LANG": "zh-CN"}, "zh"),
    ({"LANGUAGE": "en_GB:en", "LANG": "zh_CN.UTF-8"}, "en"),
    ({"LC_ALL": "en_US.UTF-8"}, "en"),
    ({"LANG": "zh_CN.UTF-8"}, "zh"),
    ({"LANG": "C.UTF-8"}, "zh"),  # Chinese is the first language
])
def test_the_environment_names_the_language(monkeypatch, env: dict[str, str], language: str):
    for var in ("DISCLOSURE_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(var, raising=False)
    for var, value in env.items():
        monkeypatch.setenv(var, value)
    assert messages._from_environment() == language
