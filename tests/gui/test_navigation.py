"""Jumps land where the eye is (the upper third of the page), Ctrl+PageDown steps between the
sections of the level the reader is on, and Go To (Ctrl+G) goes where it is told, by keys."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from tests.gui.conftest import answer_dialog, type_text

CORPUS = Path(__file__).parent.parent / "corpus"
REPORT = CORPUS / "report-20th-congress-2022-gb18030.txt"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused():
    return QApplication.focusWidget()


def line_y(view, pos: int) -> int:
    """Where the line holding an original offset is drawn, in the page's pixels."""
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.positions.to_qt(pos))
    return view.cursorRect(cursor).top()


def assert_in_upper_third(view, pos: int) -> None:
    height = view.viewport().height()
    y = line_y(view, pos)
    assert 0 <= y < height / 3, f"the line is at {y} of a page {height} high"


@pytest.fixture
def report(make_window, qtbot):
    window = make_window(REPORT)
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: window.view.positions is not None)
    return window


def test_a_found_word_sits_in_the_upper_third(report, qtbot):
    text = report.session.text
    # a word of the middle of the report: every hit is followed with F3
    word = "乡村振兴"
    report.current.finder.open(word)
    qtbot.waitUntil(lambda: len(report.current.finder.hits) == text.count(word))
    for _ in range(text.count(word)):
        hit = report.current.finder.hits[report.current.finder.current]
        if hit.start < len(text) * 0.9:  # the last page cannot scroll a line to its top
            assert_in_upper_third(report.view, hit.start)
        qtbot.keyClick(report.current.finder.bar.edit, Qt.Key.Key_F3)


def test_a_section_chosen_in_the_tree_sits_in_the_upper_third(report, qtbot):
    tree = report.outline_tree
    model = tree.model()
    part = model.index(9, 0)  # a part in the middle of the report
    node = model.node(part)
    tree.setFocus()
    tree.setCurrentIndex(part)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert report.view.caret_original() == node.start
    assert_in_upper_third(report.view, node.start)


def test_a_highlight_reached_with_alt_down_sits_in_the_upper_third(report, qtbot):
    reading = report.current
    text = report.session.text
    marks = [text.index("全面推进乡村振兴"), text.index("严格公正司法"), text.index("提高公共安全治理水平")]
    for start in marks:
        reading.view.select_original(start, start + 6)
        qtbot.keyClick(focused(), Qt.Key.Key_1)
    assert len(report.session.annotations) == 3
    qtbot.keyClick(focused(), Qt.Key.Key_Home, CTRL)
    for start in marks:
        qtbot.keyClick(focused(), Qt.Key.Key_Down, ALT)
        assert report.view.selected_range() == (start, start + 6)
        assert_in_upper_third(report.view, start)


def test_ctrl_page_down_steps_between_the_parts_of_the_report(report, qtbot):
    text = report.session.text
    qtbot.keyClick(focused(), Qt.Key.Key_Home, CTRL)
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown, CTRL)  # from the header's blank first line to it
    reached = []
    for _ in range(3):
        qtbot.keyClick(focused(), Qt.Key.Key_PageDown, CTRL)
        reached.append(text[report.view.caret_original() :][:2])
        assert_in_upper_third(report.view, report.view.caret_original())
    assert reached == ["一、", "二、", "三、"]  # not paragraph by paragraph
    qtbot.keyClick(focused(), Qt.Key.Key_PageUp, CTRL)
    assert text[report.view.caret_original() :].startswith("二、")
    # one level finer: 三、's first （一）, with Ctrl+Shift
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown, CTRL | SHIFT)
    assert text[report.view.caret_original() :].startswith("四、")  # 三、 has no （一）: the next heading
    qtbot.keyClick(focused(), Qt.Key.Key_PageDown, CTRL | SHIFT)
    assert text[report.view.caret_original() :].startswith("（一）构建高水平社会主义市场经济体制")


def go_to(window, qtbot, typed: str) -> list[str]:
    """Ctrl+G, type, Enter; the dialog's messages, when it said something and was closed with Esc."""
    said: list[str] = []

    def answer(dialog):
        type_text(dialog.edit, typed)
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)
        if dialog.isVisible():
            said.append(dialog.message.text())
            qtbot.keyClick(dialog.edit, Qt.Key.Key_Escape)

    answered = answer_dialog(qtbot, answer)
    qtbot.keyClick(focused(), Qt.Key.Key_G, CTRL)
    assert answered.answered
    return said


def test_go_to_a_part_and_a_subsection_by_keys(report, qtbot):
    text = report.session.text
    assert go_to(report, qtbot, "十一、") == []
    assert text[report.view.caret_original() :].startswith("十一、推进国家安全体系")
    assert_in_upper_third(report.view, report.view.caret_original())
    report.activateWindow()
    qtbot.waitUntil(report.isActiveWindow)
    assert go_to(report, qtbot, "（三）") == []  # the （三） of the part the caret is in
    assert text[report.view.caret_original() :].startswith("（三）提高公共安全治理水平")
    report.activateWindow()
    qtbot.waitUntil(report.isActiveWindow)
    assert go_to(report, qtbot, "50%") == []
    assert report.view.caret_original() == round(len(text) / 2)


def test_go_to_what_is_not_there_says_so_and_stays(report, qtbot):
    caret = report.view.caret_original()
    [message] = go_to(report, qtbot, "第八十回")
    assert "第八十回" in message and report.view.caret_original() == caret
    report.activateWindow()
    qtbot.waitUntil(report.isActiveWindow)
    [message] = go_to(report, qtbot, "p. 12")
    assert "PDF" in message
    report.activateWindow()
    qtbot.waitUntil(report.isActiveWindow)
    [message] = go_to(report, qtbot, "合同")
    assert "合同" in message and "50%" in message


def test_go_to_a_page_of_a_pdf(make_window, qtbot):
    window = make_window(CORPUS / "formats" / "law-criminal-2020.pdf")
    pages = window.session.document.pages
    assert len(pages) > 12
    assert go_to(window, qtbot, "第12页") == []
    assert window.view.caret_original() == pages[11]


def test_the_tree_shows_its_labels_as_the_page_does(window, qtbot):

    model = window.outline_tree.model()
    row = next(r for r in range(model.rowCount()) if "學習宣傳貫徹黨的二十大精神對於" in model.data(model.index(r, 0)))

    def label() -> str:
        return model.data(model.index(row, 0))

    assert label().startswith("《通知》指出，學習")  # the page's full-width comma, not the source's
    qtbot.keyClick(focused(), Qt.Key.Key_2, CTRL)
    assert label().startswith("《通知》指出，学习")  # and its script
    window.apply_prefs(window.prefs._replace(clean_punctuation=False), save=False)
    assert label().startswith("《通知》指出,学习")
