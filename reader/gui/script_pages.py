"""Which laid-out document the page shows for each script view, and how it changes script.

Each view's laid-out document is kept, so switching back to a script costs no new layout; but a
book's view of the same length as the one shown goes into the shown document instead
(script_swap), and of other long ones only the last few are kept (KEEP_CHARS: each holds 35 MB).
While a book converts in the worker, the paragraphs on screen are previewed in the new script
(page_preview)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QTextCursor, QTextDocument

from reader.core.scripts import View
from reader.gui.positions import QtPositions
from reader.gui.script_swap import ScriptSwap

if TYPE_CHECKING:
    from reader.gui.document_view import DocumentView
    from reader.gui.layout_slicer import LayoutSlicer

KEEP_CHARS = 1_000_000  # laid-out documents kept for switching back, in characters


class ScriptPages(QObject):
    def __init__(self, view: DocumentView, slicer: LayoutSlicer) -> None:
        super().__init__(view)
        self._view = view
        self._slicer = slicer
        self._docs: dict[int, QTextDocument] = {}  # id(view) → its laid-out document
        self._views: dict[int, View] = {}  # id(view) → the view (which keeps the id its own)
        self.current: tuple[View, list] | None = None  # the view shown and its typeset blocks
        self.in_place = ScriptSwap(self, view, slicer)  # a long document's change of script

    def show(self, view: View, blocks: list[tuple[int, int, str]] = (), select_soon: bool = False) -> None:
        """See DocumentView.show_view. select_soon: the caret and the selection put back in a
        turn after (PageCoordinates.select_soon)."""
        page = self._view
        self.in_place.thaw()
        keep = page.positions is not None
        same = keep and page.positions.view is view and self.current is not None and self.current[1] == list(blocks)
        positions = page.positions if same else QtPositions(view, blocks)
        if keep and self.in_place.swappable(view, positions, blocks):
            self.in_place.swap_to(view, positions)
            return
        self.in_place.stop()
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
        self.in_place.stop()
        shown = self._view.document()
        for key in [k for k, doc in self._docs.items() if doc is not shown]:
            self._views.pop(key, None)
            self._docs.pop(key).deleteLater()

    def forget(self) -> None:
        """Drop the documents of the views shown so far (another document is being opened)."""
        self.in_place.stop()
        self.in_place.thaw()
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

    def forget_kept(self) -> None:
        """Drop the kept documents but the one on screen (a swap made them stale: the shown one
        is no longer its view's alone)."""
        shown = self._view.document()
        for key in list(self._docs):
            self._views.pop(key, None)
            old = self._docs.pop(key)
            if old is not shown:
                old.deleteLater()

    def forget_view(self, view: View) -> None:
        """`view`'s document no longer shows it (a preview put another script in it)."""
        self._docs.pop(id(view), None)
        self._views.pop(id(view), None)

    def eventFilter(self, obj, event) -> bool:  # a kept document's layout, off the page (_put_away)
        return event.type() == QEvent.Type.Timer

    @property
    def frozen(self) -> bool:
        """Whether the page shows what it painted last, while the layout catches up."""
        return self.in_place.frozen

    @property
    def swapping(self) -> bool:
        """Whether a long document is changing script: its whole text typeset, or laid out
        down to the page."""
        return self.in_place.active
