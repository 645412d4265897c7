"""Which installed typeface prints each official 公文 role (spec §6), how wide text is in it, and what has no face.

Chinese Windows faces (仿宋_GB2312, 方正小标宋简体 …) are rarely installed on Linux, so each role walks a stated
fallback chain; the README's set-up installs the free Fandol faces (FandolFang is a real 仿宋). For each role the
plan takes the first face of its chain whose text a PDF reader extracts right (Qt's PDF writer writes one code
point per glyph, and a face whose cmap maps a Kangxi radical and the ideograph to one glyph — Noto CJK, the raw
Fandol files — makes 人 extract as ⼈; shared/notes/platform-notes.md) and that covers the report's text for that
role but for a few characters; those few (a name with 喆 or 堃, outside GB2312) come from fallback faces of the
same chain, character by character, so that one name never moves a whole report's body out of 仿宋.

QtGui only: the CLI exports a PDF without QtWidgets. A QGuiApplication is created lazily (offscreen works).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

from disclosure_desktop.domain.layout import table_grid
from disclosure_desktop.domain.textblocks import split_blocks
from disclosure_desktop.export import typesetting as ts
from disclosure_desktop.messages import current_language

if TYPE_CHECKING:
    from disclosure_desktop.domain.report import Report
    from disclosure_desktop.export.widths import Measure

__all__ = [
    "CHAINS",
    "ROLES",
    "ROLE_LABELS",
    "FontPlan",
    "RoleFont",
    "ensure_gui_application",
    "extracts_right",
    "font_plan",
    "missing_characters",
    "plan_note",
    "report_measure",
    "role_texts",
    "set_preferred_faces",
    "text_width_em",
]

# The official face of each role and the fallback chain after it, in order of preference (spec §6): the Windows
# names first, then the free faces the set-up installs (Fandol), then what Debian's font packages add.
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
    "body": ("仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "FandolFang", "AR PL UMing CN", "FandolSong",
             "WenQuanYi Zen Hei"),
    "title": ("方正小标宋简体", "方正小标宋_GBK", "华文中宋", "STZhongsong", "宋体", "SimSun", "FandolSong",
              "AR PL UMing CN", "WenQuanYi Zen Hei"),
    "heading1": ("黑体", "SimHei", "STHeiti", "FandolHei", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
                 "AR PL UMing CN"),
    "heading2": ("楷体_GB2312", "楷体", "KaiTi", "STKaiti", "FandolKai", "AR PL UKai CN", "AR PL UMing CN",
                 "WenQuanYi Zen Hei"),
    "table": ("宋体", "SimSun", "STSong", "FandolSong", "AR PL UMing CN", "WenQuanYi Zen Hei"),
}
# Faces of the chains that are bold cuts standing in for a heavy official face (小标宋).
BOLD_STAND_INS: dict[str, frozenset[str]] = {"title": frozenset({"FandolSong"})}
# Whatever CJK face exists, as the last resort.
_LAST_RESORT = ("Noto Serif CJK SC", "Noto Sans CJK SC")
# Radical code point → the unified ideograph whose glyph a pan-CJK face reuses for it; a control character that
# shares the space's glyph makes a PDF's spaces read U+0001.
_RADICAL_PAIRS = (("\u2f00", "一"), ("\u2f08", "人"), ("\u2ea0", "民"), ("\u2f2f", "工"), ("\u2f63", "生"),
                  ("\x01", " "))

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
    # False: only a face whose PDF text extracts wrong (or none) was found.
    extracts_right: bool
    bold: bool = False
    # Faces, in order, for the characters `used` lacks (Qt takes each glyph from the first family that has it).
    fallbacks: tuple[str, ...] = ()

    @property
    def families(self) -> tuple[str, ...]:
        return (self.used, *self.fallbacks)

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


@cache
def _installed() -> frozenset[str]:
    ensure_gui_application()
    return frozenset(QFontDatabase.families())


_preferred: dict[str, str] = {}


def set_preferred_faces(faces: dict[str, str]) -> None:
    """role → family the clerk chose (settings); tried before the role's chain when installed."""
    _preferred.clear()
    _preferred.update({role: family for role, family in faces.items() if role in ROLES and family})
    _plan.cache_clear()


