#!/usr/bin/env bash
# Builds dist/disclosure-desktop_<version>_<arch>.deb from the PyInstaller one-folder build (packaging/build.sh):
# the folder under /opt/disclosure-desktop, the command in /usr/bin, the desktop entry, AppStream metadata and the
# icons in the places the desktops (UOS, Kylin, Debian, Ubuntu) read them. Needs only dpkg-deb.
#   bash packaging/build_deb.sh [FOLDER]        FOLDER defaults to dist/disclosure-desktop
#   DEB_COMPRESSION=gzip|xz|zstd (default xz: every dpkg reads it; UOS/Kylin's older dpkg cannot read zstd)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root="$(pwd)"
folder="${1:-dist/disclosure-desktop}"
[ -x "$folder/disclosure-desktop" ] || { echo "no one-folder build at $folder: run packaging/build.sh first" >&2; exit 2; }
app_id="org.disclosure_desktop.DisclosureDesktop"
version="$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')"
arch="$(dpkg --print-architecture)"
out="dist/disclosure-desktop_${version}_${arch}.deb"

stage="$(mktemp -d)"
trap 'rm -rf "$stage"' EXIT
install -d "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" "$stage/usr/share/metainfo" \
  "$stage/usr/share/doc/disclosure-desktop" "$stage/DEBIAN"
cp -a "$folder" "$stage/opt/disclosure-desktop"
ln -s ../../opt/disclosure-desktop/disclosure-desktop "$stage/usr/bin/disclosure-desktop"
install -m 644 "packaging/linux/$app_id.desktop" "$stage/usr/share/applications/"
install -m 644 "packaging/linux/$app_id.metainfo.xml" "$stage/usr/share/metainfo/"
for size in 16 22 24 32 48 64 128 256; do
  install -D -m 644 "resources/icons/disclosure-desktop-$size.png" \
    "$stage/usr/share/icons/hicolor/${size}x${size}/apps/disclosure-desktop.png"
done
install -D -m 644 resources/icons/disclosure-desktop.svg "$stage/usr/share/icons/hicolor/scalable/apps/disclosure-desktop.svg"
{
  echo "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/"
  echo "Upstream-Name: disclosure-desktop"
  echo
  echo "Files: *"
  echo "Copyright: 2026 the disclosure_desktop developers"
  echo "License: MIT"
  sed 's/^$/./; s/^/ /' resources/LICENSE.txt
  echo
  echo "Files: opt/disclosure-desktop/_internal/*"
  echo "Comment: Python, Qt/PySide6 (LGPL-3.0), Jinja2, SQLAlchemy, Alembic, python-docx, lxml, each under its"
  echo " own licence; see the About dialog and the licence files inside the folder."
} > "$stage/usr/share/doc/disclosure-desktop/copyright"
chmod -R u+rwX,go+rX,go-w "$stage"

# The libraries Qt's xcb and offscreen platforms load (the same list scripts/bootstrap.sh installs); CJK faces
# are recommended, not required: the program says which face stands in and which characters would be boxes.
depends="libc6, libegl1, libgl1, libglib2.0-0, libfontconfig1, libdbus-1-3, libxkbcommon0, libxkbcommon-x11-0,
 libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libxcb-image0, libxcb-render-util0, libxcb-shape0, libxcb-randr0,
 libxcb-xinerama0, libxcb-xkb1"
cat > "$stage/DEBIAN/control" <<EOF
Package: disclosure-desktop
Version: $version
Architecture: $arch
Maintainer: The disclosure_desktop developers <disclosure-desktop@localhost>
Installed-Size: $(du -sk "$stage" --exclude=DEBIAN | cut -f1)
Depends: $(echo "$depends" | tr -d '\n')
Recommends: fonts-arphic-uming, fonts-arphic-ukai, fonts-wqy-zenhei | fonts-noto-cjk
Section: text
Priority: optional
Description: draft, check and publish the annual government information disclosure report
 An offline desktop program in which the clerk of a Chinese government agency or public institution drafts the
 annual report on government information disclosure (政府信息公开工作年度报告) in the State Council's standard
 format, checks its tables and text, and prints it or exports PDF, Word, a web page and JSON.
EOF
mkdir -p dist
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" --build "$stage" "$out" >/dev/null
echo "Built: $out ($(du -h "$out" | cut -f1))"
