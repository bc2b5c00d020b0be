"""Glyphs drawn ahead of the paint that shows them, a few per turn of the event loop.

FreeType renders a CJK glyph the first time a font shows it (~50 µs each): the Sections
tree's first paint of a book's rows (~460 new characters on 红楼梦) held the window's thread
30-45 ms, and its first paint in a new script 25-30 ms, against 6-10 ms warm. Qt keeps the
glyphs a thread has rendered for every raster paint of that font, so text drawn into a
scratch image in short turns before makes that paint a warm one. Only the window's thread:
Qt's font caches are per thread.

A book's rows are drawn once its page has begun to paint (`after`): drawn over the turns that
typeset the page, they were 68 M instructions of 红楼梦's launch before its text showed, for a
tree that paints after it. The tree then waits for them (when_warm) before it paints."""

from __future__ import annotations

from collections.abc import Callable, Iterable

import shiboken6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QApplication, QWidget

CHUNK = 40  # new characters drawn per turn: ~2 ms


class GlyphWarmer:
    def __init__(self) -> None:
        self._drawn: dict[str, set[str]] = {}  # font key → characters drawn with it
        self._waiting: list[tuple[QFont, list[str]]] = []
        self._timer = QTimer(singleShot=True, interval=0)
        self._timer.timeout.connect(self._step)
        self._handed: list[tuple[Iterable[str], QFont | None]] = []  # warms their widgets' paints let go
        self._when_warm: list[tuple[QObject, Callable[[], object]]] = []

    def warm(self, texts: Iterable[str], font: QFont | None = None, after: QWidget | None = None) -> None:
        """Draw those of texts with characters not drawn before with font (the tree's by
        default: QTreeView's, which no style sheet here changes), about CHUNK new characters a
        turn. Each text is drawn whole, as the paint will: characters drawn apart, out of
        their text, did not spare that paint its rendering. `after`: in the turns after that
        widget's first paint (texts, an iterable, is read then; busy from that paint on, not
        before: a page never shown holds nothing back; one deleted first drops them). Not at a
        timeout, as after_paint would: typesetting 红楼梦's page outlasts any short one."""
        if after is not None:
            _OnPaint(after, lambda: self._hand(texts, font))
            return
        font = QFont(font) if font is not None else QApplication.font("QTreeView")
        drawn = self._drawn.setdefault(font.key(), set())
        chunk: list[str] = []
        new = 0
        for text in texts:
            fresh = set(text) - drawn
            if fresh:
                drawn.update(fresh)
                chunk.append(text)
                new += len(fresh)
            if new >= CHUNK:
                self._waiting.append((font, chunk))
                chunk, new = [], 0
        if chunk:
            self._waiting.append((font, chunk))
        if self._waiting and not self._timer.isActive():
            self._timer.start()
        self._tell_warm()

    def _hand(self, texts: Iterable[str], font: QFont | None) -> None:
        self._handed.append((texts, font))  # busy from here, read in the turn after
        if not self._timer.isActive():
            self._timer.start()

    @property
    def busy(self) -> bool:
        return bool(self._waiting or self._handed)

    def when_warm(self, context: QObject, fn: Callable[[], object]) -> None:
        """fn() once every text handed over has been drawn (at once when none waits), in a turn
        of its own with context (dropped with it, as a QTimer.singleShot with a context is)."""
        if not self.busy:
            fn()
            return
        self._when_warm.append((context, fn))

    def _step(self) -> None:
        if self._handed:
            self.warm(*self._handed.pop(0))  # its chunks queued (and the timer started)
            if self._handed and not self._timer.isActive():
                self._timer.start()
            return
        if not self._waiting:
            return
        self._draw(*self._waiting.pop(0))
        if self._waiting:
            self._timer.start()
        self._tell_warm()

    def _tell_warm(self) -> None:
        if self.busy or not self._when_warm:
            return
        waiting, self._when_warm = self._when_warm, []
        for context, fn in waiting:
            if shiboken6.isValid(context):  # dropped with its context, which may be gone by now
                QTimer.singleShot(0, context, fn)

    def _draw(self, font: QFont, texts: list[str]) -> None:
        from PySide6.QtGui import QImage  # here: PySide makes a class's enums at its first touch

        image = QImage(16, 16, QImage.Format.Format_ARGB32_Premultiplied)  # a window's format
        painter = QPainter(image)
        painter.setFont(font)
        for text in texts:
            painter.drawText(0, 12, text)
        painter.end()


class _OnPaint(QObject):
    """Calls fn() at its widget's first paint, as the paint begins (before any after_paint
    work: what waits for the warm finds it busy); never if the widget goes unpainted."""

    def __init__(self, widget: QWidget, fn: Callable[[], object]) -> None:
        super().__init__(widget)
        self.fn: Callable[[], object] | None = fn
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self.fn is not None:
            fn, self.fn = self.fn, None
            obj.removeEventFilter(self)
            self.deleteLater()
            fn()
        return False


_warmer: GlyphWarmer | None = None


def warmer() -> GlyphWarmer:
    """The application's one warmer."""
    global _warmer
    if _warmer is None:
        _warmer = GlyphWarmer()
    return _warmer


def warm_glyphs(texts: Iterable[str], font: QFont | None = None, after: QWidget | None = None) -> None:
    """GlyphWarmer.warm on the application's one warmer."""
    warmer().warm(texts, font, after)


def when_warm(context: QObject, fn: Callable[[], object]) -> None:
    """GlyphWarmer.when_warm on the application's one warmer."""
    warmer().when_warm(context, fn)
