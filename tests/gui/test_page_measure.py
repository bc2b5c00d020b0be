"""The page's type and measure (reader.gui.page_measure): the font at the reader's size and
zoom, the column centred no wider than its characters, the passage kept through either."""

from PySide6.QtGui import QFontMetricsF

from reader.gui.page_typesetting import DOC_MARGIN
from reader.gui.reading_prefs import ReadingPrefs


def test_zoom_sets_the_size_and_keeps_the_selection(window, qtbot):
    view = window.view
    start = window.session.text.index("工匠精神")
    view.select_original(start, start + 4)
    size = view.font().pointSizeF()
    view.zoom(+2)
    assert abs(view.font().pointSizeF() - size * 1.1**2) < 0.01
    assert view.selected_range() == (start, start + 4)  # typeset again in the new size, same characters
    view.zoom(None)
    assert abs(view.font().pointSizeF() - size) < 0.01


def test_the_column_is_centred_and_no_wider_than_its_characters(window, qtbot):
    window.resize(1600, 900)
    view = window.view
    view.set_prefs(ReadingPrefs(max_width=20), dark=False)
    qtbot.waitUntil(lambda: view.viewportMargins().left() > 0)
    margins = view.viewportMargins()
    assert margins.left() == margins.right()
    em = QFontMetricsF(view.font()).horizontalAdvance("中")
    assert view.viewport().width() <= 20 * em + 2 * DOC_MARGIN + 2
    view.set_prefs(ReadingPrefs(max_width=0), dark=False)  # no measure: the whole page
    assert view.viewportMargins().left() == 0
