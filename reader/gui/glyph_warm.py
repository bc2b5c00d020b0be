"""Glyphs drawn ahead of the paint that shows them, a few per turn of the event loop.

FreeType renders a CJK glyph the first time a font shows it (~50 µs each): the Sections
tree's first paint of a book's rows (~460 new characters on 红楼梦) held the window's thread
30-45 ms, and its first paint in a new script 25-30 ms, against 6-10 ms warm. Qt keeps the
glyphs a thread has rendered for every raster paint of that font, so text drawn into a
scratch image in short turns before makes that paint a warm one. Only the window's thread:
Qt's font caches are per thread.

A book's rows are drawn once its page has painted (`after`): drawn over the turns that typeset
the page, they were 70 M instructions of 红楼梦's launch before its text showed, for a tree that
paints after it. The tree then waits for them (when_warm) before it paints."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

from reader.gui.after_paint import after_paint

CHUNK = 40  # new characters drawn per turn: ~2 ms
HELD_MS = 1000
"""Texts held for a widget's paint are drawn after this at the latest (the widget went first)."""


class GlyphWarmer:
    def __init__(self) -> None:
        self._drawn: dict[str, set[str]] = {}  # font key → characters drawn with it
        self._waiting: list[tuple[QFont, list[str]]] = []
        self._timer = QTimer(singleShot=True, interval=0)
        self._timer.timeout.connect(self._step)
        self._held = 0  # warms waiting for a widget's paint
        self._when_warm: list[tuple[QObject, Callable[[], object]]] = []

    def warm(self, texts: Iterable[str], font: QFont | None = None, after: QWidget | None = None) -> None:
        """Draw those of texts with characters not drawn before with font (the tree's by
        default: QTreeView's, which no style sheet here changes), about CHUNK new characters a
        turn. Each text is drawn whole, as the paint will: characters drawn apart, out of
        their text, did not spare that paint its rendering. `after`: not before that widget
        has painted (texts, an iterable, is read then); busy meanwhile."""
        if after is not None:
            self._held += 1
            released: list[bool] = []

            def release() -> None:
                if not released:
                    released.append(True)
                    self._held -= 1
                    self.warm(texts, font)

            after_paint(after, release)
            QTimer.singleShot(HELD_MS, release)  # the widget deleted unpainted: its after_paint never comes
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

    @property
    def busy(self) -> bool:
        return bool(self._waiting) or self._held > 0

    def when_warm(self, context: QObject, fn: Callable[[], object]) -> None:
        """fn() once every text handed over has been drawn (at once when none waits), in a turn
        of its own with context (dropped with it, as a QTimer.singleShot with a context is)."""
        if not self.busy:
            fn()
            return
        self._when_warm.append((context, fn))

    def _step(self) -> None:
        self._draw(*self._waiting.pop(0))
        if self._waiting:
            self._timer.start()
        self._tell_warm()

    def _tell_warm(self) -> None:
        if self.busy or not self._when_warm:
            return
        waiting, self._when_warm = self._when_warm, []
        for context, fn in waiting:
            QTimer.singleShot(0, context, fn)

    def _draw(self, font: QFont, texts: list[str]) -> None:
        image = QImage(16, 16, QImage.Format.Format_ARGB32_Premultiplied)  # a window's format
        painter = QPainter(image)
        painter.setFont(font)
        for text in texts:
            painter.drawText(0, 12, text)
        painter.end()


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
