"""A book's document laid out too far is typeset afresh (page_window): the blocks a window has
shown keep their layout until the document goes (Qt gives none of it back, not even for a block
hidden again), so once RECYCLE_CHARS have been laid out the document is typeset again beside the
page (in slices, text_swap) and takes its place, with the caret and the line at the top kept."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QTextBlock, QTextDocument

from reader.gui.text_swap import DocumentSwap
from reader.gui.visible_blocks import shown_blocks

if TYPE_CHECKING:
    from reader.gui.document_view import DocumentView

RECYCLE_CHARS = 300_000  # laid out once in a document (about 15 MB): it is typeset afresh


class LayoutRecycler(QObject):
    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self.view = view
        self._seen = bytearray()  # blocks laid out once in the document (their layout stays)
        self.laid_chars = 0  # characters of those blocks
        self._swap = DocumentSwap(self)

    def count_from(self, doc: QTextDocument) -> None:
        """A document attached: what it has laid out so far, its window's blocks (shown before)."""
        self._seen = bytearray(doc.blockCount())
        self.laid_chars = 0
        first, last = shown_blocks(doc)
        block = doc.findBlockByNumber(first)
        while block.isValid() and block.blockNumber() <= last:
            self._seen[block.blockNumber()] = 1
            block = block.next()

    def shown(self, block: QTextBlock) -> None:
        """The block is shown: Qt lays it out, and keeps that layout."""
        number = block.blockNumber()
        if not self._seen[number]:
            self._seen[number] = 1
            self.laid_chars += block.length()

    def stop(self) -> None:
        self._swap.stop()

    def check(self, doc: QTextDocument) -> None:
        """Past RECYCLE_CHARS laid out in the shown document: it is typeset afresh."""
        if self.laid_chars > RECYCLE_CHARS and not self._swap.active and self.view.document() is doc:
            self._typeset_afresh(doc)

    def _typeset_afresh(self, doc: QTextDocument) -> None:
        """The shown document typeset again beside the page (its layout, kept by Qt for every
        block shown so far, goes with it), then shown in its place at the same line."""
        view = self.view
        current = view.pages.current
        if current is None or view.positions is None:
            return
        shown, blocks = current
        steps = view.typesetter.build_in_steps(shown, blocks, view.positions)

        def ready(new: QTextDocument) -> None:
            if view.document() is not doc or view.pages.current is None or view.pages.current[0] is not shown:
                new.deleteLater()
                return
            view.pages.replace_shown(shown, new)

        self._swap.start(steps, ready)
