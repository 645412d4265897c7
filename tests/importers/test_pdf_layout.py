"""The pieces of the PDF reader that need no PDF: glyphs turned upright from every direction, lines with the spaces
a writer typed (not the ones Word sets between Chinese and Latin), radicals read as the characters they stand for,
page numbers told from text, a label cut by a page break joined only into a label of the format data."""

from __future__ import annotations

import pytest

from disclosure_desktop.importers.pdf_layout import (
    DOWN,
    LTR,
    UP,
    UPSIDE_DOWN,
    Box,
    direction_of,
    lines_of,
    turn,
    unified,
)
from disclosure_desktop.importers.pdf_layout import Glyph as G
from disclosure_desktop.importers.pdf_tables import Grid, GridCell, label_score, stitch
from disclosure_desktop.importers.pdf_text import _PAGE_NUMBER

W, H = 600.0, 800.0


@pytest.mark.parametrize(("matrix", "direction"), [((1, 0, 0, 1), LTR), ((0, 1, -1, 0), UP), ((0, -1, 1, 0), DOWN),
                                                   ((-1, 0, 0, -1), UPSIDE_DOWN)])
def test_a_glyphs_direction_is_its_baselines(matrix, direction):
    assert direction_of(matrix) == direction


def test_text_running_up_the_sheet_reads_left_to_right_once_turned():
    # Three glyphs going up the page (each 10 pt), as a landscape table painted on a portrait sheet prints them.
    boxes = [Box(100, 500 - 10 * i, 110, 510 - 10 * i) for i in range(3)]
    turned = [turn(b, UP, W, H) for b in boxes]
    assert [round(b.x0) for b in turned] == [290, 300, 310]  # in reading order, left to right
    assert {round(b.top) for b in turned} == {100}  # on one line


def _line(*pieces: tuple[str, float, float]) -> list[G]:
    return [G(text, Box(x0, 0, x1, 16), Box(x0, 0, x1, 16), 16.0, "", LTR) for text, x0, x1 in pieces]


def test_a_line_keeps_typed_spaces_and_drops_the_autospace_beside_chinese():
    autospace = _line(("年", 0, 16), ("2", 20, 28), ("0", 28, 36), ("件", 40, 56))  # 4 pt beside Chinese
    assert lines_of(autospace)[0].text == "年20件"
    typed = _line(("{", 0, 8), ("{", 8, 16), ("7", 20, 28), ("}", 32, 40))  # 4 pt between Latin characters
    assert lines_of(typed)[0].text == "{{ 7 }"


def test_radicals_are_read_as_the_characters_they_stand_for():
    assert unified("中华⼈民共和国") == "中华人民共和国"
    assert unified("12345") == "12345"


@pytest.mark.parametrize("text", ["— 3 —", "- 3 -", "第 3 页", "第3页 共6页", "3/6", "-12-"])
def test_page_numbers(text):
    assert _PAGE_NUMBER.match(text)


@pytest.mark.parametrize("text", ["三、收到和处理政府信息公开申请情况", "2025年", "10874件"])
def test_text_is_no_page_number(text):
    assert not _PAGE_NUMBER.match(text)


def _grid(rows: list[list[str]], xs: list[float]) -> Grid:
    cells = [GridCell(r, c, 1, 1, text) for r, row in enumerate(rows) for c, text in enumerate(row)]
    return Grid(LTR, Box(0, 0, 1, 1), xs, len(rows), cells, 0.0)


def test_a_label_cut_by_a_page_break_is_joined_only_into_a_known_label():
    assert label_score("（四）无法提供") > max(label_score("（四）无"), label_score("法提供"))
    first = _grid([["（四）无", "1.本机关不掌握相关政府信息", "5"]], [0, 50, 200, 240])
    second = _grid([["法提供", "2.没有现成信息需要另行制作", "6"]], [0, 50, 200, 240])
    whole = stitch(first, second)
    group = next(c for c in whole.cells if c.col == 0)
    assert (group.text.replace("\n", ""), group.rowspan) == ("（四）无法提供", 2)
    # Two whole labels at the break are two rows, not one.
    first = _grid([["（四）无法提供", "3.补正后申请内容仍不明确", "5"]], [0, 50, 200, 240])
    second = _grid([["（五）不予处理", "1.信访举报投诉类申请", "6"]], [0, 50, 200, 240])
    assert len([c for c in stitch(first, second).cells if c.col == 0]) == 2
