"""Which laid-out document the page shows for each script view, and how it changes script.

Each view's laid-out document is kept, so switching back to a script costs no new layout; but a
book's view of the same length as the one shown goes into the shown document instead
(text_swap), and of other long ones only the last few are kept (KEEP_CHARS: each holds 35 MB).
While a book converts in the worker, the paragraphs on screen are previewed in the new script."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint
from PySide6.QtGui import QTextCursor, QTextDocument

from reader.core.scripts import View, convert_with_map
from reader.gui.positions import QtPositions
from reader.gui.text_swap import TextSwap, replace_keeping_formats

if TYPE_CHECKING:
    from reader.gui.document_view import DocumentView
    from reader.gui.layout_slicer import LayoutSlicer

PREVIEW_MAX = 20_000  # characters converted at once when a book changes script
SWAP_MIN_CHARS = 100_000  # a longer document changes script in place (text_swap)
KEEP_CHARS = 1_000_000  # laid-out documents kept for switching back, in characters


class ScriptPages(QObject):
    def __init__(self, view: DocumentView, slicer: LayoutSlicer) -> None:
        super().__init__(view)
        self._view = view
        self._slicer = slicer
        self._docs: dict[int, QTextDocument] = {}  # id(view) → its laid-out document
        self._views: dict[int, View] = {}  # id(view) → the view (which keeps the id its own)
        self.swap = TextSwap(self)
        self.current: tuple[View, list] | None = None  # the view shown and its typeset blocks

    def show(self, view: View, blocks: list[tuple[int, int, str]] = ()) -> None:
        """See DocumentView.show_view."""
        page = self._view
        keep = page.positions is not None
        positions = QtPositions(view)
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
        page.blockSignals(True)
        page.setDocument(doc)
        page.blockSignals(False)
        self._slicer.start(doc)
        page.layers.rebuild()
        page.folds.apply()
        page.titles.schedule()  # a document kept from before may have been typeset for another width
        if keep:
            page.select_original(anchor, caret, ensure_visible=False)
            page.scroll_to_original(top)
        else:
            page.moveCursor(QTextCursor.MoveOperation.Start)
        page.emit_caret()

    def prepare(self, view: View, blocks: list[tuple[int, int, str]] = ()) -> None:
        """See DocumentView.prepare."""
        if self._view.positions is None and id(view) not in self._docs:
            self.keep(view, self._view.typesetter.build(view, blocks, QtPositions(view)))

    def keep(self, view: View, doc: QTextDocument) -> None:
        """Take `doc` as view's laid-out document."""
        self._docs[id(view)] = doc
        self._views[id(view)] = view

    def forget(self) -> None:
        """Drop the documents of the views shown so far (another document is being opened)."""
        self.swap.stop()
        for doc in self._docs.values():
            doc.deleteLater()  # later: the one on screen stays until the next is set
        self._docs.clear()
        self._views.clear()
        self.current = None

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
        page = self._view
        doc, shown = page.document(), page.positions.view
        for key in [k for k in self._docs if self._docs[k] is not doc]:  # stale now: a swap is cheaper
            self._views.pop(key, None)
            self._docs.pop(key).deleteLater()
        self._docs.pop(id(shown), None)
        self._views.pop(id(shown), None)
        self.keep(view, doc)
        page.positions = positions
        self.current = (view, self.current[1])
        top = page.cursorForPosition(QPoint(0, 0)).position()
        bottom = page.cursorForPosition(page.viewport().rect().bottomRight()).position()
        first = (top - 1_000, bottom + 1_000)  # the page on screen first, with a margin

        def before() -> tuple[int, int, int]:
            cursor = page.textCursor()
            return cursor.anchor(), cursor.position(), page.verticalScrollBar().value()

        def after(state: tuple[int, int, int], _last: bool) -> None:
            anchor, caret, scroll = state
            cursor = page.textCursor()
            cursor.setPosition(anchor)
            cursor.setPosition(caret, QTextCursor.MoveMode.KeepAnchor)
            # neither the caret nor the page has moved (same positions): nobody is told, so a
            # page scrolled together with this one does not follow the detour
            bar = page.verticalScrollBar()
            page.blockSignals(True)
            bar.blockSignals(True)
            page.setTextCursor(cursor)
            bar.setValue(scroll)
            bar.blockSignals(False)
            page.blockSignals(False)
            page.layers.rebuild()  # edited text takes its selections' cursors along
            page.folds.apply()

        self.swap.start(doc, page.typesetter.display_text(view), first, before, after, page.titles.schedule)
        page.emit_caret()

    def preview_conversion(self, config: str | None, script) -> None:
        """See DocumentView.preview_conversion."""
        page = self._view
        if page.positions is None or config is None:
            return
        view = page.positions.view
        if not view.is_identity:
            return  # previews start from the original only: a view is never converted again
        self.swap.stop()  # the page is about to hold a preview, not what a swap was bringing
        top, bottom = page.visible_range()
        if not 0 <= bottom - top <= PREVIEW_MAX:  # a page not laid out yet: the caret's surroundings
            caret = page.caret_original()
            top, bottom = max(0, caret - PREVIEW_MAX // 2), caret + PREVIEW_MAX // 2
        text = view.text
        start = text.rfind("\n", 0, top) + 1
        end = text.find("\n", bottom)
        end = len(text) if end == -1 else end
        converted = convert_with_map(text[start:end], config, script, by_words=False).text
        if len(converted) != end - start:
            return
        qt_start, qt_end = page.positions.range_to_qt(start, end)
        if qt_end - qt_start != end - start:
            return  # surrogate pairs: Qt positions are not the view's
        scroll = page.verticalScrollBar().value()
        doc = page.document()
        shown = doc.toPlainText()  # the page's text with the preview put in, one position for one
        page_text = shown[:qt_start] + converted + shown[qt_end:]
        page.blockSignals(True)
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        replace_keeping_formats(doc, cursor, qt_start, qt_end, page_text)
        cursor.endEditBlock()
        page.blockSignals(False)
        page.verticalScrollBar().setValue(scroll)
        self._docs.pop(id(view), None)  # this document no longer shows the original
        self._views.pop(id(view), None)
