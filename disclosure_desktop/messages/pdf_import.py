"""What reading a published PDF says (spec §11), and the import's words on units and broken identities."""

from __future__ import annotations

# Every refusal ends by pointing to the files that can be read instead.
_INSTEAD_ZH = "请改用该报告的 Word 文件或网页导入"
_INSTEAD_EN = "import the report's Word file or web page instead"

CATALOG: dict[str, tuple[str, str]] = {
    "pdf.not_pdf": (
        "“{name}”不是 PDF 文件（文件开头没有 PDF 标记），可能是改了扩展名的其他文件",
        "\"{name}\" is not a PDF (it does not begin as one); perhaps another kind of file was renamed",
    ),
    "pdf.damaged": (
        f"PDF 文件“{{name}}”已损坏或不完整（可能没有下载完），无法读取（{{detail}}）。{_INSTEAD_ZH}，或重新下载",
        f"the PDF \"{{name}}\" is damaged or incomplete (perhaps not fully downloaded) and cannot be read"
        f" ({{detail}}); {_INSTEAD_EN}, or download it again",
    ),
    "pdf.encrypted": (
        f"PDF 文件“{{name}}”设有打开密码（已加密），无法读取。{_INSTEAD_ZH}，或取消密码后再导入",
        f"the PDF \"{{name}}\" is locked with a password (encrypted) and cannot be read; {_INSTEAD_EN},"
        " or remove the password and import it again",
    ),
    "pdf.scanned": (
        f"PDF 文件“{{name}}”是扫描的图片，没有文字层，无法读出文字和数字（本程序不做文字识别）。{_INSTEAD_ZH}",
        f"the PDF \"{{name}}\" holds scanned images without a text layer, so no text or number can be read"
        f" (the program does no character recognition); {_INSTEAD_EN}",
    ),
    "pdf.no_text": (
        f"PDF 文件“{{name}}”中没有文字。{_INSTEAD_ZH}",
        f"the PDF \"{{name}}\" contains no text; {_INSTEAD_EN}",
    ),
    "pdf.glyph_codes": (
        f"PDF 文件“{{name}}”的文字只存为字形编码（没有对应的汉字，复制出来是乱码或(cid:…)），无法读取。{_INSTEAD_ZH}",
        f"the text of the PDF \"{{name}}\" is stored as glyph codes without their characters (copying it gives"
        f" garbage or (cid:…)), so it cannot be read; {_INSTEAD_EN}",
    ),
    "pdf.too_many_pages": (
        "PDF 文件“{name}”有 {pages} 页，年度报告不超过 {limit} 页；未导入",
        "the PDF \"{name}\" has {pages} pages (an annual report has fewer than {limit}); nothing was imported",
    ),
    "pdf.read": (
        "从 PDF 的文字层读取了 {pages} 页；页码和页眉页脚 {furniture} 行未计入正文",
        "read {pages} page(s) from the PDF's text layer; {furniture} line(s) of page numbers, headers and footers"
        " left out of the text",
    ),
    "pdf.table_joined": (
        "第 {first} 页的表格在第 {last} 页接续，按一个表格读取",
        "the table on page {first} goes on to page {last}; read as one table",
    ),
    "pdf.label_joined": (
        "分页截断的标签“{above}”与“{below}”连读为“{whole}”",
        "the label the page break cut into \"{above}\" and \"{below}\" is read as \"{whole}\"",
    ),
    "pdf.restricted": (
        "该 PDF 设有权限限制（如禁止复制），但无需密码即可打开；仅为导入读取其文字",
        "the PDF restricts copying but opens without a password; its text was read for the import only",
    ),
    "import.amount_unit": (
        "“{row}”行“{column}”列印的是“{printed}”，按 {value} 万元读入",
        "row \"{row}\", column \"{column}\" prints \"{printed}\"; read as {value} 万元 (10,000 yuan)",
    ),
    "import.identity_broken": (
        "原文数字不符合勾稽关系，按原文导入、未作改动：{problem}（{rule}，位置 {location}；所涉单元格：{cells}）",
        "the printed numbers break an identity and were imported as printed, unchanged: {problem} ({rule} at"
        " {location}; cells: {cells})",
    ),
    "cli.pdfa_not_pdf": (
        "--pdfa 只用于 PDF 导出，不能用于 {format}",
        "--pdfa applies to a PDF export only, not to {format}",
    ),
    "explain.identities": ("勾稽关系：", "identities:"),
    "explain.identities_hold": ("各表的勾稽关系均成立", "every identity of the tables holds"),
}
