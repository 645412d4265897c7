"""Which installed typeface stands in for each official 公文 face (spec §6), for the PDF and print exporters.

Chinese Windows faces (仿宋_GB2312, 方正小标宋简体 …) are rarely installed on Linux, so each role walks a stated
fallback chain and the export dialog says which face was used. TrueType faces come first: Qt's PDF writer
embeds a wrong ToUnicode map for OpenType/CFF faces such as Noto CJK, and the PDF's text would extract as Kangxi
radicals (see shared/notes/platform-notes.md). A CFF face is used only if no TrueType CJK face exists at all.

QtGui only: the CLI exports a PDF without QtWidgets. A QGuiApplication is created lazily (offscreen works).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

__all__ = [
    "CHAINS",
    "ROLES",
    "ROLE_LABELS",
    "FontPlan",
    "RoleFont",
    "coverage",
    "ensure_gui_application",
    "font_plan",
    "plan_note",
]

# The official face of each role and the fallback chain after it, in order of preference (spec §6). The last
# entries are the TrueType CJK faces Debian ships (fonts-arphic-uming/ukai, fonts-wqy-zenhei).
ROLES: dict[str, str] = {
    "body": "仿宋_GB2312",
    "title": "方正小标宋简体",
    "heading1": "黑体",
    "heading2": "楷体_GB2312",
    "table": "宋体",
}
ROLE_LABELS: dict[str, str] = {
    "body": "正文",
    "title": "标题",
    "heading1": "一级标题",
    "heading2": "二级标题",
    "table": "表格与页码",
}
CHAINS: dict[str, tuple[str, ...]] = {
    "body": ("仿宋_GB2312", "FangSong", "仿宋", "STFangsong", "AR PL UMing CN", "WenQuanYi Zen Hei"),
    "title": ("方正小标宋简体", "方正小标宋_GBK", "华文中宋", "STZhongsong", "宋体", "SimSun", "AR PL UMing CN",
              "WenQuanYi Zen Hei"),
    "heading1": ("黑体", "SimHei", "STHeiti", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "AR PL UMing CN"),
    "heading2": ("楷体_GB2312", "KaiTi", "楷体", "STKaiti", "AR PL UKai CN", "AR PL UMing CN", "WenQuanYi Zen Hei"),
    "table": ("宋体", "SimSun", "STSong", "AR PL UMing CN", "WenQuanYi Zen Hei"),
}
# Whatever CJK face exists, as the last resort (still TrueType-first by the check below).
_LAST_RESORT = ("Noto Serif CJK SC", "Noto Sans CJK SC")
_TRUETYPE_SUFFIXES = (".ttf", ".ttc")

_app: QGuiApplication | None = None


def ensure_gui_application() -> None:
    """Fonts and QPdfWriter need a Gui application; make an offscreen one if the caller has none."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Widgets need a QApplication, and Qt allows one application object per process: if QtWidgets is already
    # loaded (the GUI, a test session), make the application the widgets will need later; else a lighter one.
    widgets = sys.modules.get("PySide6.QtWidgets")
    _app = widgets.QApplication([]) if widgets is not None else QGuiApplication([])


@dataclass(frozen=True)
class RoleFont:
    wanted: str
    used: str
    truetype: bool

    @property
    def substituted(self) -> bool:
        return self.wanted != self.used


@dataclass(frozen=True)
class FontPlan:
    """role → (wanted, used); `family(role)` is the family name to give Qt."""

    roles: dict[str, RoleFont]

    def family(self, role: str) -> str:
        return self.roles[role].used

    def items(self) -> Iterable[tuple[str, RoleFont]]:
        return self.roles.items()


def _is_truetype(family: str) -> bool:
    """True if the face Qt would load for `family` has TrueType outlines (a 'glyf' table; CFF faces have 'CFF ')."""
    raw = QRawFont.fromFont(QFont(family))
    if not raw.isValid():
        return False
    # 'loca' indexes 'glyf' and exists exactly when it does; fontTable copies the table, and a CJK face's 'glyf'
    # is 10–20 MB (measured: 60 MB more peak memory and 50 ms more per export for the faces of the chains).
    return bool(raw.fontTable("loca"))


@cache
def _installed() -> frozenset[str]:
    ensure_gui_application()
    return frozenset(QFontDatabase.families())


@cache
def font_plan() -> FontPlan:
    """The face used for each role: the first installed TrueType face of its chain, else any installed face."""
    installed = _installed()
    roles: dict[str, RoleFont] = {}
    for role, wanted in ROLES.items():
        candidates = [f for f in CHAINS[role] + _LAST_RESORT if f in installed]
        # The first TrueType face is taken, so the faces after it are never loaded (each loaded face stays in
        # memory for the rest of the process).
        truetype = next((f for f in candidates if _is_truetype(f)), None)
        if truetype is not None:
            roles[role] = RoleFont(wanted, truetype, True)
        elif candidates:
            roles[role] = RoleFont(wanted, candidates[0], False)
        else:  # no CJK face at all: Qt's default; coverage() will name the characters that show as boxes
            roles[role] = RoleFont(wanted, QFont().defaultFamily(), False)
    return FontPlan(roles)


@cache
def _raw(family: str) -> QRawFont:
    return QRawFont.fromFont(QFont(family))


def coverage(report_text: str, plan: FontPlan, roles: Iterable[str] | None = None) -> list[tuple[str, str]]:
    """(char, role) for each distinct visible character of `report_text` that a role's chosen face lacks."""
    chars = sorted({c for c in report_text if not c.isspace() and c.isprintable()})
    missing: list[tuple[str, str]] = []
    for role in roles if roles is not None else plan.roles:
        raw = _raw(plan.family(role))
        for char in chars:
            if not raw.isValid() or not raw.supportsCharacter(char):
                missing.append((char, role))
    return missing


def plan_note(plan: FontPlan) -> str:
    """One line per role for the export dialog: 正文：仿宋_GB2312 → 使用 AR PL UMing CN."""
    lines = []
    for role, font in plan.items():
        label = ROLE_LABELS.get(role, role)
        if font.substituted:
            lines.append(f"{label}：{font.wanted} → 使用 {font.used}")
        else:
            lines.append(f"{label}：{font.wanted}")
    return "\n".join(lines)
