#!/usr/bin/env bash
# CI packaging step (called by .ci/run after the tests): the program as users get it, not as the checkout runs it.
#  1. desktop entry and AppStream metadata validate;
#  2. the wheel builds and holds the templates, formats, help, icons and .qm files;
#  3. the wheel installs into a clean virtual environment outside the checkout, and the installed program starts
#     offscreen, creates a report and exports it (GUI, zh_CN and en_US) and exports from its command line;
#  4. the PyInstaller one-folder build runs its command-line export, and on a throwaway PostgreSQL cluster (Debian's
#     postgresql, scripts/pg_cluster.sh) sets up a shared database, imports into it and lists it;
#  5. the .deb builds from that folder; as root it installs with dpkg -i, its program exports, and it is removed.
# Each step prints its time. Needs scripts/bootstrap.sh test to have run (system packages, .venv).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
work="$(mktemp -d /tmp/disclosure-packaging.XXXXXX)"
installed_deb=""
pg_dir=""
cleanup() {
  if [ -n "$installed_deb" ]; then dpkg -r disclosure-desktop >/dev/null 2>&1 || true; fi
  if [ -n "$pg_dir" ]; then bash scripts/pg_cluster.sh stop "$pg_dir" >/dev/null 2>&1 || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen
example="$root/resources/examples/example-gov-2021.json"

t0=$SECONDS
step() { echo "[packaging] $1 ($((SECONDS - t0)) s)"; t0=$SECONDS; }

# Exports the example through the program `$1` (a command) into $2 and checks the PDF's text.
export_example() {
  local program="$1" dir="$2" id
  mkdir -p "$dir"
  id="$("$program" --db "$dir/reports.sqlite" import "$example")"
  "$program" --db "$dir/reports.sqlite" --lang zh_CN export "$id" -o "$dir/report.pdf"
  "$program" --db "$dir/reports.sqlite" --lang en_US export "$id" -o "$dir/report.docx"
  pdftotext "$dir/report.pdf" - | tr -d '\n' | grep -q "三、收到和处理政府信息公开申请情况" \
    || { echo "the PDF exported by $program lacks part 三" >&2; exit 1; }
  [ -s "$dir/report.docx" ] || { echo "no Word file from $program" >&2; exit 1; }
}

desktop-file-validate packaging/linux/org.disclosure_desktop.DisclosureDesktop.desktop
appstreamcli validate --no-net packaging/linux/org.disclosure_desktop.DisclosureDesktop.metainfo.xml
step "desktop entry and AppStream metadata valid"

.venv/bin/python -m pip wheel -q --no-deps -w "$work/wheel" . 2>&1 | grep -v '^WARNING: Location' || true
wheel="$(ls "$work"/wheel/disclosure_desktop-*.whl)"
.venv/bin/python scripts/check_wheel.py "$wheel"
step "wheel built and complete: $(basename "$wheel") $(du -h "$wheel" | cut -f1)"

python3 -m venv "$work/venv"
"$work/venv/bin/python" -m pip install -q "$wheel" 2>&1 | grep -v '^WARNING: Location' || true
step "wheel installed into a clean environment outside the checkout"
(cd "$work" && "$work/venv/bin/python" "$root/packaging/smoke_gui.py" "$work/smoke-zh" zh_CN)
(cd "$work" && "$work/venv/bin/python" "$root/packaging/smoke_gui.py" "$work/smoke-en" en_US)
(cd "$work" && export_example "$work/venv/bin/disclosure-desktop" "$work/wheel-cli")
step "installed program: GUI smoke in zh_CN and en_US, command-line export"

bash packaging/build.sh >"$work/pyinstaller.log" 2>&1 || { tail -30 "$work/pyinstaller.log"; exit 1; }
(cd "$work" && export_example "$root/dist/disclosure-desktop/disclosure-desktop" "$work/frozen")
step "PyInstaller folder built ($(du -sh dist/disclosure-desktop | cut -f1)) and its command line exported"

# The folder carries psycopg (and keyring): it opens a shared database named by its URL.
pg_dir="$(mktemp -d /tmp/disclosure-packaging-pg.XXXXXX)"
if pg_url="$(bash scripts/pg_cluster.sh start "$pg_dir" 2>"$work/pg.log")"; then
  frozen="$root/dist/disclosure-desktop/disclosure-desktop"
  "$frozen" --db "$pg_url" db upgrade >/dev/null
  "$frozen" --db "$pg_url" import "$example" >/dev/null
  "$frozen" --db "$pg_url" list | grep -q "示例县人民政府办公室" || { echo "the folder's list of the shared database lacks the report" >&2; exit 1; }
  bash scripts/pg_cluster.sh stop "$pg_dir"
  pg_dir=""
  step "PyInstaller folder on a PostgreSQL server: db upgrade, import, list"
else
  cat "$work/pg.log" >&2
  echo "no PostgreSQL cluster for the folder's shared-database check (install Debian's postgresql)" >&2
  exit 1
fi

bash packaging/build_deb.sh
deb="$(ls dist/disclosure-desktop_*.deb)"
step "deb built: $(basename "$deb") $(du -h "$deb" | cut -f1)"
if [ "$(id -u)" = 0 ]; then
  if dpkg-query -W -f='${Status}' disclosure-desktop 2>/dev/null | grep -q "install ok installed"; then
    echo "disclosure-desktop is already installed on this machine: not replacing it" >&2
    exit 1
  fi
  dpkg -i "$deb" >/dev/null
  installed_deb="$deb"
  desktop-file-validate /usr/share/applications/org.disclosure_desktop.DisclosureDesktop.desktop
  [ -f /usr/share/icons/hicolor/16x16/apps/disclosure-desktop.png ]
  (cd "$work" && export_example /usr/bin/disclosure-desktop "$work/deb")
  dpkg -r disclosure-desktop >/dev/null
  installed_deb=""
  step "deb installed with dpkg -i, its program exported, removed"
else
  dpkg-deb --contents "$deb" | grep -q './usr/bin/disclosure-desktop'
  step "not root: deb contents listed (dpkg -i needs root)"
fi
echo "[packaging] passed"
