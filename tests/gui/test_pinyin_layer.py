"""View ▸ Pinyin Over the Text: syllables from the worker, painted over the page in every script."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat

from reader.core.scripts import Script
from reader.gui.pinyin_layer import RUBY_LINE_HEIGHT

pytestmark = pytest.mark.usefixtures("no_jieba_in_the_window")


def _line_height(view) -> float:
    block = view.document().findBlock(view.document().characterCount() // 2)
    return block.blockFormat().lineHeight()


def _open_view_menu_and_choose_pinyin(window, qtbot):
    """Alt+V opens View, Y (Pin&yin) chooses the command: the keys a person presses."""
    qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "menu_view")
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_Y)


def test_pinyin_over_the_text_in_every_script(window, qtbot):
    view = window.view
    before = _line_height(view)
    _open_view_menu_and_choose_pinyin(window, qtbot)
    assert window.actions["pinyin"].isChecked()
    qtbot.waitUntil(lambda: view.pinyin.active, timeout=30000)
    assert _line_height(view) == RUBY_LINE_HEIGHT
    start = window.session.text.index("全國總工會")
    window.view.select_original(start, start)
    qtbot.waitUntil(lambda: dict(view.pinyin.visible()).get(start) == "quán")
    shown = dict(view.pinyin.visible())
    assert [shown[start + i] for i in range(5)] == ["quán", "guó", "zǒng", "gōng", "huì"]
    assert not view.viewport().grab().isNull()  # paints
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        window.current.set_script(script)
        qtbot.waitUntil(lambda script=script: window.current.script is script, timeout=20000)
        qtbot.waitUntil(lambda: bool(view.pinyin.visible()), timeout=5000)
        assert dict(view.pinyin.visible())[start] == "quán"  # original offsets: the same characters
        assert _line_height(view) == RUBY_LINE_HEIGHT
    window.actions["pinyin"].trigger()
    assert not view.pinyin.active and view.pinyin.visible() == []
    assert _line_height(view) == before
    assert (
        view.document().findBlock(0).blockFormat().lineHeightType()
        == QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
    )


def test_each_tab_keeps_its_own_pinyin(make_window, qtbot, notice_copy):
    window = make_window()
    window.actions["pinyin"].trigger()
    qtbot.waitUntil(lambda: window.view.pinyin.active, timeout=30000)
    first = window.current
    assert window.open_path(notice_copy)
    qtbot.waitUntil(lambda: window.current is not first)
    assert not window.actions["pinyin"].isChecked()
    window.workspace.step(-1)
    qtbot.waitUntil(lambda: window.current is first)
    assert window.actions["pinyin"].isChecked()
