"""A book opened at launch, from the window's first paint to its text's (issue 32: the 5 M
book's launch stalled 87-96 ms): what scales with the book is done off the window's thread or
in steps of a bounded size, never in one turn."""

import re
import threading
from pathlib import Path

from PySide6.QtGui import QFont, QTextCursor

from reader.app import open_at_launch, open_settings
from reader.core.punctuation import clean_punctuation
from reader.core.scripts import Script, View
from reader.gui import page_typesetting
from reader.gui.document_view import DocumentView
from reader.gui.main_window import MainWindow
from reader.gui.positions import QtPositions
from tests.gui.conftest import WORKER_WAIT_MS

BOOK = Path(__file__).parents[1] / "corpus" / "hongloumeng.txt"


def _launched(qtbot, data_dir, path: Path) -> MainWindow:
    """A window shown, then `path` opened as a launch opens it (reader.app.run), until it is in."""
    window = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(window)
    window.resize(1000, 700)
    window.show()
    qtbot.waitExposed(window)
    window.launching = True
    open_at_launch(window, window.settings, str(path), None)
    qtbot.waitUntil(lambda: not window.launching, timeout=WORKER_WAIT_MS)
    return window


def test_a_book_opened_at_launch_has_its_page_text_made_off_the_window_thread(qtbot, data_dir, tmp_path, monkeypatch):
    """The page's text (punctuation cleaned over the whole book: 80-110 ms of the window's
    thread for the 5 M book) is made in a thread, and the page shows it."""
    book = tmp_path / "book.txt"
    book.write_text(BOOK.read_text(encoding="utf-8")[:200_000], encoding="utf-8")
    made_in = []
    real = page_typesetting._display_text
    monkeypatch.setattr(
        page_typesetting,
        "_display_text",
        lambda *a: made_in.append(threading.current_thread()) or real(*a),
    )
    window = _launched(qtbot, data_dir, book)
    reading = window.current
    assert reading.path == book.resolve()
    shown = reading.session.view(Script.ORIGINAL)
    text = reading.view.typesetter.display_text(shown)
    assert text == clean_punctuation(shown.text) != shown.text  # the book has half-width marks beside Chinese
    assert made_in and threading.main_thread() not in made_in


def test_a_long_document_is_typeset_a_bounded_number_of_headings_at_a_time(qtbot, monkeypatch):
    """The styles of the title and headings are set in steps of at most STEP_LINES headings
    (the 5 M book's 720 headings were one step of 20-25 ms), and every heading is styled."""
    chapters = 450
    text = "\n".join(f"第{i}回\n　　正文一句，又一句。" for i in range(chapters))
    starts = [text.index(f"第{i}回\n") for i in range(chapters)]
    blocks = [(s, s + len(f"第{i}回"), "heading") for i, s in enumerate(starts)]
    view = DocumentView()
    qtbot.addWidget(view)
    styled: list[int] = []  # headings styled in each step
    real = page_typesetting.qt_cursor
    monkeypatch.setattr(page_typesetting, "qt_cursor", lambda *a: styled.__setitem__(-1, styled[-1] + 1) or real(*a))
    shown = View(Script.ORIGINAL, None, text)
    steps = view.typesetter.build_in_steps(shown, blocks, QtPositions(shown))
    doc = None
    while doc is None:
        styled.append(0)
        doc = next(steps)
    assert sum(styled) == chapters
    assert max(styled) <= page_typesetting.STEP_LINES
    heading = doc.findBlockByNumber(text[: starts[-1]].count("\n"))
    cursor = QTextCursor(heading)
    cursor.setPosition(heading.position() + 1)
    assert heading.text() == f"第{chapters - 1}回" and cursor.charFormat().fontWeight() == QFont.Weight.Bold


def test_the_page_text_is_cut_into_blocks_as_qt_would(qtbot):
    """The lines are cut one at a time (a whole book's split was one step of 30 ms): every
    break QTextCursor.insertText starts a block at, blank lines and a break at either end."""
    text = "\n首行\r\n次行\u2029三\ufdd0\ufdd1尾\n\n"
    assert list(page_typesetting._lines(text)) == re.split(page_typesetting._BLOCK_BREAK, text)
    assert list(page_typesetting._lines("")) == [""]
    view = DocumentView()
    qtbot.addWidget(view)
    shown = View(Script.ORIGINAL, None, "甲\n\n乙\n")
    doc = view.typesetter.build(shown, [], QtPositions(shown))
    assert [doc.findBlockByNumber(i).text() for i in range(doc.blockCount())] == ["甲", "", "乙", ""]


