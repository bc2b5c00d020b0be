"""A long document changes script in place (text_swap): the page on screen in the new script at
once, the new view's whole document typeset beside it in slices, then shown on the same line,
the page frozen on what it painted until Qt's layout has come down to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QTextCursor, QTextDocument

from reader.core.scripts import View
from reader.gui.page_coordinates import line_top
from reader.gui.positions import QtPositions
from reader.gui.text_swap import DocumentSwap, replace_keeping_formats
from reader.gui.visible_blocks import position_at

if TYPE_CHECKING:
    from reader.gui.document_view import DocumentView
    from reader.gui.layout_slicer import LayoutSlicer
    from reader.gui.script_pages import ScriptPages

SWAP_MIN_CHARS = 100_000  # a longer document changes script in place (text_swap)

_HELD_WHILE_FROZEN = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class ScriptSwap(QObject):
    def __init__(self, pages: ScriptPages, view: DocumentView, slicer: LayoutSlicer) -> None:
        super().__init__(pages)
        self._pages = pages
        self._view = view
        self._slicer = slicer
        self.typesetting = DocumentSwap(self)
        self._frozen = False  # the page keeps what it shows while the layout catches up (_swapped)

    @property
    def frozen(self) -> bool:
        """Whether the page shows what it painted last, while the layout catches up."""
        return self._frozen

    @property
    def active(self) -> bool:
        """Whether the whole text is being typeset, or laid out down to the page."""
        return self.typesetting.active or self._frozen

    def stop(self) -> None:
        """The new view's document no longer typeset (the page shows something else)."""
        self.typesetting.stop()

    def swappable(self, view: View, positions: QtPositions, blocks) -> bool:
        """Whether `view` can go into the shown document: a long one, the same length and
        without length-changing segments on either side, in the same typesetting."""
        shown_positions = self._view.positions
        shown = shown_positions.view
        length = len(view.text)
        current = self._pages.current
        return (
            shown is not view
            and length >= SWAP_MIN_CHARS
            and length == len(shown.text)
            and not view.segments
            and not shown.segments
            and current is not None
            and list(blocks) == current[1]
            and positions.to_qt(length) == length == shown_positions.to_qt(length)  # no surrogate pairs
        )

    def swap_to(self, view: View, positions: QtPositions) -> None:
        """The page on screen in the new script at once (same positions); the whole document
        typeset and laid out beside it, then shown (text_swap)."""
        page, pages = self._view, self._pages
        doc = page.document()
        pages.forget_kept()  # stale now: the shown one is no longer its view's alone
        page.positions = positions
        pages.current = (view, pages.current[1])
        top = position_at(page, QPoint(0, 0))
        text = page.typesetter.display_text(view)
        replace_in_page(page, doc, text, max(0, top - 1_000), min(len(text), self._page_bottom()))
        page.layers.rebuild()
        page.folds.apply()
        steps = page.typesetter.build_in_steps(view, pages.current[1], positions)
        self.typesetting.start(steps, lambda new: self._swapped(view, new), after_paint_of=page.viewport())
        page.emit_caret()

    def _page_bottom(self) -> int:
        """The Qt position below the page on screen, with a margin."""
        page = self._view
        return position_at(page, page.viewport().rect().bottomRight()) + 1_000

    def _swapped(self, view: View, doc: QTextDocument) -> None:
        """The new view's document is typeset: shown, on the same line. Qt lays out a document
        set on the page afresh (QTextEdit.setDocument gives it the page's size), from the top:
        until the layout has reached the page, the page keeps what it shows (the page in the
        new script already) instead of the book's first page."""
        page, pages = self._view, self._pages
        if pages.current is None or pages.current[0] is not view:
            doc.deleteLater()
            return
        bar = page.verticalScrollBar()
        top = page.coords.top_original()
        below = bar.value() - line_top(page.document(), page.positions.to_qt(top))  # the top line's part scrolled off
        # QTextEdit.setDocument lays the new document out at once down to the scroll bar's
        # offset (0.4 s of the window's time deep in 红楼梦): the bar goes to the top first, the
        # page frozen on what it shows, and the layout comes down to the page in slices
        page.viewport().setUpdatesEnabled(False)
        page.coords.scroll_pending = (top, 0)  # where show() keeps the page
        bar.blockSignals(True)
        bar.setValue(0)
        bar.blockSignals(False)
        pages.keep(view, doc)
        pages.show(view, pages.current[1], select_soon=True)  # the page's turn: the caret in the next
        self._freeze(True)
        self._slicer.start(doc, after_painted=False)
        qt = page.positions.to_qt(top)

        def thaw() -> None:
            if self._frozen and page.document() is doc:
                layout = doc.documentLayout()
                # the scroll bar's range reaches the page (documentSize() would lay the rest out
                # now; not so a window of the book's blocks: page_window)
                size = layout.documentSize() if page.part.active else layout.blockBoundingRect(doc.findBlock(qt)).size()
                layout.documentSizeChanged.emit(size)
                bar.setValue(line_top(doc, qt) + below)
                self.thaw()

        self._slicer.when_laid_out(qt, thaw)

    def thaw(self) -> None:
        if self._frozen:
            self._freeze(False)

    def _freeze(self, on: bool) -> None:
        """The page keeps what it painted last and takes no clicks, keys nor wheel (they would
        land on the book's first page, which Qt has laid out meanwhile)."""
        self._frozen = on
        viewport = self._view.viewport()
        viewport.setUpdatesEnabled(not on)
        for widget in (self._view, viewport):
            if on:
                widget.installEventFilter(self)
            else:
                widget.removeEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        return self._frozen and event.type() in _HELD_WHILE_FROZEN


def replace_in_page(page: DocumentView, doc: QTextDocument, text: str, start: int, end: int, offset: int = 0) -> None:
    """text[start - offset:end - offset] (text holds the document from offset) into the
    shown document at start, the caret, the selection and the page
    kept where they are, nobody told (neither has moved): a page scrolled together with
    this one does not follow the detour."""
    bar = page.verticalScrollBar()
    kept = page.textCursor()
    anchor, caret, scroll = kept.anchor(), kept.position(), bar.value()
    page.blockSignals(True)
    bar.blockSignals(True)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    replace_keeping_formats(doc, cursor, start, end, text, offset)
    cursor.endEditBlock()
    kept.setPosition(anchor)
    kept.setPosition(caret, QTextCursor.MoveMode.KeepAnchor)
    page.setTextCursor(kept)
    bar.setValue(scroll)
    bar.blockSignals(False)
    page.blockSignals(False)
