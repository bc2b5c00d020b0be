"""Typesetting a reading for the page: a script view's text made into a QTextDocument, block
by block with the body's format, each typeset kind (title, heading, dateline …) in its style,
and the titles balanced. Done before the document is shown: an edit to a shown document is laid
out again, and a format changed while Qt lays it out lazily stops that layout (title_balance)."""

from __future__ import annotations

import threading
from bisect import bisect_left
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat

from reader.core.char_classes import ZERO_WIDTH
from reader.core.job_threads import give_way
from reader.core.patterns import compiled
from reader.core.punctuation import clean_punctuation
from reader.core.scripts import View
from reader.core.wrapping import join_soft_breaks
from reader.gui.housekeeping import housekeeping
from reader.gui.narrow_runs import format_in_steps
from reader.gui.pinyin_layer import RUBY_LINE_HEIGHT
from reader.gui.positions import QtPositions
from reader.gui.visible_blocks import mark_windowed, windowed_by_length

if TYPE_CHECKING:  # a display text's Changes are made in the housekeeping thread, after the text paints
    from reader.core.text_changes import Changes
    from reader.gui.document_view import DocumentView

DOC_MARGIN = 28  # pixels around the text, inside the page
STEP_LINES = 100  # paragraphs typeset in one step of build_in_steps (a few ms of a novel's)
_BLOCK_BREAK = "[\n\r\u2029\ufdd0\ufdd1]"  # what QTextCursor.insertText starts a block at
# (compiled for a text with breaks other than line feeds: 2.4 M instructions of a launch)
_OTHER_BREAKS = "\r\u2029\ufdd0\ufdd1"  # those but the line feed
_BLANK_LINE = QTextBlockFormat()
_BLANK_LINE.setLineHeight(2, QTextBlockFormat.LineHeightTypes.FixedHeight.value)


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
    # 法規名稱： before a title's name: muted only, in the title's type, so that the title's
    # line is measured and balanced as one (title_balance)
    "label": (None, 2, True, True),
    "credit": (_RIGHT, -1, False, True),
}


def _lines(text: str) -> Iterator[str]:
    """text cut at each block break, as _BLOCK_BREAK.split, one line at a time: the 5 M
    book's whole split took 30 ms in one step of build_in_steps. A text whose only breaks are
    line feeds (a book's, nearly always) is cut by str.find: the pattern's search, a step per
    character, was 20-40 ms of the window's thread while 红楼梦 was typeset at launch."""
    start = 0
    if not any(other in text for other in _OTHER_BREAKS):
        find = text.find
        while (end := find("\n", start)) >= 0:
            yield text[start:end]
            start = end + 1
        yield text[start:]
        return
    for found in compiled(_BLOCK_BREAK).finditer(text):
        yield text[start : found.start()]
        start = found.end()
    yield text[start:]


def qt_cursor(doc: QTextDocument, positions: QtPositions, start: int, end: int) -> QTextCursor:
    """A cursor selecting [start, end) of the original in doc."""
    cursor = QTextCursor(doc)
    a, b = positions.range_to_qt(start, end)
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    return cursor


DISPLAY_TEXTS = 2  # display texts kept (Typesetter.display_text): two scripts switched between
COMPACT_AFTER_MS = 1000  # a display text made is kept whole this long (a swap wants it twice)


def _display_text(shown: View, line_joins: list[int], clean: bool) -> str:
    text = shown.text
    if line_joins:
        text = join_soft_breaks(text, [shown.to_view(p) for p in line_joins])
    return clean_punctuation(text) if clean else text


