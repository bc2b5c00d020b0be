"""A book with a long folded stretch in its middle (a comparison folds what both versions
share): the page's window of laid-out blocks (page_window) skips the fold, and the parts held
at an estimated height count only the text not folded away. Dragged, paged and jumped through
by real keys and a real drag: every page shows text, and the scroll bar stands for what is
shown (old: the window could lie wholly inside the fold, an empty page, and the estimate counted
the folded text as if shown)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from reader.gui.fold import Fold
from reader.gui.visible_blocks import block_at_height
from tests.gui.screen_truth import last_text_block, on_screen
from tests.gui.test_page_window import _book, _drag_thumb, _settled

CTRL = Qt.KeyboardModifier.ControlModifier


def _folded_book(make_window, qtbot, tmp_path, first: int = 60, last: int = 240):
    """The test book (300 chapters, ~190,000 characters) with chapters first..last folded."""
    window = make_window(_book(tmp_path))
    view, text = window.view, window.session.text
    _settled(qtbot, view)
    fold = Fold(text.index(f"第{first}回"), text.index(f"第{last + 1}回"), "⋯ unchanged ⋯")
    view.folds.set([fold])
    _settled(qtbot, view)
    return window, view, text, fold


def _shows_text(view) -> bool:
    """At a quarter, a half and three quarters of the page's height, a paragraph shown and laid
    out (or the gap after one: its spacing, a fold's marker)."""
    doc, scroll, height = view.document(), view.verticalScrollBar().value(), view.viewport().height()
    gap = 2 * view.fontMetrics().height()
    for share in (0.25, 0.5, 0.75):
        y = scroll + share * height
        block = block_at_height(doc, y)
        rect = doc.documentLayout().blockBoundingRect(block)
        if not (block.isVisible() and block.layout().lineCount() > 0 and rect.top() <= y <= rect.bottom() + gap):
            return False
    return True


def _unfolded_share(view, text, fold, offset: int) -> float:
    """How far into the text not folded away an original offset is (0 to 1)."""
    shown = len(text) - (fold.end - fold.start)
    before = offset if offset < fold.start else offset - (min(offset, fold.end) - fold.start)
    return before / shown


def test_dragging_through_a_long_fold_shows_text_where_the_bar_says(make_window, qtbot, tmp_path):
    window, view, text, fold = _folded_book(make_window, qtbot, tmp_path)
    bar = view.verticalScrollBar()
    for fraction in (0.2, 0.3, 0.4, 0.5, 0.6, 0.8):
        _drag_thumb(qtbot, bar, fraction)
        _settled(qtbot, view)
        top = view.top_original()
        where = f"dragged to {fraction}: top {top} (fold {fold.start}-{fold.end}), bar {bar.value()}/{bar.maximum()}"
        assert _shows_text(view), where
        assert not fold.start <= top < fold.end, where
        # the bar stands for the text shown: its place is the page's share of the unfolded text
        assert abs(_unfolded_share(view, text, fold, top) - bar.value() / bar.maximum()) < 0.1, where


def test_paging_down_across_a_long_fold_shows_a_page_of_text_each_time(make_window, qtbot, tmp_path):
    window, view, text, fold = _folded_book(make_window, qtbot, tmp_path)
    view.scroll_to_original(text.index("第55回"))
    _settled(qtbot, view)
    tops = []
    while view.top_original() < fold.end + 3000:
        qtbot.keyClick(view, Qt.Key.Key_PageDown)
        _settled(qtbot, view)
        top = view.top_original()
        assert _shows_text(view), (top, fold)
        assert not tops or top > tops[-1], tops[-3:] + [top]
        tops.append(top)
        assert len(tops) < 60, "PageDown did not cross the fold"
    assert any(t < fold.start for t in tops) and any(t >= fold.end for t in tops)
    while view.top_original() >= fold.start - 3000:  # and back up across it
        qtbot.keyClick(view, Qt.Key.Key_PageUp)
        _settled(qtbot, view)
        top = view.top_original()
        assert _shows_text(view), (top, fold)
        assert top < tops[-1], tops[-3:] + [top]
        tops.append(top)
        assert len(tops) < 120, "PageUp did not cross the fold"


def test_ctrl_end_and_ctrl_home_past_a_long_fold(make_window, qtbot, tmp_path):
    window, view, text, fold = _folded_book(make_window, qtbot, tmp_path)
    bar = view.verticalScrollBar()
    qtbot.keyClick(view, Qt.Key.Key_End, CTRL)
    last = last_text_block(view)
    qtbot.waitUntil(lambda: on_screen(view, last) and last.layout().lineCount() > 0, timeout=10000)
    _settled(qtbot, view)
    assert bar.value() == bar.maximum() and _shows_text(view)
    # the whole height the bar stands for: the text not folded away, at the height a character
    # of the paragraphs laid out takes (old: the folded text too, 2.4 times as tall)
    doc, measured, chars = view.document(), 0.0, 0
    block = doc.firstBlock()
    while block.isValid():
        if block.isVisible() and block.layout().lineCount() > 0 and len(block.text()) > 100:
            measured += doc.documentLayout().blockBoundingRect(block).height()
            chars += block.length()
        block = block.next()
    per_char = (bar.maximum() + view.viewport().height()) / (len(text) - (fold.end - fold.start))
    assert 0.75 < per_char / (measured / chars) < 1.35, (per_char, measured / chars)
    qtbot.keyClick(view, Qt.Key.Key_Home, CTRL)
    _settled(qtbot, view)
    assert bar.value() == 0 and _shows_text(view)
    assert view.caret_original() == 0


def test_folding_the_text_below_the_page_brings_up_the_text_after_the_fold(make_window, qtbot, tmp_path):
    """The page near a long stretch about to be folded (Compare ▸ Fold Unchanged Sections): the
    window's blocks below the page folded away, the page shows the text after the fold, not an
    empty page below the last paragraph before it."""
    window = make_window(_book(tmp_path))
    view, text = window.view, window.session.text
    _settled(qtbot, view)
    view.scroll_to_original(text.index("第60回") - 150)  # the page's top: 150 characters before it
    _settled(qtbot, view)
    fold = Fold(text.index("第60回"), text.index("第241回"), "⋯ unchanged ⋯")
    view.folds.set([fold])
    _settled(qtbot, view)
    assert _shows_text(view), view.visible_range()
    top, bottom = view.visible_range()
    assert top < fold.start and bottom > fold.end, (top, bottom, fold)


def test_a_page_dragged_back_and_forth_across_a_long_fold_comes_to_rest(make_window, qtbot, tmp_path, monkeypatch):
    """A window reaching across the fold: its folded blocks are never laid out, so they do not
    count towards the layout that has the document typeset afresh (page_recycle). Counted,
    the fold's 110,000 characters had it typeset afresh again and again, the page jumping
    between its top and its place for as long as it was open (红楼梦 compared with a copy
    changed in two chapters: 800,000 characters folded, against 300,000 laid out at most)."""
    from reader.gui import page_recycle

    monkeypatch.setattr(page_recycle, "RECYCLE_CHARS", 60_000)  # the test book's fold: 110,000
    window, view, text, fold = _folded_book(make_window, qtbot, tmp_path)
    bar = view.verticalScrollBar()
    for fraction in (0.47, 0.2, 0.5, 0.2, 0.48):  # the page at the fold: its window reaches across
        _drag_thumb(qtbot, bar, fraction)
        _settled(qtbot, view)
    moves = []
    bar.valueChanged.connect(moves.append)
    qtbot.wait(1000)
    assert moves == [] and _shows_text(view)
    assert view.part.laid_chars <= len(text) - (fold.end - fold.start)
