"""The chapters near the view: a long document's page lays out only the paragraphs near what it
shows; the rest of the book stays as text.

Qt keeps 46-55 bytes a character of layout for every block it has laid out (shaped glyphs,
lines), and gives none of it back while the document lives, not even for a block hidden or
cleared again: 红楼梦 laid out whole is 45 MB, the 5 M book 280 MB. A long document is therefore
typeset with every block hidden (QTextBlock.setVisible(False): Qt's layout passes it by, its
text and every position stay), and only the blocks around the page are shown: the *window*, a
run of blocks [first, last]. The parts above and below it are held at an estimated height
(characters times the pixels a character took where the page was laid out) in the top margins
of the window's first block and of the book's last block (always shown), so the scroll bar
stands for the whole book: its thumb, its drag and a page read on from the window's edge behave
as over a book laid out whole. A margin of the root frame would have Qt lay the whole window out
again at each change; a block's, that block alone. Every pass of Qt's layout walks every block,
hidden or not (20 ms on a 5 M book): a move makes its changes in one edit, laid out once.

One owner moves the window: `ensure(qt)` before anything puts a position on the page (the
caret, a selection, a scroll: page_coordinates; a caret moved by Qt's own keys, Ctrl+End);
and the scroll bar, followed from the event loop, never from a resize or paint handler: a page
scrolled near the window's edge has it extended there, a page dragged into an estimated part
has it moved where the estimate puts that height. The blocks a window has shown keep their
layout until the document goes, so once RECYCLE_CHARS have been laid out the document is typeset
again beside the page (in slices, text_swap) and takes its place, with the caret and the line
at the top kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtGui import QTextBlock, QTextBlockFormat, QTextCursor, QTextDocument

from reader.gui.page_coordinates import line_top
from reader.gui.page_typesetting import DOC_MARGIN
from reader.gui.text_swap import DocumentSwap
from reader.gui.visible_blocks import FIRST_SHOWN, LAST_SHOWN, position_at, shown_blocks

if TYPE_CHECKING:
    from reader.gui.document_view import DocumentView

SPAN_CHARS = 3_000  # characters shown around a place the page goes to, a quarter before it (a jump
# lays them out in one turn, ~10 ms for 6,000); at least SPAN_PAGES pages of them
SPAN_PAGES = 3
EXTEND_CHARS = 3_000  # characters added at the window's edge as the page nears it
AHEAD_PAGES = 2  # the window is extended once the page comes this many pages near its edge
MAX_SHOWN_CHARS = 40_000  # beyond this the far side is hidden again (each move lays all of it out)
MAX_HEIGHT = 16_000_000  # pixels the estimated parts may reach (Qt's layout counts in 26.6 fixed point)
ABOVE, BELOW = "readerAbove", "readerBelow"  # document properties: the block holding that part, its own margin
HOLDER = "readerHolder"  # document property: the block shown below the window to hold the part below
RECYCLE_CHARS = 300_000  # laid out once in a document (about 15 MB): it is typeset afresh


class PageWindow(QObject):
    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self.view = view
        self._doc: QTextDocument | None = None
        self._seen = bytearray()  # blocks laid out once in this document (their layout stays)
        self._laid = 0  # characters of those blocks
        self._measured = (0.0, 0)  # pixels and characters of the windows laid out: the estimate
        self._measured_width = 0  # the page's width they were laid out at
        self._moving = False
        self._follow_timer = QTimer(self, singleShot=True, interval=0, timeout=self.follow)
        self._recycle = DocumentSwap(self)
        view.verticalScrollBar().valueChanged.connect(self._scrolled)

    @property
    def active(self) -> bool:
        return self._doc is not None and self._doc is self.view.document()

    @property
    def laid_chars(self) -> int:
        """Characters of the shown document laid out so far (their layout is kept by Qt)."""
        return self._laid

    # -- the document --------------------------------------------------------------------------
    def attach(self, doc: QTextDocument, qt: int) -> None:
        """`doc` is about to be shown with Qt position qt on the page: show the window around it
        (a windowed document: page_typesetting typeset it with every block hidden)."""
        if shown_blocks(doc) is None:
            self._doc = None
            return
        if doc is not self._doc:
            self._doc = doc
            self._seen = bytearray(doc.blockCount())
            self._laid = 0
            first, last = shown_blocks(doc)
            block = doc.findBlockByNumber(first)
            while block.isValid() and block.blockNumber() <= last:  # a document shown before
                self._seen[block.blockNumber()] = 1
                block = block.next()
        self._recycle.stop()
        if not self._shown(qt):
            self._set_visible(*self._span_around(qt))  # laid out once on the page (placed)

    def placed(self) -> None:
        """The document attached is on the page now, at the page's width: the parts around the
        window at their estimated heights, the window laid out."""
        if self.active:
            self._layout_window()

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
        again, the part below held by the last block not folded away."""
        if self.active and not self._moving:
            first, last = shown_blocks(self._doc)
            if first <= last:
                self._show(first, last)

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
        page = view.viewport().height()
        top, bottom = bar.value(), bar.value() + page
        first, last = shown_blocks(doc)
        if self._measured_width != doc.textWidth() == view.viewport().width():
            self._show(first, last, whole=True)  # another width (a resize): measured again, the estimate too
        layout = doc.documentLayout()
        shown_top = layout.blockBoundingRect(doc.findBlockByNumber(first)).top()
        shown_bottom = layout.blockBoundingRect(doc.findBlockByNumber(last)).bottom()
        if bottom <= shown_top or top >= shown_bottom:
            qt = self._estimated_position(top, shown_top, shown_bottom)
            self._show(*self._span_around(qt), keep=(qt, 0))
            return
        ahead = AHEAD_PAGES * page
        count = doc.blockCount()
        if top - ahead < shown_top and first > 0:
            start = doc.findBlockByNumber(first).position()
            new_first = doc.findBlock(max(0, start - EXTEND_CHARS)).blockNumber()
            self._show(new_first, self._trimmed_last(new_first, last))
        elif bottom + ahead > shown_bottom and last < count - 1:
            end = _end(doc.findBlockByNumber(last))
            new_last = doc.findBlock(min(doc.characterCount() - 1, end + EXTEND_CHARS)).blockNumber()
            self._show(self._trimmed_first(first, new_last), new_last)

    def _estimated_position(self, y: float, shown_top: float, shown_bottom: float) -> int:
        """The Qt position the estimate puts at height y of an estimated part."""
        doc = self._doc
        first, last = shown_blocks(doc)
        ratio = self._ratio()
        if y < shown_top:
            chars = (y - DOC_MARGIN) / ratio
        else:
            chars = _end(doc.findBlockByNumber(last)) + (y - shown_bottom) / ratio
        return max(0, min(doc.characterCount() - 1, int(chars)))

    def _trimmed_last(self, first: int, last: int) -> int:
        """Past MAX_SHOWN_CHARS, the window's far end hidden down to three quarters of it (a
        trim costs a pass of Qt's layout: not one at every extension)."""
        doc = self._doc
        start = doc.findBlockByNumber(first).position()
        if _end(doc.findBlockByNumber(last)) - start <= MAX_SHOWN_CHARS:
            return last
        return max(first, doc.findBlock(start + MAX_SHOWN_CHARS * 3 // 4).blockNumber())

    def _trimmed_first(self, first: int, last: int) -> int:
        doc = self._doc
        end = _end(doc.findBlockByNumber(last))
        if end - doc.findBlockByNumber(first).position() <= MAX_SHOWN_CHARS:
            return first
        return min(last, doc.findBlock(max(0, end - MAX_SHOWN_CHARS * 3 // 4)).blockNumber())

    # -- the window ------------------------------------------------------------------------
    def _span_around(self, qt: int) -> tuple[int, int]:
        doc = self._doc
        holder = doc.findBlockByNumber(_below_holder(doc.blockCount(), self.view.folds.hidden_blocks))
        qt = min(qt, _end(holder) - 1)  # past it all is folded away: a window there would show nothing
        span = max(SPAN_CHARS, int(SPAN_PAGES * self.view.viewport().height() / self._ratio()))
        first = doc.findBlock(max(0, qt - span // 4)).blockNumber()
        last = doc.findBlock(min(doc.characterCount() - 1, qt + span * 3 // 4)).blockNumber()
        return first, last

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
            changed = self._set_visible(first, last)
            if whole:  # another width: every block shown laid out again
                doc.markContentsDirty(0, doc.characterCount())
            if jump or whole:  # one pass of Qt's layout: both windows' blocks and both parts
                self._relayout(changed, top=True, bottom=True)
            else:  # a pass at each edge the window moved at: the blocks between only moved
                split = doc.findBlockByNumber(max(first, old_first)).position()
                above = [r for r in changed if r[0] < split]
                if above or first != old_first:
                    self._relayout(above, top=True, bottom=False)
                self._relayout([r for r in changed if r[0] >= split], top=False, bottom=True)
            if self._measure():  # the parts around at the estimate just refined
                self._relayout([], top=True, bottom=True)
            if keep is not None:
                bar.setValue(int(line_top(doc, keep[0]) - keep[1]))
        finally:
            self._moving = False
        if self._laid > RECYCLE_CHARS and not self._recycle.active and view.document() is doc:
            self._typeset_afresh()

    def _layout_window(self) -> None:
        """Lay the whole window out (the parts around it at their estimated heights)."""
        doc = self._doc
        first, last = shown_blocks(doc)
        start = doc.findBlockByNumber(first).position()
        self._relayout([(start, _end(doc.findBlockByNumber(last)) - start)], top=True, bottom=True)
        if self._measure():  # the parts around at the estimate just refined
            self._relayout([], top=True, bottom=True)

    def _relayout(self, ranges: list[tuple[int, int]], top: bool, bottom: bool) -> None:
        """The blocks in ranges (shown or hidden just now) laid out again, and the part above
        (top) and below (bottom) set to their estimated heights, in one edit: Qt lays out once,
        from the first block changed to the last (every pass of its layout walks every block
        of the book, hidden or not: a pass for each change was the stall)."""
        cursor = QTextCursor(self._doc)
        cursor.beginEditBlock()
        for start, length in ranges:  # an empty format merged: the blocks marked changed
            cursor.setPosition(start)
            cursor.setPosition(start + length - 1, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeBlockFormat(QTextBlockFormat())
        if top:
            self._set_top_spacer(cursor)
        if bottom:
            self._set_bottom_spacer(cursor)
        cursor.endEditBlock()

    def _set_visible(self, first: int, last: int) -> list[tuple[int, int]]:
        """Blocks first..last shown (but those folded away), the others hidden; the (start,
        length) ranges of the blocks that changed."""
        doc = self._doc
        old_first, old_last = shown_blocks(doc)
        folded = self.view.folds.hidden_blocks
        holder = _below_holder(doc.blockCount(), folded)
        changed: list[tuple[int, int]] = []
        block = doc.findBlockByNumber(old_first)
        while block.isValid() and block.blockNumber() <= old_last:
            if not first <= block.blockNumber() <= last and block.blockNumber() != holder:
                block.setVisible(False)
                _add(changed, block)
            block = block.next()
        block = doc.findBlockByNumber(first)
        while block.isValid() and block.blockNumber() <= last:
            number = block.blockNumber()
            visible = number not in folded
            if block.isVisible() != visible or not old_first <= number <= old_last:
                block.setVisible(visible)
                _add(changed, block)
            if not self._seen[number]:
                self._seen[number] = 1
                self._laid += block.length()
            block = block.next()
        old_holder = doc.property(HOLDER)  # shown below the window before
        if old_holder is not None and old_holder != holder and not first <= old_holder <= last:
            block = doc.findBlockByNumber(old_holder)
            if block.isValid() and block.isVisible():
                block.setVisible(False)
                _add(changed, block)
        if holder > last:  # always shown below the window: it holds the part below it
            tail = doc.findBlockByNumber(holder)
            if not tail.isVisible():
                tail.setVisible(True)
                _add(changed, tail)
                self._seen[holder] = 1
        doc.setProperty(HOLDER, holder)
        doc.setProperty(FIRST_SHOWN, first)
        doc.setProperty(LAST_SHOWN, last)
        return changed

    def _set_top_spacer(self, cursor: QTextCursor) -> None:
        """The part above the window at its estimated height: the top margin of the window's
        first block (a change Qt lays out for that block alone; the root frame's margin would
        have it lay the whole window out again)."""
        doc = self._doc
        first, _ = shown_blocks(doc)
        height = round(doc.findBlockByNumber(first).position() * self._capped_ratio())
        _hold(cursor, ABOVE, first, height)

    def _set_bottom_spacer(self, cursor: QTextCursor) -> None:
        """The part below the window at its estimated height: the top margin of the book's last
        block not folded away, always shown (a change Qt lays out for that block alone; the
        root frame's bottom margin had it lay the whole window out again at every move)."""
        doc = self._doc
        _, last = shown_blocks(doc)
        tail = doc.property(HOLDER)
        if last >= tail:  # the window reaches the end (or all after it is folded): nothing below it
            _hold(cursor, BELOW, -1, 0)
            return
        below = doc.findBlockByNumber(tail).position() - _end(doc.findBlockByNumber(last))
        _hold(cursor, BELOW, tail, round(below * self._capped_ratio()))

    def _capped_ratio(self) -> float:
        return min(self._ratio(), MAX_HEIGHT / max(1, self._doc.characterCount()))

    def _measure(self) -> bool:
        """Add the window just laid out to what the estimate is made from; True when that
        changed the estimate by more than 3 %."""
        doc = self._doc
        first, last = shown_blocks(doc)
        layout = doc.documentLayout()
        top = layout.blockBoundingRect(doc.findBlockByNumber(first)).top()
        bottom = layout.blockBoundingRect(doc.findBlockByNumber(last)).bottom()
        chars = _end(doc.findBlockByNumber(last)) - doc.findBlockByNumber(first).position()
        if chars < 1000 or bottom <= top:
            return False
        width = doc.textWidth()
        if width != self.view.viewport().width():
            return False  # not laid out at the page's width yet (follow measures it again)
        before = self._ratio()
        if width != self._measured_width:  # another width: other lines, another estimate
            self._measured, self._measured_width = (0.0, 0), width
        height, counted = self._measured
        self._measured = (height + bottom - top, counted + chars)
        return abs(self._ratio() - before) > 0.03 * before

    def _ratio(self) -> float:
        """Pixels a character takes on the page: as measured, or from the type before that."""
        view = self.view
        height, chars = self._measured
        if chars and self._measured_width == self._doc.textWidth():
            return height / chars
        metrics = view.fontMetrics()
        per_line = max(1.0, (view.viewport().width() - 2 * DOC_MARGIN) / max(1, metrics.horizontalAdvance("中")))
        return metrics.lineSpacing() * max(1.0, view.prefs.line_height / 100) / per_line

    # -- a document laid out too far ------------------------------------------------------------
    def _typeset_afresh(self) -> None:
        """The shown document typeset again beside the page (its layout, kept by Qt for every
        block shown so far, goes with it), then shown in its place at the same line."""
        view = self.view
        current = view.pages.current
        if current is None or view.positions is None:
            return
        shown, blocks = current
        doc = self._doc
        steps = view.typesetter.build_in_steps(shown, blocks, view.positions)

        def ready(new: QTextDocument) -> None:
            if view.document() is not doc or view.pages.current is None or view.pages.current[0] is not shown:
                new.deleteLater()
                return
            view.pages.replace_shown(shown, new)

        self._recycle.start(steps, ready)


def _add(ranges: list[tuple[int, int]], block: QTextBlock) -> None:
    """Add the block's range to ranges, joined to the last one when they touch."""
    start, length = block.position(), block.length()
    if ranges and sum(ranges[-1]) == start:
        ranges[-1] = (ranges[-1][0], ranges[-1][1] + length)
    else:
        ranges.append((start, length))


def _hold(cursor: QTextCursor, key: str, number: int, height: float) -> None:
    """Block `number` (-1: none) holds a part of the book `height` pixels high in its top
    margin, over its own; the block that held it before gets its own margin back. The document
    property `key` remembers which block holds it and that block's own margin."""
    doc = cursor.document()
    held = doc.property(key)  # "block number,its own top margin"
    old, own = (int(held.split(",")[0]), float(held.split(",")[1])) if held else (-1, 0.0)
    if old != number:
        if 0 <= old < doc.blockCount():
            cursor.setPosition(doc.findBlockByNumber(old).position())
            _merge_top_margin(cursor, own)
        own = doc.findBlockByNumber(number).blockFormat().topMargin() if number >= 0 else 0.0
    if number >= 0:
        block = doc.findBlockByNumber(number)
        if block.blockFormat().topMargin() != own + height:
            cursor.setPosition(block.position())
            _merge_top_margin(cursor, own + height)
    doc.setProperty(key, f"{number},{own}")


def _merge_top_margin(cursor: QTextCursor, margin: float) -> None:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(margin)
    cursor.mergeBlockFormat(fmt)


def _below_holder(count: int, folded: set[int]) -> int:
    """The block that holds the part below the window: the last of `count` not folded away."""
    number = count - 1
    while number > 0 and number in folded:
        number -= 1
    return number


def _end(block: QTextBlock) -> int:
    return block.position() + block.length()
