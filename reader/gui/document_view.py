"""The read-only page: shows one script view, keeps a keyboard caret, moves by jieba words,
and paints highlights, search hits and a brief section flash as extra selections."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QPainter, QPalette, QTextCharFormat, QTextOption
from PySide6.QtWidgets import QTextEdit, QWidget

from reader.core.script_names import Mode
from reader.core.scripts import View
from reader.gui.caret_moves import CaretMoves
from reader.gui.folds import Folds
from reader.gui.highlight_layers import HighlightLayers
from reader.gui.layout_slicer import LayoutSlicer
from reader.gui.line_room import LineRoom
from reader.gui.narrow_runs import format_all
from reader.gui.page_coordinates import PageCoordinates
from reader.gui.page_hits import mended
from reader.gui.page_input import PageInput
from reader.gui.page_measure import PageMeasure
from reader.gui.page_typesetting import DOC_MARGIN, Typesetter
from reader.gui.page_window import PageWindow
from reader.gui.pinyin_layer import PinyinLayer
from reader.gui.positions import QtPositions
from reader.gui.reading_prefs import ReadingPrefs
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
        self.input = PageInput(self)  # keys and clicks (a fold's marker, a double click's word)
        self.pinyin = PinyinLayer(self)  # syllables over the characters (View ▸ Pinyin)
        self.room = LineRoom(self)  # taller lines for them, made in place
        self.coords = PageCoordinates(self, self._slicer)  # caret, selection and scroll in original offsets
        self.pages = ScriptPages(self, self._slicer)  # the laid-out document of each script view
        self.part = PageWindow(self)  # a book's: only the blocks near the page laid out
        self.measure = PageMeasure(self)  # the font, and the column's width, centred
        self.cursorPositionChanged.connect(self.folds.caret_moved)  # first: never left in a fold
        self.cursorPositionChanged.connect(self.part.caret_moved)
        self.cursorPositionChanged.connect(self.coords.caret_placed)
        self.cursorPositionChanged.connect(self.emit_caret)
        self.measure.apply_font()

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
        same length as the one shown goes into the shown document instead (script_swap), and
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
        if self.positions is None or config is None:
            return None
        from reader.gui.page_preview import preview_page  # with a book's first switch: not at launch

        return preview_page(self, config, script, mode)

    def apply_preview(self, preview: PagePreview, shown: str | None) -> bool:
        """See page_preview.apply_preview."""
        from reader.gui.page_preview import apply_preview

        return apply_preview(self, preview, shown)

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

    # -- zoom and measure (page_measure) -----------------------------------------------------
    def zoom(self, steps: int | None) -> None:
        """steps: +1/-1 change the size, None resets it."""
        self.zoom_steps = 0 if steps is None else max(-6, min(12, self.zoom_steps + steps))
        self.measure.apply_font()

    def set_prefs(self, prefs: ReadingPrefs, dark: bool) -> None:
        """Type, spacing, punctuation and theme, applied to the page at once."""
        self.prefs = prefs
        self.dark = dark
        self.measure.apply_font()

    def resizeEvent(self, event) -> None:
        # the page column first, so Qt lays the document out at the column's width (a tab
        # opened in a grown window was laid out at the whole page's); nothing here changes the
        # document: titles are balanced from the event loop (title_balance)
        rewrapped = self.pages.current is not None and event.size().width() != event.oldSize().width()
        place = self.coords.place() if rewrapped else None  # read in the layout at the old width
        self.measure.update(relayout=False)
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

    def copy(self) -> None:
        """Copy what the text says, not how it is painted: no display-only punctuation.
        (Not through createMimeDataFromSelection: Qt would own a QMimeData made in Python,
        and both would free it.)"""
        selected = self.selected_range()
        if selected is None or self.positions is None:
            super().copy()
            return
        QGuiApplication.clipboard().setText(self.positions.view.slice(*selected))

    # -- keyboard and mouse (page_input) -----------------------------------------------------
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

    def keyPressEvent(self, event) -> None:
        if not self.input.key_press(event):
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        if not self.input.press(event):
            super().mousePressEvent(mended(self, event))  # beside the page's own characters too

    def mouseMoveEvent(self, event) -> None:
        if not self.input.move(event):
            super().mouseMoveEvent(mended(self, event) if event.buttons() else event)

    def mouseReleaseEvent(self, event) -> None:
        if not self.input.release(event):
            super().mouseReleaseEvent(mended(self, event))

    def mouseDoubleClickEvent(self, event) -> None:
        if not self.input.double_click(event):
            super().mouseDoubleClickEvent(event)
