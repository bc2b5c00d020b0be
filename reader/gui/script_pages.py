"""Which laid-out document the page shows for each script view, and how it changes script.

Each view's laid-out document is kept, so switching back to a script costs no new layout; but a
book's view of the same length as the one shown goes into the shown document instead
(text_swap), and of other long ones only the last few are kept (KEEP_CHARS: each holds 35 MB).
While a book converts in the worker, the paragraphs on screen are previewed in the new script."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QAbstractTextDocumentLayout, QTextCursor, QTextDocument

from reader.core.script_names import Mode
from reader.core.scripts import View, convert_with_map
from reader.gui.page_coordinates import line_top
from reader.gui.positions import QtPositions
from reader.gui.text_swap import DocumentSwap, replace_keeping_formats
from reader.gui.visible_blocks import position_at

if TYPE_CHECKING:
    from reader.gui.document_view import DocumentView
    from reader.gui.layout_slicer import LayoutSlicer
    from reader.gui.page_preview import PagePreview

PREVIEW_MAX = 20_000  # characters converted at once when a book changes script
SWAP_MIN_CHARS = 100_000  # a longer document changes script in place (text_swap)
KEEP_CHARS = 1_000_000  # laid-out documents kept for switching back, in characters


_HELD_WHILE_FROZEN = {
    QEvent.Type.KeyPress,
    QEvent.Type.KeyRelease,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class ScriptPages(QObject):
    def __init__(self, view: DocumentView, slicer: LayoutSlicer) -> None:
        super().__init__(view)
        self._view = view
        self._slicer = slicer
        self._docs: dict[int, QTextDocument] = {}  # id(view) → its laid-out document
        self._views: dict[int, View] = {}  # id(view) → the view (which keeps the id its own)
        self.swap = DocumentSwap(self)
        self.current: tuple[View, list] | None = None  # the view shown and its typeset blocks
        self._frozen = False  # the page keeps what it shows while the layout catches up (_swapped)

    def show(self, view: View, blocks: list[tuple[int, int, str]] = (), select_soon: bool = False) -> None:
        """See DocumentView.show_view. select_soon: the caret and the selection put back in a
        turn after (PageCoordinates.select_soon)."""
        page = self._view
        self._thaw()
        keep = page.positions is not None
        same = keep and page.positions.view is view and self.current is not None and self.current[1] == list(blocks)
        positions = page.positions if same else QtPositions(view, blocks)
        if keep and self._swappable(view, positions, blocks):
            self._swap_to(view, positions)
            return
        self.swap.stop()
        if keep:
            anchor, caret = page.selection_original()
            top = page.top_original()
        page.positions = positions
        doc = self._docs.get(id(view))
        if doc is None:
            doc = self._docs[id(view)] = page.typesetter.build(view, blocks, positions)
            self._views[id(view)] = view
        self._evict(keep=id(view))
        self.current = (view, list(blocks))
        page.coords.forget_pending()
        self._slicer.forget_waiting()
        shown = page.document()
        page.part.attach(doc, positions.to_qt(top) if keep else 0)  # a book: the blocks near the page
        balanced = page.titles.typeset_owed(doc, positions, blocks)
        page.blockSignals(True)
        page.setDocument(doc)
        page.blockSignals(False)
        doc.documentLayout().removeEventFilter(self)
        page.part.placed()
        self._put_away(shown)
        self._slicer.start(doc)
        page.layers.rebuild()
        page.folds.apply()
        if not balanced:  # a document kept from before may have been typeset for another width
            page.titles.schedule()
        if keep:
            if select_soon:
                page.coords.select_soon(anchor, caret)
            else:
                page.select_original(anchor, caret, ensure_visible=False)
            page.scroll_to_original(top)
        else:
            page.moveCursor(QTextCursor.MoveOperation.Start)
        page.emit_caret()

    def prepare(self, view: View, blocks: list[tuple[int, int, str]] = ()) -> None:
        """See DocumentView.prepare."""
        for _ in self.preparing(view, blocks):
            pass

    def preparing(self, view: View, blocks: list[tuple[int, int, str]] = ()) -> Iterator[None]:
        """prepare() a step at a time (Typesetter.build_in_steps): a book opened over turns."""
        if self._view.positions is None and id(view) not in self._docs:
            for step in self._view.typesetter.build_in_steps(view, blocks, QtPositions(view, blocks)):
                if step is None:
                    yield None
                else:  # the document, last
                    self.keep(view, step)
                    # its layout made in a step of its own: Qt's walk over every block (22 ms of
                    # the 5 M book's 33,000) was half of the page's turn, made by setDocument
                    yield None
                    step.documentLayout()

    def keep(self, view: View, doc: QTextDocument) -> None:
        """Take `doc` as view's laid-out document."""
        self._docs[id(view)] = doc
        self._views[id(view)] = view

    def replace_shown(self, view: View, doc: QTextDocument) -> None:
        """The shown view's document typeset again (page_window: the old one's layout grew),
        shown in its place at the same line."""
        self.keep(view, doc)
        self.show(view, self.current[1])

    def drop_others(self) -> None:
        """Drop the kept documents of the views not shown (typeset with another line height:
        pinyin's room changed on the shown one alone)."""
        self.swap.stop()
        shown = self._view.document()
        for key in [k for k, doc in self._docs.items() if doc is not shown]:
            self._views.pop(key, None)
            self._docs.pop(key).deleteLater()

    def forget(self) -> None:
        """Drop the documents of the views shown so far (another document is being opened)."""
        self.swap.stop()
        self._thaw()
        self._view.part.detach()
        self._drop_unkept(self._view.document())
        for doc in self._docs.values():
            doc.deleteLater()  # later: the one on screen stays until the next is set
        self._docs.clear()
        self._views.clear()
        self.current = None

    def _drop_unkept(self, doc: QTextDocument) -> None:
        """A document made here but no view's any more (one half swapped: _swap_to) is dropped
        (later: it may be on screen until the next is set)."""
        if shiboken6.isValid(doc) and doc.parent() is self._view.doc_owner and doc not in self._docs.values():
            doc.deleteLater()

    def _put_away(self, doc: QTextDocument) -> None:
        """A document taken off the page is no longer laid out: Qt's lazy layout would go on in
        steps of up to 200,000 characters (0.5 s of the window's time in one turn) for nothing,
        as a document set on the page is laid out afresh. One that is no view's (half swapped)
        is dropped (later: the page's highlights still hold cursors into it in this turn)."""
        if not shiboken6.isValid(doc) or doc.parent() is not self._view.doc_owner:
            return
        doc.documentLayout().installEventFilter(self)
        self._drop_unkept(doc)

    def _evict(self, keep: int) -> None:
        """Past KEEP_CHARS of laid-out documents, drop the others (the one on screen stays
        until the next is set: deleteLater)."""
        total = sum(len(v.text) for v in self._views.values())
        for key in [k for k in self._docs if k != keep]:
            if total <= KEEP_CHARS:
                break
            view = self._views.pop(key, None)
            total -= len(view.text) if view is not None else 0
            self._docs.pop(key).deleteLater()

    # -- a long document changes script in place -------------------------------------------
    def _swappable(self, view: View, positions: QtPositions, blocks) -> bool:
        """Whether `view` can go into the shown document: a long one, the same length and
        without length-changing segments on either side, in the same typesetting."""
        shown_positions = self._view.positions
        shown = shown_positions.view
        length = len(view.text)
        return (
            shown is not view
            and length >= SWAP_MIN_CHARS
            and length == len(shown.text)
            and not view.segments
            and not shown.segments
            and self.current is not None
            and list(blocks) == self.current[1]
            and positions.to_qt(length) == length == shown_positions.to_qt(length)  # no surrogate pairs
        )

    def _swap_to(self, view: View, positions: QtPositions) -> None:
        """The page on screen in the new script at once (same positions); the whole document
        typeset and laid out beside it, then shown (text_swap)."""
        page = self._view
        doc = page.document()
        for key in list(self._docs):  # stale now: the shown one is no longer its view's alone
            self._views.pop(key, None)
            old = self._docs.pop(key)
            if old is not doc:
                old.deleteLater()
        page.positions = positions
        self.current = (view, self.current[1])
        top = position_at(page, QPoint(0, 0))
        text = page.typesetter.display_text(view)
        self._replace_in_page(doc, text, max(0, top - 1_000), min(len(text), self._page_bottom()))
        page.layers.rebuild()
        page.folds.apply()
        steps = page.typesetter.build_in_steps(view, self.current[1], positions)
        self.swap.start(steps, lambda new: self._swapped(view, new), after_paint_of=page.viewport())
        page.emit_caret()

    def _page_bottom(self) -> int:
        """The Qt position below the page on screen, with a margin."""
        page = self._view
        return position_at(page, page.viewport().rect().bottomRight()) + 1_000

    def _replace_in_page(self, doc: QTextDocument, text: str, start: int, end: int, offset: int = 0) -> None:
        """text[start - offset:end - offset] (text holds the document from offset) into the
        shown document at start, the caret, the selection and the page
        kept where they are, nobody told (neither has moved): a page scrolled together with
        this one does not follow the detour."""
        page = self._view
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

    def _swapped(self, view: View, doc: QTextDocument) -> None:
        """The new view's document is typeset: shown, on the same line. Qt lays out a document
        set on the page afresh (QTextEdit.setDocument gives it the page's size), from the top:
        until the layout has reached the page, the page keeps what it shows (the page in the
        new script already) instead of the book's first page."""
        page = self._view
        if self.current is None or self.current[0] is not view:
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
        self.keep(view, doc)
        self.show(view, self.current[1], select_soon=True)  # the page's turn: the caret in the next
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
                self._thaw()

        self._slicer.when_laid_out(qt, thaw)

    def _thaw(self) -> None:
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
        if isinstance(obj, QAbstractTextDocumentLayout):  # a kept document's, off the page
            return event.type() == QEvent.Type.Timer
        return self._frozen and event.type() in _HELD_WHILE_FROZEN

    @property
    def frozen(self) -> bool:
        """Whether the page shows what it painted last, while the layout catches up."""
        return self._frozen

    @property
    def swapping(self) -> bool:
        """Whether a long document is changing script: its whole text typeset, or laid out
        down to the page."""
        return self.swap.active or self._frozen

    def preview_conversion(self, config: str | None, script, mode: Mode | None = None) -> PagePreview | None:
        """See DocumentView.preview_conversion."""
        page = self._view
        if page.positions is None or config is None:
            return None
        view = page.positions.view
        if not view.is_identity:
            return None  # previews start from the original only: a view is never converted again
        self.swap.stop()  # the page is about to hold a preview, not what a swap was bringing
        top, bottom = page.visible_range()
        if not 0 <= bottom - top <= PREVIEW_MAX:  # a page not laid out yet: the caret's surroundings
            caret = page.caret_original()
            top, bottom = max(0, caret - PREVIEW_MAX // 2), caret + PREVIEW_MAX // 2
        text = view.text
        start = text.rfind("\n", 0, top) + 1
        end = text.find("\n", bottom)
        end = len(text) if end == -1 else end
        qt_start, qt_end = page.positions.range_to_qt(start, end)
        if qt_end - qt_start != len(page.positions.shown(text[start:end], start)):
            return None  # surrogate pairs: Qt positions are not the view's (a dateline's joiners are put in)

        def convert(piece: str) -> str:
            return convert_with_map(piece, config, script, by_words=False, mode=mode).text

        from reader.gui.page_preview import PagePreview  # with a book's first switch: not at launch

        return PagePreview(
            view, page.document(), text[start:end], start, qt_start, convert, page.typesetter.display_part
        )

    def apply_preview(self, preview: PagePreview, shown: str | None) -> bool:
        """A preview's work() into the page (the window's thread, in a turn of its own): False
        when there is none, or the page shows something else by now."""
        page = self._view
        doc = page.document()
        if shown is None or page.positions is None or page.positions.view is not preview.view or doc is not preview.doc:
            return False
        shown = page.positions.shown(shown, preview.start)  # a dateline's joiners (positions)
        qt_start, qt_end = preview.qt_start, preview.qt_start + len(shown)
        # the blocks from qt_start to qt_end alone (the whole page's text, toPlainText, cost
        # 7 ms), with what joined lines put of them before qt_start and after qt_end
        first, last = doc.findBlock(qt_start), doc.findBlock(qt_end)
        head = first.text()[: qt_start - first.position()]
        tail = last.text()[qt_end - last.position() :] if last.isValid() else ""
        self._replace_in_page(doc, head + shown + tail, qt_start, qt_end, offset=first.position())
        self._docs.pop(id(preview.view), None)  # this document no longer shows the original
        self._views.pop(id(preview.view), None)
        return True
