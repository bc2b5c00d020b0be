"""Folded stretches of a page: paragraphs hidden from view, with a marker line where they were.

A comparison folds the sections both versions share, so the page shows what changed. The text
itself never changes (every offset stays valid): the blocks wholly inside a folded range are
made invisible (QTextBlock.setVisible, which QTextEdit's layout honours), and a dashed line
with the fold's label ("⋯ 12 unchanged sections") is painted where they would be. Putting
the caret inside a fold (a find hit, a jump) opens that fold, and so does a click on its marker
line, or Unfold in the page's context menu over it (Unfold All: every fold of the page). Qt's
own hit tests (a drag, a Shift+click) land at a fold's edges, never inside it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QFontMetrics, QMouseEvent, QPainter, QPen, QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from reader.gui.page_bounds import NOTHING_FOLDED, Folded
from reader.gui.visible_blocks import shown_blocks

if TYPE_CHECKING:
    from reader.gui.document_view import DocumentView
    from reader.gui.fold import Fold


class Folds:
    def __init__(self, view: DocumentView) -> None:
        self.view = view
        self.folds: list[Fold] = []
        self._hidden = False  # whether any block of the shown document is hidden now
        self.hidden_blocks: set[int] = set()  # the block numbers folded away
        self.folded = NOTHING_FOLDED  # and their Qt positions (a book's page window skips them)
        self._caret = 0  # the caret's Qt position before its last move
        self.pointed: Fold | None = None  # the fold under the mouse when the page's menu opened

    def set(self, folds: list[Fold]) -> None:
        self.folds = sorted(folds, key=lambda f: f.start)
        self.apply()

    def apply(self) -> None:
        """Hide the blocks of the folds in the document shown now (after it changed, too)."""
        view, doc = self.view, self.view.document()
        positions = view.positions
        if positions is None or (not self.folds and not self._hidden):
            return
        hidden: set[int] = set()
        spans: list[tuple[int, int]] = []
        for fold in self.folds:
            start, end = positions.range_to_qt(fold.start, fold.end)
            block = _first_inside(doc, start)
            while block.isValid() and block.position() + block.length() - 1 <= end:
                hidden.add(block.blockNumber())
                _add_span(spans, block.position(), block.position() + block.length())
                block = block.next()
        self.hidden_blocks = hidden
        self.folded = Folded(tuple(spans))
        self._hidden = bool(hidden)
        window = shown_blocks(doc)  # a long document's: the blocks outside it stay hidden
        if window is not None and view.part.active:
            view.part.refold()  # its window's blocks, and the one below it holding the rest
            view.viewport().update()
            return
        changed = False
        block = doc.firstBlock()
        while block.isValid():
            number = block.blockNumber()
            visible = number not in hidden and (window is None or window[0] <= number <= window[1])
            if block.isVisible() != visible:
                block.setVisible(visible)
                changed = True
            block = block.next()
        if changed:
            doc.markContentsDirty(0, doc.characterCount())
            view.viewport().update()

    def caret_moved(self) -> None:
        """Qt moved the caret itself into folded paragraphs (PageDown's hit test lands in a
        fold's gap; a folded block has no place on the page, so the page went to its top): it
        goes on past the fold, the way it moved. A caret placed by Reader opens the fold."""
        view = self.view
        cursor = view.textCursor()
        qt, last = cursor.position(), self._caret
        self._caret = qt
        span = self.folded.holding(qt)
        if span is None:
            return
        start, end = span
        after = end if end < view.document().characterCount() else start - 1
        before = start - 1 if start > 0 else end
        target = after if qt >= last else before
        anchor = cursor.anchor() if cursor.hasSelection() else target
        cursor.setPosition(anchor)
        cursor.setPosition(target, QTextCursor.MoveMode.KeepAnchor)
        view.setTextCursor(cursor)

    def open_at(self, *offsets: int) -> bool:
        """Unfold the folds holding any of these original offsets; True when one opened."""
        kept = [f for f in self.folds if not any(f.start <= p < f.end for p in offsets)]
        if len(kept) == len(self.folds):
            return False
        self.set(kept)
        return True

    def paint(self, painter: QPainter) -> None:
        """A dashed line and the label in the gap where each fold's paragraphs would be."""
        view = self.view
        if not self.folds or view.positions is None:
            return
        width = view.viewport().width()
        palette = view.palette()
        painter.setFont(QApplication.font())  # the interface's type, not the page's
        painter.setPen(QPen(palette.color(palette.ColorRole.PlaceholderText), 1, Qt.PenStyle.DashLine))
        metrics = painter.fontMetrics()
        for fold, y in self.markers(metrics.height()):
            painter.drawLine(QPointF(12, y), QPointF(width - 12, y))
            text_width = metrics.horizontalAdvance(fold.label) + 12
            left = (width - text_width) / 2
            painter.fillRect(int(left), int(y - metrics.height() / 2), text_width, metrics.height(), palette.base())
            painter.drawText(QPointF(left + 6, y + (metrics.ascent() - metrics.descent()) / 2), fold.label)

    def marker_at(self, point: QPoint) -> Fold | None:
        """The fold whose marker line is at a viewport point (within half the label's height of
        it, and not on a character of the text either side, whose glyphs may come that close)."""
        half = QFontMetrics(QApplication.font()).height() / 2
        view = self.view
        at = point + QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
        for fold, y in self.markers(half * 2):
            if abs(point.y() - y) <= half:
                on_text = view.document().documentLayout().hitTest(at, Qt.HitTestAccuracy.ExactHit) >= 0
                return None if on_text else fold
        return None

    def hover(self, point: QPoint) -> None:
        """The pointing hand over a marker line (a click opens the fold), the text beam elsewhere."""
        if not self.folds:
            return
        on_marker = self.marker_at(point) is not None
        self.view.viewport().setCursor(Qt.CursorShape.PointingHandCursor if on_marker else Qt.CursorShape.IBeamCursor)

    def press(self, event: QMouseEvent) -> bool:
        """A left click on a fold's marker opens the fold, the caret at its start, as the label
        ("⋯ 3 unchanged sections ⋯") promises; True when it did (the press is used up). Shift
        and Ctrl clicks go to Qt: they extend or start a selection, which lands at the fold's
        edge and so holds the hidden text whole (copied with it, as an editor copies a fold)."""
        if event.button() != Qt.MouseButton.LeftButton or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        fold = self.marker_at(event.position().toPoint())
        if fold is None:
            return False
        self._open(fold)
        return True

    def _open(self, fold: Fold) -> None:
        self.open_at(fold.start)
        self.view.select_original(fold.start, fold.start, ensure_visible=False)

    def commands_at(self, point: QPoint) -> tuple[str, ...]:
        """The fold commands the page's context menu offers at a viewport point (reader.gui.
        actions): Unfold over a fold's marker line (that fold, kept for the command), Unfold All
        while anything is folded away."""
        self.pointed = self.marker_at(point)
        if not self._hidden:
            return ()
        return ("unfold", "unfold_all") if self.pointed is not None else ("unfold_all",)

    def open_pointed(self) -> None:
        """Unfold: the fold under the mouse when the menu opened, as a click on its marker
        opens it (the caret at its start); without one (a key given to the command), the fold
        nearest the caret."""
        fold, self.pointed = self.pointed, None
        if fold is None and self.folds and self.view.positions is not None:
            caret = self.view.caret_original()
            fold = min(
                self.folds,
                key=lambda f: 0 if f.start <= caret < f.end else min(abs(caret - f.start), abs(caret - f.end)),
            )
        if fold is not None:
            self._open(fold)

    def open_all(self) -> None:
        """Unfold All: every fold of this page opens; the caret stays where it is."""
        self.pointed = None
        self.set([])

    def markers(self, reach: float) -> Iterator[tuple[Fold, float]]:
        """Each fold with something hidden and the viewport height of its marker line, for the
        folds whose line is on the page (or within `reach` pixels of it)."""
        view = self.view
        positions = view.positions
        if not self.folds or positions is None:
            return
        doc = view.document()
        scroll, height = view.verticalScrollBar().value(), view.viewport().height()
        for fold in self.folds:
            first = _first_inside(doc, positions.range_to_qt(fold.start, fold.end)[0])
            after = first
            while after.isValid() and not after.isVisible():
                after = after.next()
            if after == first:  # nothing of it is hidden (a fold within one paragraph)
                continue
            before = first.previous()
            while before.isValid() and not before.isVisible():
                before = before.previous()
            # the middle of the gap between the text either side (a line's leading is below
            # its glyphs): under the last line before the fold, above the first after it
            top = _glyph_bottom(before) if before.isValid() else 0.0
            bottom = _line_top(after) if after.isValid() else doc.documentLayout().documentSize().height()
            y = (top + bottom) / 2 - scroll
            if -reach <= y <= height + reach:
                yield fold, y


def _first_inside(doc: QTextDocument, start: int) -> QTextBlock:
    """The first block a fold from `start` can hide: one that begins before it stays."""
    block = doc.findBlock(start)
    return block if block.position() >= start else block.next()


def _glyph_bottom(block) -> float:
    text = block.layout()
    line = text.lineAt(text.lineCount() - 1)
    return text.position().y() + line.y() + line.ascent() + line.descent() if line.isValid() else text.position().y()


def _line_top(block) -> float:
    text = block.layout()
    line = text.lineAt(0)
    return text.position().y() + (line.y() if line.isValid() else 0.0)


def _add_span(spans: list[tuple[int, int]], start: int, end: int) -> None:
    """[start, end) added to spans in order, joined to the last one when they touch or overlap."""
    if spans and spans[-1][1] >= start:
        spans[-1] = (spans[-1][0], max(end, spans[-1][1]))
    else:
        spans.append((start, end))
