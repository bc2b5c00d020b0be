"""Where the reader is on a page scrolled without the caret (the scroll bar dragged, the wheel,
a click in the groove): what the Sections tree marks. The caret's place while the caret is on
the page; the page's top line once the page is away from it (the tree stayed on "Document
information" while a book was read from its middle). Asked once the page has rested a moment:
each repaint of the tree costs a drag's step 10-30 ms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from reader.gui.document_view import DocumentView

SETTLE_MS = 150  # the page at rest this long: a drag's steps come 15-40 ms apart


class PagePlace(QObject):
    moved = Signal(int)  # the original offset read: the caret's, or the page's top line's

    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self._view = view
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS, timeout=self._settled)
        view.verticalScrollBar().valueChanged.connect(lambda _value: self._timer.start())

    def _settled(self) -> None:
        view = self._view
        if view.positions is None:
            return
        caret = view.caret_original()
        top, bottom = view.visible_range()
        self.moved.emit(caret if top <= caret <= bottom else top)
