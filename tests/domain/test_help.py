"""The in-program guide: an entry in Chinese and English for every part and every table row of every format,
citing the official documents, and a viewer that opens at the entry of a page or a cell."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QTreeWidget

from disclosure_desktop.domain import help_topics
from disclosure_desktop.domain.formats import CLOSING, PREAMBLE, all_formats
from disclosure_desktop.gui.dialogs.about import AboutDialog, font_licence
from disclosure_desktop.gui.dialogs.help_viewer import HelpViewer, open_help, render
from disclosure_desktop.messages import set_language

CJK = re.compile(r"[\u4e00-\u9fff]")
FORMATS = list(all_formats())


def _complete(key: str) -> help_topics.Topic:
    topic = help_topics.topic(key)
    assert topic is not None, f"no help entry {key}"
    assert CJK.search(topic.title_zh) and CJK.search(topic.body_zh), f"{key}: no Chinese"
    assert re.search(r"[A-Za-z]{3}", topic.title_en) and re.search(r"[A-Za-z]{3}", topic.body_en), f"{key}: no English"
    return topic


@pytest.mark.parametrize("format_id", FORMATS)
def test_every_section_of_every_format_has_an_entry_in_both_languages(format_id: str):
    fmt = all_formats()[format_id]
    _complete(f"format:{format_id}")
    for section in fmt.sections:
        _complete(help_topics.page_key(format_id, f"section:{section.id}"))
    for page in ("start", PREAMBLE, CLOSING, "review"):
        _complete(help_topics.page_key(format_id, page))


@pytest.mark.parametrize("format_id", FORMATS)
def test_every_table_row_and_every_cell_of_every_format_has_an_entry(format_id: str):
    fmt = all_formats()[format_id]
    for table in fmt.tables:
        for block in table.blocks:
            for row in block.leaf_rows:
                _complete(f"row:{table.id}:{row.id}")
    for cell_id in fmt.cells:
        key = help_topics.cell_key(format_id, cell_id)
        assert key.startswith(("row:", "column:")), (cell_id, key)
        _complete(key)


def test_a_cell_opens_its_row_and_a_table_4_cell_its_group():
    assert help_topics.cell_key("gov-2021", "t3.r.declined.confirmation.natural") == \
        "row:t3-2021:r.declined.confirmation"
    assert help_topics.cell_key("gov-2019", "t3.r.other.total") == "row:t3-2019:r.other"
    assert help_topics.cell_keys("gov-2021", "t4.lawsuit_after.pending")[:2] == \
        ["column:t4:lawsuit_after", "column:t4:pending"]
    assert help_topics.cell_keys("gov-2021", "t3.nonsense") == []


def test_the_guide_cites_the_official_documents_by_name():
    bodies = "".join(t.body_zh for t in help_topics.topics().values())
    for document in ("国办公开办函〔2021〕30号", "国办函〔2020〕109号", "条例第三十六条", "条例第十六条第二款"):
        assert document in bodies
    fee = help_topics.topic("section:gov-2021:other_matters")
    assert "国办函〔2020〕109号" in fee.body_zh and "109号" in fee.body_en


def test_a_row_without_a_title_of_its_own_takes_the_official_label():
    assert help_topics.topic("row:t3-2021:r.declined.confirmation").title_zh == "5.要求行政机关确认或重新出具已获取信息"
    assert help_topics.topic("section:gov-2019:problems").title_zh == "五、政府信息公开工作存在的主要问题及改进情况"


def test_rendering_escapes_and_lists():
    topic = help_topics.Topic("x", "<b>", "<b>", "段落\n\n- 一项 <script>\n- 二项", "p")
    shown = render(topic, "zh")
    assert "<script>" not in shown and "&lt;script&gt;" in shown
    assert shown.count("<li>") == 2 and "<ul>" in shown


def test_open_help_shows_the_entry_of_a_cell_and_switches_format(qtbot):
    viewer = open_help(help_topics.cell_key("gov-2021", "t3.r.declined.confirmation.natural"))
    qtbot.addWidget(viewer)
    assert viewer.isVisible()
    assert viewer.current_key == "row:t3-2021:r.declined.confirmation"
    assert "确认或者重新出具" in viewer.browser.toPlainText()
    assert open_help("row:t2-2019:procurement") is viewer  # one viewer for the program
    assert viewer.format_id() == "gov-2019" and viewer.current_key == "row:t2-2019:procurement"
    assert "政府集中采购" in viewer.browser.toPlainText()
    open_help("page:no-such-page")
    assert viewer.current_key == help_topics.GUIDE


def test_the_contents_list_each_row_and_search_narrows_them(qtbot):
    viewer = HelpViewer()
    qtbot.addWidget(viewer)
    tree = viewer.findChild(QTreeWidget, "helpContents")
    titles = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert "三、收到和处理政府信息公开申请情况" in titles
    viewer.search.setText("信访")
    visible = [it.text(0) for it in viewer._items() if not it.isHidden()]
    # The row itself under its group and part, and the row whose entry says petitions are first counted there.
    assert visible == ["三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量", "（五）不予处理",
                       "1.信访举报投诉类申请"]
    viewer.search.clear()
    assert all(not it.isHidden() for it in viewer._items())


def test_the_english_guide_speaks_english(qtbot):
    set_language("en")
    viewer = HelpViewer()
    qtbot.addWidget(viewer)
    viewer.show_topic("row:t3-2021:r.unavailable.needs_creation")
    text = viewer.browser.toPlainText()
    label = "2.没有现成信息需要另行制作"
    assert "Art. 38" in text and label in text  # the words the printed table uses, under the English title
    assert not CJK.search(text.replace(label, "").replace("（四）", ""))
    groups = [it.text(0) for it in viewer._items() if not it.data(0, 0x0100)]
    assert "（四）Not available" in groups and "Columns" in groups
    assert viewer.format_box.currentText().startswith("State Council 2021 format")


def test_about_names_version_licence_and_the_faces_used(qtbot, db_path):
    from disclosure_desktop import __version__
    from disclosure_desktop.export.fonts import font_plan

    dialog = AboutDialog(db_path)
    qtbot.addWidget(dialog)
    texts = " ".join(w.toPlainText() for w in dialog.findChildren(type(dialog.findChild(object, "aboutFonts"))))
    about = dialog.findChild(object, "aboutText").text()
    assert __version__ in about and str(db_path) in about
    assert "MIT License" in dialog.findChild(object, "aboutLicence").toPlainText()
    import tomllib

    from disclosure_desktop.resource_files import resource_path

    known = tomllib.loads(resource_path("licences.toml").read_text("utf-8"))["fonts"]
    for font in font_plan().roles.values():
        assert font.used in texts
        licence = font_licence(font.used, known)
        assert licence and licence.split(":")[-1] in texts, (font.used, licence)  # every face used is licensed


def test_font_licences_match_by_the_longest_prefix():
    known = {"Noto Sans CJK": "OFL", "Noto Sans": "other", "AR PL UMing": "Arphic"}
    assert font_licence("Noto Sans CJK SC", known) == "OFL"
    assert font_licence("AR PL UMing CN", known) == "Arphic"
    assert font_licence("Comic Sans", known) == ""
