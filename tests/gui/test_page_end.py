"""Ctrl+End shows a long book's last block at the page's bottom, and Ctrl+Home its first,
whatever the book's height on the page: Qt lays out no block lower than 8,388,607 pixels
(page_estimate's QT_LAYOUT_LIMIT), so the parts of the book not laid out are held within it.
Held up to 16,000,000 pixels, the 5 M book's last 280,000 characters were below it: Ctrl+End
left the page at character 4,850,780. A large type makes a book of 200,000 characters as tall."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from reader.app import open_settings
from reader.gui.reading_prefs import ReadingPrefs
from reader.gui.settings_reading import store_reading_prefs
from tests.gui.screen_truth import SETTLE_MS, last_text_block, on_screen

CTRL = Qt.KeyboardModifier.ControlModifier
LIMIT = 2**31 // 256  # Qt's own, measured below


def _tall_book(tmp_path, chapters: int = 120):
    """A book of about 250,000 characters in chapters."""
    body = "宝玉往潇湘馆来，黛玉在潇湘馆里看书，紫鹃倒了茶来。" * 80
    path = tmp_path / "tall.txt"
    path.write_text("".join(f"第{i}回 潇湘馆\n\n{body}\n\n" for i in range(1, chapters + 1)), encoding="utf-8")
    return path


def _tall_window(qtbot, data_dir, tmp_path, size, make_window):
    """The tall book in 48 pt type zoomed six steps: about 40 pixels a character."""
    settings = open_settings(data_dir)
    store_reading_prefs(settings, ReadingPrefs(font_size=48))
    settings.zoom = 6
    settings.sync()
    window = make_window(_tall_book(tmp_path))
    window.resize(*size)
    return window


def _at_bottom(view, block) -> bool:
    """The block laid out, its bottom on the page's lower half (the page scrolled to the end)."""
    rect = view.document().documentLayout().blockBoundingRect(block)
    bottom = rect.bottom() - view.verticalScrollBar().value()
    return block.layout().lineCount() > 0 and view.viewport().height() / 2 < bottom <= view.viewport().height() + 1


def test_qt_lays_out_no_block_below_its_limit(qtbot):
    """The limit the estimate keeps under is Qt's: a block just above it is laid out, one
    just below it is not."""
    from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

    tops = []
    for margin in (LIMIT - 1000, LIMIT + 1000):
        doc = QTextDocument()
        cursor = QTextCursor(doc)
        cursor.insertText("甲")
        held = QTextBlockFormat()
        held.setTopMargin(margin)
        cursor.insertBlock(held)
        cursor.insertText("乙")
        cursor.insertBlock(QTextBlockFormat())
        cursor.insertText("丙")
        doc.size()  # laid out
        tops.append(doc.lastBlock().layout().lineCount())
    assert tops == [1, 0]


@pytest.mark.parametrize("size", [(900, 700), (420, 900)])
def test_ctrl_end_shows_a_tall_book_s_end_and_ctrl_home_its_start(qtbot, data_dir, tmp_path, size, make_window):
    window = _tall_window(qtbot, data_dir, tmp_path, size, make_window)
    view, text = window.view, window.session.text
    qtbot.keyClick(view, Qt.Key.Key_End, CTRL)  # soon after the book opened
    last = last_text_block(view)
    qtbot.waitUntil(lambda: _at_bottom(view, last), timeout=SETTLE_MS)
    assert view.textCursor().atEnd() and view.visible_range()[1] == len(text)
    assert view.document().size().height() < LIMIT
    qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
    first = view.document().firstBlock()
    qtbot.waitUntil(lambda: on_screen(view, first) and first.layout().lineCount() > 0, timeout=SETTLE_MS)
    assert view.caret_original() == 0 and view.visible_range()[0] == 0
    qtbot.keyClick(view, Qt.Key.Key_End, CTRL)  # again, the page settled
    qtbot.waitUntil(lambda: _at_bottom(view, last), timeout=SETTLE_MS)


def test_dragging_a_tall_book_s_bar_to_the_middle_shows_its_middle(qtbot, data_dir, tmp_path, make_window):
    """The parts are held at the ratio capped under Qt's limit: a height in them is read back
    at that ratio too (read at the ratio measured, the middle of the bar showed 37 % of it)."""
    from tests.gui.test_page_window import _drag_thumb, _settled

    window = _tall_window(qtbot, data_dir, tmp_path, (900, 700), make_window)
    view, text = window.view, window.session.text
    _settled(qtbot, view)
    _drag_thumb(qtbot, view.verticalScrollBar(), 0.5)
    _settled(qtbot, view)
    assert 0.45 < view.top_original() / len(text) < 0.55, view.top_original() / len(text)
