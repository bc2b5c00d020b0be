"""The reading place survives a resize of the window: a book read near its end and then shown
in a narrower or wider window still shows the line the reader was at."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

HONGLOUMENG = Path(__file__).parents[1] / "corpus" / "hongloumeng.txt"


@pytest.mark.parametrize("where", ["end", "middle"])
def test_a_book_keeps_its_place_when_the_window_is_resized(make_window, qtbot, where):
    # narrowed from 1,700 to 1,024 px at the end of 红楼梦, the page went to 第五十九回: the book's
    # window, measured again at the new width, was followed from the scroll bar's old value
    window = make_window(HONGLOUMENG)
    window.resize(1700, 1100)
    qtbot.waitUntil(lambda: window.width() == 1700)
    view = window.view
    total = len(window.current.session.text)
    if where == "end":
        qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: view.caret_original() == total and view.visible_range()[1] >= total)
    else:
        window.current.jump(total // 2, total // 2)
        qtbot.waitUntil(lambda: view.visible_range()[0] <= total // 2 < view.visible_range()[1])
    caret = view.caret_original()
    qtbot.wait(300)
    line = view.coords.top_original()  # the line on top of the page
    for width, height in ((1024, 700), (640, 480), (1700, 1100)):
        window.resize(width, height)
        qtbot.waitUntil(lambda w=width: window.width() == w)
        qtbot.wait(500)
        top, bottom = view.visible_range()
        assert top <= line < bottom and line - top < 200, (width, line, (top, bottom))
        assert view.caret_original() == caret
