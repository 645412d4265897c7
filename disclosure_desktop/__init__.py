"""disclosure_desktop: draft, check, print and publish the annual 政府信息公开工作年度报告 offline."""

__version__ = "0.1.0"
APP_NAME = "disclosure-desktop"
