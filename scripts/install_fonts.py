"""Installs free 仿宋/楷/宋/黑 faces (Fandol, GPL-3 with the font exception) on a Linux machine, once.

Debian names no package for a 仿宋 face; texlive-lang-chinese ships FandolFang (all 6,763 GB2312 characters) but
installing it pulls 19 TeX packages. `apt-get download` + `dpkg-deb -x` gives just the font files. Their cmap maps
Kangxi/CJK radical and compatibility code points to the same glyphs as the unified ideographs, and Qt's PDF writer
then writes 人 as ⼈ into the text layer; the set-up deletes those cmap entries here, once (≈ 6 s a face), so
every program on the machine — this one, LibreOffice, a browser — gets a face whose text copies right, and no
clerk waits for it at the first export. A fontconfig file makes the names a Word file uses (仿宋_GB2312, 仿宋,
FangSong, 楷体, 黑体, 宋体, 方正小标宋简体 …) resolve to these faces, as they do on a Chinese Windows.

Root: /usr/local/share/fonts and /etc/fonts/conf.d; anyone else: ~/.local/share/fonts and ~/.config/fontconfig.
Usage: install_fonts.py [--quiet]. Exit 0 when the faces are there (or this is no Debian-like machine).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

PACKAGE = "texlive-lang-chinese"
SOURCE_DIR = "usr/share/texlive/texmf-dist/fonts/opentype/public/fandol"
LICENCE_FILES = ("usr/share/doc/texlive-doc/fonts/fandol/README", "usr/share/doc/texlive-doc/fonts/fandol/COPYING.gz")
FACES = (
    "FandolFang-Regular.otf",
    "FandolKai-Regular.otf",
    "FandolSong-Regular.otf",
    "FandolSong-Bold.otf",
    "FandolHei-Regular.otf",
)
# Bump when the cleaning or the alias file changes: an older installation is then redone.
STAMP = "disclosure-desktop fonts 4"
# Radical and compatibility blocks whose code points share glyphs with unified ideographs (measured: 203 entries
# in FandolFang), and the control characters that share the space's glyph (a PDF's spaces then read U+0001);
# without them a glyph has one code point left, the one text holds.
DROPPED_RANGES = ((0x0000, 0x001F), (0x007F, 0x009F), (0x2E80, 0x2FDF), (0x31C0, 0x31EF), (0xF900, 0xFAFF))
# Private-use code points are dropped where they only repeat a glyph a standard code point has.
PRIVATE_USE = (0xE000, 0xF8FF)

# Each official or Windows face name → the faces it resolves to, best first. Installed faces outside this set
# (AR PL, WenQuanYi, Noto) still follow through fontconfig's own fallback.
ALIASES: dict[str, tuple[str, ...]] = {
    "FangSong": ("FandolFang",),
    "仿宋": ("FandolFang",),
    "仿宋_GB2312": ("FandolFang",),
    "STFangsong": ("FandolFang",),
    "华文仿宋": ("FandolFang",),
    "KaiTi": ("FandolKai", "AR PL UKai CN"),
    "楷体": ("FandolKai", "AR PL UKai CN"),
    "楷体_GB2312": ("FandolKai", "AR PL UKai CN"),
    "STKaiti": ("FandolKai", "AR PL UKai CN"),
    "SimHei": ("FandolHei", "WenQuanYi Zen Hei"),
    "黑体": ("FandolHei", "WenQuanYi Zen Hei"),
    "STHeiti": ("FandolHei", "WenQuanYi Zen Hei"),
    "SimSun": ("FandolSong", "AR PL UMing CN"),
    "宋体": ("FandolSong", "AR PL UMing CN"),
    "NSimSun": ("FandolSong", "AR PL UMing CN"),
    "STSong": ("FandolSong", "AR PL UMing CN"),
    "方正小标宋简体": ("FandolSong", "AR PL UMing CN"),
    "方正小标宋_GBK": ("FandolSong", "AR PL UMing CN"),
    "华文中宋": ("FandolSong", "AR PL UMing CN"),
    "STZhongsong": ("FandolSong", "AR PL UMing CN"),
}


TITLE_FACES = ("方正小标宋简体", "方正小标宋_GBK")


def say(message: str, quiet: bool) -> None:
    if not quiet:
        print(message)


def targets() -> tuple[Path, Path]:
    """(font folder, fontconfig file) for this user."""
    if os.geteuid() == 0:
        return Path("/usr/local/share/fonts/disclosure-desktop"), Path("/etc/fonts/conf.d/65-disclosure-desktop.conf")
    home = Path.home()
    data = Path(os.environ.get("XDG_DATA_HOME") or home / ".local/share")
    config = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    return data / "fonts/disclosure-desktop", config / "fontconfig/conf.d/65-disclosure-desktop.conf"


def clean_cmap(source: Path, target: Path) -> int:
    """Copy `source` to `target` without the radical/compatibility cmap entries; returns how many were removed."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(source), lazy=True)  # lazy: only the cmap is decoded and rebuilt, the outlines are copied
    removed = 0
    for table in font["cmap"].tables:
        standard = {g for cp, g in table.cmap.items() if not PRIVATE_USE[0] <= cp <= PRIVATE_USE[1]}
        doomed = [cp for cp, g in table.cmap.items() if any(lo <= cp <= hi for lo, hi in DROPPED_RANGES)
                  or (PRIVATE_USE[0] <= cp <= PRIVATE_USE[1] and g in standard)]
        for cp in doomed:
            del table.cmap[cp]
        removed += len(doomed)
    if font["name"].getDebugName(2) == "Bold":
        # FandolSong-Bold says weight 400 in its OS/2 table: fontconfig and Qt then take it for the regular face.
        font["OS/2"].usWeightClass = 700
        font["OS/2"].fsSelection = (font["OS/2"].fsSelection | 0x20) & ~0x40  # BOLD on, REGULAR off
        font["head"].macStyle |= 0x01
    tmp = target.with_suffix(".tmp")
    font.save(str(tmp))
    tmp.replace(target)
    return removed


