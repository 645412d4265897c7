#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for disclosure_desktop, then starts the program (`run`) or runs every
# test (`test`). Safe to run again: it only installs what is missing.
set -euo pipefail

mode="${1:-run}"
shift || true
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"

# CJK fonts (a fresh machine draws every Chinese character as a box), Liberation Serif (metrically Times New Roman,
# the Latin face of a 公文 and of our Word file: LibreOffice then sets its digits as wide as Word does) and the
# libraries Qt's xcb and offscreen platforms load. Tests also read the exported PDF with pdftotext and pdffonts.
packages=(
  fonts-noto-cjk fonts-wqy-zenhei fonts-wqy-microhei fonts-arphic-uming fonts-arphic-ukai fonts-liberation2
  libegl1 libgl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-shape0
  libxcb-randr0 libxcb-xinerama0 libxcb-xkb1
)
if [ "$mode" = test ]; then
  # desktop-file-utils and appstream validate the Linux desktop entry and metainfo (packaging/linux); the storage
  # tests run against a throwaway cluster of Debian's PostgreSQL as well as SQLite (scripts/pg_cluster.sh).
  packages+=(poppler-utils libreoffice-writer-nogui desktop-file-utils appstream postgresql)
  # The web page's accessibility test runs axe-core over jsdom under node.
  command -v npm >/dev/null 2>&1 || packages+=(nodejs npm)
fi
python_bin="${PYTHON:-python3}"
if ! "$python_bin" -c 'import venv, ensurepip' >/dev/null 2>&1; then
  packages+=(python3-venv)
fi

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    echo "Installing system packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Some system packages are missing. As root, run:"
    echo "  sudo apt-get install -y --no-install-recommends ${missing[*]}"
    echo "(continuing; Chinese text may show as boxes until the fonts are installed)"
  fi
fi

if ! "$python_bin" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "disclosure_desktop needs Python 3.11 or newer; $python_bin is $("$python_bin" --version 2>&1)." >&2
  exit 1
fi

# "fonts": fontTools for scripts/install_fonts.py, which the set-up runs below.
extras="[fonts]"
[ "$mode" = test ] && extras="[test,fonts]"
stamp=".venv/.installed$extras"
if [ ! -x .venv/bin/python ]; then
  "$python_bin" -m venv .venv
fi
fresh() { [ -f "$1" ] && [ ! pyproject.toml -nt "$1" ]; }
# An environment set up for the tests also runs the program.
if ! fresh "$stamp" && ! { [ "$mode" = run ] && fresh ".venv/.installed[test,fonts]"; }; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".$extras"
  touch "$stamp"
fi

# A 仿宋 body face (GB/T 9704) and the 楷/宋/黑 faces: Debian packages none under those names (see the script).
.venv/bin/python scripts/install_fonts.py

# axe-core and jsdom for the web page's accessibility test, into the git-ignored node_modules/ of the project.
if [ "$mode" = test ] && command -v npm >/dev/null 2>&1 && ! fresh node_modules/.installed; then
  npm install --no-audit --no-fund --no-save --silent --prefix "$here" axe-core@4 jsdom@26
  touch node_modules/.installed
fi

case "$mode" in
  run)
    exec .venv/bin/disclosure-desktop "$@"
    ;;
  test)
    export QT_QPA_PLATFORM=offscreen
    # A throwaway PostgreSQL cluster (initdb in a temporary folder, 127.0.0.1 only, a free port) for the storage
    # tests, named to them by $DISCLOSURE_TEST_PG_URL and stopped when the tests end, however they end.
    if [ -z "${DISCLOSURE_TEST_PG_URL:-}" ]; then
      pg_dir="$(mktemp -d "${TMPDIR:-/tmp}/dd-test-pg.XXXXXX")"
      trap 'bash "$here/scripts/pg_cluster.sh" stop "$pg_dir"' EXIT
      if pg_url="$(bash scripts/pg_cluster.sh start "$pg_dir")"; then
        export DISCLOSURE_TEST_PG_URL="$pg_url"
      else
        echo "No PostgreSQL server could be started: the tests' PostgreSQL half is skipped (a failure in CI)." >&2
      fi
    fi
    # One worker a core (pytest-xdist); the kill and many-writers tests one after another on one of them
    # (tests/helpers/scheduling.py). `test -n 0` runs everything in this one process. Not exec: the cluster is
    # stopped afterwards.
    .venv/bin/python -m pytest -n auto --dist loadgroup "$@"
    ;;
  *)
    echo "usage: scripts/bootstrap.sh run|test [arguments]" >&2
    exit 2
    ;;
esac
