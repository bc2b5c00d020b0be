"""A click on a change in the Changes panel shows it once: the press made the row current (the
list follows its current row, for ↑ and ↓) and the click showed it again, two scrolls and two
flashes for one click."""

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle


def _shows(window):
    shown = []
    window.compare_dock.changeChosen.connect(shown.append)
    flashes = []
    for reading in window.comparing.readings():
        flash = reading.view.flash
        reading.view.flash = lambda start, end, flash=flash: (flashes.append((start, end)), flash(start, end))
    return shown, flashes


def _centre(dock, row):
    return dock.list.visualRect(dock.model.index(row, 0)).center()


def test_a_click_on_a_change_shows_it_once(comparing, qtbot):
    window = comparing
    dock = window.compare_dock
    shown, flashes = _shows(window)
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=_centre(dock, 2))
    assert shown == [dock.model.rows[2]]
    assert len(flashes) == 2  # one on each page
    # the same row clicked again (the reader scrolled away): shown again, once
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=_centre(dock, 2))
    assert shown == [dock.model.rows[2]] * 2
    assert len(flashes) == 4
    # another row, then ↓: each shown once
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=_centre(dock, 4))
    qtbot.keyClick(dock.list, Qt.Key.Key_Down)
    assert shown[2:] == [dock.model.rows[4], dock.model.rows[5]]
    # Enter shows the current change again
    qtbot.keyClick(dock.list, Qt.Key.Key_Return)
    assert shown[4:] == [dock.model.rows[5]]


def test_a_double_click_on_a_change_shows_it_once(comparing, qtbot):
    window = comparing
    dock = window.compare_dock
    shown, _ = _shows(window)
    viewport = dock.list.viewport()
    at = _centre(dock, 3)
    # what a window system sends: press, release, press, double click, release
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=at)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=at)
    left = Qt.MouseButton.LeftButton
    double = QMouseEvent(
        QEvent.Type.MouseButtonDblClick,
        QPointF(at),
        QPointF(viewport.mapToGlobal(at)),
        left,
        left,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, double)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=at)
    assert shown == [dock.model.rows[3]]


class _OneClickActivates(QProxyStyle):
    """KDE's and some other desktops' setting: a single click activates an item."""

    def styleHint(self, hint, option=None, widget=None, data=None):
        if hint == QStyle.StyleHint.SH_ItemView_ActivateItemOnSingleClick:
            return 1
        return super().styleHint(hint, option, widget, data)


@pytest.mark.parametrize("one_click_activates", [False, True])
def test_a_click_shows_the_change_once_whatever_the_desktops_click_setting(comparing, qtbot, one_click_activates):
    window = comparing
    dock = window.compare_dock
    if one_click_activates:
        style = _OneClickActivates(dock.list.style().name())
        style.setParent(dock.list)
        dock.list.setStyle(style)
    shown, _ = _shows(window)
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=_centre(dock, 1))
    assert shown == [dock.model.rows[1]]


def test_a_click_in_an_inactive_window_shows_the_change_once(comparing, qtbot):
    """A click that does not give the list the focus (its window not active: no window manager
    to raise it, a floating panel) showed nothing once the press's showing needed the focus."""
    from PySide6.QtWidgets import QWidget

    window = comparing
    dock = window.compare_dock
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not window.isActiveWindow())
    shown, flashes = _shows(window)
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton, pos=_centre(dock, 2))
    assert shown == [dock.model.rows[2]]
    assert len(flashes) == 2


def test_the_changes_panel_says_its_changes_in_the_script_the_pages_show(comparing, qtbot):
    """Both pages switched to 繁體, the Changes list still read 第三条 立法应当坚持中国共产党的领导…
    beside 第三條 立法應當堅持中國共產黨的領導 on the pages; its terms too."""
    from reader.core.scripts import Script

    window = comparing
    dock = window.compare_dock
    qtbot.waitUntil(lambda: dock.terms.count() > 0)
    rows = [dock.model.index(r, 0).data() for r in range(dock.model.rowCount())]
    third = next(r for r, text in enumerate(rows) if "第三条" in text)
    for reading in window.comparing.readings():
        reading.set_script(Script.TRADITIONAL)
        qtbot.waitUntil(lambda reading=reading: reading.script is Script.TRADITIONAL)
    shown = dock.model.index(third, 0).data()
    assert "第三條" in shown and "應當" in shown and "第三条" not in shown, shown
    tip = dock.model.index(third, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "第三條" in tip and "立法应当" not in tip
    assert "中華人民共和國" in dock.summary.text()
    terms = [dock.terms.item(i).text() for i in range(dock.terms.count())]
    assert any("憲法" in t for t in terms) and not any("宪法" in t for t in terms)
    # back to the text as written
    for reading in window.comparing.readings():
        reading.set_script(Script.ORIGINAL)
        qtbot.waitUntil(lambda reading=reading: reading.script is Script.ORIGINAL)
    assert dock.model.index(third, 0).data() == rows[third]


def test_the_figures_table_says_its_figures_in_the_script_the_pages_show(comparing, qtbot):
    """Both pages switched to 繁體 (Ctrl+3 on each), the Figures table still read its subjects
    and numbers as the comparison was made, in 简体."""
    from reader.core.scripts import Script

    window = comparing
    table = window.compare_dock.figures
    rows = table.topLevelItemCount()
    assert rows > 0

    def said() -> list[tuple[str, ...]]:
        return [tuple(table.topLevelItem(r).text(c) for c in range(3)) for r in range(rows)]

    before = said()
    for reading in window.comparing.readings():
        reading.view.setFocus()
        qtbot.keyClick(reading.view, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # View ▸ 繁體
        qtbot.waitUntil(lambda reading=reading: reading.script is Script.TRADITIONAL and not reading.switching)
    after = said()
    assert after != before  # 本法 第八条 → 第十一条: 第八條 → 第十一條
    older, newer = window.comparing.readings()
    for row, (subject, old, new) in enumerate(after):
        assert subject and subject in newer.shown_view().text, (row, subject)
        assert old in older.shown_view().text and new in newer.shown_view().text, (row, old, new)
        tip = table.topLevelItem(row).toolTip(0)
        assert tip.startswith(subject), tip
