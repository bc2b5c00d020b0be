"""The chapters near the view: a long document's page lays out only the paragraphs near what it
shows; the rest of the book stays as text.

Qt keeps 46-55 bytes a character of layout for every block it has laid out (shaped glyphs,
lines), and gives none of it back while the document lives, not even for a block hidden or
cleared again: 红楼梦 laid out whole is 45 MB, the 5 M book 280 MB. A long document is therefore
typeset with every block hidden, and only the blocks around the page are shown: the *window*, a
run of blocks [first, last] (page_visibility). The parts above and below it are held at an
estimated height (page_estimate) in top margins (page_margins), so the scroll bar stands for
the whole book: its thumb, its drag and a page read on from the window's edge behave as over a
book laid out whole. Where the window goes is page_bounds' arithmetic; a document laid out too
far is typeset afresh (page_recycle).

One owner moves the window: `ensure(qt)` before anything puts a position on the page (the
caret, a selection, a scroll: page_coordinates; a caret moved by Qt's own keys, Ctrl+End);
and the scroll bar, followed from the event loop, never from a resize or paint handler (a
drag's steps at once, before the page is painted): a page scrolled near the window's edge has
it extended there, a page dragged into an estimated part has it moved where the estimate puts
that height."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtGui import QTextDocument

from reader.gui import page_bounds
from reader.gui.page_coordinates import line_top
from reader.gui.page_margins import Held, relayout
from reader.gui.page_recycle import LayoutRecycler
from reader.gui.page_typesetting import DOC_MARGIN
from reader.gui.page_visibility import holder_of, show_window
from reader.gui.visible_blocks import position_at, shown_blocks

if TYPE_CHECKING:
    from reader.gui.document_view import DocumentView
    from reader.gui.page_estimate import Estimate

SPAN_CHARS = 3_000  # characters shown around a place the page goes to, a quarter before it (a jump
# lays them out in one turn, ~10 ms for 6,000); at least SPAN_PAGES pages of them
SPAN_PAGES = 3
EXTEND_CHARS = 3_000  # characters added at the window's edge as the page nears it
AHEAD_PAGES = 2  # the window is extended once the page comes this many pages near its edge
MAX_SHOWN_CHARS = 40_000  # beyond this the far side is hidden again (each move lays all of it out)


class _DocBlocks:  # not a dataclass: made at launch, 2 M instructions fewer (issue 32)
    """A document's blocks as page_bounds reads them."""

    __slots__ = ("doc",)

    def __init__(self, doc: QTextDocument) -> None:
        self.doc = doc

    @property
    def chars(self) -> int:
        return self.doc.characterCount()

    def number_at(self, qt: int) -> int:
        return self.doc.findBlock(qt).blockNumber()

    def start(self, number: int) -> int:
        return self.doc.findBlockByNumber(number).position()

    def end(self, number: int) -> int:
        block = self.doc.findBlockByNumber(number)
        return block.position() + block.length()


