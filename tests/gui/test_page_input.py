"""The page's keys and clicks (reader.gui.page_input): Copy gives what the text says, a double
click selects the word, a key holds the window's housekeeping off."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.gui.housekeeping import housekeeping


def test_copy_gives_the_originals_characters(window, qtbot):
    view = window.view
    start = window.session.text.index("工匠精神")
    view.select_original(start, start + 4)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == "工匠精神"


def test_a_double_click_selects_the_word(window, words, qtbot):
    view = window.view
    start = window.session.text.index("習近平")
    cursor = view.textCursor()
    cursor.setPosition(view.positions.to_qt(start + 1))
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.cursorRect(cursor).center())
    assert view.textCursor().selectedText() == "習近平"


def test_a_key_holds_the_housekeeping_off(window, qtbot):
    queue = housekeeping()
    queue._quiet_until = 0.0
    qtbot.keyClick(window.view, Qt.Key.Key_Down)
    assert queue._quiet_until > 0.0
