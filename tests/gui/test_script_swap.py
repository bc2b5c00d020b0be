"""A long document changes script in place (reader.gui.script_swap): the page on screen at
once, the whole document swapped in a moment later, and the invariant kept throughout: whatever
the reader does meanwhile (scroll, add a note), positions are original offsets and stay on the
same characters."""

from PySide6.QtCore import Qt

from reader.core.scripts import Script
from tests.gui.conftest import WORKER_WAIT_MS, answer_dialog, type_text
from tests.gui.test_script_pages import _go_deep, _page_shows


def test_the_switch_edits_only_the_page_on_screen_in_the_shown_document(book_window, qtbot):
    # replacing every paragraph of the shown document (each laid out again by Qt as it
    # changed) took 19 s on 红楼梦 under load: the rest comes in a document built beside it
    window, view = book_window, book_window.view
    _go_deep(window, qtbot, "第300回")
    shown = view.document()
    edited: list[int] = []
    shown.contentsChange.connect(lambda _pos, removed, added: edited.append(max(removed, added)))
    window.current.set_script(Script.TRADITIONAL)
    assert view.pages.swapping
    qtbot.waitUntil(lambda: not view.pages.swapping, timeout=WORKER_WAIT_MS)
    assert 0 < sum(edited) < 10_000  # the page, with a margin: not the book's 90,000
    assert view.document() is not shown  # the new one, typeset beside it
    assert _page_shows(window, Script.TRADITIONAL)


def test_scrolling_during_the_switch_keeps_the_page_where_the_reader_took_it(book_window, qtbot):
    window, view = book_window, book_window.view
    text = window.session.text
    _go_deep(window, qtbot, "第200回")
    window.current.set_script(Script.TRADITIONAL)
    assert view.pages.swapping
    for _ in range(6):  # the reader pages down while the rest of the book is typeset
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
        qtbot.wait(20)
    scrolled_to = view.top_original()
    qtbot.waitUntil(lambda: not view.pages.swapping, timeout=WORKER_WAIT_MS)
    assert _page_shows(window, Script.TRADITIONAL)
    assert abs(view.top_original() - scrolled_to) < 100, (text[scrolled_to : scrolled_to + 8], view.top_original())
    caret = view.caret_original()
    assert view.positions.to_original(view.textCursor().position()) == caret  # the caret is where it says


def test_a_note_added_during_the_switch_stays_on_its_characters(book_window, qtbot):
    window, view = book_window, book_window.view
    text = window.session.text
    deep = _go_deep(window, qtbot, "第250回")
    start = text.index("潇湘馆", deep + 10)
    view.select_original(start, start + 3)
    window.current.set_script(Script.TRADITIONAL)
    assert view.pages.swapping

    def write(dialog) -> None:  # the swap goes on behind the dialog, and ends before it is answered
        qtbot.waitUntil(lambda: not view.pages.swapping, timeout=WORKER_WAIT_MS)
        type_text(dialog.edit, "館名")
        qtbot.keyClick(dialog.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    answer = answer_dialog(qtbot, write, wait_ms=20000)
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert answer.answered
    [note] = list(window.session.annotations)
    assert (note.start, note.end, note.note) == (start, start + 3, "館名")
    painted = view.layers.shown["highlights"]
    assert [s.cursor.selectedText() for s in painted] == ["瀟湘館"]  # the new script, same characters
    window.current.set_script(Script.ORIGINAL)
    qtbot.waitUntil(lambda: not view.pages.swapping, timeout=WORKER_WAIT_MS)
    assert [s.cursor.selectedText() for s in view.layers.shown["highlights"]] == ["潇湘馆"]
