"""The read-only page: shows one script view, keeps a keyboard caret, moves by jieba words,
and paints highlights, search hits and a brief section flash as extra selections."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from reader.core.script_names import Mode
from reader.core.scripts import View
from reader.gui.caret_moves import CaretMoves
from reader.gui.folds import Folds
from reader.gui.highlight_layers import HighlightLayers
from reader.gui.housekeeping import housekeeping
from reader.gui.layout_slicer import LayoutSlicer
from reader.gui.line_room import LineRoom
from reader.gui.narrow_runs import format_all
from reader.gui.page_coordinates import PageCoordinates
from reader.gui.page_hits import mended
from reader.gui.page_typesetting import DOC_MARGIN, Typesetter
from reader.gui.page_window import PageWindow
from reader.gui.pinyin_layer import PinyinLayer
from reader.gui.positions import QtPositions
from reader.gui.reading_prefs import ReadingPrefs, body_font
from reader.gui.script_pages import ScriptPages
from reader.gui.title_balance import TitleBalancer

if TYPE_CHECKING:
    from reader.core.annotations.model import Annotation
    from reader.core.words import WordBoundaries  # with the analysis, after the text paints
    from reader.gui.page_preview import PagePreview


class DocumentView(QTextEdit):
    caretMoved = Signal(int)  # original offset of the caret
    wordsWanted = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._own_viewport()
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
        self.doc_owner = QObject(self)  # owns them, so setDocument() never deletes one
        self.titles = TitleBalancer(self)
        self._words: WordBoundaries | None = None
        self.original_text = ""  # paragraphs are found in the original, whatever script is shown
        self.line_joins: list[int] = []  # soft line breaks of a hard-wrapped text (original offsets)
        self.layers = HighlightLayers(self)  # highlights, find hits, a comparison's changes …
        self.typesetter = Typesetter(self)
        self.moves = CaretMoves(self)  # word and paragraph moves of the caret
        self._slicer = LayoutSlicer(self, self.viewport())  # a long document is laid out in short slices
        self.folds = Folds(self)  # paragraphs hidden from view (a comparison's unchanged sections)
        self._opened_fold = False  # the last press opened a fold (its release and double click do no more)
        self.pinyin = PinyinLayer(self)  # syllables over the characters (View ▸ Pinyin)
        self.room = LineRoom(self)  # taller lines for them, made in place
        self.coords = PageCoordinates(self, self._slicer)  # caret, selection and scroll in original offsets
        self.pages = ScriptPages(self, self._slicer)  # the laid-out document of each script view
        self.part = PageWindow(self)  # a book's: only the blocks near the page laid out
        self.cursorPositionChanged.connect(self.folds.caret_moved)  # first: never left in a fold
        self.cursorPositionChanged.connect(self.part.caret_moved)
        self.cursorPositionChanged.connect(self.coords.caret_placed)
        self.cursorPositionChanged.connect(self.emit_caret)
        self._apply_font()

    def _own_viewport(self) -> None:
        """The page's viewport made here, as QTextEdit makes its own (a Base background, the
        I-beam; its document laid out for it), so that PySide knows its type: a viewport
        Qt made is a plain QWidget PySide has never seen, and wrapping it the first time made
        PySide try every QWidget subclass it has (creating each class and its enums) for a more
        derived type: 41 M instructions of the notice's launch before its text painted."""
        viewport = QWidget()
        self.setViewport(viewport)  # the one Qt made is deleted
        self.document().documentLayout().setPaintDevice(viewport)
        viewport.setBackgroundRole(QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        viewport.setCursor(Qt.CursorShape.IBeamCursor)

    # -- content (script_pages) ---------------------------------------------------------------
    def show_view(self, view: View, blocks: list[tuple[int, int, str]] = ()) -> None:
        """Show another script view, keeping caret, selection and scroll on the same passage.

        `blocks` are (start, end, kind) ranges of the original that are not body paragraphs
        (title, dateline, heading, credit …), typeset by kind. Each view's laid-out document
        is kept, so switching back to a script costs no new layout; but a book's view of the
        same length as the one shown goes into the shown document instead (text_swap), and
        of other long ones only the last few are kept (KEEP_CHARS: each holds 35 MB)."""
        self.pages.show(view, blocks)

    def prepare(self, view: View, blocks: list[tuple[int, int, str]] = ()) -> None:
        """Typeset a view's document before the page shows anything, so that showing it
        (show_view) is a turn of the event loop of its own: building a book's document,
        setting it and painting it in one turn held the window 55 ms."""
        self.pages.prepare(view, blocks)

    def preparing(self, view: View, blocks: list[tuple[int, int, str]] = ()) -> Iterator[None]:
        """prepare() in short steps (a generator), for a book opened over turns of the event loop."""
        yield from self.pages.preparing(view, blocks)

    def forget_documents(self) -> None:
        """Drop the documents of the views shown so far (another document is being opened)."""
        self.pages.forget()
        self._slicer.stop(run_waiting=False)
        self.coords.forget_pending()
        self.positions = None

    def preview_conversion(self, config: str | None, script, mode: Mode | None = None) -> PagePreview | None:
        """While a book converts in the background, convert the paragraphs on screen to
        `script` (through OpenCC's `config`, by the rules of the document's `mode`: the
        paragraphs alone may read otherwise, and the preview must write what the view will).

        Only where the conversion keeps every length (nearly always for t2s and s2t), so
        every position, highlight and the caret stay valid until the full view arrives; and
        without jieba's word cut, which only the worker process loads (the full view, cut by
        words, replaces the preview a moment later). Returns the preview (None: the page
        cannot be previewed): its work() converts, in a thread, and apply_preview puts the
        result in the page, in a turn of its own; its convert, for other previews (tree, title)
        to write what the page does."""
        return self.pages.preview_conversion(config, script, mode)

    def apply_preview(self, preview: PagePreview, shown: str | None) -> bool:
        """See ScriptPages.apply_preview."""
        return self.pages.apply_preview(preview, shown)

    # -- coordinates (page_coordinates) ----------------------------------------------------
    def caret_original(self) -> int:
        return self.coords.selection_original()[1]

    def selection_original(self) -> tuple[int, int]:
        """(anchor, caret) in original offsets; equal when nothing is selected."""
        return self.coords.selection_original()

    def selected_range(self) -> tuple[int, int] | None:
        a, b = self.selection_original()
        return (min(a, b), max(a, b)) if a != b else None

    def select_original(self, anchor: int, caret: int, ensure_visible: bool = True) -> None:
        """Select from anchor to caret (original offsets), as soon as the layout has got there."""
        self.coords.select_original(anchor, caret, ensure_visible)

    def top_original(self) -> int:
        return self.coords.top_original()

    def visible_range(self) -> tuple[int, int]:
        """The original range on screen."""
        return self.coords.visible_range()

    def scroll_to_original(self, pos: int, margin: int = 0) -> None:
        """Put the line holding pos at the top of the page (less margin pixels), as soon as the
        layout has got there."""
        self.coords.scroll_to_original(pos, margin)

    def reveal(self, start: int, end: int) -> None:
        """Select a passage and show it in the upper third of the page, where the eye is."""
        self.coords.reveal(start, end)

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
        self.document().setDefaultFont(self.pinyin.page_font(font))
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
        if self.pages.current is None:
            return
        view, blocks = self.pages.current
        kept = (*self.selection_original(), self.top_original())
        if not in_two_turns:
            self._show_retypeset(None, view, blocks, kept)
            return
        doc = self.typesetter.build(view, blocks, QtPositions(view, blocks))
        self.pinyin.held = True  # no syllables over the lines of the document shown until then
        QTimer.singleShot(0, self, lambda: self._show_retypeset(doc, view, blocks, kept))

    def _show_retypeset(self, doc: QTextDocument | None, view: View, blocks, kept: tuple[int, int, int]) -> None:
        self.pinyin.held = False
        if self.pages.current is None or self.pages.current[0] is not view:  # another document came meanwhile
            if doc is not None:
                doc.deleteLater()
            return
        self.forget_documents()
        if doc is not None:
            self.pages.keep(view, doc)
        self.show_view(view, blocks)
        anchor, caret, top = kept
        self.select_original(anchor, caret, ensure_visible=False)
        self.scroll_to_original(top)

    def resizeEvent(self, event) -> None:
        # the page column first, so Qt lays the document out at the column's width (a tab
        # opened in a grown window was laid out at the whole page's); nothing here changes the
        # document: titles are balanced from the event loop (title_balance)
        rewrapped = self.pages.current is not None and event.size().width() != event.oldSize().width()
        place = self.coords.place() if rewrapped else None  # read in the layout at the old width
        self._update_measure(relayout=False)
        super().resizeEvent(event)
        if rewrapped:
            self._slicer.start(self.document())  # Qt lays the document out again, from the top
            self.titles.schedule()
            # the reader's line back at the top (it showed another part of a book: the scroll
            # bar's value kept, over a layout begun again at the new width)
            self.coords.keep_place(place)
            self.part.schedule()  # a book's window measured again at the new width

    def typeset_blocks(self) -> list | None:
        """The (start, end, kind) blocks the shown document was typeset with."""
        return self.pages.current[1] if self.pages.current is not None else None

    def layout_restarted(self) -> None:
        """Qt lays the shown document out again from the top: a long one in slices."""
        if self.pages.current is not None:
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
    def emit_caret(self) -> None:
        if self.positions is not None:
            self.caretMoved.emit(self.caret_original())

    def move_word(self, forward: bool, extend: bool) -> None:
        self.moves.move_word(forward, extend)

    def select_word_at_caret(self) -> bool:
        return self.moves.select_word_at_caret()

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
        if was != self.pinyin.active and self.pages.current is not None:
            self.pages.drop_others()  # kept documents of other scripts have the old room
            if self.pinyin.active:  # digits and Latin keep their own spacing (narrow_runs)
                format_all(self.document())
            # the characters set wider apart (or back): Qt lays the document out again from the
            # top, lazily, as after a resize; the titles are balanced again for the new widths
            self.document().setDefaultFont(self.pinyin.page_font(self.font()))
            self.layout_restarted()
            self.titles.schedule()
            self.room.start(self.typesetter.body_format().lineHeight())
            self.scroll_to_original(top)  # the top line, its syllables on the page too

    def _reader_acts(self) -> None:
        """The reader pressed a key or clicked: the window's housekeeping waits (its thread beside
        the turns that answer would make them wait for the interpreter). Not for a scroll: the
        wheel's and the bar's steps come so often that the previews' converters, held off 3 s
        a task (MOST_WAIT_MS), were not loaded by a first switch (then its preview loaded them,
        0.3-1 s of Python in a thread beside the switch's turns)."""
        housekeeping().hold_off()

    def keyPressEvent(self, event) -> None:
        self._reader_acts()
        if self.moves.key_press(event):
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy()
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        self._reader_acts()
        self._opened_fold = self.folds.press(event)  # a click on a fold's marker opens it
        if not self._opened_fold:
            super().mousePressEvent(mended(self, event))  # beside the page's own characters too

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() == Qt.MouseButton.NoButton:
            self.folds.hover(event.position().toPoint())
        if not (self._opened_fold and event.buttons() & Qt.MouseButton.LeftButton):  # not the opening press's drag
            super().mouseMoveEvent(mended(self, event) if event.buttons() else event)

    def mouseReleaseEvent(self, event) -> None:
        if not self._opened_fold:  # the press that opened a fold had no hit test: nor has its release
            super().mouseReleaseEvent(mended(self, event))

    def mouseDoubleClickEvent(self, event) -> None:
        if self._opened_fold or self.folds.press(event):  # on a fold's marker: it opens, no word selected
            return
        if self.positions is None:
            return super().mouseDoubleClickEvent(event)
        cursor = self.cursorForPosition(mended(self, event).position().toPoint())
        self.setTextCursor(cursor)
        self.select_word_at_caret()
