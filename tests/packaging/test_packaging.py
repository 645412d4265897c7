"""What the installers are made of: a valid desktop entry and AppStream metadata, icons at every size (the 16 px
one still a drawing, not a smudge), a wheel that carries every run-time file, and installer scripts that name
only files that exist. The builds themselves run in scripts/ci_packaging.sh (the wheel in a clean environment,
PyInstaller, the .deb with dpkg -i)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from tests.helpers.paths import ROOT

LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.disclosure_desktop.DisclosureDesktop"
ICONS = ROOT / "resources" / "icons"


def _tool(name: str) -> str:
    found = shutil.which(name)
    assert found, f"{name} is missing: scripts/bootstrap.sh test installs it"
    return found


def test_the_desktop_entry_validates():
    result = subprocess.run([_tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")],
                            capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr
    entry = (LINUX / f"{APP_ID}.desktop").read_text("utf-8")
    assert "Name[zh_CN]=政府信息公开年报助手" in entry and "Exec=disclosure-desktop" in entry
    assert "Icon=disclosure-desktop" in entry


def test_the_appstream_metadata_validates_and_names_the_desktop_entry():
    path = LINUX / f"{APP_ID}.metainfo.xml"
    result = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(path)], capture_output=True,
                            text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    tree = ET.parse(path).getroot()
    assert tree.findtext("id") == APP_ID
    assert tree.findtext("launchable") == f"{APP_ID}.desktop"
    assert tree.findtext("provides/binary") == "disclosure-desktop"
    version = re.search(r'^version = "([^"]+)"', (ROOT / "pyproject.toml").read_text(), re.M).group(1)
    assert tree.find("releases/release").get("version") == version


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256])
def test_every_icon_size_is_drawn_for_its_size(size: int):
    image = QImage(str(ICONS / f"disclosure-desktop-{size}.png"))
    assert (image.width(), image.height()) == (size, size)
    # The white mark on the red tile: a fair share of near-white pixels, and plainly red ones too.
    pixels = [image.pixelColor(x, y) for x in range(size) for y in range(size)]
    white = sum(1 for p in pixels if p.red() > 225 and p.green() > 225 and p.blue() > 225)
    red = sum(1 for p in pixels if p.red() > 150 and p.green() < 90 and p.alpha() > 200)
    assert 0.10 < white / len(pixels) < 0.45 and red / len(pixels) > 0.35, (size, white, red)


def test_the_window_icon_is_the_shipped_one(qapp):
    from disclosure_desktop.gui.widgets.icons import app_icon

    sizes = {(s.width(), s.height()) for s in app_icon().availableSizes()}
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes


def test_the_windows_icon_holds_several_sizes():
    data = (ICONS / "disclosure-desktop.ico").read_bytes()
    assert data[:4] == b"\x00\x00\x01\x00"
    assert int.from_bytes(data[4:6], "little") >= 5


def test_the_wheel_carries_every_run_time_file(tmp_path: Path):
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(ROOT)],
                           capture_output=True, text=True)
    assert built.returncode == 0, built.stderr[-2000:]
    wheel = next(tmp_path.glob("disclosure_desktop-*.whl"))
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import check_wheel
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    wanted = check_wheel.expected()
    for needed in ("disclosure_desktop/translations/disclosure_desktop_zh_CN.qm",
                   "disclosure_desktop/translations/disclosure_desktop_en.qm",
                   "disclosure_desktop/resources/templates/report.html.j2",
                   "disclosure_desktop/resources/formats/tables/t3-2021.toml",
                   "disclosure_desktop/resources/help/t3-2021.toml",
                   "disclosure_desktop/resources/icons/disclosure-desktop-16.png"):
        assert needed in wanted
    assert check_wheel.missing(wheel) == []


def test_the_installer_scripts_name_only_files_that_exist():
    iss = (ROOT / "packaging" / "windows" / "disclosure-desktop.iss").read_text("utf-8")
    for relative in re.findall(r"\{#Root\}([^\";\s]+)", iss):
        if "dist" in relative:  # the PyInstaller folder and the output: built, not committed
            continue
        assert (ROOT / relative.replace("\\", "/")).exists(), relative
    assert 'Name: "chinesesimplified"' in iss and 'Name: "english"' in iss
    assert "chinesesimplified.AppName=政府信息公开年报助手" in iss and "{group}" in iss
    deb = (ROOT / "packaging" / "build_deb.sh").read_text("utf-8")
    for relative in re.findall(r'"((?:packaging|resources)/[^"$]+)"', deb):
        assert (ROOT / relative).exists(), relative
    for size in re.search(r"for size in ([\d ]+); do", deb).group(1).split():
        assert (ICONS / f"disclosure-desktop-{size}.png").exists()
