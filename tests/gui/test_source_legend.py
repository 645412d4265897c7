"""The source legend names where numbers came from; its samples are colours, not a figure that reads as a count."""

from __future__ import annotations

from disclosure_desktop.domain.report import CellSource
from disclosure_desktop.gui.wizard.source_legend import GRID_COLOUR, SOURCE_BACKGROUND, SourceLegend, source_label


def test_each_sample_is_only_its_colour_and_is_named(qtbot):
    legend = SourceLegend()
    qtbot.addWidget(legend)
    legend.show()
    qtbot.waitExposed(legend)
    for source, label in legend._labels.items():
        swatch = label.buddy()
        assert swatch.accessibleName() == source_label(source) == label.text()
        image = swatch.grab().toImage()
        colours = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}
        assert colours <= {SOURCE_BACKGROUND[source].name(), GRID_COLOUR.name()}, (source, colours)
    assert set(legend.labels()) == set(CellSource)