class Typesetter:
    def __init__(self, view: DocumentView) -> None:
        self.view = view
        # the display texts last made: (what each was made from, the text or its Changes from
        # the view's text), newest last
        self._made: list[tuple[tuple, str | Changes]] = []
        self._lock = threading.Lock()  # _made, between the window's thread and _compact's

    def display_text(self, shown: View) -> str:
        """The view's text as the page shows it: wrapped lines joined, clean punctuation (both
        keep every length). The last DISPLAY_TEXTS are kept: a book's (7–11 ms) is made in a
        thread before its script is first shown (display_text_work), then wanted twice
        (text_swap), and again at each switch back and forth between two scripts."""
        made_from, work = self.display_text_work(shown)
        text = self._kept(made_from)
        if text is None:
            text = work()
            self.keep(made_from, text)
        return text

    def display_text_work(self, shown: View) -> tuple[tuple, Callable[[], str]]:
        """What display_text(shown) is made from (the page's settings now), and the work that
        makes it, which reads nothing of the page's: for a thread, then keep() on the window's."""
        view = self.view
        made_from = (shown, view.line_joins, view.prefs.clean_punctuation)
        return made_from, lambda: _display_text(*made_from)

    def keep(self, made_from: tuple, text: str) -> None:
        """A display text made (display_text_work), kept for display_text."""
        if self._kept(made_from) is None:
            with self._lock:
                self._made.append((made_from, text))
                del self._made[:-DISPLAY_TEXTS]
            self._compact_later()

    def _kept(self, made_from: tuple) -> str | None:
        # views with the same text object are the same view of it (the original and a script
        # the original is written in: 原文 and 简体 of 红楼梦), whose display texts are equal:
        # one is kept for both, not a copy of the book each
        shown, *rest = made_from
        with self._lock:
            for i, ((source, *source_rest), kept) in enumerate(self._made):
                if source.text is shown.text and all(a is b for a, b in zip(source_rest, rest)):
                    entry = self._made.pop(i)  # the same entry, newest now (_compact's thread finds it)
                    if not isinstance(kept, str):  # its Changes: made again from the view (1-3 ms on 红楼梦)
                        kept = kept.applied(source.text)
                        entry = (entry[0], kept)
                        self._compact_later()
                    self._made.append(entry)
                    return kept
        return None

    def _compact_later(self) -> None:
        QTimer.singleShot(COMPACT_AFTER_MS, self.view, self._compact)

    def _compact(self) -> None:
        """The display texts kept whole become their changes from their views' texts, in the
        housekeeping thread (5-10 ms on 红楼梦): each was a copy of the book (1.6 MB of 红楼梦,
        2 B/char)."""
        with self._lock:
            whole = [entry for entry in self._made if isinstance(entry[1], str) and entry[1] is not entry[0][0].text]
        if not whole:
            return

        def work() -> None:
            from reader.core.text_changes import changes

            for entry in whole:
                give_way()  # to the reader's keys and clicks (reader.gui.housekeeping)
                made_from, text = entry
                packed = changes(made_from[0].text, text)
                if packed is None:
                    continue  # lengths differ (never here) or most of it changed: kept whole
                with self._lock:
                    for i, kept in enumerate(self._made):
                        if kept is entry:
                            self._made[i] = (made_from, packed)

        housekeeping().run(work, lambda _none: None, owner=self.view)

    def display_part(self, text: str, start: int) -> str:
        """text, the original's text from `start` on (or a conversion of it that keeps every
        length: a preview), as the page shows it (display_text)."""
        view = self.view
        if view.line_joins:
            joins = view.line_joins
            first, last = bisect_left(joins, start), bisect_left(joins, start + len(text))
            text = join_soft_breaks(text, [p - start for p in joins[first:last]])
        return clean_punctuation(text) if view.prefs.clean_punctuation else text

    def build(self, shown: View, blocks, positions: QtPositions) -> QTextDocument:
        """A script view's document, typeset: each block with its format, then the kinds' styles
        and the titles' balance."""
        *_, doc = self.build_in_steps(shown, blocks, positions)
        return doc

    def build_in_steps(self, shown: View, blocks, positions: QtPositions) -> Iterator[QTextDocument | None]:
        """build(), a step at a time: yields None after every STEP_LINES paragraphs and each
        stage, and the document last (a book's takes 0.2 s: text_swap typesets one in slices)."""
        view = self.view
        # filled and typeset before any widget lays it out: each edit to a shown document
        # would lay it out again
        doc = QTextDocument(view.doc_owner)
        doc.setDocumentMargin(DOC_MARGIN)
        doc.setDefaultFont(view.pinyin.page_font(view.font()))  # set wider while pinyin is shown
        doc.setUndoRedoEnabled(False)
        try:
            yield from self._fill(doc, shown, blocks, positions)
        except GeneratorExit:  # given up half-way (text_swap): the document goes too
            if shiboken6.isValid(doc):  # (not with its page already: a generator collected late)
                doc.deleteLater()
            raise
        yield doc

    def _fill(self, doc: QTextDocument, shown: View, blocks, positions: QtPositions) -> Iterator[None]:
        view = self.view
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        # block by block, each with its format: four times quicker on a novel than inserting
        # the text whole and formatting its blocks after (a cursor placed 5,000 times)
        body = self.body_format()
        own_indent = QTextBlockFormat(body)
        own_indent.setTextIndent(0)
        text = positions.shown(self.display_text(shown))  # a dateline's runs joined (positions)
        # a book's blocks are typeset hidden: the page shows a window of them (page_window)
        hidden = windowed_by_length(len(text))
        for i, line in enumerate(_lines(text)):
            if not line.strip().strip(ZERO_WIDTH):
                # blank lines (whitespace, or a web page's lone zero-width space) separate
                # paragraphs; the margins already do
                fmt = _BLANK_LINE
            elif line[0] in " \u3000" and view.prefs.indent:  # the text brings its own indent (　　)
                fmt = own_indent
            else:
                fmt = body
            if i:
                cursor.insertBlock(fmt)
            else:
                cursor.setBlockFormat(fmt)
            if hidden:
                cursor.block().setVisible(False)
            if line:
                cursor.insertText(line)
            if i % STEP_LINES == STEP_LINES - 1:
                yield None
        if hidden:
            mark_windowed(doc)
        yield from self._typesetting(doc, blocks, positions)
        if view.pinyin.active:  # the page's font is set wider for the syllables: not digits and Latin
            yield from format_in_steps(doc)
        view.titles.typeset(doc, positions, blocks)
        cursor.endEditBlock()

    def body_format(self) -> QTextBlockFormat:
        view = self.view
        block = QTextBlockFormat()
        # taller lines while pinyin is shown over the characters (View ▸ Pinyin)
        height = max(view.prefs.line_height, RUBY_LINE_HEIGHT) if view.pinyin.active else view.prefs.line_height
        block.setLineHeight(height, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        block.setBottomMargin(view.fontMetrics().height() * view.prefs.paragraph_spacing)
        if view.prefs.indent:  # two characters, as Chinese print does
            block.setTextIndent(view.fontMetrics().horizontalAdvance("中") * 2)
        return block

    def _typesetting(self, doc: QTextDocument, blocks, positions: QtPositions) -> Iterator[None]:
        """Title, headings, dateline …: each kind's alignment, size and weight; None yielded
        after every STEP_LINES blocks and at the end (the 5 M book's 720 headings held the
        window's thread 20-25 ms in one step)."""
        for i, (start, end, kind) in enumerate(blocks):
            if i % STEP_LINES == STEP_LINES - 1:
                yield None
            style = _KIND_STYLES.get(kind)
            if style is None:
                continue
            align, size_step, bold, muted = style
            char = QTextCharFormat()
            char.setProperty(QTextFormat.Property.FontSizeAdjustment, size_step)
            char.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
            if muted:
                char.setForeground(self.view.palette().placeholderText())
            cursor = qt_cursor(doc, positions, start, end)
            if align is not None:
                fmt = QTextBlockFormat()
                fmt.setAlignment(align)
                fmt.setTextIndent(0)
                cursor.mergeBlockFormat(fmt)
            cursor.mergeCharFormat(char)
        yield None
