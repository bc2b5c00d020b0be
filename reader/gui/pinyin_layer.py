"""Pinyin over the text (View ▸ Pinyin): each Chinese character's syllable drawn small above it,
in the page's own paint layer. Qt's rich text has no ruby, so the page's lines are made taller
while it is on (RUBY_LINE_HEIGHT) and the syllables are painted into the room above each line;
the text, highlights, selection and find hits stay the document's own, beneath.

The syllables come from the worker (reader.core.analysis.make_pinyin: jieba and pypinyin on the
Simplified view), in original offsets, so they stay on their characters in every script view."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QTextCursor

RUBY_LINE_HEIGHT = 240
"""Percent of the font's height a line takes while pinyin is shown: room for a syllable line
of half the text's size above each line of text."""
RUBY_SCALE = 0.5
"""The syllables' size against the text's."""


class PinyinLayer:
    def __init__(self, view) -> None:
        self.view = view
        self.positions = array("i")
        self.syllables: tuple[str, ...] = ()
        self.active = False

    def set(self, positions: array | None, syllables: tuple[str, ...] = ()) -> None:
        """Show these syllables (original offsets), or none (None): the caller typesets again."""
        self.active = positions is not None
        self.positions = positions if positions is not None else array("i")
        self.syllables = syllables
        self.view.viewport().update()

    def visible(self) -> list[tuple[int, str]]:
        """The (original offset, syllable) pairs on screen."""
        view = self.view
        if not self.active or view.positions is None or not self.positions:
            return []
        port = view.viewport().rect()
        top = view.positions.to_original(view.cursorForPosition(QPoint(0, 0)).position())
        bottom = view.positions.to_original(view.cursorForPosition(port.bottomRight()).position(), end=True)
        i = bisect_left(self.positions, top)
        j = bisect_right(self.positions, bottom + 1)
        return list(zip(self.positions[i:j], self.syllables[i:j]))

    def paint(self, painter: QPainter) -> None:
        shown = self.visible()
        if not shown:
            return
        view = self.view
        font = QFont(view.font())
        font.setPointSizeF(view.font().pointSizeF() * RUBY_SCALE)
        metrics = QFontMetricsF(font)
        painter.setFont(font)
        painter.setPen(view.palette().placeholderText().color())
        cursor = QTextCursor(view.document())
        for pos, syllable in shown:
            qt = view.positions.to_qt(pos)
            cursor.setPosition(qt)
            if not cursor.block().isVisible():  # a folded paragraph
                continue
            left = view.cursorRect(cursor)
            cursor.setPosition(qt + 1)
            right = view.cursorRect(cursor)
            width = right.x() - left.x() if right.top() == left.top() else view.fontMetrics().horizontalAdvance("中")
            # above the line's own top, in the room the taller line left there; a syllable wider
            # than its character (zhuàn over 傳) is narrowed to it, never run into its neighbour's
            needed = metrics.horizontalAdvance(syllable)
            squeeze = min(1.0, (width - 1) / needed) if needed > 0 and width > 1 else 1.0
            painter.save()
            painter.translate(left.x() + width / 2, left.top())
            painter.scale(squeeze, 1.0)
            box = QRectF(-needed / 2 - 2, -metrics.height(), needed + 4, metrics.height())
            painter.drawText(box, Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom, syllable)
            painter.restore()
