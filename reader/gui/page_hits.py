"""A press on the page, and the word under the mouse (hover_lookup), are where the reader
points, beside the page's own characters too.

Qt's hit test (QTextLine.xToCursor, Qt 6) takes a point in the left half of a character that
follows a cluster of two (a character with the page's joiner or LOOSE after it:
line_units.PAGE_ONLY) for the line's end: a click on 年 in 2022‍年 put the caret after the
dateline's last character, a drag from there selected from the wrong end. A point so placed is
moved here to the cluster's right edge, a pixel before the character, which Qt maps to the
place before that character, as it would without the cluster."""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent

from reader.core.line_units import PAGE_ONLY


def mended(view, event: QMouseEvent) -> QMouseEvent:
    """event, or a copy of it at the point Qt's hit test maps to where it points."""
    point = event.position()
    moved = mended_point(view, point)
    if moved == point:
        return event
    return QMouseEvent(event.type(), moved, event.globalPosition(), event.button(), event.buttons(), event.modifiers())


def mended_point(view, point: QPointF) -> QPointF:
    """The viewport point, or one Qt's hit test maps to the place it points at."""
    doc = view.document()
    layout = doc.documentLayout()
    at = QPointF(point.x() + view.horizontalScrollBar().value(), point.y() + view.verticalScrollBar().value())
    pos = layout.hitTest(at, Qt.HitTestAccuracy.FuzzyHit)
    block = doc.findBlock(max(0, pos))
    text = block.text()
    if not block.isValid() or not any(ch in PAGE_ONLY for ch in text):
        return point
    top = layout.blockBoundingRect(block).topLeft()
    lines = block.layout()
    x, y = at.x() - top.x(), at.y() - top.y()
    for i in range(lines.lineCount()):
        line = lines.lineAt(i)
        if not line.y() <= y < line.y() + line.height():
            continue
        start, end = line.textStart(), line.textStart() + line.textLength()
        for k in range(start + 1, end):
            if text[k - 1] not in PAGE_ONLY or text[k] in PAGE_ONLY:
                continue
            after = k + 2 if k + 1 < len(text) and text[k + 1] in PAGE_ONLY else k + 1
            left, right = line.cursorToX(k)[0], line.cursorToX(after)[0]
            if left <= x <= (left + right) / 2:  # the left half of a character after a cluster
                return QPointF(point.x() - (x - left) - 1, point.y())
        break
    return point
