"""Change the script of a long document: the page on screen at once, the whole document a
moment later, typeset off screen in slices.

A book's views in its three scripts nearly always have the same length (one character for
one: 紅 ↔ 红), so a Qt position, the caret, a highlight and the scroll bar mean the same
characters in both. The switch puts the new text into the paragraphs on screen in place
(replace_keeping_formats), and typesets the new view's document beside the shown one, a few
hundred paragraphs per turn of the event loop (at most SLICE_MS), for the page to show
(script_pages). Replacing every paragraph of the shown document in place instead, each slice
laid out again by Qt as it changed, took 19 s on 红楼梦 under load (load 15); a fresh document
is typeset in a tenth of the time.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QWidget

from reader.gui.after_paint import after_paint

SLICE_MS = 8.0


class DocumentSwap(QObject):
    """A view's document typeset off screen, in slices, then handed over."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._steps: Iterator[QTextDocument | None] | None = None
        self._ready: Callable[[QTextDocument], None] | None = None
        self._timer = QTimer(self, singleShot=True, interval=0, timeout=self._slice)

    @property
    def active(self) -> bool:
        return self._steps is not None or self._ready is not None

    def start(
        self,
        steps: Iterator[QTextDocument | None],
        ready: Callable[[QTextDocument], None],
        after_paint_of: QWidget | None = None,
    ) -> None:
        """Run `steps` (a typesetting that yields None between steps, and its document last)
        from the event loop, then hand the document to ready(document); the first step once
        `after_paint_of` is painted, when given (the page just changed: the window's paint that
        follows, the page's and the tree's, 25–40 ms on 红楼梦, and a first slice in one turn
        held the window 40–60 ms)."""
        self.stop()
        self._steps, self._ready = steps, ready
        if after_paint_of is None:
            self._timer.start()
        else:
            after_paint(after_paint_of, lambda s=steps: self._steps is s and self._timer.start())

    def stop(self) -> None:
        """Give up: what was typeset so far is dropped with the steps."""
        self._timer.stop()
        if self._steps is not None:
            self._steps.close()
        self._steps = self._ready = None

    def _slice(self) -> None:
        started = now = time.perf_counter()
        while True:
            doc = next(self._steps)
            if doc is not None:  # handed over in a turn of its own: showing it costs one too
                self._steps = None
                QTimer.singleShot(0, self, lambda doc=doc: self._lay_out(doc))
                return
            # a step that would end past SLICE_MS waits for the next turn (checking only the
            # time spent, the last step ran over: 11-12 ms slices, with the page's paint after
            # them in the same gap of the window's 22-27 ms on 红楼梦)
            before, now = now, time.perf_counter()
            if (now - started + now - before) * 1000 > SLICE_MS:
                break
        self._timer.start()

    def _lay_out(self, doc: QTextDocument) -> None:
        """The document's layout made in a turn of its own (Qt walks every block: on 红楼梦 half
        the 15-20 ms turn that showed it, made by setDocument), then handed over in the next."""
        if self._steps is None and self._ready is not None:
            doc.documentLayout()
        QTimer.singleShot(0, self, lambda: self._hand_over(doc))

    def _hand_over(self, doc: QTextDocument) -> None:
        if self._steps is None and self._ready is not None:
            ready, self._ready = self._ready, None
            ready(doc)
        else:  # stopped, or started again, meanwhile
            doc.deleteLater()


def replace_keeping_formats(
    doc: QTextDocument, cursor: QTextCursor, start: int, end: int, text: str, offset: int = 0
) -> None:
    """Put text[p - offset] at every Qt position p of the blocks from start to end (text holds
    the document from `offset`, at least over those blocks), each fragment keeping its own
    format (a heading's size and weight): text inserted over a whole range would take the
    format of its first character."""
    block = doc.findBlock(start)
    while block.isValid() and block.position() < end:
        p = block.position() - offset
        new = text[p : p + block.length() - 1]
        if block.text() != new:
            it, fragments = block.begin(), []
            while not it.atEnd():
                f = it.fragment()
                fragments.append((f.position(), f.length(), f.charFormat()))
                it += 1
            for pos, length, fmt in fragments:
                cursor.setPosition(pos)
                cursor.setPosition(pos + length, QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(text[pos - offset : pos - offset + length], fmt)
        block = block.next()
