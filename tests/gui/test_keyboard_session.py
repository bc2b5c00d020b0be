"""A whole study session by key presses alone, as a reader without a mouse works."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.core.scripts import Script
from tests.gui.conftest import answer_dialog, type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused():
    return QApplication.focusWidget()


def test_a_session_by_keys_alone(window, qtbot, tmp_path, words):
    key = qtbot.keyClick
    text = window.session.text
    # to the third section (the paragraph of 《通知》強調) with the section keys
    for _ in range(3):
        key(focused(), Qt.Key.Key_PageDown, CTRL)
    third = window.session.outline.sections[3]
    assert window.view.caret_original() == third.start
    # one sentence down by caret keys, then S selects it
    key(focused(), Qt.Key.Key_Down)
    key(focused(), Qt.Key.Key_S)
    sentence = window.view.selected_range()
    assert text[sentence[0] : sentence[1]].startswith("《通知》強調,要把握") and text[sentence[1] - 1] == "。"
    key(focused(), Qt.Key.Key_2)  # green
    [a] = list(window.session.annotations)
    assert (a.start, a.end, a.colour) == (*sentence, "green")
    # a note on it: N opens the editor at the caret's highlight, Ctrl+Enter saves
    key(focused(), Qt.Key.Key_Left)
    answer = answer_dialog(qtbot, lambda d: (type_text(d.edit, "九個深刻領會"), key(d.edit, Qt.Key.Key_Return, CTRL)))
    key(focused(), Qt.Key.Key_N)
    assert answer.answered and next(iter(window.session.annotations)).note == "九個深刻領會"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.view.setFocus()
    # a second highlight further on: a word with W, colour 4
    key(focused(), Qt.Key.Key_PageDown, CTRL)
    for _ in range(3):
        key(focused(), Qt.Key.Key_Right, CTRL)
    key(focused(), Qt.Key.Key_W)
    key(focused(), Qt.Key.Key_4)
    assert len(window.session.annotations) == 2
    # to 简体: the highlights and the panel follow
    key(focused(), Qt.Key.Key_2, CTRL)
    assert window.script is Script.SIMPLIFIED
    assert (
        window.view.layers.shown["highlights"][0].cursor.selectedText().startswith("《通知》强调，要把握")
    )  # shown with clean punctuation
    # jump between highlights
    key(focused(), Qt.Key.Key_Home, CTRL)
    key(focused(), Qt.Key.Key_Down, ALT)
    assert window.view.selected_range() == (a.start, a.end)
    key(focused(), Qt.Key.Key_Down, ALT)
    second = [x for x in window.session.annotations if x.colour == "pink"][0]
    assert window.view.selected_range() == (second.start, second.end)
    key(focused(), Qt.Key.Key_Up, ALT)
    assert window.view.selected_range() == (a.start, a.end)
    # F6 to the panel, Enter jumps there, Esc comes back to the text
    key(focused(), Qt.Key.Key_F6)
    assert focused() is window.annotation_dock.tree
    key(focused(), Qt.Key.Key_F6, SHIFT)
    assert focused() is window.view
    key(focused(), Qt.Key.Key_F6, SHIFT)
    assert focused() is window.outline_tree
    key(focused(), Qt.Key.Key_Escape)
    assert focused() is window.view
    # export to Markdown from the dialog, all by keys
    target = tmp_path / "session.md"

    def export(dialog):
        dialog.format.setFocus()
        key(dialog.format, Qt.Key.Key_Home)
        dialog.path.setFocus()
        dialog.path.selectAll()
        type_text(dialog.path, str(target))
        key(dialog.path, Qt.Key.Key_Return)

    answer = answer_dialog(qtbot, export)
    key(focused(), Qt.Key.Key_E, CTRL)
    assert answer.answered
    out = target.read_text(encoding="utf-8")
    assert out.startswith("# 全国总工会印发关于认真学习宣传贯彻党的二十大精神的通知")
    assert "> 《通知》强调,要把握学习领会党的二十大精神的着重点" in out
    assert "九個深刻領會" in out and "*green · " in out and "*pink · " in out