def alias_config() -> str:
    lines = [
        '<?xml version="1.0"?>',
        '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
        f"<!-- {STAMP}: the 公文 face names a Word file or a web page asks for, resolved to installed free faces."
        " Written by disclosure_desktop's scripts/install_fonts.py. -->",
        "<fontconfig>",
    ]
    for name, faces in ALIASES.items():
        prefer = "".join(f"<family>{face}</family>" for face in faces)
        lines.append(f'  <alias binding="same"><family>{name}</family><prefer>{prefer}</prefer></alias>')
    # 方正小标宋 is a heavy Song: the title takes FandolSong's bold weight, never a fake bold of the regular.
    for name in TITLE_FACES:
        lines.append(
            f'  <match target="pattern"><test name="family"><string>{name}</string></test>'
            '<edit name="family" mode="prepend" binding="strong"><string>FandolSong</string></edit>'
            '<edit name="weight" mode="assign" binding="strong"><const>bold</const></edit></match>'
        )
    lines.append("</fontconfig>")
    return "\n".join(lines) + "\n"


def installed(fonts: Path, config: Path) -> bool:
    stamp = fonts / "STAMP"
    return (
        stamp.is_file()
        and stamp.read_text("utf-8").strip() == STAMP
        and all((fonts / face).is_file() for face in FACES)
        and config.is_file()
        and config.read_text("utf-8") == alias_config()
    )


def fetch_faces(work: Path) -> Path:
    """The unpacked package's root: the .deb is downloaded, not installed (none of its dependencies come along)."""
    download = ["apt-get", "download", "-qq", PACKAGE]
    if subprocess.run(download, cwd=work, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode != 0:
        if os.geteuid() == 0:  # a fresh machine may not have the package lists yet
            subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(download, cwd=work, check=True, stdout=subprocess.DEVNULL)
    deb = next(work.glob(f"{PACKAGE}_*.deb"))
    root = work / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    return root


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    if not sys.platform.startswith("linux") or shutil.which("apt-get") is None or shutil.which("dpkg-deb") is None:
        say("install_fonts: not a Debian-like Linux machine; install a 仿宋 face (FangSong) yourself.", quiet)
        return 0
    fonts, config = targets()
    if installed(fonts, config):
        return 0
    say(f"Installing the Fandol faces (仿宋/楷/宋/黑, GPL-3 with font exception) into {fonts} …", quiet)
    fonts.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        try:
            root = fetch_faces(Path(tmp))
        except (subprocess.CalledProcessError, StopIteration, OSError) as error:
            # No package lists or no network: the program still runs, with the faces the fallback chains find.
            print(f"install_fonts: could not fetch {PACKAGE} ({error}); 仿宋 falls back to another installed face.",
                  file=sys.stderr)
            return 0
        for face in FACES:
            removed = clean_cmap(root / SOURCE_DIR / face, fonts / face)
            say(f"  {face}: {removed} duplicate cmap entries removed", quiet)
        for licence in LICENCE_FILES:
            shutil.copy(root / licence, fonts / Path(licence).name)
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(alias_config(), "utf-8")
    (fonts / "STAMP").write_text(STAMP + "\n", "utf-8")
    if shutil.which("fc-cache"):
        subprocess.run(["fc-cache", "-f", str(fonts)], check=False, stdout=subprocess.DEVNULL)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
