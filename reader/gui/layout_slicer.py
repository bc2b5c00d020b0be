"""Lay out a long document in slices the window hardly notices.

Qt lays a shown QTextDocument out lazily, but in steps that double up to 200,000 characters
(QTextDocumentLayoutPrivate::layoutStep): on a novel each of the last steps holds the event
loop for 50 ms or more. While a slicer runs, those steps are held back (the layout's timer
events are filtered out) and the layout is driven forward instead, asking for one block's
position a few thousand characters further each time, for at most SLICE_MS per turn of the
event loop. The page on screen is laid out by Qt as always; the scroll bar grows as the
layout does, as it would with Qt's own steps.

Anything waiting for a position further down than the layout has reached (putting a deep
position at the top of the page) is told when the layout gets there: forcing it at once
would hold the window for a quarter of a second."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QWidget

from reader.gui.after_paint import after_paint
from reader.gui.visible_blocks import shown_blocks

SLICE_MS = 12.0
STEP_CHARS = 6_000  # one forced step: 2-4 ms of layout for Chinese text
SLICED_CHARS = 150_000  # a shorter document is laid out by Qt alone (its steps stay short)


class LayoutSlicer(QObject):
    def __init__(self, parent: QObject | None = None, page: QWidget | None = None) -> None:
        """`page`: the widget showing the document; slicing starts once it has been painted
        (the page on screen first: a slice before that paint put it off by 20 ms)."""
        super().__init__(parent)
        self._page = page
        self._doc: QTextDocument | None = None
        self._layout = None
        self._reached = 0
        self._waiting: list[tuple[int, Callable[[], None]]] = []
        self._timer = QTimer(self, singleShot=True, interval=0, timeout=self._slice)

    @property
    def active(self) -> bool:
        return self._doc is not None

    def start(self, doc: QTextDocument, after_painted: bool = True) -> None:
        """Lay `doc` out from the top (again: after it was shown, resized or retypeset);
        after_painted False: without waiting for the page's paint (a frozen page is not
        painted: script_pages)."""
        self.stop(run_waiting=False)
        # a short document, or a book's window of blocks (page_window): Qt's steps stay short
        if doc.characterCount() < SLICED_CHARS or shown_blocks(doc) is not None:
            self._run_waiting(all_of_them=True)
            return
        self._doc = doc
        self._layout = doc.documentLayout()
        self._layout.installEventFilter(self)
        self._reached = 0
        if self._page is None or not after_painted:
            self._timer.start(0)
        else:
            after_paint(self._page, lambda: self._doc is doc and self._timer.start(0))

    def stop(self, run_waiting: bool = True) -> None:
        if self._layout is not None:
            with contextlib.suppress(RuntimeError):  # its document is gone already
                self._layout.removeEventFilter(self)
        self._doc = self._layout = None
        self._timer.stop()
        if run_waiting:
            self._run_waiting(all_of_them=True)

    def laid_out(self, pos: int) -> bool:
        """Whether the document (the one being sliced, in Qt positions) is laid out at pos."""
        if self._doc is None:
            return True
        if pos <= self._reached:
            return True
        # Qt lays out from the top down: a block with lines has everything above it laid out too
        block = self._doc.findBlock(pos)
        return block.isValid() and block.layout().lineCount() > 0

    def when_laid_out(self, pos: int, then: Callable[[], None]) -> None:
        """Call then() once the layout reaches pos (at once when it has)."""
        if self.laid_out(pos):
            then()
        else:
            self._waiting = [w for w in self._waiting if w[1] is not then] + [(pos, then)]

    def forget_waiting(self) -> None:
        self._waiting.clear()

    def eventFilter(self, obj, event) -> bool:
        # the layout's own lazy steps (its timers) wait while the slices do the work
        return event.type() == QEvent.Type.Timer and obj is self._layout

    def _slice(self) -> None:
        doc, layout = self._doc, self._layout
        if doc is None:
            return
        end = doc.characterCount() - 1
        started = now = time.perf_counter()
        while True:
            self._reached = min(end, self._reached + STEP_CHARS)
            block = doc.findBlock(self._reached)
            layout.blockBoundingRect(block)  # lays out up to that block
            # a step takes 2-4 ms and more under load: one that would end past SLICE_MS waits
            # for the next turn (checking only the time spent, slices overran to 14-17 ms)
            before, now = now, time.perf_counter()
            if self._reached >= end or (now - started + now - before) * 1000 > SLICE_MS:
                break
        if self._reached >= end:
            self.stop(run_waiting=False)
            layout.documentSizeChanged.emit(layout.documentSize())  # the scroll bar's full range
            self._run_waiting(all_of_them=True)
            return
        # the scroll bar follows the layout, as Qt's held-back size timer would have told it
        layout.documentSizeChanged.emit(layout.blockBoundingRect(block).size())
        self._run_waiting()
        self._timer.start(0)

    def _run_waiting(self, all_of_them: bool = False) -> None:
        ready = [w for w in self._waiting if all_of_them or w[0] <= self._reached]
        self._waiting = [w for w in self._waiting if w not in ready]
        for _, then in ready:
            then()
