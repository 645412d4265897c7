#!/usr/bin/env bash
# Builds a self-contained program folder with PyInstaller (dist/disclosure-desktop/). PyInstaller does not
# cross-build: run this on Windows for the Windows build (then packaging/windows-installer.iss), on UOS/Kylin for
# theirs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -x .venv/bin/python ] || python3 -m venv .venv
# postgres: psycopg and keyring, so that the folder opens a shared database (spec §14).
.venv/bin/python -m pip install -q -e ".[package,postgres]"
.venv/bin/pyinstaller --noconfirm --clean packaging/disclosure-desktop.spec
echo "Built: dist/disclosure-desktop/disclosure-desktop"
