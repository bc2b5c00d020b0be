"""A book's page lays out only the blocks near what it shows (reader.gui.page_window): Qt keeps
about 50 bytes a character of layout for every block it has laid out, for as long as the
document lives. Driven by real keys and a real drag of the scroll bar; each check also looks at
what is on the page: the block wanted is shown, laid out and inside the viewport."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionSlider

from reader.gui.fold import Fold
from tests.gui.conftest import CONDITION_WAIT_MS, WORKER_WAIT_MS
from tests.gui.screen_truth import last_text_block, on_screen, overwide_lines
from tests.gui.test_analysis_background import commit

CTRL = Qt.KeyboardModifier.ControlModifier
LAID_OUT_MAX = 60_000  # characters with lines at any time (the window is at most 40,000)


def _book(tmp_path, chapters: int = 300, far_word: str = "麒麟閣", far_chapter: int = 270):
    """A book of about 190,000 characters in chapters of uneven length; far_word only once,
    deep in it."""
    parts = []
    for i in range(1, chapters + 1):
        body = "宝玉往潇湘馆来，黛玉在潇湘馆里看书。" * (25 + i % 17)
        if i == far_chapter:
            body += f"紫鹃说{far_word}到了。"
        parts.append(f"第{i}回 潇湘馆\n\n{body}\n\n")
    path = tmp_path / "book.txt"
    path.write_text("".join(parts), encoding="utf-8")
    return path


def _laid_out_chars(view) -> int:
    """Characters of the shown document in blocks Qt has laid out (given lines)."""
    total, block = 0, view.document().firstBlock()
    while block.isValid():
        if block.layout().lineCount() > 0:
            total += block.length()
        block = block.next()
    return total


def _drawn(view, offset: int) -> bool:
    """Whether the block holding this original offset is shown, laid out and on the page."""
    block = view.document().findBlock(view.positions.to_qt(offset))
    return block.isVisible() and block.layout().lineCount() > 0 and on_screen(view, block)


def _settled(qtbot, view) -> None:
    qtbot.waitUntil(lambda: not view._slicer.active and not view.pages.swapping, timeout=WORKER_WAIT_MS)
    qtbot.wait(50)  # the page follows its scroll bar from the event loop


def test_a_book_lays_out_only_the_blocks_near_the_page(make_window, qtbot, tmp_path):
    window = make_window(_book(tmp_path))
    view, text = window.view, window.session.text
    _settled(qtbot, view)
    assert _laid_out_chars(view) <= LAID_OUT_MAX < len(text)
    for key, modifier in [(Qt.Key.Key_End, CTRL), (Qt.Key.Key_Home, CTRL)] + [(Qt.Key.Key_PageDown, None)] * 40:
        qtbot.keyClick(view, key, modifier or Qt.KeyboardModifier.NoModifier)
        _settled(qtbot, view)
        assert _laid_out_chars(view) <= LAID_OUT_MAX, key
    top, bottom = view.visible_range()
    assert _drawn(view, top) and _drawn(view, bottom - 1)  # forty pages on: on the page, drawn
    assert top > 10_000


def test_ctrl_end_then_ctrl_home_show_the_last_and_the_first_block(make_window, qtbot, tmp_path):
    window = make_window(_book(tmp_path))
    view = window.view
    _settled(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_End, CTRL)
    last = last_text_block(view)
    qtbot.waitUntil(lambda: on_screen(view, last) and last.layout().lineCount() > 0, timeout=10000)
    assert view.textCursor().atEnd()
    qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
    first = view.document().firstBlock()
    qtbot.waitUntil(lambda: on_screen(view, first) and first.layout().lineCount() > 0, timeout=10000)
    assert view.caret_original() == 0 and _drawn(view, 0)


def test_a_word_found_in_a_far_chapter_is_scrolled_to_and_drawn(make_window, qtbot, tmp_path):
    window = make_window(_book(tmp_path))
    view, text, finder = window.view, window.session.text, window.current.finder
    _settled(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_F, CTRL)
    qtbot.waitUntil(finder.bar.edit.hasFocus)
    commit(finder.bar.edit, "麒麟閣")
    qtbot.keyClick(finder.bar.edit, Qt.Key.Key_Return)
    deep = text.index("麒麟閣")
    qtbot.waitUntil(lambda: finder.current is not None and view.selected_range() == (deep, deep + 3), timeout=10000)
    qtbot.waitUntil(lambda: _drawn(view, deep), timeout=10000)
    cursor = view.textCursor()
    assert view.viewport().rect().contains(view.cursorRect(cursor).center())
    assert _laid_out_chars(view) <= LAID_OUT_MAX


def _drag_thumb(qtbot, bar, fraction: float) -> None:
    """Press on the scroll bar's thumb and drag it until its top is at `fraction` of the groove."""
    option = QStyleOptionSlider()
    bar.initStyleOption(option)
    style = bar.style()
    thumb = style.subControlRect(QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarSlider, bar)
    groove = style.subControlRect(QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarGroove, bar)
    start = thumb.center()
    target_top = groove.top() + fraction * (groove.height() - thumb.height())
    end = QPoint(start.x(), int(target_top + thumb.height() / 2))
    qtbot.mousePress(bar, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 11):  # in steps, as a hand drags
        qtbot.mouseMove(bar, QPoint(start.x(), start.y() + (end.y() - start.y()) * i // 10))
        qtbot.wait(20)
    qtbot.mouseRelease(bar, Qt.MouseButton.LeftButton, pos=end)


def test_dragging_the_scroll_bar_to_the_middle_shows_the_middle_of_the_book(make_window, qtbot, tmp_path):
    window = make_window(_book(tmp_path))
    view, text = window.view, window.session.text
    _settled(qtbot, view)
    bar = view.verticalScrollBar()
    _drag_thumb(qtbot, bar, 0.5)
    _settled(qtbot, view)
    qtbot.waitUntil(lambda: _drawn(view, view.top_original()), timeout=10000)
    assert 0.4 < view.top_original() / len(text) < 0.6, view.top_original() / len(text)
    assert 0.4 < bar.value() / bar.maximum() < 0.6  # the thumb stays where it was dragged to
    assert _laid_out_chars(view) <= LAID_OUT_MAX


def test_every_block_is_reached_and_laid_out_when_shown_at_every_size(make_window, qtbot, tmp_path, monkeypatch):
    # a small window over a shorter book: every edge of it crossed many times
    monkeypatch.setattr("reader.gui.visible_blocks.WINDOW_MIN_CHARS", 20_000)
    monkeypatch.setattr("reader.gui.page_window.SPAN_CHARS", 2_000)
    monkeypatch.setattr("reader.gui.page_window.EXTEND_CHARS", 1_500)
    monkeypatch.setattr("reader.gui.page_window.MAX_SHOWN_CHARS", 6_000)
    window = make_window(_book(tmp_path, chapters=60))
    view = window.view
    for size in ((520, 420), (900, 700), (1400, 900)):
        window.resize(*size)
        qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
        _settled(qtbot, view)
        bar, seen = view.verticalScrollBar(), set()
        for _ in range(400):
            block = view.document().firstBlock()
            while block.isValid():
                if on_screen(view, block):
                    assert block.isVisible() and block.layout().lineCount() > 0, (size, block.blockNumber())
                    seen.add(block.blockNumber())
                block = block.next()
            assert overwide_lines(view) == [], size
            if bar.value() == bar.maximum():
                break
            qtbot.keyClick(view, Qt.Key.Key_PageDown)
            _settled(qtbot, view)
        assert seen == set(range(view.document().blockCount())), (
            size,
            sorted(set(range(view.document().blockCount())) - seen)[:10],
        )
        assert on_screen(view, last_text_block(view))


def test_a_document_laid_out_too_far_is_typeset_afresh_on_the_same_line(make_window, qtbot, tmp_path, monkeypatch):
    # Qt gives back none of a block's layout while its document lives: past RECYCLE_CHARS laid
    # out, a fresh document takes the page's place, with the caret and the top line where they were
    monkeypatch.setattr("reader.gui.page_recycle.RECYCLE_CHARS", 8_000)  # three jumps lay out more
    window = make_window(_book(tmp_path))
    view, text = window.view, window.session.text
    _settled(qtbot, view)
    first_doc = view.document()
    for chapter in (100, 200, 150):
        window.current.go_to_section(
            next(n for n in window.session.outline.root.walk() if text.startswith(f"第{chapter}回", n.start))
        )
        _settled(qtbot, view)
    qtbot.waitUntil(lambda: view.document() is not first_doc, timeout=WORKER_WAIT_MS)
    _settled(qtbot, view)
    chapter = text.index("第150回")
    assert abs(view.top_original() - chapter) < 200 and _drawn(view, chapter)
    assert chapter <= view.caret_original() < text.index("第151回")
    assert view.part.laid_chars < 8_000


def test_a_jump_is_laid_out_in_one_pass_of_qt_s_layout(make_window, qtbot, tmp_path):
    """Ctrl+End, Ctrl+Home and a click in the scroll bar's groove each move the window: the
    blocks shown and hidden and the parts above and below (top margins of the window's first
    block and of the book's last) go to Qt in one edit, which it lays out once. The part below
    was the root frame's margin: each jump laid the window out three times (a stall of 50-80
    ms on 红楼梦), told by the document's size changing three times."""
    window = make_window(_book(tmp_path))
    view = window.view
    _settled(qtbot, view)
    doc = view.document()
    passes: list = []
    doc.documentLayout().documentSizeChanged.connect(passes.append)
    bar = view.verticalScrollBar()
    jumps = [
        lambda: qtbot.keyClick(view, Qt.Key.Key_End, CTRL),
        lambda: qtbot.keyClick(view, Qt.Key.Key_Home, CTRL),
        lambda: bar.setValue(bar.maximum() // 2),  # a click in the groove
    ]
    for jump in jumps:
        passes.clear()
        jump()
        qtbot.wait(50)
        assert view.document() is doc  # not typeset afresh meanwhile
        assert len(passes) <= 2, len(passes)  # one, and one more when the estimate was refined
    first = doc.property("readerFirstShown")
    assert 0.4 < first / doc.blockCount() < 0.6 and doc.lastBlock().isVisible()  # the middle, the tail shown


def _lines_on_page(view) -> list[tuple[float, float]]:
    """(top, bottom) on the page of every laid-out line of a shown block the page shows."""
    doc = view.document()
    top, height = view.verticalScrollBar().value(), view.viewport().height()
    out, block = [], doc.firstBlock()
    while block.isValid():
        text = block.layout()
        if block.isVisible() and text.lineCount():
            origin = text.position().y() - top
            for i in range(text.lineCount()):
                line = text.lineAt(i)
                if origin + line.y() + line.height() > 0 and origin + line.y() < height:
                    out.append((origin + line.y(), origin + line.y() + line.height()))
        block = block.next()
    return out


class _PaintWatch(QObject):
    """At each paint of the page: whether text is drawn in both its upper and its lower half."""

    def __init__(self, view) -> None:
        super().__init__()
        self.view, self.frames = view, []

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            half = self.view.viewport().height() / 2
            lines = _lines_on_page(self.view)
            self.frames.append(
                (
                    any(top < half for top, _ in lines),
                    any(bottom > half for _, bottom in lines),
                    self.view.top_original(),
                )
            )
        return False


def test_no_frame_of_a_drag_paints_the_estimated_gap(make_window, qtbot, tmp_path):
    """A drag moves the page into a part held at its estimated height (a margin, no text): the
    window must move there before the page is painted, not in a later turn (each step of the
    drag painted a blank page, or the old window's last lines, for a frame)."""
    window = make_window(_book(tmp_path))
    view = window.view
    _settled(qtbot, view)
    watch = _PaintWatch(view)
    view.viewport().installEventFilter(watch)
    _drag_thumb(qtbot, view.verticalScrollBar(), 0.6)
    _settled(qtbot, view)
    view.viewport().removeEventFilter(watch)
    assert watch.frames and 0.5 < view.top_original() / len(window.session.text) < 0.7
    blank = [frame for frame in watch.frames if not (frame[0] and frame[1])]
    assert blank == [], f"{len(blank)} of {len(watch.frames)} frames"


def test_after_a_drag_the_status_line_names_the_section_on_the_page(make_window, qtbot, tmp_path):
    """The caret stays in chapter 1 while the bar is dragged to the book's middle: the status
    line names the chapter read there, as the Sections tree marks it (it named the caret's)."""
    window = make_window(_book(tmp_path))
    view, text = window.view, window.session.text
    _settled(qtbot, view)
    assert window.status_line.section.text().startswith("第1回")
    _drag_thumb(qtbot, view.verticalScrollBar(), 0.5)
    _settled(qtbot, view)
    top = view.top_original()
    chapter = text.rindex("\n\n第", 0, top + 1) + 2  # the chapter the page's top line is in
    name = text[chapter : text.index("\n", chapter)]
    assert view.caret_original() < 1000 < chapter  # the caret did not move
    qtbot.waitUntil(lambda: window.outline_tree.currentIndex().data() == name, timeout=CONDITION_WAIT_MS)
    assert window.status_line.section.text() == name


def test_a_folded_last_chapter_stays_folded_at_the_book_s_end(make_window, qtbot, tmp_path):
    """The book's last block held the part below the window and was always shown: folded away
    (a comparison folds the sections both versions share), it was on the page anyway. The
    last paragraph not folded holds it now; the bar still stands for the whole book."""
    window = make_window(_book(tmp_path))
    view, text = window.view, window.session.text
    _settled(qtbot, view)
    start = text.index("第298回")
    view.folds.set([Fold(start, len(text), "⋯ 3 unchanged sections ⋯")])
    bar = view.verticalScrollBar()
    _drag_thumb(qtbot, bar, 0.5)
    _settled(qtbot, view)
    assert 0.4 < view.top_original() / len(text) < 0.6 and 0.4 < bar.value() / bar.maximum() < 0.6
    for _ in range(3):
        _drag_thumb(qtbot, bar, 1.0)
        _settled(qtbot, view)
    assert bar.value() == bar.maximum()
    doc = view.document()
    folded = [doc.findBlock(view.positions.to_qt(n)) for n in (start, start + 100, len(text) - 5)]
    assert not any(block.isVisible() or on_screen(view, block) for block in folded)
    assert not doc.lastBlock().isVisible()
    before = text.rindex("。", 0, start)  # the last paragraph before the fold: on the page, drawn
    assert _drawn(view, before)


def test_page_down_after_a_drag_goes_on_from_the_page_read(make_window, qtbot, tmp_path):
    """The caret stays in chapter 1 while the bar is dragged to the book's middle; PageDown then
    shows the page after the one read (Qt's PageDown moved the caret a page on from chapter 1
    and the page jumped back to the book's start)."""
    window = make_window(_book(tmp_path))
    view = window.view
    _settled(qtbot, view)
    _drag_thumb(qtbot, view.verticalScrollBar(), 0.5)
    _settled(qtbot, view)
    top = view.top_original()
    assert view.caret_original() < 1000 < top
    qtbot.keyClick(view, Qt.Key.Key_PageDown)
    _settled(qtbot, view)
    after = view.top_original()
    assert top < after < top + 5000, (top, after)
    assert _drawn(view, after)
    qtbot.keyClick(view, Qt.Key.Key_Down)  # the caret is on the page now: an arrow moves from it
    _settled(qtbot, view)
    assert view.top_original() == after and after <= view.caret_original() <= view.visible_range()[1]
