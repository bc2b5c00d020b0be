"""Every window and dialog fits a small laptop's screen (800×600, its free area standing in
for the offscreen screen's 800×800): nothing past the screen's edge, no button out of reach."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import answer_dialog

SMALL = QRect(0, 0, 800, 600)
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def small_screen(monkeypatch):
    monkeypatch.setattr("reader.gui.window_fit.free_area", lambda widget: QRect(SMALL), raising=False)


def test_the_library_window_fits_a_small_screen(window, qtbot, small_screen):
    """It was made 1100×700 whatever the screen: at 800×600 its right columns (Last read,
    Tags), the end of its filter row and its status line were past the screen's edges. Once
    the notice had a note, the Notebook's document choice was as wide as its title and held
    the window at least 942 px wide."""
    start = window.session.text.index("工匠精神")
    window.view.select_original(start, start + 4)
    qtbot.keyClick(window.view, Qt.Key.Key_H)  # Annotate ▸ Highlight
    assert len(window.session.annotations) == 1
    qtbot.keyClick(window.view, Qt.Key.Key_L, CTRL | SHIFT)  # Library ▸ Show Library
    library = window.library_window
    qtbot.waitUntil(library.isVisible)
    assert SMALL.contains(library.frameGeometry()), library.frameGeometry()
    assert library.minimumSizeHint().width() <= SMALL.width()
    # the notice's row says its title: its column was squeezed to "…" by the columns beside it
    table = library.table
    qtbot.waitUntil(lambda: library.model.rowCount() == 1)
    qtbot.wait(50)  # the columns fitted
    assert table.horizontalHeader().sectionSize(0) >= 12 * table.fontMetrics().horizontalAdvance("國")
    notebook = library.notebook
    library.tabs.setCurrentWidget(notebook)
    qtbot.waitUntil(lambda: notebook.document.count() == 2)  # every document, and the notice
    assert library.minimumSizeHint().width() <= SMALL.width()
    library.close()


@pytest.mark.parametrize(
    "key",
    [
        (Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),  # Help ▸ Keyboard Shortcuts
        (Qt.Key.Key_G, CTRL),  # Go ▸ Go To…
    ],
)
def test_a_dialog_fits_a_small_screen(window, qtbot, small_screen, key):
    """Keyboard Shortcuts was made 560×620: at 800×600 its Close button was below the screen."""
    sizes = []

    def measure(dialog):
        sizes.append(dialog.frameGeometry())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    answered = answer_dialog(qtbot, measure)
    qtbot.keyClick(window.view, *key)
    qtbot.waitUntil(lambda: answered.answered)
    assert QApplication.activeModalWidget() is None
    (box,) = sizes
    assert box.width() <= SMALL.width() and box.height() <= SMALL.height(), box
