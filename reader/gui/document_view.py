"""The read-only page: shows one script view, keeps a keyboard caret, moves by jieba words,
and paints highlights, search hits and a brief section flash as extra selections."""

from __future__ import annotations

import math
import re
from bisect import bisect_left

from PySide6.QtCore import QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextOption,
)
from PySide6.QtWidgets import QTextEdit

from reader.core.annotations.model import Annotation
from reader.core.outline import next_paragraph, previous_paragraph
from reader.core.punctuation import clean_punctuation
from reader.core.scripts import View, convert_with_map
from reader.core.words import WordBoundaries
from reader.core.wrapping import join_soft_breaks
from reader.gui.folds import Folds
from reader.gui.layout_slicer import LayoutSlicer
from reader.gui.palette import highlight_colour
from reader.gui.pinyin_layer import RUBY_LINE_HEIGHT, PinyinLayer
from reader.gui.positions import QtPositions
from reader.gui.preferences import ReadingPrefs, body_font
from reader.gui.text_swap import TextSwap

DOC_MARGIN = 28  # pixels around the text, inside the page
PREVIEW_MAX = 20_000  # characters converted at once when a book changes script
WINDOWED_RANGES = 400
"""Past this many painted ranges (every hit of a frequent word in a book), only those near the
page are made into selections, again as the page scrolls: a QTextCursor costs 25 µs to place
in a novel, so four thousand hits held the window for a tenth of a second at each step."""
_LAYER_ORDER = ("changes", "highlights", "hits", "current_hit", "flash")  # changes: a comparison
_BLOCK_BREAK = re.compile("[\n\r\u2029\ufdd0\ufdd1]")  # what QTextCursor.insertText starts a block at
_BLANK_LINE = QTextBlockFormat()
_BLANK_LINE.setLineHeight(2, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
SWAP_MIN_CHARS = 100_000  # a longer document changes script in place (text_swap)
KEEP_CHARS = 1_000_000  # laid-out documents kept for switching back, in characters


_LEFT, _CENTRE, _RIGHT = Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignRight
# kind → (alignment, size step from the body font as in HTML's <font size>, bold, muted colour);
# a relative size follows zoom without typesetting the document again
_KIND_STYLES = {
    "breadcrumb": (_CENTRE, -1, False, True),
    "title": (_CENTRE, 2, True, False),
    "subtitle": (_CENTRE, 1, False, False),
    "author": (_CENTRE, 0, False, True),
    "dateline": (_CENTRE, -1, False, True),
    "heading": (_LEFT, 1, True, False),
    "subheading": (_LEFT, 0, True, False),
    "runin": (None, 0, True, False),  # a heading inside a body line: bold, the line stays body
    "credit": (_RIGHT, -1, False, True),
}


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
        self._doc_owner = QObject(self)  # owns them, so setDocument() never deletes one
        self._current: tuple[View, list] | None = None
        self.words: WordBoundaries | None = None
        self.original_text = ""  # paragraphs are found in the original, whatever script is shown
        self.line_joins: list[int] = []  # soft line breaks of a hard-wrapped text (original offsets)
        self._specs: dict[str, list[tuple[int, int, QTextCharFormat]]] = {}
        self._layers: dict[str, list[QTextEdit.ExtraSelection]] = {}
        self._by_start: dict[str, tuple[list[int], list, int]] = {}  # a windowed layer's ranges by start
        self._window: tuple[int, int] | None = None  # the original range windowed layers cover
        self._layers_timer = QTimer(self, singleShot=True, interval=0, timeout=self._rebuild_layers)
        self.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._slicer = LayoutSlicer(self, self.viewport())  # a long document is laid out in short slices
        self.folds = Folds(self)  # paragraphs hidden from view (a comparison's unchanged sections)
        self.pinyin = PinyinLayer(self)  # syllables over the characters (View ▸ Pinyin)
        self._scroll_pending: tuple[int, int] | None = None  # (pos, margin) waiting for the layout
        self._select_pending: tuple[int, int, bool] | None = None  # (anchor, caret, ensure_visible) likewise
        self._flash_timer = QTimer(self, singleShot=True, interval=900, timeout=lambda: self.set_layer("flash", []))
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
            doc = self._docs[id(view)] = self._build(view, blocks, positions)
            self._views[id(view)] = view
        self._evict(keep=id(view))
        self._current = (view, list(blocks))
        self._scroll_pending = self._select_pending = None
        self._slicer.forget_waiting()
        self.blockSignals(True)
        self.setDocument(doc)
        self.blockSignals(False)
        self._slicer.start(doc)
        self._rebuild_layers()
        self.folds.apply()
        self._balance_titles()
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
        if self.positions is None and id(view) not in self._docs:
            self._docs[id(view)] = self._build(view, blocks, QtPositions(view))
            self._views[id(view)] = view

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
            self._rebuild_layers()  # edited text takes its selections' cursors along
            self.folds.apply()

        self._swap.start(doc, self._display_text(view), first, before, after, self._balance_titles)
        self._emit_caret()

    def _display_text(self, view: View) -> str:
        """The view's text as the page shows it: wrapped lines joined, clean punctuation (both
        keep every length)."""
        text = view.text
        if self.line_joins:
            text = join_soft_breaks(text, [view.to_view(p) for p in self.line_joins])
        return clean_punctuation(text) if self.prefs.clean_punctuation else text

    def _build(self, view: View, blocks, positions: QtPositions) -> QTextDocument:
        # filled and typeset before any widget lays it out: each edit to a shown document
        # would lay it out again
        doc = QTextDocument(self._doc_owner)
        doc.setDocumentMargin(DOC_MARGIN)
        doc.setDefaultFont(self.font())
        doc.setUndoRedoEnabled(False)
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        # block by block, each with its format: four times quicker on a novel than inserting
        # the text whole and formatting its blocks after (a cursor placed 5,000 times)
        body = self._body_format()
        own_indent = QTextBlockFormat(body)
        own_indent.setTextIndent(0)
        for i, line in enumerate(_BLOCK_BREAK.split(self._display_text(view))):
            if not line.strip():  # blank (or whitespace-only) lines separate paragraphs; the margins already do
                fmt = _BLANK_LINE
            elif line[0] in " \u3000" and self.prefs.indent:  # the text brings its own indent (　　)
                fmt = own_indent
            else:
                fmt = body
            if i:
                cursor.insertBlock(fmt)
            else:
                cursor.setBlockFormat(fmt)
            if line:
                cursor.insertText(line)
        self._typeset(doc, blocks, positions)
        cursor.endEditBlock()
        return doc

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
        cursor = self._qt_cursor(start, end)
        scroll = self.verticalScrollBar().value()
        self.blockSignals(True)
        cursor.insertText(converted)
        self.blockSignals(False)
        self.verticalScrollBar().setValue(scroll)
        self._docs.pop(id(view), None)  # this document no longer shows the original
        self._views.pop(id(view), None)

    def _body_format(self) -> QTextBlockFormat:
        block = QTextBlockFormat()
        height = max(self.prefs.line_height, RUBY_LINE_HEIGHT) if self.pinyin.active else self.prefs.line_height
        block.setLineHeight(height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(self.fontMetrics().height() * self.prefs.paragraph_spacing)
        if self.prefs.indent:  # two characters, as Chinese print does
            block.setTextIndent(self.fontMetrics().horizontalAdvance("中") * 2)
        return block

    def _typeset(self, doc: QTextDocument, blocks, positions: QtPositions | None = None) -> None:
        """Title, headings, dateline …: each kind's alignment, size and weight."""
        for start, end, kind in blocks:
            style = _KIND_STYLES.get(kind)
            if style is None:
                continue
            align, size_step, bold, muted = style
            char = QTextCharFormat()
            char.setProperty(QTextFormat.Property.FontSizeAdjustment, size_step)
            char.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            if muted:
                char.setForeground(self.palette().placeholderText())
            cursor = self._qt_cursor(start, end, doc, positions)
            if align is not None:
                fmt = QTextBlockFormat()
                fmt.setAlignment(align)
                fmt.setTextIndent(0)
                cursor.mergeBlockFormat(fmt)
            cursor.mergeCharFormat(char)

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
        return self.positions.to_original(self.cursorForPosition(QPoint(4, 4)).position())

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
        self.verticalScrollBar().setValue(int(y) - margin)

    def reveal(self, start: int, end: int) -> None:
        """Select a passage and scroll it into view with a little context above."""
        self.select_original(start, end, ensure_visible=False)
        rect = self.cursorRect()
        if rect.top() < 0 or rect.bottom() > self.viewport().height():
            self.scroll_to_original(start, margin=self.viewport().height() // 4)

    def _qt_cursor(
        self, start: int, end: int, doc: QTextDocument | None = None, positions: QtPositions | None = None
    ) -> QTextCursor:
        cursor = QTextCursor(doc or self.document())
        a, b = (positions or self.positions).range_to_qt(start, end)
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    # -- painting ----------------------------------------------------------------------------
    def set_layer(self, name: str, ranges: list[tuple[int, int, QTextCharFormat]]) -> None:
        """Paint (start, end, format) ranges of the original as one named layer."""
        self._specs[name] = ranges
        self._by_start.pop(name, None)
        if self._windowed():
            self._rebuild_layers()  # the window may have to cover another part now
            return
        self._window = None
        self._layers[name] = [self._selection(*r) for r in ranges] if self.positions else []
        self._paint_layers()

    def _windowed(self) -> bool:
        return sum(len(r) for r in self._specs.values()) > WINDOWED_RANGES

    def _rebuild_layers(self) -> None:
        # a new document (another script, new type settings), or the page scrolled away from
        # the part a windowed layer covers: the same ranges, fresh cursors
        if self.positions is None:
            self._layers = {name: [] for name in self._specs}
            return
        self._window = self._paint_window() if self._windowed() else None
        self._layers = {name: [self._selection(*r) for r in self._near(name)] for name in self._specs}
        self._paint_layers()

    def _paint_window(self) -> tuple[int, int]:
        """Three pages above and below the page on screen, in original offsets."""
        top, bottom = self.visible_range()
        if not 0 <= bottom - top <= PREVIEW_MAX:  # not laid out yet: the caret's surroundings
            top = bottom = self.caret_original()
        reach = 3 * max(bottom - top, 1000)
        return max(0, top - reach), bottom + reach

    def _near(self, name: str) -> list[tuple[int, int, QTextCharFormat]]:
        ranges = self._specs[name]
        if self._window is None or len(ranges) <= 1:
            return ranges
        index = self._by_start.get(name)
        if index is None:
            ordered = sorted(ranges, key=lambda r: r[0])
            longest = max(e - s for s, e, _ in ordered)
            index = self._by_start[name] = ([r[0] for r in ordered], ordered, longest)
        starts, ordered, longest = index
        low, high = self._window
        first, last = bisect_left(starts, low - longest), bisect_left(starts, high)
        return [r for r in ordered[first:last] if r[1] > low]

    def _scrolled(self) -> None:
        if self._window is None or self.positions is None:
            return
        top, bottom = self.visible_range()
        low, high = self._window
        if top < low or bottom > high:
            self._layers_timer.start()  # once, after the scrolling of this turn

    def _paint_layers(self) -> None:
        self.setExtraSelections([s for layer in _LAYER_ORDER for s in self._layers.get(layer, [])])

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self._qt_cursor(start, end)
        sel.format = fmt
        return sel

    def paint_annotations(self, annotations: list[Annotation]) -> None:
        if self.positions is None:
            return
        selections = []
        for a in annotations:
            if a.orphaned or a.start >= a.end:
                continue
            fmt = QTextCharFormat()
            if a.style == "underline" or a.colour is None:
                fmt.setUnderlineStyle(
                    QTextCharFormat.UnderlineStyle.SingleUnderline
                    if a.colour
                    else QTextCharFormat.UnderlineStyle.DashUnderline
                )
                underline = highlight_colour(a.colour, 255)
                fmt.setUnderlineColor(underline.lighter(130) if self.dark else underline.darker(130))
                fmt.setFontUnderline(True)
            else:
                # translucent, so overlapping highlights show through each other
                fmt.setBackground(highlight_colour(a.colour, 170 if self.dark else 120, self.dark))
            selections.append((a.start, a.end, fmt))
        self.set_layer("highlights", selections)

    def paint_hits(self, hits, current: int | None) -> None:
        if self.positions is None:
            return
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(255, 165, 0, 90))
        self.set_layer("hits", [(h.start, h.end, fmt) for h in hits])
        if current is None or not hits:
            self.set_layer("current_hit", [])
            return
        strong = QTextCharFormat()
        strong.setBackground(QColor(255, 120, 0, 200))
        strong.setForeground(QColor("black"))
        self.set_layer("current_hit", [(hits[current].start, hits[current].end, strong)])

    def flash(self, start: int, end: int) -> None:
        fmt = QTextCharFormat()
        fmt.setBackground(self.palette().highlight().color().lighter(170))
        self.set_layer("flash", [(start, end, fmt)])
        self._flash_timer.start()

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

    def _retypeset(self) -> None:
        if self._current is not None:
            # indents and spacing are measured in the font: typeset again at the new size
            view, blocks = self._current
            anchor, caret = self.selection_original()
            top = self.top_original()
            self.forget_documents()
            self.show_view(view, blocks)
            self.select_original(anchor, caret, ensure_visible=False)
            self.scroll_to_original(top)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._update_measure()
        self._balance_titles()
        if self._current is not None and event.size().width() != event.oldSize().width():
            self._slicer.start(self.document())  # Qt lays the document out again, from the top

    def _balance_titles(self) -> None:
        """Set a title or subtitle that wraps in lines of even length, so no line holds a
        single character (二十 / 大精神的通知, or 斗 alone): the block is narrowed to its text's
        width divided by the lines it needs."""
        if self._current is None:
            return
        doc = self.document()
        width = self.viewport().width() - 2 * doc.documentMargin() - 4
        if width <= 0:
            return
        for start, end, kind in self._current[1]:
            if kind not in ("title", "subtitle"):
                continue
            cursor = self._qt_cursor(start, end, doc)
            block = doc.findBlock(cursor.selectionStart())
            while block.isValid() and block.position() <= cursor.selectionEnd():
                self._balance_block(block, width)
                block = block.next()

    def _balance_block(self, block, width: float) -> None:
        fmt = block.blockFormat()
        fragment = block.begin().fragment() if not block.begin().atEnd() else None
        char = fragment.charFormat() if fragment is not None and fragment.isValid() else QTextCharFormat()
        font = QFont(block.document().defaultFont())
        font.setBold(char.fontWeight() >= QFont.Weight.Bold)
        # Qt scales a relative size as HTML's <font size>: small 0.8, large 1.2, x-large 1.5
        step = char.intProperty(QTextFormat.Property.FontSizeAdjustment)
        font.setPointSizeF(font.pointSizeF() * {-1: 0.8, 0: 1.0, 1: 1.2, 2: 1.5}.get(step, 1.0))
        metrics = QFontMetricsF(font)
        text_width = metrics.horizontalAdvance(block.text())
        lines = max(1, math.ceil(text_width / width))
        margin = 0.0
        if lines > 1:
            target = text_width / lines + metrics.horizontalAdvance("中") * 0.4  # slack for rounding
            margin = max(0.0, (width - target) / 2)
        if abs(fmt.leftMargin() - margin) < 1 and abs(fmt.rightMargin() - margin) < 1:
            return
        fmt.setLeftMargin(margin)
        fmt.setRightMargin(margin)
        cursor = QTextCursor(block)
        cursor.setBlockFormat(fmt)

    def _update_measure(self) -> None:
        # centre a column no wider than max_width characters, as a printed page would
        em = self.fontMetrics().horizontalAdvance("中")
        width = self.width() - self.verticalScrollBar().sizeHint().width()
        side = max(0, (width - self.prefs.max_width * em - 2 * DOC_MARGIN) // 2) if self.prefs.max_width else 0
        if self.viewportMargins().left() != side:
            self.setViewportMargins(side, 0, side, 0)

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
        anchor, caret = self.selection_original()
        if self.words is None:
            self.wordsWanted.emit()
            limit = self.positions.to_original(self.document().characterCount() - 1)
            target = max(0, min(limit, caret + 1 if forward else caret - 1))  # by character until jieba is ready
        else:
            target = self.words.next(caret) if forward else self.words.previous(caret)
        self.select_original(anchor if extend else target, target)

    def select_word_at_caret(self) -> None:
        caret = self.caret_original()
        if self.words is None:
            self.wordsWanted.emit()
            self.select_original(caret, caret + 1)
            return
        start, end = self.words.word_at(caret)
        self.select_original(start, end)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.folds.folds or self.pinyin.active:
            painter = QPainter(self.viewport())
            if self.folds.folds:
                self.folds.paint(painter)
            self.pinyin.paint(painter)  # pinyin over the text, when View ▸ Pinyin is on
            painter.end()

    def show_pinyin(self, positions, syllables=()) -> None:
        """Syllables over the characters at these original offsets; None: no pinyin. The lines
        are typeset again, taller while pinyin is shown."""
        was = self.pinyin.active
        self.pinyin.set(positions, syllables)
        if was != self.pinyin.active:
            self._retypeset()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ctrl = Qt.KeyboardModifier.ControlModifier
        shift = Qt.KeyboardModifier.ShiftModifier
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and mods in (ctrl, ctrl | shift):
            self.move_word(key == Qt.Key.Key_Right, extend=bool(mods & shift))
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and mods in (ctrl, ctrl | shift) and self.positions:
            anchor, caret = self.selection_original()
            text = self.original_text
            target = next_paragraph(text, caret) if key == Qt.Key.Key_Down else previous_paragraph(text, caret)
            self.select_original(anchor if mods & shift else target, target)
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
