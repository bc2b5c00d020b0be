"""A dateline's lines end where its words end (jieba's, cut in the worker) wherever a line
holds the word: a law's (（2005年8月28日第十届全国人民代表 / 大会常务委员会第十七次会议通过）,
Qt's wrap at the one width that suited its other lines) and the notice's (《工人 / 日報》, one
word to jieba). The page joins a word's characters (line_units.LOOSE becomes a JOINER, one
character for one), and never the reader's text: copying the dateline gives it as written."""

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication

from reader.core.balance import line_breaks
from reader.core.line_units import JOINER, LOOSE
from reader.core.resources import notice_path
from reader.core.scripts import Script
from reader.gui.title_balance import _advances, _block_font
from tests.gui.conftest import CONDITION_WAIT_MS, WORKER_WAIT_MS, wide_with_words
from tests.gui.screen_truth import overwide_lines

WIDTHS = range(140, 401, 10)
LAW = (
    "# 中华人民共和国治安管理处罚法\n\n"
    "（2005年8月28日第十届全国人民代表大会常务委员会第十七次会议通过）\n\n"
    "<!-- INFO END -->\n\n## 第一章 总则\n\n"
    "第一条 为维护社会治安秩序，保障公共安全，保护公民、法人和其他组织的合法权益，制定本法。\n"
)


def _dateline(window):
    view = window.view
    start, end = next((s, e) for s, e, kind in window.current.blocks if kind == "dateline")
    return start, end, view.document().findBlock(view.positions.to_qt(start))


def _broken_words(window, width: int) -> list[str]:
    """The words a line of the dateline starts inside of, of those a line of the page holds
    with what no line may break from them (《工人日報》: the marks)."""
    view = window.view
    _, _, block = _dateline(window)
    view.document().documentLayout().blockBoundingRect(block)
    layout, text, first = block.layout(), block.text(), block.position()
    advances = _advances(text, _block_font(block))
    breakable = line_breaks(text.replace(JOINER, LOOSE))  # as the page breaks without its joiners
    room = view.viewport().width() - 2 * view.document().documentMargin() - 1
    out = []
    for i in range(1, layout.lineCount()):
        start = view.positions.to_original(first + layout.lineAt(i).textStart())
        a, b = view.words.word_at(start)
        if a == start:
            continue
        qa, qb = view.positions.to_qt(a) - first, view.positions.to_qt(b) - first
        while qa > 0 and not breakable[qa]:
            qa -= 1
        while qb < len(text) and not breakable[qb]:
            qb += 1
        if sum(advances[qa:qb]) <= room:  # a line holds the word whole
            out.append(f"{view.positions.view.text[a:start]}|{view.positions.view.text[start:b]} ({width} px)")
    return out


def _at_widths(window, qtbot, check) -> list[str]:
    view, found = window.view, []
    for width in WIDTHS:
        view.setFixedWidth(width)
        qtbot.waitUntil(lambda: view.width() == width and not view.titles.pending, timeout=CONDITION_WAIT_MS)  # noqa: B023
        found += check(width)
    return found


def test_a_laws_dateline_breaks_no_word_a_line_holds(make_window, qtbot, tmp_path):
    path = tmp_path / "public-order.md"
    path.write_text(LAW, encoding="utf-8")
    window = wide_with_words(make_window, qtbot, path)
    wrapped = []

    def check(width):
        _, _, block = _dateline(window)
        window.view.document().documentLayout().blockBoundingRect(block)
        wrapped.append(block.layout().lineCount() > 1)
        return _broken_words(window, width) + [f"{line} ({width} px)" for line in overwide_lines(window.view)]

    found = _at_widths(window, qtbot, check)
    assert all(wrapped), "the dateline fitted one line: nothing was tested"
    assert not found, "\n".join(found)


@pytest.mark.parametrize(
    "switches", [(), (Script.SIMPLIFIED, Script.ORIGINAL)], ids=("original", "simplified-and-back")
)
def test_the_notices_dateline_keeps_the_papers_name_whole(make_window, qtbot, switches):
    """工人日報 is one word: 《工人 / 日報》 (the name in title marks broken between its likely
    two-character words, before the words were known) only where no line holds it; also in
    简体, and back in the original (its page kept from before)."""
    window = wide_with_words(make_window, qtbot, notice_path())
    found = _at_widths(window, qtbot, lambda width: _broken_words(window, width))
    for script in switches:
        window.current.set_script(script)
        qtbot.waitUntil(lambda: window.current.script is script, timeout=WORKER_WAIT_MS)  # noqa: B023
        found += _at_widths(window, qtbot, lambda width: _broken_words(window, width))
    assert not found, "\n".join(found)


def test_the_pages_own_characters_never_reach_a_copy(make_window, qtbot):
    """The dateline's page holds joiners and LOOSEs (U+034F) after its characters; a caret
    crosses it a key press a character, and a copy of it is the text as written."""
    window = wide_with_words(make_window, qtbot, notice_path())
    view = window.view
    view.setFixedWidth(200)
    qtbot.waitUntil(lambda: view.width() == 200 and not view.titles.pending, timeout=CONDITION_WAIT_MS)
    start, end, block = _dateline(window)
    assert JOINER in block.text() and LOOSE in block.text()
    view.setFocus()
    view.select_original(start, start)
    for k in range(1, end - start + 1):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
        assert view.selected_range() == (start, start + k)
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert copied == window.current.session.text[start:end]
    assert JOINER not in copied and LOOSE not in copied


def test_a_click_in_a_datelines_character_puts_the_caret_beside_it(make_window, qtbot):
    """Qt's hit test took a point in the left half of a character after a joined one (年 in
    2022‍年) for the line's end: the caret went after the dateline's last character (page_hits
    moves such a point to the edge before the character)."""
    window = make_window(notice_path())
    view = window.view
    start, _, _ = _dateline(window)
    text = window.current.session.text
    for off in range(start, start + 12):
        before, after = view.textCursor(), view.textCursor()
        before.setPosition(view.positions.to_qt(off))
        after.setPosition(view.positions.to_qt(off + 1))
        a, b = view.cursorRect(before), view.cursorRect(after)
        for share, expected in ((0.25, off), (0.75, off + 1)):
            x = round(a.center().x() + (b.center().x() - a.center().x()) * share)
            qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, a.center().y()))
            assert view.caret_original() == expected, (text[off], share, view.caret_original() - off)
