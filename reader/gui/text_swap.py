"""Change the script of a long document in place, a slice at a time.

A book's views in its three scripts nearly always have the same length (one character for
one: 紅 ↔ 红); shown as three QTextDocuments they cost 35 MB of layout each, and each switch
laid a novel out afresh from the top (a quarter of a second to get back to the page the reader
was on). When the new view has the length of the one shown, its text goes into the shown
document instead: block by block, keeping every block's and character's format, the page on
screen first and then the rest from the top, for at most SLICE_MS per turn of the event loop.
Positions do not move (same length), so the caret, highlights and the scroll bar stay put.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextCursor, QTextDocument

SLICE_MS = 12.0
CHUNK = 2_000  # characters replaced as one step
MAX_CHUNKS = 40


class TextSwap(QObject):
    """One document's text being replaced by another of the same length."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc: QTextDocument | None = None
        self._text = ""
        self._todo: list[tuple[int, int]] = []
        self._budget = CHUNK  # characters the next slice replaces
        self._before: Callable[[], object] | None = None
        self._after: Callable[[object, bool], None] | None = None
        self._done: Callable[[], None] | None = None
        self._timer = QTimer(self, singleShot=True, interval=0, timeout=self._slice)

    @property
    def active(self) -> bool:
        return self._doc is not None

    def start(
        self,
        doc: QTextDocument,
        text: str,
        first: tuple[int, int],
        before: Callable[[], object],
        after: Callable[[object, bool], None],
        done: Callable[[], None],
    ) -> None:
        """Put `text` (Qt positions: one unit per character, as both texts are) into doc:
        [first) at once, the rest in slices. before() is called ahead of each slice and its
        value handed to after(value, last) once the slice is in (to keep the selection and
        the scroll where they were); done() once every block holds the new text."""
        self.stop()
        if doc.characterCount() - 1 != len(text):
            raise ValueError("a swap keeps the length")
        self._doc, self._text = doc, text
        self._before, self._after, self._done = before, after, done
        a, b = max(0, first[0]), min(len(text), first[1])
        # the first slice runs in the caller's turn (the switch itself): the page and nothing
        # more (a fixed 8,000 characters held the window ~100 ms there on 红楼梦 under load);
        # the later ones are measured against SLICE_MS
        self._budget = max(1, b - a)
        self._todo = [(s, min(s + CHUNK, b)) for s in range(a, b, CHUNK)]
        self._todo += [(s, min(s + CHUNK, a)) for s in range(0, a, CHUNK)]
        self._todo += [(s, min(s + CHUNK, len(text))) for s in range(b, len(text), CHUNK)]
        self._slice()

    def stop(self) -> None:
        self._doc = None
        self._todo = []
        self._timer.stop()

    def _slice(self) -> None:
        doc = self._doc
        if doc is None:
            return
        started = time.perf_counter()
        state = self._before()
        cursor = QTextCursor(doc)
        # one edit block per slice: the document is laid out again and its views told once,
        # not once for every paragraph; so the slice is measured in characters, and the
        # measure follows what the last slice cost (the layout comes at the block's end)
        cursor.beginEditBlock()
        left = self._budget
        while self._todo and left > 0:
            start, end = self._todo.pop(0)
            replace_keeping_formats(doc, cursor, start, end, self._text)
            left -= end - start
        cursor.endEditBlock()
        spent = (time.perf_counter() - started) * 1000
        done = self._budget - left
        self._budget = int(min(MAX_CHUNKS * CHUNK, max(CHUNK, done * SLICE_MS / max(spent, 0.1))))
        last = not self._todo
        if last:
            self._doc = None
        self._after(state, last)
        if last:
            self._done()
        else:
            self._timer.start()


def replace_keeping_formats(doc: QTextDocument, cursor: QTextCursor, start: int, end: int, text: str) -> None:
    """Put text[p] at every Qt position p of the blocks from start to end (text is as long as
    the document), each fragment keeping its own format (a heading's size and weight): text
    inserted over a whole range would take the format of its first character."""
    block = doc.findBlock(start)
    while block.isValid() and block.position() < end:
        p = block.position()
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
                cursor.insertText(text[pos : pos + length], fmt)
        block = block.next()
