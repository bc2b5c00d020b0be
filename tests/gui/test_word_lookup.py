"""Look Up Word (Ctrl+D): the dictionary popup on the word at the caret."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from reader.core.scripts import Script
from reader.gui.actions import context_menu
from tests.gui.conftest import WORKER_WAIT_MS

pytestmark = pytest.mark.usefixtures("no_jieba_in_the_window")


def _caret_in(window, qtbot, word):
    start = window.session.text.index(word)
    window.view.select_original(start + 1, start + 1)
    qtbot.waitUntil(lambda: window.view.caret_original() == start + 1)
    return start + 1


def _look_up(window, qtbot):
    popup = window.word_lookup.popup
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: popup.isVisible() and not popup.texts()[0].startswith("Preparing"), timeout=WORKER_WAIT_MS)
    return popup


@pytest.mark.usefixtures("dictionary_in_data_dir")
def test_ctrl_d_shows_the_word_at_the_caret(window, qtbot, words):
    caret = _caret_in(window, qtbot, "印發")
    popup = _look_up(window, qtbot)
    texts = popup.texts()
    assert texts[0].startswith("印发 印發")
    assert "yìn fā" in texts[0]
    assert any("to print and distribute" in t for t in texts)
    # the popup never takes the caret or the focus away
    assert window.view.hasFocus()
    assert window.view.caret_original() == caret
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in popup.findChildren(QLabel))
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert window.view.caret_original() == caret


@pytest.mark.usefixtures("dictionary_in_data_dir")
def test_every_script_view_finds_the_same_entries(window, qtbot, words):
    _caret_in(window, qtbot, "關於")
    original = _look_up(window, qtbot).texts()
    qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    for script in (Script.SIMPLIFIED, Script.TRADITIONAL):
        window.current.set_script(script)
        qtbot.waitUntil(
            lambda script=script: window.current.script is script and window.view.words is not None,
            timeout=WORKER_WAIT_MS,
        )
        _caret_in(window, qtbot, "關於")  # offsets are the original's in every view
        shown = window.current.shown_view().slice(*_range_of(window, "關於"))
        assert shown == ("关于" if script is Script.SIMPLIFIED else "關於")
        assert _look_up(window, qtbot).texts() == original
        qtbot.keyClick(window.view, Qt.Key.Key_Escape)


def _range_of(window, word):
    start = window.session.text.index(word)
    return start, start + len(word)


@pytest.mark.usefixtures("dictionary_in_data_dir")
def test_a_polyphone_shows_every_reading(window, qtbot, words):
    start = window.session.text.index("行")
    window.view.select_original(start, start + 1)  # the selection is looked up as it is
    texts = _look_up(window, qtbot).texts()
    headings = [t for t in texts if t.startswith("行 ")]
    assert any("xíng" in h for h in headings) and any("háng" in h for h in headings)


@pytest.mark.usefixtures("dictionary_in_data_dir")
def test_a_word_not_in_the_dictionary_shows_its_parts(window, qtbot, words):
    _caret_in(window, qtbot, "全國總工會")
    texts = _look_up(window, qtbot).texts()
    assert "not in the dictionary" in texts[0]
    assert [t.split()[0] for t in texts[1:] if "   " in t] == ["全国", "总", "工会"]


@pytest.mark.usefixtures("dictionary_in_data_dir")
def test_a_number_is_not_cut_into_its_digits(window, qtbot, words):
    # Ctrl+D on the notice's date (2022年…) listed "2 —", "0 —", "2 —", "2 —" as its "parts"
    _caret_in(window, qtbot, "2022")
    texts = _look_up(window, qtbot).texts()
    assert texts == ["“2022” is not in the dictionary."]


@pytest.mark.usefixtures("dictionary_in_data_dir")
def test_the_context_menu_looks_up(window, qtbot, words):
    _caret_in(window, qtbot, "印發")
    menu = context_menu(window.actions, window)
    action = window.actions["look_up_word"]
    assert action in menu.actions()
    action.trigger()
    qtbot.waitUntil(lambda: window.word_lookup.popup.isVisible())
    qtbot.waitUntil(lambda: window.word_lookup.popup.texts()[0].startswith("印发"), timeout=WORKER_WAIT_MS)
    assert window.view.hasFocus()


def test_the_first_lookup_builds_the_dictionary(window, qtbot, words, data_dir):
    _caret_in(window, qtbot, "印發")
    qtbot.keyClick(window.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    popup = window.word_lookup.popup
    assert popup.isVisible() and popup.texts()[0].startswith("Preparing")
    qtbot.waitUntil(lambda: popup.texts()[0].startswith("印发"), timeout=WORKER_WAIT_MS)
    assert (data_dir / "dictionary" / "cedict.sqlite").is_file()


@pytest.mark.usefixtures("dictionary_in_data_dir")
def test_moving_the_caret_closes_the_popup(window, qtbot, words):
    _caret_in(window, qtbot, "印發")
    popup = _look_up(window, qtbot)
    qtbot.keyClick(window.view, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: not popup.isVisible())


def test_about_names_the_dictionary_and_its_licence(window, qtbot):
    from tests.gui.conftest import answer_dialog

    seen = []

    def read(dialog):
        seen.append(dialog.text())
        dialog.accept()

    answer = answer_dialog(qtbot, read)
    window.actions["about"].trigger()
    assert answer.answered
    assert "CC-CEDICT" in seen[0] and "Attribution-ShareAlike 4.0" in seen[0]


def test_add_to_vocabulary_from_the_edit_menu(window, qtbot, words, data_dir):
    from reader.core.vocabulary import Vocabulary, vocabulary_path

    caret = window.session.text.index("日前印發") + 3  # in the body's 印發, not the title's
    window.view.select_original(caret, caret)
    qtbot.waitUntil(lambda: window.view.caret_original() == caret)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "menu_edit")
    qtbot.waitUntil(menu.isVisible)
    qtbot.keyClick(menu, Qt.Key.Key_B)  # Add to Voca&bulary
    path = vocabulary_path(data_dir)
    qtbot.waitUntil(lambda: bool(Vocabulary(path).items), timeout=WORKER_WAIT_MS)  # the first use builds the dictionary
    item = Vocabulary(path).items[0]
    assert (item.word, item.pinyin, item.simplified) == ("印發", "yìn fā", "印发")
    assert item.sentence.startswith("根據") and "日前印發" in item.sentence and item.sentence.endswith("。")
    assert item.document == window.current.title()


def test_a_long_entry_is_shown_whole_inside_the_popup(window, qtbot):
    """三國演義's entry is six lines long: the popup was 100 px tall with a scroll bar, and the
    text, laid out wider than what the scroll bar left, lost the end of every line."""
    from PySide6.QtCore import QPoint

    from reader.core.dictionary import Entry, Lookup
    from reader.gui.word_popup import MAX_HEIGHT, WordPopup

    sense = (
        "Romance of the Three Kingdoms by Luo Guanzhong 羅貫中|罗贯中[Luo2 Guan4 zhong1], one of the "
        "Four Classic Novels of Chinese literature, a fictional account of the Three Kingdoms at the "
        "break-up of the Han around 200 AD, portraying Liu Bei's 劉備|刘备[Liu2 Bei4] Shu Han "
        "蜀漢|蜀汉[Shu3 Han4] as heroes and Cao Cao's 曹操[Cao2 Cao1] as villains"
    )
    entry = Entry("三国演义", "三國演義", "San1 guo2 Yan3 yi4", (sense,))
    popup = WordPopup(window)
    popup.show_lookup(Lookup("三國演義", (entry,)), QPoint(100, 100), "", "", "")
    qtbot.waitUntil(popup.isVisible)
    qtbot.wait(50)  # the scroll area lays its body out
    scroll = popup._scroll
    assert popup.height() < MAX_HEIGHT and not scroll.verticalScrollBar().isVisible()
    for label in popup.findChildren(QLabel):
        assert label.geometry().right() <= scroll.viewport().width()  # no line's end cut off
        assert label.height() >= label.heightForWidth(label.width())  # every line of it shown
    # longer than the popup holds: it scrolls, and the text wraps in what the scroll bar leaves
    popup.show_lookup(Lookup("三國演義", (entry,) * 6), QPoint(100, 100), "", "", "")
    qtbot.wait(50)
    assert popup.height() == MAX_HEIGHT and scroll.verticalScrollBar().isVisible()
    for label in popup.findChildren(QLabel):
        assert label.geometry().right() <= scroll.viewport().width()


@pytest.mark.usefixtures("dictionary_in_data_dir")
def test_a_one_sense_entry_leaves_no_empty_space_under_it(window, qtbot, words):
    """The popup kept the layout's minimum height (its scroll area's 68 px): 印發's one sense
    had empty space under it, above the button."""
    _caret_in(window, qtbot, "印發")
    popup = _look_up(window, qtbot)
    qtbot.wait(50)  # the scroll area lays its body out
    assert popup.texts()[0].startswith("印发 印發") and len(popup.texts()) == 2  # one sense
    last_line = max(label.mapTo(popup, label.rect().bottomLeft()).y() for label in popup.findChildren(QLabel))
    assert popup.add_button.geometry().top() - last_line <= 12
    assert popup.height() - popup.add_button.geometry().bottom() <= 10


@pytest.mark.usefixtures("dictionary_in_data_dir")
def test_escape_closes_a_lookup_asked_from_the_annotation_panel(window, qtbot, words):
    """Ctrl+D pressed with the annotation panel focused showed the popup over the page, but
    Escape went to the panel (which gave the page its focus) and the popup stayed: the page
    takes the keys of its word's popup, wherever Ctrl+D was pressed."""
    caret = _caret_in(window, qtbot, "印發")
    panel = window.annotation_dock.tree
    panel.setFocus()
    qtbot.waitUntil(panel.hasFocus)
    popup = window.word_lookup.popup
    qtbot.keyClick(panel, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: popup.isVisible() and not popup.texts()[0].startswith("Preparing"), timeout=WORKER_WAIT_MS)
    assert popup.texts()[0].startswith("印发 印發")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not popup.isVisible()
    assert window.view.caret_original() == caret


@pytest.mark.usefixtures("dictionary_in_data_dir")
def test_a_senses_cross_reference_reads_in_tone_marks_as_its_headword(make_window, qtbot, tmp_path):
    """孔子's sense ended "also known as 孔夫子[Kong3 fu1 zi3]": CC-CEDICT's numbered reading, glued
    to the word, under a headword read Kǒng zǐ."""
    doc = tmp_path / "孔子家语.txt"
    doc.write_text("曲礼公西赤问\n\n孔子之母既丧，将合葬焉。\n", encoding="utf-8")
    window = make_window(doc)
    window.current.start_words()
    qtbot.waitUntil(lambda: window.view.words is not None, timeout=WORKER_WAIT_MS)
    _caret_in(window, qtbot, "孔子")
    texts = _look_up(window, qtbot).texts()
    assert texts[0].startswith("孔子") and "Kǒng zǐ" in texts[0]
    assert any("also known as 孔夫子 [Kǒng fū zǐ]" in t for t in texts), texts
    assert not any("Kong3" in t for t in texts)
