"""A book opened at launch, from the window's first paint to its text's (issue 32: the 5 M
book's launch stalled 87-96 ms): what scales with the book is done off the window's thread or
in steps of a bounded size, never in one turn."""

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

BOOK = Path(__file__).parents[1] / "corpus" / "hongloumeng.txt"


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
    window = MainWindow(open_settings(data_dir), data_dir)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.launching = True
    open_at_launch(window, window.settings, str(book), None)
    qtbot.waitUntil(lambda: not window.launching, timeout=60000)
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
    assert list(page_typesetting._lines(text)) == page_typesetting._BLOCK_BREAK.split(text)
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