@cache
def _raw(family: str) -> QRawFont:
    ensure_gui_application()
    return QRawFont.fromFont(QFont(family))


def _glyph(raw: QRawFont, char: str) -> int:
    indexes = raw.glyphIndexesForString(char)
    return indexes[0] if indexes else 0


@cache
def extracts_right(family: str) -> bool:
    """False if the face maps a radical code point to the glyph of its ideograph (its PDF text would read ⼈)."""
    raw = _raw(family)
    if not raw.isValid():
        return False
    return not any(
        raw.supportsCharacter(ord(radical)) and _glyph(raw, radical) == _glyph(raw, ideograph) != 0
        for radical, ideograph in _RADICAL_PAIRS
    )


def _visible(text: str) -> set[str]:
    return {c for c in text if not c.isspace() and c.isprintable()}


def _lacks(family: str, chars: Iterable[str]) -> set[str]:
    raw = _raw(family)
    if not raw.isValid():
        return set(chars)
    # By code point: PySide's str overload of supportsCharacter converts through a QChar and answers False for
    # common characters such as 点 and 的 (the old preflight's false alarms).
    return {c for c in chars if not raw.supportsCharacter(ord(c))}


def _too_many_lacking(lacking: int, chars: int) -> bool:
    """A face lacking more than this prints the role in a patchwork of faces: take another face for all of it."""
    return lacking > max(3, chars // 10)


def _choose(role: str, chars: set[str]) -> RoleFont:
    installed = _installed()
    chosen = _preferred.get(role, "")
    candidates = list(dict.fromkeys(f for f in [chosen, *CHAINS[role], *_LAST_RESORT] if f in installed))
    if not candidates:  # no CJK face at all: Qt's default; missing_characters() names what shows as boxes
        return RoleFont(ROLES[role], QFont().defaultFamily(), False)
    lacking = {f: _lacks(f, chars) for f in candidates}
    # What no installed face has prints as boxes whatever the face: it does not count against any.
    boxes = {c for c in set().union(*lacking.values()) if not _covered_somewhere(c)}
    lacking = {f: missing - boxes for f, missing in lacking.items()}
    # A face that has all but a few characters first; among those the clerk's own choice (settings), then a face
    # whose text extracts right, then the chain's order; then the fewest lacking.
    ranked = sorted(candidates, key=lambda f: (_too_many_lacking(len(lacking[f]), len(chars) - len(boxes)),
                                               f != chosen, not extracts_right(f), candidates.index(f),
                                               len(lacking[f])))
    used = ranked[0]
    fallbacks: list[str] = []
    missing = set(lacking[used])
    for face in sorted(candidates, key=lambda f: (not extracts_right(f), candidates.index(f))):
        if missing and face != used and missing - lacking[face]:
            fallbacks.append(face)
            missing &= lacking[face]
    return RoleFont(ROLES[role], used, extracts_right(used), bold=used in BOLD_STAND_INS.get(role, ()),
                    fallbacks=tuple(fallbacks))


@cache
def _plan(texts: tuple[tuple[str, frozenset[str]], ...]) -> FontPlan:
    by_role = dict(texts)
    return FontPlan({role: _choose(role, set(by_role.get(role, frozenset()))) for role in ROLES})


def font_plan(texts: Mapping[str, str] | None = None) -> FontPlan:
    """The face used for each role, chosen for the characters of `texts` (role → the report's text in that role)."""
    texts = texts or {}
    return _plan(tuple(sorted((role, frozenset(_visible(texts.get(role, "")))) for role in ROLES)))


@cache
def _covered_somewhere(char: str) -> bool:
    """True if any installed face has a glyph for `char`: Qt then draws it in that face instead of a box."""
    return any(_raw(family).supportsCharacter(ord(char)) for family in sorted(_installed()))


def missing_characters(texts: Mapping[str, str], plan: FontPlan) -> list[str]:
    """The distinct characters of the report that no installed face has, so they print as boxes; in text order."""
    order: dict[str, None] = {}
    for role, text in texts.items():
        face = plan.family(role) if role in plan.roles else plan.family("body")
        lacking = _lacks(face, _visible(text))
        for char in text:
            if char in lacking and not _covered_somewhere(char):
                order.setdefault(char, None)
    return list(order)


@cache
def text_width_em(text: str, family: str) -> float:
    """Width of `text` set in `family`, in ems (multiply by the size); characters the face lacks count 1 em."""
    raw = QRawFont(_raw(family))
    if not raw.isValid():
        return float(len(text))
    raw.setPixelSize(1000.0)
    width = 0.0
    for char in text:
        glyphs = raw.glyphIndexesForString(char)
        if not glyphs or glyphs[0] == 0:
            width += 1.0
            continue
        width += raw.advancesForGlyphIndexes(glyphs)[0].x() / 1000.0
    return width


def role_texts(report: Report) -> dict[str, str]:
    """The report's text by the role that prints it, for choosing faces that cover it and for the preflight."""

    body = [report.preamble(), *report.closing_lines()]
    headings: list[str] = []
    subheadings: list[str] = []
    table: list[str] = []
    for section_id, heading in report.printed_sections():
        headings.append(heading)
        for block in split_blocks(report.text(section_id)):
            (subheadings if block.level == 1 else body).append(block.heading)
            body.append(block.body)
        spec = report.format.section(section_id).table
        if spec is not None:
            table += [c.text if c.kind != "value" else report.value(c.cell_id) for c in table_grid(spec).cells]
    table.append(ts.PAGE_NUMBER_TEMPLATE.format(n="0123456789"))
    return {
        "title": "".join(report.title_lines()),
        "body": "\n".join(body),
        "heading1": "\n".join(headings),
        "heading2": "\n".join(subheadings),
        "table": "\n".join(table),
    }


def report_measure(report: Report) -> Measure:
    """Text widths in mm at the table size, in the faces that print `report`: the plan's table face (PDF, print,
    preview) and, for numbers, also Times New Roman or its metric twin (Word's Latin face), whichever is wider."""
    plan = font_plan(role_texts(report))
    table_face = plan.family("table")
    latin = next((f for f in ts.LATIN_METRIC_TWINS if f in _installed()), None)
    mm_per_em = ts.TABLE_BODY.size_pt * 25.4 / 72

    def measure(text: str, kind: str) -> float:
        em = text_width_em(text, table_face)
        if kind == "value":
            # Without either Latin face installed, Word's digits are taken at Times New Roman's 0.5 em.
            em = max(em, text_width_em(text, latin) if latin else 0.5 * len(text))
        return em * mm_per_em

    return measure


_ROLE_LABELS_EN: dict[str, str] = {
    "body": "Body text",
    "title": "Title",
    "heading1": "First-level headings",
    "heading2": "Second-level headings",
    "table": "Tables and page numbers",
}


def plan_note(plan: FontPlan) -> str:
    """One line per role for the export dialog, in the UI language: 正文：仿宋_GB2312 → 使用 FandolFang /
    Body text: 仿宋_GB2312 → FandolFang is used."""

    english = current_language() == "en"
    lines = []
    for role, font in plan.items():
        label = (_ROLE_LABELS_EN if english else ROLE_LABELS).get(role, role)
        others = "、".join(font.fallbacks)
        if english:
            line = f"{label}: {font.wanted} → {font.used} is used" if font.substituted else f"{label}: {font.wanted}"
            lines.append(f"{line} ({', '.join(font.fallbacks)} for the characters it lacks)" if others else line)
        else:
            line = f"{label}：{font.wanted} → 使用 {font.used}" if font.substituted else f"{label}：{font.wanted}"
            lines.append(f"{line}（缺字用 {others}）" if others else line)
    return "\n".join(lines)
