"""Look Up Under the Mouse (Edit menu, off by default): the Look Up popup for the word the mouse
rests on (HOVER_MS), as the Zhongwen popup does in a browser, without moving the caret or taking
the keyboard focus. Moving off the word, leaving the page (other than into the popup), scrolling,
clicking or Escape closes it.

The word is found in original offsets: the point gives a Qt position on the page, translated at
that boundary (QtPositions), and the reading's own word edges (jieba's, from the worker) give the
word around it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt, QTimer
from PySide6.QtGui import QCursor

from reader.gui.page_hits import mended_point

HOVER_MS = 400


def word_under(view, point: QPoint) -> tuple[int, int] | None:
    """The word (original start, end) whose character is under the viewport point; None off the
    text (a margin, past a line's end, below the last line), on a space, or while the reading's
    words are not cut yet (they are asked for)."""
    if view.positions is None:
        return None
    doc = view.document()
    at = point + QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
    if doc.documentLayout().hitTest(at, Qt.HitTestAccuracy.ExactHit) < 0:
        return None
    cursor = view.cursorForPosition(mended_point(view, QPointF(point)).toPoint())  # beside the page's own characters
    qt = cursor.position()
    if point.x() < view.cursorRect(cursor).left():  # the right half of a character gives the next position
        qt -= 1
    if qt < 0 or qt >= doc.characterCount() - 1 or doc.characterAt(qt).isspace():
        return None
    if view.words is None:
        view.wordsWanted.emit()
        return None
    pos = view.positions.to_original(qt)
    start, end = view.words.word_at(pos)
    return (start, end) if start <= pos < end else None


def _a_word(text: str) -> bool:
    """Something to look up: a character or a letter in it. The mouse crossing a line's
    punctuation showed '"，" is not in the dictionary.' with Add to Vocabulary at each mark."""
    return any(c.isalnum() for c in text)


class HoverLookup(QObject):
    """One per window: watches each reading's page while the option is on."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.on = window.settings.hover_lookup
        window.actions["hover_lookup"].setChecked(self.on)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(HOVER_MS)
        self._timer.timeout.connect(self._rested)
        self._pages: dict[QObject, object] = {}  # viewport → its reading
        self._resting: tuple[object, QPoint] | None = None  # (reading, point) the mouse rests on
        self.shown: tuple[object, tuple[int, int]] | None = None
        """(reading, word range) of the popup this showed last."""
        self._leaving = _LeavePopup(self)

    def set_on(self, on: bool) -> None:
        self.on = self.window.settings.hover_lookup = on
        if not on:
            self._timer.stop()
            self.close()

    def watch(self, reading) -> None:
        viewport = reading.view.viewport()
        viewport.setMouseTracking(True)  # moves without a button held
        viewport.installEventFilter(self)
        self._pages[viewport] = reading
        viewport.destroyed.connect(lambda: self._pages.pop(viewport, None))

    def _lookup(self):
        """The window's WordLookup if made yet (on first use: a cached property), else None."""
        return self.window.__dict__.get("word_lookup")

    def showing(self) -> tuple[object, tuple[int, int]] | None:
        """(reading, word range) of the popup this showed, while it still shows (Escape, a
        caret moved or Look Up Word may have closed or taken it since)."""
        lookup = self._lookup()
        if self.shown is None or lookup is None:
            return None
        return self.shown if lookup.popup.isVisible() and lookup.shown_range() == self.shown else None

    def close(self) -> None:
        if self.showing() is not None:
            self._lookup().close()
        self.shown = None

    def eventFilter(self, watched, event) -> bool:
        kind = event.type()
        if not self.on or watched not in self._pages:
            return False
        if kind == QEvent.Type.MouseMove:
            point = event.position().toPoint()
            if event.buttons() != Qt.MouseButton.NoButton:  # selecting with the mouse
                self._timer.stop()
                return False
            reading = self._pages[watched]
            if self.showing() is not None and not self._on_shown(reading, point):
                self.close()
            self._resting = (reading, point)
            self._timer.start()
        elif kind == QEvent.Type.Leave:
            self._timer.stop()
            if not self._popup_under_mouse():
                self.close()
        elif kind in (QEvent.Type.MouseButtonPress, QEvent.Type.Wheel):
            self._timer.stop()
            self.close()
        return False

    def _on_shown(self, reading, point: QPoint) -> bool:
        found = word_under(reading.view, point)
        return self.shown == (reading, found)

    def _popup_under_mouse(self) -> bool:
        lookup = self._lookup()
        return lookup is not None and lookup.popup.isVisible() and lookup.popup.geometry().contains(QCursor.pos())

    def _rested(self) -> None:
        if self._resting is None:
            return
        reading, point = self._resting
        if reading.closed or not reading.view.viewport().underMouse():
            return
        found = word_under(reading.view, point)
        if found is None or self.showing() == (reading, found) or not _a_word(reading.shown_view().slice(*found)):
            return
        lookup = self.window.word_lookup
        lookup.look_up(reading, found)
        self.shown = (reading, found)
        lookup.popup.installEventFilter(self._leaving)  # once: Qt keeps one of each filter


class _LeavePopup(QObject):
    """Closes the popup when the mouse leaves it for somewhere other than its word."""

    def __init__(self, hover: HoverLookup) -> None:
        super().__init__(hover)
        self.hover = hover

    def eventFilter(self, watched, event) -> bool:
        shown = self.hover.showing()
        if event.type() == QEvent.Type.Leave and shown is not None:
            reading = shown[0]
            viewport = reading.view.viewport()
            inside = viewport.mapFromGlobal(QCursor.pos())
            if not viewport.rect().contains(inside) or not self.hover._on_shown(reading, inside):
                self.hover.close()
        return False
