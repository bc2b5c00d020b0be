"""The blocks and positions on the page, at its top and bottom edges and while the layout
restarts: Qt's hit test (cursorForPosition) gave the document's end or a block far down there."""

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTextEdit

from reader.core.line_units import without_page_chars
from reader.core.resources import notice_path
from reader.core.scripts import Script
from reader.gui.pinyin_layer import RUBY_LINE_HEIGHT
from reader.gui.visible_blocks import first_visible_block, last_visible_block, position_at
from tests.gui.conftest import WORKER_WAIT_MS

CTRL = Qt.KeyboardModifier.ControlModifier
LAWS = Path(__file__).parents[2] / "eval" / "structure" / "docs"  # development part


def _switched(window, script) -> bool:
    return window.script is script and window.current.pending_script is None and not window.view.pages.swapping


def _page(qtbot, text: str, margin: float = 28) -> QTextEdit:
    page = QTextEdit()
    qtbot.addWidget(page)
    page.resize(600, 400)
    page.document().setDocumentMargin(margin)
    page.setPlainText(text)
    page.show()
    qtbot.waitExposed(page)
    return page


def _on_a_lines_edge(page, y: int) -> bool:
    block = page.document().findBlock(position_at(page, QPoint(0, y)))
    top = block.layout().position().y() - page.verticalScrollBar().value()
    return any(top + block.layout().lineAt(n).y() == y for n in range(block.layout().lineCount()))


