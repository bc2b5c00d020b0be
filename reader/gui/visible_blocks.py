"""Which blocks and positions are on the page now: the one place that answers it, from the
blocks' own laid-out geometry.

Qt's hit test (QTextEdit.cursorForPosition) is no answer at the page's edges: at a point in the
document's margin above the first line it gave the document's end, and so it did anywhere while a
restarted layout (a title balanced again, a script switch, a resize) had not reached the blocks it
searched. A page asking it for its top block then drew the syllables from the last block on (none
on screen), made line room from the end, or took the page to the last article. Here a height on
the page is looked up among the blocks Qt has laid out (it lays out from the top down: a block
with lines has every block above it laid out too), by bisection on their tops.

A long document is shown a window of blocks at a time (page_window): the others are hidden and
never laid out. The document itself says which (two properties), so the search here and anyone
asking stays within them."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from PySide6.QtGui import QTextBlock, QTextDocument

WINDOW_MIN_CHARS = 150_000  # a document this long is shown a window of blocks at a time
FIRST_SHOWN, LAST_SHOWN = "readerFirstShown", "readerLastShown"  # the window's block numbers


def windowed_by_length(length: int) -> bool:
    """Whether a document of this many characters is typeset hidden, to be shown a window at
    a time (page_window)."""
    return length >= WINDOW_MIN_CHARS


def shown_blocks(doc: QTextDocument) -> tuple[int, int] | None:
    """The first and last block numbers of a windowed document's window (last < first: none
    shown yet); None when the document is shown whole."""
    first, last = doc.property(FIRST_SHOWN), doc.property(LAST_SHOWN)
    return None if first is None or last is None else (int(first), int(last))


def mark_windowed(doc: QTextDocument) -> None:
    """A document typeset with every block hidden: no window shown yet."""
    doc.setProperty(FIRST_SHOWN, 0)
    doc.setProperty(LAST_SHOWN, -1)


def block_at_height(doc: QTextDocument, y: float) -> QTextBlock:
    """The block holding document height y: the last laid-out block whose top is at or above y.
    Above the first block's top (the document's margin) the first block; below the layout's
    reach, the last block laid out."""
    lo, hi = 0, doc.blockCount() - 1
    window = shown_blocks(doc)
    if window is not None and window[0] <= window[1]:
        lo, hi = window  # the hidden blocks around it have no layout
    while lo < hi:
        mid = (lo + hi + 1) // 2
        block = _shown_from(doc, mid, hi)
        if block is None or block.layout().lineCount() == 0 or block.layout().position().y() > y:
            hi = mid - 1  # folded to the end of the range, not laid out yet, or below y
        else:
            lo = block.blockNumber()
    return doc.findBlockByNumber(lo)


def _shown_from(doc: QTextDocument, number: int, last: int) -> QTextBlock | None:
    """The first block from `number` to `last` not folded away (a folded paragraph has no lines
    and no height, laid out or not)."""
    block = doc.findBlockByNumber(number)
    while block.isValid() and block.blockNumber() <= last:
        if block.isVisible():
            return block
        block = block.next()
    return None


def first_visible_block(view) -> QTextBlock:
    """The block at the page's top edge (the first block while the page shows the margin above it)."""
    return block_at_height(view.document(), view.verticalScrollBar().value())


def last_visible_block(view) -> QTextBlock:
    """The block at the page's bottom edge (the last laid out one when the document ends above it)."""
    return block_at_height(view.document(), view.verticalScrollBar().value() + view.viewport().height())


def position_at(view, point: QPoint) -> int:
    """The Qt position at a point of the page (viewport pixels): on the line at that height, the
    character nearest its x; above a block's first line that line's, below its last line the
    block's end. What cursorForPosition(point).position() answers inside the text, and in the
    margins and during a layout restart too."""
    doc = view.document()
    x = point.x() + view.horizontalScrollBar().value()
    y = point.y() + view.verticalScrollBar().value()
    block = block_at_height(doc, y)
    layout = block.layout()
    if layout.lineCount() == 0:  # folded, or nothing laid out yet
        return block.position()
    origin = layout.position()
    for n in range(layout.lineCount()):
        line = layout.lineAt(n)
        if origin.y() + line.y() + line.height() > y:
            return block.position() + line.xToCursor(x - origin.x())
    return block.position() + block.length() - 1
