"""What the clerk is told about pastes, imports and finishing a report (issue 20), in Chinese and English."""

from __future__ import annotations

CATALOG: dict[str, tuple[str, str]] = {
    # A pasted sheet's own 总计 against the sum the program computes from the pasted numbers.
    "paste.totals_differ": (
        "其中{n}格与各项之和不符（如{cell}：表格中为{stated}，各项之和为{computed}），请核对原表",
        "{n} of them differ from the sum of their items (e.g. {cell}: {stated} in the sheet, {computed} added "
        "up) — check the sheet",
    ),
    "paste.totals_agree": ("总计由程序计算，与表格中的{n}格一致", "totals are computed by the program and agree "
                           "with the sheet's {n}"),
    "version.before_import": ("导入前", "before import"),
    "version.imported": ("导入：{file}", "imported: {file}"),
}
