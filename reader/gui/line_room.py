"""Room for the syllables over the lines (View ▸ Pinyin), made in the shown document itself:
each body paragraph's line height is changed in place, a slice of blocks per turn of the event
loop (about SLICE_MS), the paragraphs on screen first (where the reader has scrolled to since,
too), then those below, then those above.

Rebuilding a novel's document to make its lines taller (the way a change of type does) held the
window 65-110 ms (building 红楼梦's document is 178 ms by itself, then it is shown and laid out
again); a slice's edits are one edit block, which Qt lays out again for those blocks only.
Everything else the page keeps: the document, its selections, caret, folds and scroll position
(the page is held on its top line while blocks above it grow or shrink)."""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

from reader.gui.visible_blocks import first_visible_block, last_visible_block

SLICE_MS = 10.0
FIRST_CHARS = 3_000
"""Characters changed in the first slice; then as many as took SLICE_MS the slice before. The
edits themselves are quick: Qt lays the changed blocks out again when the edit block ends,
about 1.3 ms for 1,000 characters of a novel."""
PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value


class LineRoom(QObject):
    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self._doc: QTextDocument | None = None
        self._height = 0.0
        self._order: list[int] = []  # block numbers still to change, in the order they are changed
        self._chars = FIRST_CHARS
        self._timer = QTimer(self, singleShot=True, interval=0, timeout=self._slice)

    @property
    def active(self) -> bool:
        return self._doc is not None

    def start(self, height: float) -> None:
        """Give every body paragraph (a proportional line height: not a blank line's fixed
        2 px) of the shown document this line height, in percent."""
        doc = self.view.document()
        self._doc, self._height, self._chars = doc, height, FIRST_CHARS
        top = first_visible_block(self.view).blockNumber()
        self._order = [*range(top, doc.blockCount()), *range(top - 1, -1, -1)]
        self._order.reverse()  # popped from the end: the page and what follows it first
        self._slice()

    def stop(self) -> None:
        self._doc = None
        self._order = []
        self._timer.stop()

    def _slice(self) -> None:
        doc, view = self._doc, self.view
        if doc is None:
            return
        if view.document() is not doc:  # another document came: it is typeset for the room it needs
            self.stop()
            return
        bar = view.verticalScrollBar()
        top_block = first_visible_block(view)
        bottom = last_visible_block(view).blockNumber()
        top = top_block.blockNumber()
        # the page the reader has scrolled to since, first (a block done already is passed over)
        self._order.extend(range(min(bottom, top + 200), top - 1, -1))
        layout = doc.documentLayout()
        offset = bar.value() - layout.blockBoundingRect(top_block).top()
        merged = QTextBlockFormat()
        merged.setLineHeight(self._height, PROPORTIONAL)
        cursor = QTextCursor(doc)
        started = time.thread_time()  # the window thread's own time: another process's load does not shrink the slices
        above = False
        chars = 0
        cursor.beginEditBlock()
        while self._order and chars < self._chars:
            number = self._order.pop()
            block = doc.findBlockByNumber(number)
            fmt = block.blockFormat()
            if fmt.lineHeightType() != PROPORTIONAL or fmt.lineHeight() == self._height:
                continue
            above = above or number < top
            cursor.setPosition(block.position())
            cursor.mergeBlockFormat(merged)
            chars += block.length()
        cursor.endEditBlock()  # the changed blocks are laid out again here
        took = (time.thread_time() - started) * 1000
        if chars:  # as many characters next time as fit in SLICE_MS at this pace
            self._chars = max(500, min(100_000, int(chars * SLICE_MS / max(took, 0.5))))
        if above:  # blocks above the page changed height: the page stays on its top line
            bar.setValue(int(layout.blockBoundingRect(top_block).top() + offset))
        if self._order:
            self._timer.start()
        else:
            self.stop()
