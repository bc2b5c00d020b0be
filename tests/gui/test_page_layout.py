"""The page lays out what it shows (issue 24): to its end, at its column's width, with its
headings' formats through a script switch, and titles balanced between words."""

from pathlib import Path

from PySide6.QtCore import Qt

from reader.core.scripts import Script
from reader.gui.title_balance import BALANCED_KINDS
from tests.gui.conftest import CONDITION_WAIT_MS, WORKER_WAIT_MS
from tests.gui.screen_truth import fully_laid_out, last_text_block, on_screen, overwide_lines, unlaid_blocks

CORPUS = Path(__file__).parents[1] / "corpus"


def test_the_notice_is_laid_out_to_its_end_at_the_default_size(window, qtbot):
    view = window.view
    qtbot.wait(300)  # Qt's lazy layout runs in steps of 10 ms: plenty of time for 21 paragraphs
    qtbot.waitUntil(lambda: fully_laid_out(view), timeout=CONDITION_WAIT_MS)
    assert unlaid_blocks(view) == []
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = last_text_block(view)
    assert "責任編輯" in last.text() or last.text().strip()
    qtbot.waitUntil(lambda: on_screen(view, last), timeout=CONDITION_WAIT_MS)


def test_resizing_the_page_changes_no_block_of_its_document(window, qtbot):
    """Qt's lazy layout stops for good when a block's format changes inside a resize."""
    changes = []
    window.view.document().contentsChange.connect(lambda *args: changes.append(args))
    for width in (900, 1500, 1100):
        changes.clear()  # the titles balanced since, from the event loop
        window.resize(width, 800)
        assert changes == [], f"the document changed while resizing to {width}"
        qtbot.wait(20)


def test_a_document_opened_after_the_window_grew_fits_its_page(make_window, qtbot):
    window = make_window()
    window.resize(1920, 1200)
    qtbot.waitUntil(lambda: window.view.width() > 1000)
    path = CORPUS / "law-constitution.md"
    assert window.open_path(path)
    qtbot.waitUntil(lambda: window.current.path == path, timeout=10000)
    view = window.view
    qtbot.wait(100)
    assert view.document().textWidth() <= view.viewport().width()
    assert overwide_lines(view) == []


def test_headings_keep_their_format_through_a_books_script_switch(make_window, qtbot):
    window = make_window(CORPUS / "mengzi-gutenberg-big5.txt")
    reading, view = window.current, window.view
    heading = next(b for b in reading.blocks if b[2] == "heading")

    def weight() -> int:
        block = view.document().findBlock(view.positions.to_qt(heading[0]))
        return block.begin().fragment().charFormat().fontWeight()

    assert weight() == 700
    window.actions["script_simplified"].trigger()
    assert reading.pending_script is Script.SIMPLIFIED  # the page on screen is a preview meanwhile
    assert weight() == 700
    qtbot.waitUntil(lambda: window.script is Script.SIMPLIFIED, timeout=WORKER_WAIT_MS)
    qtbot.waitUntil(lambda: not view.pages.swapping, timeout=10000)
    assert weight() == 700
    window.actions["script_original"].trigger()
    qtbot.waitUntil(lambda: window.script is Script.ORIGINAL, timeout=WORKER_WAIT_MS)
    assert weight() == 700


def _line_texts(view, start: int, end: int) -> list[str]:
    doc = view.document()
    block = doc.findBlock(view.positions.to_qt(start))
    text = block.layout()
    return [block.text()[text.lineAt(i).textStart() :][: text.lineAt(i).textLength()] for i in range(text.lineCount())]


def test_a_wrapped_title_breaks_between_words_in_even_lines(window, words, qtbot):
    view, reading = window.view, window.current
    titles = [b for b in reading.blocks if b[2] in BALANCED_KINDS]
    for width in (1100, 1400, 1700):
        window.resize(width, 800)
        qtbot.wait(50)
        qtbot.waitUntil(lambda: fully_laid_out(view), timeout=CONDITION_WAIT_MS)
        for start, end, _kind in titles:
            lines = _line_texts(view, start, end)
            if len(lines) < 2:
                continue
            edges = [start]
            for line in lines[:-1]:
                edges.append(edges[-1] + len(line))
            for edge in edges[1:]:
                assert words.word_at(edge)[0] == edge, f"{lines} at {width}: a line starts inside a word"
            assert min(len(line.strip()) for line in lines) >= 2, f"{lines} at {width}"
            longest, shortest = max(map(len, lines)), min(map(len, lines))
            assert longest - shortest <= max(4, longest // 3), f"{lines} at {width}: not balanced"


def _top_on_screen(view) -> int:
    """The original offset at the page's top-left, as painted (not where the page is headed)."""
    from PySide6.QtCore import QPoint

    return view.positions.to_original(view.cursorForPosition(QPoint(4, 4)).position())


def test_a_books_first_script_switch_stays_on_its_chapter(make_window, qtbot):
    window = make_window(CORPUS / "hongloumeng.txt")
    reading, view = window.current, window.view
    text = reading.session.text
    chapter = next(n for n in reading.session.outline.root.walk() if text.startswith("第八十回", n.start))
    following = text.index("第八十一回")
    reading.go_to_section(chapter)
    qtbot.waitUntil(lambda: abs(_top_on_screen(view) - chapter.start) < 200, timeout=WORKER_WAIT_MS)
    window.actions["script_traditional"].trigger()
    seen = []

    def switched() -> bool:
        # while the page is frozen on what it painted last, Qt lays out the new document behind
        # it (script_pages): what a click would hit there is not what is painted
        if not view.pages.frozen:
            seen.append(_top_on_screen(view))
        return window.script is Script.TRADITIONAL and not view.pages.swapping

    qtbot.waitUntil(switched, timeout=WORKER_WAIT_MS)
    qtbot.wait(300)
    seen.append(_top_on_screen(view))
    assert all(chapter.start - 200 <= top < following for top in seen), [text[t : t + 12] for t in seen[-3:]]
    assert chapter.start <= view.caret_original() < following


def test_a_resized_window_keeps_the_readers_place_in_a_book(make_window, qtbot):
    """Narrower and wider again, the page is laid out anew from the top: it showed some other
    part of the book (红楼梦's last lines became a page of 第八十回 at 800 px)."""
    window = make_window(CORPUS / "law-civil-code.txt")
    reading, view = window.current, window.view
    text = reading.session.text
    part = next(n for n in reading.session.outline.root.walk() if text.startswith("第五编", n.start))
    following = text.index("第六编", part.start)
    window.resize(1280, 800)
    qtbot.waitUntil(lambda: window.width() == 1280)
    reading.go_to_section(part)
    qtbot.waitUntil(lambda: abs(_top_on_screen(view) - part.start) < 200, timeout=WORKER_WAIT_MS)
    for width in (1000, 800, 1000, 1280):
        window.resize(width, 800)
        qtbot.waitUntil(lambda width=width: window.width() == width)
        qtbot.wait(200)
        qtbot.waitUntil(lambda: not view.coords.scroll_pending and not view.titles.pending, timeout=WORKER_WAIT_MS)
        top = _top_on_screen(view)
        assert part.start - 200 <= top < following, f"at {width} px: {text[top : top + 20]}"
