"""A caret on a line break (put past a line's end by a click, or on the blank line between two
paragraphs where ↓ stops) is not a word: W, H and N made a highlight of that break, listed
with an empty quote in the panel and the notebook."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.gui.conftest import answer_dialog, type_text

TEXT = "第二条 本条例所称国土绿化，是指植树造林。\n\n\u3000\u3000楚庄王杀陈夏征舒，春秋贬其文。\n"


def _window(make_window, tmp_path):
    path = tmp_path / "two paragraphs.txt"
    path.write_text(TEXT, encoding="utf-8")
    return make_window(path)


def _key(qtbot, key):
    qtbot.keyClick(QApplication.focusWidget(), key)


def test_on_the_blank_line_between_paragraphs_w_h_and_n_mark_nothing_and_say_so(make_window, tmp_path, qtbot):
    window = _window(make_window, tmp_path)
    messages = []
    window.statusBar().messageChanged.connect(lambda text: text and messages.append(text))
    blank = window.session.text.index("\n\n") + 1
    window.view.select_original(blank, blank)
    _key(qtbot, Qt.Key.Key_W)
    assert window.view.selected_range() is None and "No word at the caret" in messages[-1]
    _key(qtbot, Qt.Key.Key_H)
    answer = answer_dialog(qtbot, lambda dialog: dialog.reject(), wait_ms=1000)
    _key(qtbot, Qt.Key.Key_N)
    qtbot.wait(1200)
    assert not answer.answered  # no note dialog opened on nothing
    assert list(window.session.annotations) == [] and "No word at the caret" in messages[-1]


def test_a_note_by_keys_at_a_line_end_quotes_the_word_before_it_not_the_break(make_window, tmp_path, qtbot):
    window = _window(make_window, tmp_path)
    text = window.session.text
    line_end = text.index("\n")
    window.view.select_original(line_end, line_end)  # as a click past the line's end leaves it
    quoted = []

    def write(dialog):
        quoted.append(dialog.findChildren(QLabel)[0].text())
        type_text(dialog.edit, "a note")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    answer = answer_dialog(qtbot, write)
    _key(qtbot, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: answer.answered)
    [note] = list(window.session.annotations)
    assert note.note == "a note" and note.exact == text[note.start : note.end]
    assert note.exact.endswith("林") and note.end == line_end - 1  # the line's last word, not its 。
    assert quoted == [f"「{note.exact}」"]


def test_a_highlight_of_a_drag_past_the_line_end_leaves_out_the_break(make_window, tmp_path, qtbot):
    window = _window(make_window, tmp_path)
    text = window.session.text
    start = text.index("植树造林")
    window.view.select_original(start, text.index("\n") + 2)  # the break and the blank line too
    _key(qtbot, Qt.Key.Key_H)
    [mark] = list(window.session.annotations)
    assert mark.exact == "植树造林。"
