"""GB/T 9704 typesetting constants (page, faces, sizes, spacing) shared by the Word and PDF exporters."""

from __future__ import annotations

from dataclasses import dataclass

# A4 and the 公文 margins: a type area of 156 × 225 mm (spec §6).
PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0
MARGIN_TOP_MM = 37.0
MARGIN_BOTTOM_MM = 35.0
MARGIN_LEFT_MM = 28.0
MARGIN_RIGHT_MM = 26.0
TYPE_AREA_WIDTH_MM = PAGE_WIDTH_MM - MARGIN_LEFT_MM - MARGIN_RIGHT_MM
TYPE_AREA_HEIGHT_MM = PAGE_HEIGHT_MM - MARGIN_TOP_MM - MARGIN_BOTTOM_MM

# The page number sits about 7 mm under the type area (GB/T 9704 §7.5).
PAGE_NUMBER_GAP_MM = 7.0
PAGE_NUMBER_TEMPLATE = "— {n} —"

# 22 lines on the 225 mm type area give the fixed line pitch of the body.
LINE_PITCH_PT = 28.9
FIRST_LINE_INDENT_CHARS = 2
SIGNATURE_RIGHT_INDENT_CHARS = 2


@dataclass(frozen=True)
class Face:
    """A typeface with its size; `family` is the name Chinese Word/WPS installations know it by."""

    family: str
    size_pt: float
    bold: bool = False


TITLE = Face("方正小标宋简体", 22)
BODY = Face("仿宋_GB2312", 16)
HEADING_1 = Face("黑体", 16)  # 一、
HEADING_2 = Face("楷体_GB2312", 16)  # （一）
HEADING_3 = Face("仿宋_GB2312", 16, bold=True)  # 1.
HEADING_4 = Face("仿宋_GB2312", 16)  # （1）
PAGE_NUMBER = Face("宋体", 14)
TABLE_BODY = Face("宋体", 10.5)
TABLE_HEAD = Face("黑体", 10.5)
# Latin letters and digits in body text: the 公文 convention is Times New Roman beside the Chinese face.
LATIN_FAMILY = "Times New Roman"

# Heading faces by level: 0 is a part heading (一、), 1–3 the sub-heading levels of textblocks.
HEADING_FACES: tuple[Face, ...] = (HEADING_1, HEADING_2, HEADING_3, HEADING_4)

# Where a face is missing, the nearest installed one, in order (spec §6); the last entries exist on Linux.
FALLBACKS: dict[str, tuple[str, ...]] = {
    "方正小标宋简体": ("方正小标宋_GBK", "华文中宋", "宋体", "SimSun", "Noto Serif CJK SC", "AR PL UMing CN"),
    "仿宋_GB2312": ("仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "AR PL UMing CN"),
    "楷体_GB2312": ("楷体", "KaiTi", "STKaiti", "AR PL UKai CN", "Noto Serif CJK SC"),
    "黑体": ("SimHei", "STHeiti", "Noto Sans CJK SC", "WenQuanYi Zen Hei"),
    "宋体": ("SimSun", "STSong", "Noto Serif CJK SC", "AR PL UMing CN"),
}

# Table cells: single spacing, little padding so that table 4's fifteen columns keep two characters a line.
TABLE_CELL_PADDING_MM = 0.5
TABLE_BORDER_EIGHTHS_PT = 4  # ½ pt rules
TABLE_RULE_MM = TABLE_BORDER_EIGHTHS_PT / 8 * 25.4 / 72
# Line pitch in table cells, in ems of the table size ("single spacing" of a CJK face).
TABLE_LINE_EM = 1.1
# What a renderer adds to a cell's text beyond padding and rules (rounding of percentages, hinting): measured
# text plus this always fits.
TABLE_CELL_SLACK_MM = 0.6
# Word and the 公文 convention set Latin letters and digits in Times New Roman; LibreOffice uses its metric twin
# Liberation Serif (the set-up installs it). Both: 0.5 em a digit, measured.
LATIN_METRIC_TWINS = (LATIN_FAMILY, "Liberation Serif")
