"""The page's keys and clicks: a key or a click holds the window's housekeeping off; word moves
(caret_moves) and Copy (what the text says); a click on a fold's marker opens it, its drag,
release and double click doing no more; a double click selects jieba's word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from reader.gui.housekeeping import housekeeping
from reader.gui.page_hits import mended

if TYPE_CHECKING:
    from reader.gui.document_view import DocumentView


class PageInput:
    """Each method says whether it took the event; one it did not take goes on to QTextEdit."""

    def __init__(self, view: DocumentView) -> None:
        self._view = view
        self._opened_fold = False  # the last press opened a fold (its release and double click do no more)

    def _reader_acts(self) -> None:
        """The reader pressed a key or clicked: the window's housekeeping waits (its thread beside
        the turns that answer would make them wait for the interpreter). Not for a scroll: the
        wheel's and the bar's steps come so often that the previews' converters, held off 3 s
        a task (MOST_WAIT_MS), were not loaded by a first switch (then its preview loaded them,
        0.3-1 s of Python in a thread beside the switch's turns)."""
        housekeeping().hold_off()

    def key_press(self, event) -> bool:
        self._reader_acts()
        if self._view.moves.key_press(event):
            return True
        if event.matches(QKeySequence.StandardKey.Copy):
            self._view.copy()
            return True
        return False

    def press(self, event) -> bool:
        self._reader_acts()
        self._opened_fold = self._view.folds.press(event)  # a click on a fold's marker opens it
        return self._opened_fold

    def move(self, event) -> bool:
        if event.buttons() == Qt.MouseButton.NoButton:
            self._view.folds.hover(event.position().toPoint())
        return bool(self._opened_fold and event.buttons() & Qt.MouseButton.LeftButton)  # the opening press's drag

    def release(self, event) -> bool:
        return self._opened_fold  # the press that opened a fold had no hit test: nor has its release

    def double_click(self, event) -> bool:
        view = self._view
        if self._opened_fold or view.folds.press(event):  # on a fold's marker: it opens, no word selected
            return True
        if view.positions is None:
            return False
        view.setTextCursor(view.cursorForPosition(mended(view, event).position().toPoint()))
        view.select_word_at_caret()
        return True