def test_the_answers_agree_with_qts_inside_the_text(qtbot):
    """Where Qt's hit test is right (inside the lines of a settled page, scrolled anywhere), the
    same block and position, and the same blocks at the page's edges."""
    page = _page(qtbot, (LAWS / "law_tw" / "tw010.txt").read_text(encoding="utf-8"))
    bar = page.verticalScrollBar()
    checked = 0
    for value in (0, bar.maximum() // 3, bar.maximum() // 2, bar.maximum()):
        bar.setValue(value)
        qtbot.wait(10)
        for y in range(40, page.viewport().height() - 40, 23):
            if _on_a_lines_edge(page, y):
                continue  # (Qt gives a pixel on the edge between two lines to the upper one)
            for x in (40, 150, 333):
                point = QPoint(x, y)
                assert position_at(page, point) == page.cursorForPosition(point).position(), (value, x, y)
                checked += 1
        if value:  # (at the very top, Qt's own answer is the one in doubt)
            assert first_visible_block(page) == page.cursorForPosition(QPoint(40, 0)).block()
        bottom = page.viewport().rect().bottomLeft() + QPoint(40, 0)
        assert last_visible_block(page) == page.cursorForPosition(bottom).block()
    assert checked > 100


def test_the_margins_give_the_first_and_last_blocks(qtbot):
    """In the margin above the first line, the first block and position 0; under the last line,
    the last block and the document's end."""
    page = _page(qtbot, "\n".join(f"第{n}條　本規則依法訂定之。" for n in range(200)))
    doc = page.document()
    for y in range(0, 28):  # the document's margin, at the page's top
        assert position_at(page, QPoint(0, y)) == 0, y
    assert first_visible_block(page) == doc.firstBlock()
    page.verticalScrollBar().setValue(page.verticalScrollBar().maximum())
    qtbot.wait(10)
    assert last_visible_block(page) == doc.lastBlock()
    assert position_at(page, page.viewport().rect().bottomRight()) == doc.characterCount() - 1


def test_a_document_just_set_is_read_from_its_first_block(qtbot):
    """A document set on a page and not laid out past its top yet (a script switch shows another
    document): Qt's hit test at the page's top read a block far down (seen: the document's end)."""
    page = _page(qtbot, "")
    doc = page.document().clone()
    doc.setPlainText((LAWS / "law_tw" / "tw010.txt").read_text(encoding="utf-8") * 4)
    page.setDocument(doc)  # no turn of the event loop since: laid out lazily from the top
    for y in (0, 1, 2, 4, 10):  # (Qt gave the end at 20, in the first line)
        assert position_at(page, QPoint(0, y)) == 0, y
    assert first_visible_block(page) == doc.firstBlock()
    assert last_visible_block(page).blockNumber() < doc.blockCount() - 1


def test_folded_blocks_are_passed_over(qtbot):
    page = _page(qtbot, "\n".join(f"段落{n}" for n in range(300)), margin=4)
    doc = page.document()
    for n in range(1, 150):  # folded away: no lines, no height
        doc.findBlockByNumber(n).setVisible(False)
    doc.markContentsDirty(0, doc.characterCount())
    qtbot.wait(10)
    shown = doc.findBlockByNumber(150)
    y = int(shown.layout().position().y()) + 2
    assert position_at(page, QPoint(10, y)) == page.cursorForPosition(QPoint(10, y)).position()
    assert doc.findBlock(position_at(page, QPoint(10, y))) == shown


def test_a_long_documents_switch_at_its_top_shows_the_page_in_the_new_script_at_once(make_window, qtbot, tmp_path):
    """A long document changes script in place (script_swap.swap_to): the page on screen at
    once, the rest later. At the page's top Qt's hit test, asked in the margin above the first
    line right after the previous switch had set its document, gave a block 5,000 characters
    down: nothing on the page was converted, and the page showed the old script until the swap."""
    long = tmp_path / "long.txt"
    long.write_text("\n\n".join([notice_path().read_text(encoding="utf-8")] * 60), encoding="utf-8")
    window = make_window(long)
    view = window.view
    qtbot.waitUntil(lambda: not view._slicer.active, timeout=WORKER_WAIT_MS)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
    for key, script in ((Qt.Key.Key_2, Script.SIMPLIFIED), (Qt.Key.Key_3, Script.TRADITIONAL)):
        qtbot.keyClick(view, key, CTRL)
        qtbot.waitUntil(lambda script=script: window.current.shown_script is script)  # a preview: a turn later
        expected = window.session.view(script).text.split("\n", 1)[0]
        top = without_page_chars(view.document().firstBlock().text())  # a breadcrumb's joiners: the page's
        assert top == expected, f"Ctrl+{key - Qt.Key.Key_0}: the top not converted"
        qtbot.waitUntil(lambda script=script: _switched(window, script), timeout=WORKER_WAIT_MS)
        assert view.verticalScrollBar().value() == 0
        assert without_page_chars(view.document().firstBlock().text()) == expected


@pytest.mark.parametrize("name", ["law_tw/tw010.txt", "law_prc/prc009.txt"])
def test_pinyin_at_the_top_stays_over_the_first_lines(make_window, qtbot, name):
    """Pinyin on at the very top of a law with a title, then script switches and resizes that
    balance the title again: the syllables are drawn from the first line on, over the first
    lines on the page (their pixels), and the top lines keep their room."""
    window = make_window(LAWS / name)
    view = window.view
    window.actions["pinyin"].trigger()
    qtbot.waitUntil(lambda: view.pinyin.active, timeout=WORKER_WAIT_MS)  # the worker reads them: slow on a busy machine
    qtbot.waitUntil(lambda: not view.room.active, timeout=WORKER_WAIT_MS)

    def check(after: str) -> None:
        qtbot.waitUntil(lambda: not view.titles.pending and not view.room.active, timeout=WORKER_WAIT_MS)
        assert view.verticalScrollBar().value() == 0, after
        shown = view.pinyin.visible()
        assert shown and shown[0][0] == 0, f"{after}: syllables from {shown[:1]}"
        first = view.document().firstBlock()
        assert first.blockFormat().lineHeight() == RUBY_LINE_HEIGHT, after
        # ink in the band over the first line, where its syllables are drawn
        line_top = int(first.layout().position().y())
        image = view.viewport().grab().toImage()
        paper = view.palette().base().color().lightness()
        band = [
            (x, y)
            for y in range(max(0, line_top - view.pinyin.room()), line_top)
            for x in range(0, image.width(), 2)
            if image.pixelColor(x, y).lightness() < paper - 60
        ]
        assert len(band) > 20, f"{after}: no syllables over the first line"

    check("pinyin on")
    for key in (Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_1):
        qtbot.keyClick(view, key, CTRL)
        qtbot.waitUntil(
            lambda: window.current.pending_script is None and not view.pages.swapping, timeout=WORKER_WAIT_MS
        )
        check(f"Ctrl+{key - Qt.Key.Key_0}")
    for width in (700, 1000):
        window.resize(width, window.height())
        qtbot.wait(100)
        check(f"width {width}")
