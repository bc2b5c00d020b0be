"""The page's type and measure: the body font at the reader's size and zoom, the column no
wider than the preferences' characters, centred as a printed page is, and the shown view
typeset again when either changes (indents and spacing are measured in the font)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QTextDocument

from reader.core.scripts import View
from reader.gui.page_typesetting import DOC_MARGIN
from reader.gui.positions import QtPositions
from reader.gui.reading_prefs import body_font

if TYPE_CHECKING:
    from reader.gui.document_view import DocumentView


class PageMeasure(QObject):
    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self._view = view

    def apply_font(self) -> None:
        """The page's font from its preferences and zoom, and the shown view typeset in it."""
        view = self._view
        font = body_font(view.prefs)
        font.setPointSizeF(view.prefs.font_size * (1.1**view.zoom_steps))
        view.setFont(font)
        view.document().setDefaultFont(view.pinyin.page_font(font))
        self.retypeset()
        self.update()

    def retypeset(self, in_two_turns: bool = False) -> None:
        """Typeset the shown view again (indents and spacing are measured in the font; pinyin
        needs taller lines). in_two_turns: the document is built in this turn of the event loop
        and shown in the next, as prepare() does for an opening book: building 红楼梦's and
        showing it in one turn held the window 0.2 s."""
        page = self._view
        if page.pages.current is None:
            return
        view, blocks = page.pages.current
        kept = (*page.selection_original(), page.top_original())
        if not in_two_turns:
            self._show_retypeset(None, view, blocks, kept)
            return
        doc = page.typesetter.build(view, blocks, QtPositions(view, blocks))
        page.pinyin.held = True  # no syllables over the lines of the document shown until then
        QTimer.singleShot(0, self, lambda: self._show_retypeset(doc, view, blocks, kept))

    def _show_retypeset(self, doc: QTextDocument | None, view: View, blocks, kept: tuple[int, int, int]) -> None:
        page = self._view
        page.pinyin.held = False
        if page.pages.current is None or page.pages.current[0] is not view:  # another document came meanwhile
            if doc is not None:
                doc.deleteLater()
            return
        page.forget_documents()
        if doc is not None:
            page.pages.keep(view, doc)
        page.show_view(view, blocks)
        anchor, caret, top = kept
        page.select_original(anchor, caret, ensure_visible=False)
        page.scroll_to_original(top)

    def update(self, relayout: bool = True) -> None:
        """Centre a column no wider than max_width characters, as a printed page would.
        relayout: the document told its new width (QTextEdit follows its own size, not its
        viewport's); not in a resize, which lays it out again anyway."""
        page = self._view
        em = page.fontMetrics().horizontalAdvance("中")
        width = page.width() - page.verticalScrollBar().sizeHint().width()
        side = max(0, (width - page.prefs.max_width * em - 2 * DOC_MARGIN) // 2) if page.prefs.max_width else 0
        if page.viewportMargins().left() != side:
            page.setViewportMargins(side, 0, side, 0)
            if relayout:
                page.document().setTextWidth(page.viewport().width())
                page.titles.schedule()
