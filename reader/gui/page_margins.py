"""The parts of a book above and below its window of shown blocks (page_window), held at their
estimated heights in top margins: of the window's first block (above) and of the last block not
folded away (below, shown for that). A change of a block's margin Qt lays out for that block
alone; a margin of the root frame had it lay the whole window out again at every move.

Every pass of Qt's layout walks every block of the book, hidden or not (20 ms on a 5 M book):
the blocks shown or hidden by a move and both parts go to Qt in one edit, laid out once."""

from __future__ import annotations

from PySide6.QtGui import QTextBlockFormat, QTextCursor, QTextDocument

ABOVE, BELOW = "readerAbove", "readerBelow"  # document properties: the block holding that part, its own margin

Held = tuple[int, float]  # (block number holding a part, -1: none; the part's height in pixels)


def relayout(doc: QTextDocument, ranges: list[tuple[int, int]], above: Held | None, below: Held | None) -> None:
    """The blocks in ranges (start, length: shown or hidden just now) laid out again, and the
    parts above and below the window held where given (None: left as they are), in one edit."""
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for start, length in ranges:  # an empty format merged: the blocks marked changed
        cursor.setPosition(start)
        cursor.setPosition(start + length - 1, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeBlockFormat(QTextBlockFormat())
    if above is not None:
        _hold(cursor, ABOVE, *above)
    if below is not None:
        _hold(cursor, BELOW, *below)
    cursor.endEditBlock()


def _hold(cursor: QTextCursor, key: str, number: int, height: float) -> None:
    """Block `number` (-1: none) holds a part of the book `height` pixels high in its top
    margin, over its own; the block that held it before gets its own margin back. The document
    property `key` remembers which block holds it and that block's own margin."""
    doc = cursor.document()
    held = doc.property(key)  # "block number,its own top margin"
    old, own = (int(held.split(",")[0]), float(held.split(",")[1])) if held else (-1, 0.0)
    if old != number:
        if 0 <= old < doc.blockCount():
            cursor.setPosition(doc.findBlockByNumber(old).position())
            _merge_top_margin(cursor, own)
        own = doc.findBlockByNumber(number).blockFormat().topMargin() if number >= 0 else 0.0
    if number >= 0:
        block = doc.findBlockByNumber(number)
        if block.blockFormat().topMargin() != own + height:
            cursor.setPosition(block.position())
            _merge_top_margin(cursor, own + height)
    doc.setProperty(key, f"{number},{own}")


def _merge_top_margin(cursor: QTextCursor, margin: float) -> None:
    fmt = QTextBlockFormat()
    fmt.setTopMargin(margin)
    cursor.mergeBlockFormat(fmt)
