"""Edit ▸ Look Up Under the Mouse: the Look Up popup for the word the mouse rests on, by real
mouse moves over the page; the caret and the focus stay where they were."""

import re
import time

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor

from reader.gui.hover_lookup import HOVER_MS, word_under
from tests.gui.conftest import CONDITION_WAIT_MS, WORKER_WAIT_MS, point_to

pytestmark = [pytest.mark.usefixtures("no_jieba_in_the_window"), pytest.mark.usefixtures("dictionary_in_data_dir")]


def _point_on(window, word: str, nth: int = 0) -> QPoint:
    """The middle of the word's nth character, in viewport pixels (its right half: the position
    Qt gives there is the next character's)."""
    view = window.view
    pos = window.session.text.index(word) + nth
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.to_qt(pos))
    left = view.cursorRect(cursor)
    cursor.setPosition(view.positions.to_qt(pos + 1))
    right = view.cursorRect(cursor)
    x = (left.left() + right.left()) // 2 + 2 if right.top() == left.top() else left.left() + 4
    return QPoint(x, left.center().y())


def _hover_on(window, qtbot):
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # Edit
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "menu_edit")
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_M)  # Look Up Under the &Mouse
    qtbot.waitUntil(lambda: window.hover.on)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()


def _rest_on(window, qtbot, word, nth=0):
    point_to(window.view.viewport(), _point_on(window, word, nth))


def test_resting_on_a_word_shows_it_without_moving_the_caret(window, qtbot, words):
    view, popup = window.view, window.word_lookup.popup
    _hover_on(window, qtbot)
    assert window.settings.hover_lookup
    view.select_original(3, 3)
    rested = time.monotonic()
    _rest_on(window, qtbot, "印發", 1)  # on 發: the word is 印發
    qtbot.wait(HOVER_MS // 2)
    # not before the mouse has rested (a loaded machine may have let the whole rest go by)
    assert not popup.isVisible() or (time.monotonic() - rested) * 1000 >= HOVER_MS
    qtbot.waitUntil(lambda: popup.isVisible() and popup.texts()[0].startswith("印发 印發"), timeout=WORKER_WAIT_MS)
    assert view.caret_original() == 3 and view.hasFocus()
    assert window.hover.showing()[1] == (window.session.text.index("印發"), window.session.text.index("印發") + 2)
    # moving to another word closes it at once, and shows that word after a rest
    _rest_on(window, qtbot, "關於")
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=CONDITION_WAIT_MS)
    qtbot.waitUntil(lambda: popup.isVisible() and "关于" in popup.texts()[0], timeout=CONDITION_WAIT_MS)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert not popup.isVisible() and view.caret_original() == 3


def test_off_by_default_and_nothing_off_the_text(window, qtbot, words):
    popup = window.word_lookup.popup
    assert not window.hover.on and not window.actions["hover_lookup"].isChecked()
    _rest_on(window, qtbot, "印發")
    qtbot.wait(HOVER_MS * 2)
    assert not popup.isVisible()
    _hover_on(window, qtbot)
    qtbot.mouseMove(window.view.viewport(), QPoint(2, window.view.viewport().height() - 2))  # the margin
    qtbot.wait(HOVER_MS * 2)
    assert not popup.isVisible()


def test_leaving_the_page_closes_it(window, qtbot, words):
    popup = window.word_lookup.popup
    _hover_on(window, qtbot)
    _rest_on(window, qtbot, "印發")
    qtbot.waitUntil(lambda: popup.isVisible() and popup.texts()[0].startswith("印发"), timeout=WORKER_WAIT_MS)
    qtbot.mouseMove(window.menuBar(), QPoint(5, 5))
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=CONDITION_WAIT_MS)


def test_the_word_under_a_point_in_original_offsets(window, qtbot, words):
    """In the Simplified view the same point gives the same original range."""
    from reader.core.scripts import Script

    start = window.session.text.index("全國總工會")
    expected = words.word_at(start + 1)
    assert word_under(window.view, _point_on(window, "全國總工會", 1)) == expected
    window.current.set_script(Script.SIMPLIFIED)
    qtbot.waitUntil(
        lambda: window.current.script is Script.SIMPLIFIED and window.view.words is not None, timeout=WORKER_WAIT_MS
    )
    assert word_under(window.view, _point_on(window, "全國總工會", 1)) == expected


def test_resting_on_punctuation_shows_nothing(window, qtbot, words):
    """The mouse crossing a line stopped on its commas: '"，" is not in the dictionary.' with
    Add to Vocabulary, at each mark. A mark is not looked up; the word after it still is."""
    popup = window.word_lookup.popup
    _hover_on(window, qtbot)
    text = window.session.text
    comma = re.search(r"[,，、](?=[\u4e00-\u9fff]{2})", text).start()  # the notice's commas are ASCII
    mark = text[comma]
    assert word_under(window.view, _point_on(window, mark)) == (comma, comma + 1)  # a "word" of its own
    _rest_on(window, qtbot, mark)
    qtbot.wait(HOVER_MS * 3)
    assert not popup.isVisible()
    _rest_on(window, qtbot, text[comma + 1 : comma + 3])
    qtbot.waitUntil(lambda: popup.isVisible(), timeout=WORKER_WAIT_MS)


def test_the_word_under_the_mouse_beside_a_numbers_joiner_is_that_word(window, qtbot, words):
    """過去5年: the page holds a joiner after 5 (its unit kept on its line), and Qt's hit test
    took the left half of 年 for the line's end: the mouse on 年 looked up the line's last word."""
    view = window.view
    pos = window.session.text.index("過去5年") + 3  # 年
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.to_qt(pos))
    left = view.cursorRect(cursor)
    cursor.setPosition(view.positions.to_qt(pos + 1))
    right = view.cursorRect(cursor)
    assert right.top() == left.top()  # 年 is not the line's last character
    for x in range(left.left() + 1, right.left()):
        start, end = word_under(view, QPoint(x, left.center().y()))
        assert start <= pos < end, (x - left.left(), window.session.text[start:end])