def test_a_book_prepared_in_steps_has_its_layout_before_the_page_shows_it(qtbot):
    """Qt's layout of a prepared document is made in a step of its own (walking a book's every
    block), not by the page's setDocument in the turn that shows it."""
    from PySide6.QtGui import QAbstractTextDocumentLayout

    text = BOOK.read_text(encoding="utf-8")[:200_000]
    view = DocumentView()
    qtbot.addWidget(view)
    shown = View(Script.ORIGINAL, None, text)
    for _ in view.preparing(shown):
        pass
    doc = view.pages._docs[id(shown)]
    assert doc.findChildren(QAbstractTextDocumentLayout)  # made while preparing
    layout = doc.documentLayout()
    view.show_view(shown)
    assert view.document() is doc and doc.documentLayout() is layout


def test_a_book_opened_at_launch_is_laid_out_at_the_width_its_tab_gives_it(qtbot, data_dir, tmp_path, monkeypatch):
    """The page is given its tab's size (its column, the frame and the scroll bar a book
    has) before its document is set: it is laid out once, at the width it is read at, not in
    a never-shown page's 98-pixel column and again when the tab shows it (its window of
    blocks measured again: 25-32 ms of the window's thread for the 5 M book)."""
    from reader.gui import page_window
    from reader.gui.script_pages import ScriptPages

    book = tmp_path / "book.txt"
    book.write_text(BOOK.read_text(encoding="utf-8")[:200_000], encoding="utf-8")
    widths, whole = [], []
    real_show, real_window = ScriptPages.show, page_window.PageWindow._show
    monkeypatch.setattr(
        ScriptPages,
        "show",
        lambda self, *a, **k: widths.append(self._view.viewport().width()) or real_show(self, *a, **k),
    )
    monkeypatch.setattr(
        page_window.PageWindow,
        "_show",
        lambda self, *a, **k: whole.append(k.get("whole", False)) or real_window(self, *a, **k),
    )
    view = _launched(qtbot, data_dir, book).current.view
    qtbot.waitUntil(lambda: view.viewport().isVisible())
    qtbot.wait(100)  # the page window follows the page from the event loop
    assert widths[:1] == [view.viewport().width()] and view.document().textWidth() == view.viewport().width()
    assert True not in whole  # never measured again for another width


def test_a_book_shown_holds_the_parts_around_its_window_once(qtbot, monkeypatch):
    """Showing a book's page lays its window out and measures it before the parts above and
    below are held at the estimate: each pass holding the part below walks every block to the
    book's end (15-20 ms of the 5 M book's), and the first show held them twice (at the type's
    estimate, then at the measured one)."""
    from reader.gui import page_window
    from reader.gui.page_margins import BELOW

    text = BOOK.read_text(encoding="utf-8")[:400_000]
    view = DocumentView()
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    shown = View(Script.ORIGINAL, None, text)
    view.prepare(shown)
    held = []
    real = page_window.relayout
    monkeypatch.setattr(page_window, "relayout", lambda doc, r, a, b: held.append(b is not None) or real(doc, r, a, b))
    view.show_view(shown)
    assert held.count(True) == 1
    holder, height = view.part._below()
    doc = view.document()
    number, own = doc.property(BELOW).split(",")
    assert int(number) == holder and doc.findBlockByNumber(holder).blockFormat().topMargin() == float(own) + height


def test_a_book_opened_in_a_script_it_has_no_view_of_on_disk_shows_its_original_typeset_in_steps(
    qtbot, data_dir, tmp_path, monkeypatch
):
    """A book last read in 繁體 whose 繁體 view is not in the cache (Reader upgraded, the cache
    pruned or another data folder) shows its original while the worker converts it: that page
    was typeset in the one turn that showed it, 66-70 ms of the window's own time on 红楼梦
    (issue 32: a "warm" reopen whose cache missed stalled 163 ms). Now it is prepared in steps
    first, as a view at hand is."""
    from reader.gui.settings import Settings

    book = tmp_path / "book.txt"
    book.write_text(BOOK.read_text(encoding="utf-8")[:200_000], encoding="utf-8")
    monkeypatch.setattr(Settings, "document_script", lambda self, key: Script.TRADITIONAL)
    built = []
    real_build = page_typesetting.Typesetter.build
    monkeypatch.setattr(
        page_typesetting.Typesetter,
        "build",
        lambda self, shown, *a: built.append(shown.script) or real_build(self, shown, *a),
    )
    window = _launched(qtbot, data_dir, book)
    reading = window.current
    assert reading.path == book.resolve()
    assert reading.view.positions.view is reading.session.view(Script.ORIGINAL)  # the original, meanwhile
    assert Script.ORIGINAL not in built  # typeset in steps before it showed, not in one turn
