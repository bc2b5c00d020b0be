"""What the page holds is on the screen: the checks the screen-truth tests make of a page, as
Qt has laid it out (every block has lines, no line is wider than the page) and as a reader
reaches it (Ctrl+End shows the last block)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt

SETTLE_MS = 60_000  # a book laid out in slices on a loaded machine (20 s ran out for a PDF at load 18)


def fully_laid_out(view) -> bool:
    """Whether Qt has laid out every visible block of the shown document."""
    block = view.document().firstBlock()
    while block.isValid():
        if block.isVisible() and block.layout().lineCount() == 0:
            return False
        block = block.next()
    return True


def unlaid_blocks(view) -> list[int]:
    out, block = [], view.document().firstBlock()
    while block.isValid():
        if block.isVisible() and block.layout().lineCount() == 0:
            out.append(block.blockNumber())
        block = block.next()
    return out


def overwide_lines(view) -> list[tuple[int, float]]:
    """(block number, right edge) of every laid-out line reaching past the page's width."""
    doc, width = view.document(), view.viewport().width()
    layout = doc.documentLayout()
    out, block = [], doc.firstBlock()
    while block.isValid():
        left = layout.blockBoundingRect(block).left()
        text = block.layout()
        for i in range(text.lineCount()):
            line = text.lineAt(i)
            right = left + line.x() + line.naturalTextWidth()
            if right > width + 1:
                out.append((block.blockNumber(), right))
        block = block.next()
    return out


def last_text_block(view):
    block = view.document().lastBlock()
    while block.isValid() and not block.text().strip():
        block = block.previous()
    return block


def on_screen(view, block) -> bool:
    rect = view.document().documentLayout().blockBoundingRect(block)
    rect = rect.translated(0, -view.verticalScrollBar().value())
    return rect.intersects(QRectF(view.viewport().rect())) and rect.height() > 0


def settle(qtbot, view, where: str) -> None:
    """Let the event loop lay the page out (a book in slices), then check every block has lines."""
    try:
        qtbot.waitUntil(lambda: fully_laid_out(view) and not view.pages.swapping, timeout=SETTLE_MS)
    except qtbot.TimeoutError:
        raise AssertionError(f"{where}: blocks never laid out: {unlaid_blocks(view)[:10]}") from None


def check_page(qtbot, view, where: str) -> None:
    settle(qtbot, view, where)
    assert view.document().size().width() <= view.viewport().width() + 1, where
    assert overwide_lines(view) == [], where
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    last = last_text_block(view)
    qtbot.waitUntil(lambda: on_screen(view, last), timeout=SETTLE_MS)
    qtbot.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
