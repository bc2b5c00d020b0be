"""What is painted over the page's text, in named layers (a comparison's changes, highlights,
find hits, the current hit, a section's brief flash), as the view's extra selections.

A layer is given as (start, end, format) ranges of the original. Past WINDOWED_RANGES ranges
in all (every hit of a frequent word in a book), only those near the page are made into
selections, again as the page scrolls: a QTextCursor costs 25 µs to place in a novel, so four
thousand hits held the window for a tenth of a second at each step."""

from __future__ import annotations

from bisect import bisect_left
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QTextEdit

from reader.core.char_classes import ZERO_WIDTH
from reader.core.patterns import compiled
from reader.gui.page_typesetting import qt_cursor
from reader.gui.palette import highlight_colour

if TYPE_CHECKING:
    from reader.core.annotations.model import Annotation
    from reader.gui.document_view import DocumentView

WINDOWED_RANGES = 400
PREVIEW_MAX = 20_000  # past this many characters "on screen", the page is not laid out yet
_LAYER_ORDER = ("changes", "highlights", "hits", "current_hit", "flash")  # changes: a comparison
BREAK = "[\n\r\u2028\u2029]"  # where the page starts a line or a paragraph (compiled on first use)
# a break with the blank lines, indents and spaces about it: compiled when first used (a
# comparison's changes, a flash), not with the page at launch
_GAP = f"[\\s{ZERO_WIDTH}]*[\n\r\u2028\u2029][\\s{ZERO_WIDTH}]*"


def painted_runs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of [start, end) of `text` coloured on the page (a change, a flash): the text of
    each paragraph it holds, not the breaks and blank lines between them. Qt paints a selected
    paragraph end as a box a space wide: on a blank line between two removed paragraphs it stood
    alone, a pink block on an empty line. A change of nothing but a break (the other version
    joined two paragraphs, or split one) is coloured at the end of the paragraph before it: a
    bar a space wide just after its last character, where the join is (and a pilcrow would be)."""
    runs: list[tuple[int, int]] = []
    at = start
    for gap in compiled(_GAP).finditer(text, start, end):
        if gap.start() > at:
            runs.append((at, gap.start()))
        at = gap.end()
    if at < end:
        runs.append((at, end))
    if not runs and (join := compiled(BREAK).search(text, start, end)):
        runs.append((join.start(), join.start() + 1))
    return runs


class HighlightLayers(QObject):
    def __init__(self, view: DocumentView) -> None:
        super().__init__(view)
        self.view = view
        self._specs: dict[str, list[tuple[int, int, QTextCharFormat]]] = {}
        self.shown: dict[str, list[QTextEdit.ExtraSelection]] = {}  # each layer's selections on the page
        self._by_start: dict[str, tuple[list[int], list, int]] = {}  # a windowed layer's ranges by start
        self._window: tuple[int, int] | None = None  # the original range windowed layers cover
        self._hits: list | None = None  # the hits the "hits" layer was made from (paint_hits)
        self._timer = QTimer(self, singleShot=True, interval=0, timeout=self.rebuild)
        self._flash_timer = QTimer(self, singleShot=True, interval=900, timeout=lambda: self.set_layer("flash", []))
        view.verticalScrollBar().valueChanged.connect(self.scrolled)

    def set_layer(self, name: str, ranges: list[tuple[int, int, QTextCharFormat]]) -> None:
        """Paint (start, end, format) ranges of the original as one named layer."""
        view = self.view
        self._specs[name] = ranges
        self._by_start.pop(name, None)
        if self._windowed():
            if view.positions is not None and self._covers_page():
                # the page still within the part windowed layers cover: only this layer's
                # selections are made again (the current hit moving made every layer's thousands
                # again, 36 ms a step in a book)
                self.shown[name] = [self._selection(*r) for r in self._near(name)]
                self._paint()
                return
            self.rebuild()  # the window may have to cover another part now
            return
        self._window = None
        self.shown[name] = [self._selection(*r) for r in ranges] if view.positions else []
        self._paint()

    def _windowed(self) -> bool:
        return sum(len(r) for r in self._specs.values()) > WINDOWED_RANGES

    def rebuild(self) -> None:
        view = self.view
        # a new document (another script, new type settings), or the page scrolled away from
        # the part a windowed layer covers: the same ranges, fresh cursors
        if view.positions is None:
            self.shown = {name: [] for name in self._specs}
            return
        self._window = self._paint_window() if self._windowed() else None
        self.shown = {name: [self._selection(*r) for r in self._near(name)] for name in self._specs}
        self._paint()

    def _paint_window(self) -> tuple[int, int]:
        """Three pages above and below the page on screen, in original offsets."""
        view = self.view
        top, bottom = view.visible_range()
        if not 0 <= bottom - top <= PREVIEW_MAX:  # not laid out yet: the caret's surroundings
            top = bottom = view.caret_original()
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

    def _covers_page(self) -> bool:
        """The part windowed layers cover still holds the page on screen."""
        if self._window is None:
            return False
        top, bottom = self.view.visible_range()
        low, high = self._window
        return low <= top and bottom <= high

    def scrolled(self) -> None:
        if self._window is None or self.view.positions is None:
            return
        if not self._covers_page():
            self._timer.start()  # once, after the scrolling of this turn

    def _paint(self) -> None:
        view = self.view
        view.setExtraSelections([s for layer in _LAYER_ORDER for s in self.shown.get(layer, [])])

    def _selection(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        view = self.view
        sel = QTextEdit.ExtraSelection()
        sel.cursor = qt_cursor(view.document(), view.positions, start, end)
        sel.format = fmt
        return sel

    def paint_annotations(self, annotations: list[Annotation]) -> None:
        view = self.view
        if view.positions is None:
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
                fmt.setUnderlineColor(underline.lighter(130) if view.dark else underline.darker(130))
                fmt.setFontUnderline(True)
            else:
                # translucent, so overlapping highlights show through each other
                fmt.setBackground(highlight_colour(a.colour, 170 if view.dark else 120, view.dark))
            selections.append((a.start, a.end, fmt))
        self.set_layer("highlights", selections)

    def paint_hits(self, hits, current: int | None) -> None:
        view = self.view
        if view.positions is None:
            return
        if hits is not self._hits or len(hits) != len(self._specs.get("hits", ())):
            # the same hits with another current one (a step through them): the layer stays
            self._hits = hits
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
        view = self.view
        fmt = QTextCharFormat()
        fmt.setBackground(view.palette().highlight().color().lighter(170))
        # its text only, as a comparison's changes are coloured (a flash over paragraphs lit
        # the blank lines between them)
        self.set_layer("flash", [(s, e, fmt) for s, e in painted_runs(view.original_text, start, end)])
        self._flash_timer.start()
