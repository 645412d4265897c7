"""Report ▸ Import… on a hostile file (issue 21): a Word zip bomb and a page the HTML parser would take minutes over
show how far the reading is and can be stopped; left to run, they are refused with their reason in the dialog,
at once and in bounded memory — the window never freezes."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from disclosure_desktop.domain.limits import MAX_INFLATED_BYTES, MB
from disclosure_desktop.gui.dialogs import importing
from disclosure_desktop.gui.dialogs.importing import ImportDialog
from tests.helpers.hostile import attribute_page, word_bomb


@pytest.fixture(scope="module")
def bomb(tmp_path_factory) -> Path:
    return word_bomb(tmp_path_factory.mktemp("bomb") / "年报.docx", "image")


@pytest.fixture
def page(tmp_path) -> Path:
    return attribute_page(tmp_path / "年报.html")


class Held:
    """The dialog's own reading, held at the `nth` step that says `words` until the test lets it go, so that the
    clerk's Stop lands in the middle of that stage however fast or busy the machine is."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, words: str, nth: int) -> None:
        self.reached = threading.Event()
        self.go_on = threading.Event()
        seen = [0]
        real = importing.read_import

        def read(path, *, step, **options):
            def held(done: int, total: int, what: str) -> None:
                seen[0] += words in what
                if seen[0] == nth and not self.reached.is_set():
                    self.reached.set()
                    self.go_on.wait(30)
                step(done, total, what)

            return real(path, step=held, **options)

        monkeypatch.setattr(importing, "read_import", read)


def opened(qtbot, path: Path) -> ImportDialog:
    dialog = ImportDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.open_file(path)
    return dialog


@pytest.mark.parametrize("case", ["bomb", "page"])
def test_the_reading_shows_progress_and_stop_ends_it(qtbot, monkeypatch, request, case):
    path = request.getfixturevalue(case)
    # The bomb is stopped as it is being unpacked; the page while it is being read (its first step shown).
    held = Held(monkeypatch, "解压", 1) if case == "bomb" else Held(monkeypatch, "读取", 2)
    dialog = opened(qtbot, path)
    try:
        qtbot.waitUntil(held.reached.is_set, timeout=15000)
        # What the clerk sees meanwhile: the file being read, with a bar measured in its bytes and a Stop button.
        qtbot.waitUntil(lambda: dialog.progress.maximum() == path.stat().st_size, timeout=15000)
        assert dialog.progress.isVisible() and dialog.stop_button.isVisible()
        assert f"正在读取“{path.name}”" in dialog.status.text()
        with qtbot.waitSignal(dialog.loaded, timeout=15000):
            qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
            held.go_on.set()
    finally:
        held.go_on.set()
    assert dialog.status.text() == "Reading was cancelled; nothing was imported."
    assert dialog.import_result is None and not dialog.import_button.isEnabled()
    assert not dialog.progress.isVisible() and not dialog.stop_button.isVisible()


def test_a_zip_bomb_left_to_run_is_refused_in_the_dialog(qtbot, bomb):
    dialog = opened(qtbot, bomb)
    with qtbot.waitSignal(dialog.loaded, timeout=30000):
        pass
    said = dialog.status.text()
    assert said.startswith("This file cannot be imported:")
    assert f"解压后超过 {MAX_INFLATED_BYTES['docx'] // MB} MB" in said and "word/media/image1.png" in said
    assert dialog.import_result is None and not dialog.import_button.isEnabled()


def test_a_page_with_200000_attributes_on_one_tag_is_refused_in_the_dialog(qtbot, page):
    dialog = opened(qtbot, page)
    with qtbot.waitSignal(dialog.loaded, timeout=30000):
        pass
    assert "200,000 个属性" in dialog.status.text()
    assert dialog.import_result is None and not dialog.import_button.isEnabled()
