"""PDF export (spec §6): searchable text, official labels, A4 pages, page numbers, embedded TrueType fonts."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from disclosure_desktop.domain import jsonio
from disclosure_desktop.domain.plaintext import report_from_text
from disclosure_desktop.domain.report import Report
from tests.helpers.exports import export_to
from tests.helpers.paths import FIXTURES

# Row labels of table 3 and header labels of tables 2 and 4 of the 2021 format (国办公开办函〔2021〕30号).
TABLE3_ROWS = [
    "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果",
    "（一）予以公开", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开",
    "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
    "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
    "（四）无法提供", "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
    "（五）不予处理", "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物",
    "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息", "（六）其他处理", "（七）总计",
    "四、结转下年度继续办理",
]
TABLE3_HEAD = ["申请人情况", "自然人", "法人或其他组织", "商业企业", "科研机构", "社会公益组织", "法律服务机构",
               "其他", "总计"]
TABLE2_HEAD = ["第二十条第（一）项", "信息内容", "本年制发件数", "本年废止件数", "现行有效件数", "规章",
               "行政规范性文件", "第二十条第（五）项", "本年处理决定数量", "行政许可", "第二十条第（六）项",
               "行政处罚", "行政强制", "第二十条第（八）项", "本年收费金额（单位：万元）", "行政事业性收费"]
TABLE4_HEAD = ["行政复议", "行政诉讼", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计",
               "未经复议直接起诉", "复议后起诉"]
KANGXI = re.compile("[\u2e80-\u2eff\u2f00-\u2fdf]")


def _text(pdf: Path, *mode: str) -> str:
    return subprocess.run(["pdftotext", *mode, str(pdf), "-"], capture_output=True, text=True, check=True).stdout


def _flat(text: str) -> str:
    return "".join(text.split())


@pytest.fixture(scope="module")
def full_pdf(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Report]:
    report = jsonio.loads((FIXTURES / "full_report_2021.json").read_text("utf-8"))
    path = tmp_path_factory.mktemp("pdf") / "full.pdf"
    export_to(report, path)
    return path, report


def test_title_labels_and_values_extract(full_pdf: tuple[Path, Report]) -> None:
    path, report = full_pdf
    layout = _text(path, "-layout")
    flat = _flat(_text(path, "-raw"))
    assert _flat(report.display_title) in _flat(layout)
    missing = [label for label in TABLE3_ROWS + TABLE3_HEAD + TABLE2_HEAD + TABLE4_HEAD if label not in flat]
    assert missing == []
    # Labels that fit on one line are in the layout text exactly.
    for label in ("一、本年新收政府信息公开申请数量", "3.危及“三安全一稳定”", "本年制发件数", "未经复议直接起诉"):
        assert label in layout
    for cell_id in ("t3.new.natural", "t3.new.total", "t2.fees.amount", "t3.total.total"):
        value = report.value(cell_id)
        if value:
            assert value in layout, cell_id
    assert "25394" in layout and "4068.2081" in layout
    assert not KANGXI.search(layout), KANGXI.findall(layout)[:10]


def test_a4_pages_numbers_and_embedded_fonts(full_pdf: tuple[Path, Report]) -> None:
    path, _ = full_pdf
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)", info), info
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    assert pages >= 3
    layout = _text(path, "-layout")
    for n in range(1, pages + 1):
        assert f"— {n} —" in layout
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all(" yes " in row.split("Identity-H", 1)[-1] + " " for row in rows), fonts
    # Noto CJK's radicals share glyphs with the ideographs: its PDF text would read ⼈ for 人.
    assert "Noto" not in fonts


def test_user_text_is_literal(tmp_path: Path) -> None:
    report = Report("gov-2021", "某某县人民政府", 2025)
    report.sections["overall"] = '全年<script>alert(1)</script>公开{{ 7*7 }}条 A&B "引号" 结束。'
    path = tmp_path / "literal.pdf"
    export_to(report, path)
    flat = _flat(_text(path, "-raw"))
    assert _flat('<script>alert(1)</script>公开{{ 7*7 }}条 A&B "引号"') in flat
    assert "49" not in flat.replace("2025", "")


def test_gov_2019_exports(tmp_path: Path) -> None:
    report = Report("gov-2019", "某某市人民政府", 2020)
    path = tmp_path / "r2019.pdf"
    export_to(report, path)
    flat = _flat(_text(path, "-raw"))
    assert _flat(report.display_title) in flat
    assert "— 1 —" in _text(path, "-layout")


def test_seed_narrative_paragraphs_in_order(seed_text: str, tmp_path: Path) -> None:
    report = report_from_text(seed_text)
    path = tmp_path / "seed.pdf"
    export_to(report, path)
    flat = _flat(_text(path, "-raw"))
    assert not KANGXI.search(flat)
    position = 0
    lines = [_flat(line) for line in seed_text.splitlines()]
    probes = [line[:12] for line in lines if len(line) >= 12 and not line.startswith("?")][1:]
    assert len(probes) > 5
    for probe in probes:
        found = flat.find(probe, position)
        assert found >= 0, probe
        position = found


def test_atomic_write_keeps_old_file_on_failure(tmp_path: Path) -> None:
    report = Report("gov-2021", "某某县人民政府", 2025)
    target = tmp_path / "missing-dir" / "x.pdf"
    with pytest.raises(OSError):
        export_to(report, target)
    path = tmp_path / "x.pdf"
    export_to(report, path)
    assert path.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []
