"""The read-only page: shows one script view, keeps a keyboard caret, moves by jieba words,
and paints highlights, search hits and a brief section flash as extra selections."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QKeySequence,
    QPainter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QTextEdit

from reader.core.annotations.model import Annotation
from reader.core.scripts import View, convert_with_map
from reader.core.words import WordBoundaries
from reader.gui.caret_moves import CaretMoves
from reader.gui.folds import Folds
from reader.gui.highlight_layers import HighlightLayers
from reader.gui.layout_slicer import LayoutSlicer
from reader.gui.line_room import LineRoom
from reader.gui.page_typesetting import DOC_MARGIN, Typesetter
from reader.gui.pinyin_layer import PinyinLayer
from reader.gui.positions import QtPositions
from reader.gui.preferences import ReadingPrefs, body_font
from reader.gui.text_swap import TextSwap, replace_keeping_formats
from reader.gui.title_balance import TitleBalancer

PREVIEW_MAX = 20_000  # characters converted at once when a book changes script
SWAP_MIN_CHARS = 100_000  # a longer document changes script in place (text_swap)
KEEP_CHARS = 1_000_000  # laid-out documents kept for switching back, in characters


class DocumentView(QTextEdit):
    caretMoved = Signal(int)  # original offset of the caret
    wordsWanted = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("documentView")
        self.setAccessibleName(self.tr("Document text"))
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        # lines wrap at the page's width: a horizontal bar would only show Qt's rounding (a
        # 171-pixel document in a 170-pixel page), and hide a line of text under it
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.document().setDocumentMargin(DOC_MARGIN)
        self.setFrameShape(QTextEdit.Shape.NoFrame)
        self.zoom_steps = 0
        self.prefs = ReadingPrefs()
        self.dark = False
        self.positions: QtPositions | None = None
        self._docs: dict[int, QTextDocument] = {}  # id(view) → its laid-out document
        self._views: dict[int, View] = {}  # id(view) → the view (which keeps the id its own)
        self._swap = TextSwap(self)
        self.doc_owner = QObject(self)  # owns them, so setDocument() never deletes one
        self._current: tuple[View, list] | None = None
        self.titles = TitleBalancer(self)
        self._words: WordBoundaries | None = None
        self.original_text = ""  # paragraphs are found in the original, whatever script is shown
        self.line_joins: list[int] = []  # soft line breaks of a hard-wrapped text (original offsets)
        self.layers = HighlightLayers(self)  # highlights, find hits, a comparison's changes …
        self.typesetter = Typesetter(self)
        self.moves = CaretMoves(self)  # word and paragraph moves of the caret
        self._slicer = LayoutSlicer(self, self.viewport())  # a long document is laid out in short slices
        self.folds = Folds(self)  # paragraphs hidden from view (a comparison's unchanged sections)
        self.pinyin = PinyinLayer(self)  # syllables over the characters (View ▸ Pinyin)
        self.room = LineRoom(self)  # taller lines for them, made in place
        self._scroll_pending: tuple[int, int] | None = None  # (pos, margin) waiting for the layout
        self._select_pending: tuple[int, int, bool] | None = None  # (anchor, caret, ensure_visible) likewise
        self.cursorPositionChanged.connect(self._caret_placed)
        self.cursorPositionChanged.connect(self._emit_caret)
        self._apply_font()

    # -- content -----------------------------------------------------------------------------
    def show_view(self, view: View, blocks: list[tuple[int, int, str]] = ()) -> None:
        """Show another script view, keeping caret, selection and scroll on the same passage.

        `blocks` are (start, end, kind) ranges of the original that are not body paragraphs
        (title, dateline, heading, credit …), typeset by kind. Each view's laid-out document
        is kept, so switching back to a script costs no new layout; but a book's view of the
        same length as the one shown goes into the shown document instead (text_swap), and
        of other long ones only the last few are kept (KEEP_CHARS: each holds 35 MB)."""
        keep = self.positions is not None
        positions = QtPositions(view)
        if keep and self._swappable(view, positions, blocks):
            self._swap_to(view, positions)
            return
        self._swap.stop()
        if keep:
            anchor, caret = self.selection_original()
            top = self.top_original()
        self.positions = positions
        doc = self._docs.get(id(view))
        if doc is None:
            doc = self._docs[id(view)] = self.typesetter.build(view, blocks, positions)
            self._views[id(view)] = view
        self._evict(keep=id(view))
        self._current = (view, list(blocks))
        self._scroll_pending = self._select_pending = None
        self._slicer.forget_waiting()
        self.blockSignals(True)
        self.setDocument(doc)
        self.blockSignals(False)
        self._slicer.start(doc)
        self.layers.rebuild()
        self.folds.apply()
        self.titles.schedule()  # a document kept from before may have been typeset for another width
        if keep:
            self.select_original(anchor, caret, ensure_visible=False)
            self.scroll_to_original(top)
        else:
            self.moveCursor(QTextCursor.MoveOperation.Start)
        self._emit_caret()

    def prepare(self, view: View, blocks: list[tuple[int, int, str]] = ()) -> None:
        """Typeset a view's document before the page shows anything, so that showing it
        (show_view) is a turn of the event loop of its own: building a book's document,
        setting it and painting it in one turn held the window 55 ms."""
        for _ in self.preparing(view, blocks):
            pass

    def preparing(self, view: View, blocks: list[tuple[int, int, str]] = ()):
        """prepare() in short steps (a generator), for a book opened over turns of the event loop."""
        if self.positions is None and id(view) not in self._docs:
            doc = yield from self.typesetter.building(view, blocks, QtPositions(view))
            self._docs[id(view)], self._views[id(view)] = doc, view

    def forget_documents(self) -> None:
        """Drop the documents of the views shown so far (another document is being opened)."""
        self._swap.stop()
        self._slicer.stop(run_waiting=False)
        self._scroll_pending = self._select_pending = None
        for doc in self._docs.values():
            doc.deleteLater()  # later: the one on screen stays until the next is set
        self._docs.clear()
        self._views.clear()
        self.positions = None
        self._current = None

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
        shown = self.positions.view
        length = len(view.text)
        return (
            shown is not view
            and length >= SWAP_MIN_CHARS
            and length == len(shown.text)
            and not view.segments
            and not shown.segments
            and self._current is not None
            and list(blocks) == self._current[1]
            and positions.to_qt(length) == length == self.positions.to_qt(length)  # no surrogate pairs
        )

    def _swap_to(self, view: View, positions: QtPositions) -> None:
        doc, shown = self.document(), self.positions.view
        for key in [k for k in self._docs if self._docs[k] is not doc]:  # stale now: a swap is cheaper
            self._views.pop(key, None)
            self._docs.pop(key).deleteLater()
        self._docs.pop(id(shown), None)
        self._views.pop(id(shown), None)
        self._docs[id(view)], self._views[id(view)] = doc, view
        self.positions = positions
        self._current = (view, self._current[1])
        top = self.cursorForPosition(QPoint(0, 0)).position()
        bottom = self.cursorForPosition(self.viewport().rect().bottomRight()).position()
        first = (top - 1_000, bottom + 1_000)  # the page on screen first, with a margin

        def before() -> tuple[int, int, int]:
            cursor = self.textCursor()
            return cursor.anchor(), cursor.position(), self.verticalScrollBar().value()

        def after(state: tuple[int, int, int], _last: bool) -> None:
            anchor, caret, scroll = state
            cursor = self.textCursor()
            cursor.setPosition(anchor)
            cursor.setPosition(caret, QTextCursor.MoveMode.KeepAnchor)
            # neither the caret nor the page has moved (same positions): nobody is told, so a
            # page scrolled together with this one does not follow the detour
            bar = self.verticalScrollBar()
            self.blockSignals(True)
            bar.blockSignals(True)
            self.setTextCursor(cursor)
            bar.setValue(scroll)
            bar.blockSignals(False)
            self.blockSignals(False)
            self.layers.rebuild()  # edited text takes its selections' cursors along
            self.folds.apply()

        self._swap.start(doc, self.typesetter.display_text(view), first, before, after, self.titles.schedule)
        self._emit_caret()

    def preview_conversion(self, config: str | None, script) -> None:
        """While a book converts in the background, convert the paragraphs on screen now to
        `script` (through OpenCC's `config`).

        Only where the conversion keeps every length (nearly always for t2s and s2t), so
        every position, highlight and the caret stay valid until the full view arrives; and
        without jieba's word cut, which only the worker process loads (the full view, cut by
        words, replaces the preview a moment later)."""
        if self.positions is None or config is None:
            return
        view = self.positions.view
        if not view.is_identity:
            return  # previews start from the original only: a view is never converted again
        self._swap.stop()  # the page is about to hold a preview, not what a swap was bringing
        top, bottom = self.visible_range()
        if not 0 <= bottom - top <= PREVIEW_MAX:  # a page not laid out yet: the caret's surroundings
            caret = self.caret_original()
            top, bottom = max(0, caret - PREVIEW_MAX // 2), caret + PREVIEW_MAX // 2
        text = view.text
        start = text.rfind("\n", 0, top) + 1
        end = text.find("\n", bottom)
        end = len(text) if end == -1 else end
        converted = convert_with_map(text[start:end], config, script, by_words=False).text
        if len(converted) != end - start:
            return
        qt_start, qt_end = self.positions.range_to_qt(start, end)
        if qt_end - qt_start != end - start:
            return  # surrogate pairs: Qt positions are not the view's
        scroll = self.verticalScrollBar().value()
        shown = self.document().toPlainText()  # the page's text with the preview put in, one position for one
        page_text = shown[:qt_start] + converted + shown[qt_end:]
        self.blockSignals(True)
        cursor = QTextCursor(self.document())
        cursor.beginEditBlock()
        replace_keeping_formats(self.document(), cursor, qt_start, qt_end, page_text)
        cursor.endEditBlock()
        self.blockSignals(False)
        self.verticalScrollBar().setValue(scroll)
        self._docs.pop(id(view), None)  # this document no longer shows the original
        self._views.pop(id(view), None)

    # -- coordinates -------------------------------------------------------------------------
    def caret_original(self) -> int:
        return self.selection_original()[1]

    def selection_original(self) -> tuple[int, int]:
        """(anchor, caret) in original offsets; equal when nothing is selected."""
        c = self.textCursor()
        p = self.positions
        if p is None:
            return 0, 0
        if self._select_pending is not None:  # where the caret is about to be
            return self._select_pending[:2]
        forward = c.anchor() <= c.position()
        anchor = p.to_original(c.anchor(), end=not forward)
        caret = p.to_original(c.position(), end=forward)
        return anchor, caret

    def selected_range(self) -> tuple[int, int] | None:
        a, b = self.selection_original()
        return (min(a, b), max(a, b)) if a != b else None

    def select_original(self, anchor: int, caret: int, ensure_visible: bool = True) -> None:
        """Select from anchor to caret (original offsets). Deep in a long document whose layout
        has not got there yet, as soon as it has: QTextEdit makes a new caret visible, which
        lays out everything above it (0.3 s near the end of a novel, on the window's thread)."""
        p = self.positions
        if p is None:
            return
        self.folds.open_at(anchor, caret)  # a caret is never left in paragraphs out of sight
        forward = anchor <= caret
        qt_anchor, qt_caret = p.to_qt(anchor, end=not forward), p.to_qt(caret, end=forward)
        if not self._slicer.laid_out(max(qt_anchor, qt_caret)):
            self._select_pending = (anchor, caret, ensure_visible)
            self._slicer.when_laid_out(max(qt_anchor, qt_caret), self._select_when_laid_out)
            return
        self._select_pending = None
        cursor = self.textCursor()
        cursor.setPosition(qt_anchor)
        cursor.setPosition(qt_caret, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        if ensure_visible:
            self.ensureCursorVisible()

    def _select_when_laid_out(self) -> None:
        if self._select_pending is not None:
            self.select_original(*self._select_pending)

    def top_original(self) -> int:
        if self.positions is None:
            return 0
        if self._scroll_pending is not None:  # where the page is about to be
            return self._scroll_pending[0]
        # below the syllables over the top line, where _scroll_now puts that line
        return self.positions.to_original(self.cursorForPosition(QPoint(4, 4 + self.pinyin.room())).position())

    def visible_range(self) -> tuple[int, int]:
        """The original range on screen."""
        bottom = self.cursorForPosition(self.viewport().rect().bottomRight()).position()
        return self.top_original(), self.positions.to_original(bottom, end=True)

    def scroll_to_original(self, pos: int, margin: int = 0) -> None:
        """Put the line holding pos at the top of the page (less margin pixels). In a long
        document whose layout has not got there yet, as soon as it has (a fraction of a
        second): laying out half a novel at once would hold the window for 0.2 s."""
        if self.positions is None:
            return
        qt = self.positions.to_qt(pos)
        if not self._slicer.laid_out(qt):
            self._scroll_pending = (pos, margin)
            self._slicer.when_laid_out(qt, self._scroll_when_laid_out)
            return
        self._scroll_pending = None
        self._scroll_now(qt, margin)

    def _scroll_when_laid_out(self) -> None:
        pending, self._scroll_pending = self._scroll_pending, None
        if pending is not None and self.positions is not None:
            self._scroll_now(self.positions.to_qt(pending[0]), pending[1])

    def _scroll_now(self, qt: int, margin: int) -> None:
        # from the document's own layout, not from the page as it is now: a page that is still
        # being laid out (a long book, a page that just appeared) would scroll by a guess
        doc = self.document()
        block = doc.findBlock(qt)
        y = doc.documentLayout().blockBoundingRect(block).top()
        line = block.layout().lineForTextPosition(qt - block.position())
        if line.isValid():
            y += line.y()
        # room for the syllables over the line while pinyin is shown (the document's first line
        # has no taller line above it to hold them)
        self.verticalScrollBar().setValue(int(y) - margin - self.pinyin.room())

    def reveal(self, start: int, end: int) -> None:
        """Select a passage and show it in the upper third of the page, where the eye is
        (a found word, a highlight, Back): Qt's setTextCursor scrolls only as far as needed,
        which leaves a passage below the page on its last line. One already in the upper
        third stays where it is."""
        self.select_original(start, end, ensure_visible=False)
        height = self.viewport().height()
        if self._select_pending is None and self.positions is not None:
            cursor = QTextCursor(self.document())
            cursor.setPosition(self.positions.to_qt(start))
            if 0 <= self.cursorRect(cursor).top() < height // 3:
                return
        self.scroll_to_original(start, margin=height // 4)

    # -- painting (highlight_layers) ------------------------------------------------------
    def set_layer(self, name: str, ranges: list[tuple[int, int, QTextCharFormat]]) -> None:
        """Paint (start, end, format) ranges of the original as one named layer."""
        self.layers.set_layer(name, ranges)

    def paint_annotations(self, annotations: list[Annotation]) -> None:
        self.layers.paint_annotations(annotations)

    def paint_hits(self, hits, current: int | None) -> None:
        self.layers.paint_hits(hits, current)

    def flash(self, start: int, end: int) -> None:
        self.layers.flash(start, end)

    # -- zoom and measure --------------------------------------------------------------------
    def zoom(self, steps: int | None) -> None:
        """steps: +1/-1 change the size, None resets it."""
        self.zoom_steps = 0 if steps is None else max(-6, min(12, self.zoom_steps + steps))
        self._apply_font()

    def _apply_font(self) -> None:
        font = body_font(self.prefs)
        font.setPointSizeF(self.prefs.font_size * (1.1**self.zoom_steps))
        self.setFont(font)
        self.document().setDefaultFont(font)
        self._retypeset()
        self._update_measure()

    def set_prefs(self, prefs: ReadingPrefs, dark: bool) -> None:
        """Type, spacing, punctuation and theme, applied to the page at once."""
        self.prefs = prefs
        self.dark = dark
        self._apply_font()

    def _retypeset(self, in_two_turns: bool = False) -> None:
        """Typeset the shown view again (indents and spacing are measured in the font; pinyin
        needs taller lines). in_two_turns: the document is built in this turn of the event loop
        and shown in the next, as prepare() does for an opening book: building 红楼梦's and
        showing it in one turn held the window 0.2 s."""
        if self._current is None:
            return
        view, blocks = self._current
        kept = (*self.selection_original(), self.top_original())
        if not in_two_turns:
            self._show_retypeset(None, view, blocks, kept)
            return
        doc = self.typesetter.build(view, blocks, QtPositions(view))
        self.pinyin.held = True  # no syllables over the lines of the document shown until then
        QTimer.singleShot(0, self, lambda: self._show_retypeset(doc, view, blocks, kept))

    def _show_retypeset(self, doc: QTextDocument | None, view: View, blocks, kept: tuple[int, int, int]) -> None:
        self.pinyin.held = False
        if self._current is None or self._current[0] is not view:  # another document came meanwhile
            if doc is not None:
                doc.deleteLater()
            return
        self.forget_documents()
        if doc is not None:
            self._docs[id(view)] = doc
            self._views[id(view)] = view
        self.show_view(view, blocks)
        anchor, caret, top = kept
        self.select_original(anchor, caret, ensure_visible=False)
        self.scroll_to_original(top)

    def resizeEvent(self, event) -> None:
        # the page column first, so Qt lays the document out at the column's width (a tab
        # opened in a grown window was laid out at the whole page's); nothing here changes the
        # document: titles are balanced from the event loop (title_balance)
        self._update_measure(relayout=False)
        super().resizeEvent(event)
        if self._current is not None and event.size().width() != event.oldSize().width():
            self._slicer.start(self.document())  # Qt lays the document out again, from the top
            self.titles.schedule()

    def typeset_blocks(self) -> list | None:
        """The (start, end, kind) blocks the shown document was typeset with."""
        return self._current[1] if self._current is not None else None

    def layout_restarted(self) -> None:
        """Qt lays the shown document out again from the top: a long one in slices."""
        if self._current is not None:
            self._slicer.start(self.document())

    @property
    def words(self) -> WordBoundaries | None:
        return self._words

    @words.setter
    def words(self, words: WordBoundaries | None) -> None:
        self._words = words
        self.titles.schedule()  # titles break between words once the words are known

    def _update_measure(self, relayout: bool = True) -> None:
        # centre a column no wider than max_width characters, as a printed page would
        em = self.fontMetrics().horizontalAdvance("中")
        width = self.width() - self.verticalScrollBar().sizeHint().width()
        side = max(0, (width - self.prefs.max_width * em - 2 * DOC_MARGIN) // 2) if self.prefs.max_width else 0
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)
            if relayout:  # QTextEdit follows its own size, not its viewport's: tell the document
                self.document().setTextWidth(self.viewport().width())
                self.titles.schedule()

    def copy(self) -> None:
        """Copy what the text says, not how it is painted: no display-only punctuation.
        (Not through createMimeDataFromSelection: Qt would own a QMimeData made in Python,
        and both would free it.)"""
        selected = self.selected_range()
        if selected is None or self.positions is None:
            super().copy()
            return
        QGuiApplication.clipboard().setText(self.positions.view.slice(*selected))

    # -- keyboard and mouse ------------------------------------------------------------------
    def _caret_placed(self) -> None:
        # the reader clicked or moved before a caret waiting for the layout got its place
        self._select_pending = None

    def _emit_caret(self) -> None:
        if self.positions is not None:
            self.caretMoved.emit(self.caret_original())

    def move_word(self, forward: bool, extend: bool) -> None:
        self.moves.move_word(forward, extend)

    def select_word_at_caret(self) -> None:
        self.moves.select_word_at_caret()

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.folds.folds or self.pinyin.active:
            painter = QPainter(self.viewport())
            if self.folds.folds:
                self.folds.paint(painter)
            self.pinyin.paint(painter)  # pinyin over the text, when View ▸ Pinyin is on
            painter.end()

    def show_pinyin(self, readings) -> None:
        """Syllables over the characters (reader.core.pinyin.CharacterReadings); None: no
        pinyin. The lines are made taller while pinyin is shown, in place (line_room)."""
        was, top = self.pinyin.active, self.top_original()
        self.pinyin.set(readings)
        if was != self.pinyin.active and self._current is not None:
            for key in [k for k, doc in self._docs.items() if doc is not self.document()]:
                self._views.pop(key, None)  # kept documents of other scripts have the old room
                self._docs.pop(key).deleteLater()
            self.room.start(self.typesetter.body_format().lineHeight())
            self.scroll_to_original(top)  # the top line, its syllables on the page too

    def keyPressEvent(self, event) -> None:
        if self.moves.key_press(event):
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        if self.positions is None:
            return super().mouseDoubleClickEvent(event)
        cursor = self.cursorForPosition(event.position().toPoint())
        self.setTextCursor(cursor)
        self.select_word_at_caret()
