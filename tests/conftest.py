"""Test set-up shared by every test: Qt without a screen, the Chinese UI, and a fresh database per test."""

from __future__ import annotations

import os
from pathlib import Path

# Before anything imports Qt: no screen in CI, and no user settings leaking in from the developer's desktop.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DISCLOSURE_LANG"] = "zh"

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from disclosure_desktop import messages
from disclosure_desktop.gui.window.appearance import install_translators, remove_translators
from disclosure_desktop.messages import set_language
from tests.helpers.database import short_busy_timeout  # noqa: F401 — a fixture for every test folder
from tests.helpers.paths import FIXTURES, SEED
from tests.helpers.postgres_cluster import (  # noqa: F401 - fixtures: a real PostgreSQL server beside SQLite
    database_target,
    own_server,
    postgres_empty_url,
    postgres_server,
    postgres_template,
    postgres_url,
)
from tests.helpers.scheduling import heavy_first


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    heavy_first(items)  # on several workers the heavy group starts at once instead of last (a long tail)


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Chinese messages, and a default database and settings folder inside the test's own temp dir."""
    set_language("zh")
    monkeypatch.setenv("DISCLOSURE_DESKTOP_DB", str(tmp_path / "default-db.sqlite"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    # QSettings (window geometry, export folder, language) in the test's own folder, never the developer's.
    QCoreApplication.setOrganizationName("disclosure-desktop-tests")
    QCoreApplication.setApplicationName("disclosure-desktop-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield
    set_language("zh")


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """A real SQLite file in a temporary folder (never a mock)."""
    return tmp_path / "reports.sqlite"


@pytest.fixture
def seed_text() -> str:
    """The older narrative report from shared/seeds, or the copy kept in tests/fixtures."""
    path = SEED if SEED.exists() else FIXTURES / "seed_narrative.txt"
    return path.read_text("utf-8")


@pytest.fixture(params=["zh_CN", "en_US"])
def ui_language(request, qapp):
    """The UI started in one language, as `--lang` sets it; afterwards the other tests' state again (Chinese
    messages, no translator: they read the source texts)."""
    messages.set_language(request.param)
    loaded = install_translators(qapp, messages.current_language())
    assert any(name.startswith("qtbase_") for name in loaded), loaded
    yield messages.current_language()
    messages.set_language("zh")
    remove_translators(qapp)
