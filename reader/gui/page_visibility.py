"""Which of a book's blocks are shown (page_window): the window's, but those folded away, and
the block below it holding the part of the book below (page_margins); every other block hidden
(QTextBlock.setVisible(False): Qt's layout passes it by, its text and every position stay)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QTextBlock, QTextDocument

from reader.gui.page_bounds import below_holder
from reader.gui.visible_blocks import FIRST_SHOWN, LAST_SHOWN, shown_blocks

HOLDER = "readerHolder"  # document property: the block shown below the window to hold the part below


def show_window(
    doc: QTextDocument, first: int, last: int, folded: set[int], shown: Callable[[QTextBlock], None]
) -> list[tuple[int, int]]:
    """Blocks first..last shown (but those folded away) and the holder below them, the others
    hidden; shown(block) for each block shown; the (start, length) ranges of the blocks that
    changed, for Qt to lay out again."""
    old_first, old_last = shown_blocks(doc)
    holder = below_holder(doc.blockCount(), folded)
    changed: list[tuple[int, int]] = []
    block = doc.findBlockByNumber(old_first)
    while block.isValid() and block.blockNumber() <= old_last:
        if not first <= block.blockNumber() <= last and block.blockNumber() != holder:
            block.setVisible(False)
            _add(changed, block)
        block = block.next()
    block = doc.findBlockByNumber(first)
    while block.isValid() and block.blockNumber() <= last:
        number = block.blockNumber()
        visible = number not in folded
        if block.isVisible() != visible or not old_first <= number <= old_last:
            block.setVisible(visible)
            _add(changed, block)
        if visible:  # a folded block is never laid out (a window may reach across a long fold)
            shown(block)
        block = block.next()
    old_holder = doc.property(HOLDER)  # shown below the window before
    if old_holder is not None and old_holder != holder and not first <= old_holder <= last:
        block = doc.findBlockByNumber(old_holder)
        if block.isValid() and block.isVisible():
            block.setVisible(False)
            _add(changed, block)
    if holder > last:  # always shown below the window: it holds the part below it
        tail = doc.findBlockByNumber(holder)
        if not tail.isVisible():
            tail.setVisible(True)
            _add(changed, tail)
            shown(tail)
    doc.setProperty(HOLDER, holder)
    doc.setProperty(FIRST_SHOWN, first)
    doc.setProperty(LAST_SHOWN, last)
    return changed


def holder_of(doc: QTextDocument) -> int:
    """The block holding the part below the window (the last block, before any was shown)."""
    held = doc.property(HOLDER)
    return doc.blockCount() - 1 if held is None else int(held)


def _add(ranges: list[tuple[int, int]], block: QTextBlock) -> None:
    """Add the block's range to ranges, joined to the last one when they touch."""
    start, length = block.position(), block.length()
    if ranges and sum(ranges[-1]) == start:
        ranges[-1] = (ranges[-1][0], ranges[-1][1] + length)
    else:
        ranges.append((start, length))
