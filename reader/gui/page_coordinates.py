"""The page's caret, selection and scroll in original offsets.

Everything outside the page speaks in offsets into the original text; the page's QTextCursor
and scroll bar speak in Qt positions of the view shown (reader.gui.positions translates one to
the other). This is where a caret, a selection or a scroll asked for in original offsets is put
on the page, and read back from it, including while a long document is still being laid out
(a position the layout has not reached yet is kept pending until it has)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QTimer
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument

from reader.gui.visible_blocks import position_at, shown_blocks

if TYPE_CHECKING:
    from reader.gui.document_view import DocumentView
    from reader.gui.layout_slicer import LayoutSlicer


class PageCoordinates:
    def __init__(self, view: DocumentView, slicer: LayoutSlicer) -> None:
        self._view = view
        self._slicer = slicer
        self.scroll_pending: tuple[int, int] | None = None  # (pos, margin) waiting for the layout
        self.select_pending: tuple[int, int, bool] | None = None  # (anchor, caret, ensure_visible) likewise

    def forget_pending(self) -> None:
        self.scroll_pending = self.select_pending = None

    def caret_placed(self) -> None:
        # the reader clicked or moved before a caret waiting for the layout got its place
        self.select_pending = None

    # -- the caret and the selection -----------------------------------------------------------
    def selection_original(self) -> tuple[int, int]:
        """(anchor, caret) in original offsets; equal when nothing is selected."""
        view = self._view
        p = view.positions
        if p is None:
            return 0, 0
        if self.select_pending is not None:  # where the caret is about to be
            return self.select_pending[:2]
        c = view.textCursor()
        forward = c.anchor() <= c.position()
        anchor = p.to_original(c.anchor(), end=not forward)
        caret = p.to_original(c.position(), end=forward)
        return anchor, caret

    def select_original(self, anchor: int, caret: int, ensure_visible: bool = True) -> None:
        """Select from anchor to caret (original offsets). Deep in a long document whose layout
        has not got there yet, as soon as it has: QTextEdit makes a new caret visible, which
        lays out everything above it (0.3 s near the end of a novel, on the window's thread)."""
        view = self._view
        p = view.positions
        if p is None:
            return
        view.folds.open_at(anchor, caret)  # a caret is never left in paragraphs out of sight
        forward = anchor <= caret
        qt_anchor, qt_caret = p.to_qt(anchor, end=not forward), p.to_qt(caret, end=forward)
        view.part.ensure(qt_caret)  # a book's: the blocks around the caret shown (page_window)
        if not self._slicer.laid_out(max(qt_anchor, qt_caret)):
            self.select_pending = (anchor, caret, ensure_visible)
            self._slicer.when_laid_out(max(qt_anchor, qt_caret), self._select_when_laid_out)
            return
        self.select_pending = None
        cursor = view.textCursor()
        cursor.setPosition(qt_anchor)
        cursor.setPosition(qt_caret, QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)
        if ensure_visible:
            view.ensureCursorVisible()

    def select_soon(self, anchor: int, caret: int) -> None:
        """select_original(anchor, caret) in a turn of its own, the page kept on its line: a
        caret off the page takes a book's window of laid-out blocks there and back (page_window:
        two passes of Qt's layout, 5-8 ms on 红楼梦), which a turn that shows a new document
        (script_swap._swapped) can do without. Meanwhile the caret reads as that one."""
        self.select_pending = (anchor, caret, False)
        QTimer.singleShot(0, self._view, self._select_now)

    def _select_now(self) -> None:
        pending = self.select_pending
        if pending is None or self._view.positions is None:
            return  # placed by the reader meanwhile, or another document shown
        top, margin = self.place()
        self.select_original(*pending)
        self.scroll_to_original(top, margin)  # Qt's setTextCursor scrolled to the caret

    def _select_when_laid_out(self) -> None:
        if self.select_pending is not None:
            self.select_original(*self.select_pending)

    # -- the scroll ------------------------------------------------------------------------
    def top_original(self) -> int:
        view = self._view
        if view.positions is None:
            return 0
        if self.scroll_pending is not None:  # where the page is about to be
            return self.scroll_pending[0]
        # below the syllables over the top line, where _scroll_now puts that line (in the margin
        # above the first line, the first line: Qt's hit test gave the document's end there, and
        # a script switch at the top of a law took the page to its last article)
        return view.positions.to_original(position_at(view, QPoint(4, 4 + view.pinyin.room())))

    def place(self) -> tuple[int, int]:
        """Where the page is: the original offset of its top line and the margin (pixels) with
        which scroll_to_original puts that line back at the same height, for keep_place after
        the layout above it changed."""
        view = self._view
        if self.scroll_pending is not None:
            return self.scroll_pending
        first = _first_shown(view.document())
        if view.positions is None or view.verticalScrollBar().value() == 0 or first.layout().lineCount() == 0:
            # at the top the page stays at the top; and a page not laid out yet (a book at
            # launch) has no line to measure: asked for one, Qt would lay the whole book out
            return 0, 0
        top = self.top_original()
        below = line_top(view.document(), view.positions.to_qt(top)) - view.verticalScrollBar().value()
        return top, below - view.pinyin.room()

    def keep_place(self, place: tuple[int, int]) -> None:
        """Put the page back where place() found it (the same line at the same height), once the
        document's layout has been restarted (a title that now wraps in fewer lines must not
        move the reader's text up under them)."""
        top, margin = place
        if top > 0 or margin:
            self.scroll_to_original(top, margin)

    def visible_range(self) -> tuple[int, int]:
        """The original range on screen."""
        view = self._view
        bottom = position_at(view, view.viewport().rect().bottomRight())
        return self.top_original(), view.positions.to_original(bottom, end=True)

    def scroll_to_original(self, pos: int, margin: int = 0) -> None:
        """Put the line holding pos at the top of the page (less margin pixels). In a long
        document whose layout has not got there yet, as soon as it has (a fraction of a
        second): laying out half a novel at once would hold the window for 0.2 s."""
        positions = self._view.positions
        if positions is None:
            return
        qt = positions.to_qt(pos)
        self._view.part.ensure(qt)  # a book's: the blocks around it shown (page_window)
        if not self._slicer.laid_out(qt):
            self.scroll_pending = (pos, margin)
            self._slicer.when_laid_out(qt, self._scroll_when_laid_out)
            return
        self.scroll_pending = None
        self._scroll_now(qt, margin)

    def _scroll_when_laid_out(self) -> None:
        pending, self.scroll_pending = self.scroll_pending, None
        if pending is not None and self._view.positions is not None:
            self._scroll_now(self._view.positions.to_qt(pending[0]), pending[1])

    def _scroll_now(self, qt: int, margin: int) -> None:
        # from the document's own layout, not from the page as it is now: a page that is still
        # being laid out (a long book, a page that just appeared) would scroll by a guess
        view = self._view
        doc = view.document()
        top = line_top(doc, qt)
        if (
            top <= line_top(doc, _first_shown(doc).position())
            and _first_shown(doc).blockNumber() == 0  # not a book's window further down
        ):
            # the first line: the page from its very top, with the margin above the title (a
            # script switch at the top scrolled that margin away, and the title sat on the edge)
            view.verticalScrollBar().setValue(0)
            return
        # room for the syllables over the line while pinyin is shown (the document's first line
        # has no taller line above it to hold them)
        view.verticalScrollBar().setValue(top - margin - view.pinyin.room())

    def reveal(self, start: int, end: int) -> None:
        """Select a passage and show it in the upper third of the page, where the eye is
        (a found word, a highlight, Back): Qt's setTextCursor scrolls only as far as needed,
        which leaves a passage below the page on its last line. One already in the upper
        third stays where it is."""
        view = self._view
        self.select_original(start, end, ensure_visible=False)
        height = view.viewport().height()
        if self.select_pending is None and view.positions is not None:
            cursor = QTextCursor(view.document())
            cursor.setPosition(view.positions.to_qt(start))
            if 0 <= view.cursorRect(cursor).top() < height // 3:
                return
        self.scroll_to_original(start, margin=height // 4)


def line_top(doc: QTextDocument, qt: int) -> int:
    """The top of the line holding Qt position qt, in doc's layout (laid out down there)."""
    block = doc.findBlock(qt)
    y = doc.documentLayout().blockBoundingRect(block).top()
    line = block.layout().lineForTextPosition(qt - block.position())
    return int(y + (line.y() if line.isValid() else 0))


def _first_shown(doc: QTextDocument) -> QTextBlock:
    """The document's first block, or a windowed one's first shown (page_window)."""
    window = shown_blocks(doc)
    return doc.findBlockByNumber(window[0]) if window is not None and window[0] <= window[1] else doc.firstBlock()
