"""disclosure_desktop: draft, check, print and publish the annual 政府信息公开工作年度报告 offline."""

import os

__version__ = "0.1.0"
APP_NAME = "disclosure-desktop"

# Before Qt loads: Qt seeds its hash tables at random in every process, and the PDF writer lays its fonts out in
# that order, so the same signed version printed by two runs of the program differed (measured: 163,593 of
# 231,984 bytes). A fixed seed makes a signed version's PDF, and a submission package, the same bytes every time.
os.environ.setdefault("QT_HASH_SEED", "0")