class PageWindow(QObject):
    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self.view = view
        self._doc: QTextDocument | None = None
        self._moving = False
        self._follow_timer = QTimer(self, singleShot=True, interval=0, timeout=self.follow)
        self._recycle = LayoutRecycler(view)
        view.verticalScrollBar().valueChanged.connect(self._scrolled)

    @cached_property
    def _estimate(self) -> Estimate:
        """Of the windows laid out: made when a book is first windowed (a short text never is)."""
        from reader.gui.page_estimate import Estimate

        return Estimate()

    @property
    def active(self) -> bool:
        return self._doc is not None and self._doc is self.view.document()

    @property
    def laid_chars(self) -> int:
        """Characters of the shown document laid out so far (their layout is kept by Qt)."""
        return self._recycle.laid_chars

    # -- the document --------------------------------------------------------------------------
    def attach(self, doc: QTextDocument, qt: int) -> None:
        """`doc` is about to be shown with Qt position qt on the page: show the window around it
        (a windowed document: page_typesetting typeset it with every block hidden)."""
        if shown_blocks(doc) is None:
            self._doc = None
            return
        if doc is not self._doc:
            self._doc = doc
            self._recycle.count_from(doc)  # a document shown before: its window laid out
        self._recycle.stop()
        if not self._shown(qt):
            show_window(doc, *self._span_around(qt), self.view.folds.hidden_blocks, self._recycle.shown)
            # laid out once on the page (placed)

    def placed(self) -> None:
        """The document attached is on the page now, at the page's width: the parts around the
        window at their estimated heights, the window laid out."""
        if self.active:
            doc = self._doc
            first, last = shown_blocks(doc)
            blocks = _DocBlocks(doc)
            start = blocks.start(first)
            # the window laid out and measured first, the parts then held once at the estimate:
            # each pass that holds the part below walks every block to the book's end (15-20 ms
            # of the 5 M book's), and holding them before the measure refined it took two
            relayout(doc, [(start, blocks.end(last) - start)], None, None)
            self._measure()
            relayout(doc, [], self._above(), self._below())

    def detach(self) -> None:
        self._doc = None
        self._recycle.stop()
        self._follow_timer.stop()

    def ensure(self, qt: int) -> None:
        """Qt position qt is about to be put on the page: its block shown, and laid out."""
        if not self.active or self._moving:
            return
        if not self._shown(qt):
            self._show(*self._span_around(qt))

    def caret_moved(self) -> None:
        """Qt moved the caret itself (Ctrl+End, a click): into a hidden block, the window goes
        there and the caret is made visible again (Qt scrolled to a block with no lines)."""
        if not self.active or self._moving:
            return
        qt = self.view.textCursor().position()
        if not self._shown(qt):
            self._show(*self._span_around(qt))
            self.view.ensureCursorVisible()

    def refold(self) -> None:
        """The folds changed (view.folds.hidden_blocks): the window's blocks shown or hidden
        again, the part below held by the last block not folded away; the window put again
        around the page's top, in the text not folded away (its blocks below the page folded,
        the page showed nothing under the fold until it was scrolled)."""
        if self.active and not self._moving:
            first, last = shown_blocks(self._doc)
            if first <= last:
                self._show(*self._span_around(position_at(self.view, QPoint(4, 4))))

    def _shown(self, qt: int) -> bool:
        """Whether Qt position qt is in the window's blocks."""
        first, last = shown_blocks(self._doc)
        return first <= self._doc.findBlock(qt).blockNumber() <= last

    # -- following the scroll bar -------------------------------------------------------------
    def schedule(self) -> None:
        """Follow the page from the event loop (it was resized: the estimate is made again)."""
        if self.active:
            self._follow_timer.start()

    def _scrolled(self) -> None:
        if not self.active or self._moving:
            return
        if self.view.verticalScrollBar().isSliderDown():
            self.follow()  # a drag's step: the window there before the page is painted (a turn
            # later, each step painted the estimated part, blank, for a frame)
        else:
            self._follow_timer.start()  # from the event loop: the bar also moves in a resize

    def follow(self) -> None:
        """The page nears the window's edge: extend it there; the page is in an estimated part
        (the bar dragged): the window goes where the estimate puts that height."""
        if not self.active or self._moving or self.view.pages.frozen:
            return  # a frozen page (script_pages) is put back on its line when it thaws
        view, doc = self.view, self._doc
        bar = view.verticalScrollBar()
        first, last = shown_blocks(doc)
        if self._estimate.width != doc.textWidth() == view.viewport().width():
            self._show(first, last, whole=True)  # another width (a resize): measured again, the estimate too
        # the page read after that: the estimate made again moved the bar with the window (read
        # before, the old value stood for a place in the part above: a book read to its end
        # went to its middle when the window narrowed)
        page = view.viewport().height()
        top, bottom = bar.value(), bar.value() + page
        shown_top, shown_bottom = self._window_on_page()
        blocks, folded = _DocBlocks(doc), view.folds.folded
        if bottom <= shown_top or top >= shown_bottom:
            qt = page_bounds.estimated_position(
                blocks, top, (shown_top, shown_bottom), last, self._capped_ratio(), DOC_MARGIN, folded
            )
            self._show(*self._span_around(qt), keep=(qt, 0))
        elif top - AHEAD_PAGES * page < shown_top and first > 0:
            self._show(*page_bounds.extended_up(blocks, first, last, EXTEND_CHARS, self._most_shown(), folded))
        elif bottom + AHEAD_PAGES * page > shown_bottom and last < holder_of(doc):
            self._show(*page_bounds.extended_down(blocks, first, last, EXTEND_CHARS, self._most_shown(), folded))

    # -- the window ------------------------------------------------------------------------
    def _span_around(self, qt: int) -> tuple[int, int]:
        span = max(SPAN_CHARS, int(SPAN_PAGES * self.view.viewport().height() / self._ratio()))
        folds = self.view.folds
        holder = page_bounds.below_holder(self._doc.blockCount(), folds.hidden_blocks)
        return page_bounds.span_around(_DocBlocks(self._doc), qt, span, holder, folds.folded)

    def _show(self, first: int, last: int, keep: tuple[int, int] | None = None, whole: bool = False) -> None:
        """Show blocks first..last and hide the others, the parts around them held at their
        estimated heights. keep: (Qt position, pixels from the page's top) where that line is
        put after; by default the line at the page's top stays where it is. whole: the whole
        window laid out again and both parts estimated again, as after a jump."""
        view, doc = self.view, self._doc
        bar = view.verticalScrollBar()
        old_first, old_last = shown_blocks(doc)
        if keep is None:
            top = position_at(view, QPoint(4, 4))
            if (
                old_first <= doc.findBlock(top).blockNumber() <= old_last
                and first <= doc.findBlock(top).blockNumber() <= last
            ):
                keep = (top, line_top(doc, top) - bar.value())
        jump = not (first <= old_last and last >= old_first)  # (none shown yet: old_last < old_first)
        self._moving = True
        try:
            changed = show_window(doc, first, last, view.folds.hidden_blocks, self._recycle.shown)
            if whole:  # another width: every block shown laid out again
                doc.markContentsDirty(0, doc.characterCount())
            if jump or whole:  # one pass of Qt's layout: both windows' blocks and both parts
                relayout(doc, changed, self._above(), self._below())
            else:  # a pass at each edge the window moved at: the blocks between only moved
                split = doc.findBlockByNumber(max(first, old_first)).position()
                above = [r for r in changed if r[0] < split]
                if above or first != old_first:
                    relayout(doc, above, self._above(), None)
                relayout(doc, [r for r in changed if r[0] >= split], None, self._below())
            if self._measure():  # the parts around at the estimate just refined
                relayout(doc, [], self._above(), self._below())
            if keep is not None:
                bar.setValue(int(line_top(doc, keep[0]) - keep[1]))
        finally:
            self._moving = False
        self._recycle.check(doc)

    def _window_on_page(self) -> tuple[float, float]:
        """The top and bottom of the window's blocks on the page (document pixels)."""
        doc = self._doc
        first, last = shown_blocks(doc)
        layout = doc.documentLayout()
        # a folded block has no place on the page (Qt gives it an empty rectangle at 0, 0): the
        # window's first and last blocks not folded away bound it
        top, bottom = doc.findBlockByNumber(first), doc.findBlockByNumber(last)
        while top.isValid() and not top.isVisible() and top.blockNumber() < last:
            top = top.next()
        while bottom.isValid() and not bottom.isVisible() and bottom.blockNumber() > first:
            bottom = bottom.previous()
        return layout.blockBoundingRect(top).top(), layout.blockBoundingRect(bottom).bottom()

    def _above(self) -> Held:
        """The part above the window: held by the window's first block, at its estimated height
        (of the text not folded away)."""
        first, _ = shown_blocks(self._doc)
        return first, round(self.view.folds.folded.shown(_DocBlocks(self._doc).start(first)) * self._capped_ratio())

    def _below(self) -> Held:
        """The part below the window: held by the last block not folded away (none when the
        window reaches it)."""
        _, last = shown_blocks(self._doc)
        holder = holder_of(self._doc)
        if last >= holder:
            return -1, 0
        blocks, folded = _DocBlocks(self._doc), self.view.folds.folded
        return holder, round(
            (folded.shown(blocks.start(holder)) - folded.shown(blocks.end(last))) * self._capped_ratio()
        )

    # -- the estimate ----------------------------------------------------------------------------
    def _measure(self) -> bool:
        """Add the window just laid out to what the estimate is made from (at the page's width
        only: follow measures it again once there); True when the estimate changed."""
        doc = self._doc
        if doc.textWidth() != self.view.viewport().width():
            return False
        first, last = shown_blocks(doc)
        top, bottom = self._window_on_page()
        blocks, folded = _DocBlocks(doc), self.view.folds.folded
        chars = folded.shown(blocks.end(last)) - folded.shown(blocks.start(first))  # folded ones have no lines
        return self._estimate.add(doc.textWidth(), bottom - top, chars, self._from_type())

    def _ratio(self) -> float:
        """Pixels a character takes on the page: as measured, or from the type before that."""
        return self._estimate.ratio(self._doc.textWidth(), self._from_type())

    def _most_shown(self) -> int:
        """Characters the window may hold: MAX_SHOWN_CHARS, fewer where they would reach past
        the room Qt's layout leaves the window (page_estimate)."""
        return self._estimate.window_chars(self._doc.textWidth(), self._from_type(), MAX_SHOWN_CHARS)

    def _capped_ratio(self) -> float:
        return self._estimate.capped(self._doc.textWidth(), self._from_type(), self._doc.characterCount())

    def _from_type(self) -> float:
        """Pixels a character takes by the page's type: a line's height over the characters a
        line holds."""
        view = self.view
        metrics = view.fontMetrics()
        per_line = max(1.0, (view.viewport().width() - 2 * DOC_MARGIN) / max(1, metrics.horizontalAdvance("中")))
        return metrics.lineSpacing() * max(1.0, view.prefs.line_height / 100) / per_line
