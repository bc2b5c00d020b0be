"""Find in the text: the find bar, the marks on every hit, and the dispersion strip beside the
page. It presents core.search for the Reading it is given."""

from __future__ import annotations

import threading
import weakref
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer

from reader.core.plural import plural
from reader.core.scripts import Script
from reader.gui import background
from reader.gui.back_pointer import BackPointer
from reader.gui.dispersion import DispersionStrip
from reader.gui.find_bar import FindBar
from reader.gui.housekeeping import housekeeping

if TYPE_CHECKING:  # core.search is imported with the first find, not at launch (4.2 M)
    from reader.core.search import Hit, SearchIndex


class FindController(QObject):
    reading = BackPointer()  # the Reading owns this controller (reader.gui.back_pointer)

    def __init__(self, reading) -> None:
        super().__init__(reading)
        self.reading = reading
        self.bar = FindBar()
        self.bar.hide()
        self.strip = DispersionStrip()
        self.hits: list[Hit] = []
        self.current: int | None = None
        self._index: SearchIndex | None = None
        self._asked = 0  # queries asked: a thread's hits for an older one are dropped
        self._on_strip: list[Hit] | None = None  # the hits the strip shows
        self.bar.queryChanged.connect(self._query_changed)
        self.bar.nextRequested.connect(lambda: self.step(+1))
        self.bar.previousRequested.connect(lambda: self.step(-1))
        self.bar.closed.connect(self._closed)
        self.strip.jumpRequested.connect(self._strip_jump)
        reading.view.verticalScrollBar().valueChanged.connect(self.update_strip_window)

    def reset(self) -> None:
        """Another document: nothing found yet, no index."""
        self._index = None
        self._asked += 1  # a find still running was for the other document
        self.hits, self.current = [], None

    def open(self, text: str | None = None) -> None:
        """Open the bar on text, or on the selection when it is short."""
        reading = self.reading
        if text is None:
            rng = reading.view.selected_range()
            if rng and rng[1] - rng[0] <= 40:
                text = reading.shown_view().slice(*rng)
        self.bar.open_bar(text)

    def step(self, direction: int) -> None:
        housekeeping().hold_off()  # the page jumps to the hit: its turns first
        if not self.bar.isVisible():
            self.bar.open_bar()
        if not self.hits:
            return
        self.current = ((self.current or 0) + direction) % len(self.hits)  # wraps at either end
        self._show_current()

    def _query_changed(self, query: str) -> None:
        session = self.reading.session
        if self._index is None and query:
            from reader.core.search import SearchIndex

            if session.views.cached(Script.SIMPLIFIED) is None and len(session.text) > background.BACKGROUND_CHARS:
                self.bar.count.setText(self.tr("Indexing…"))

                def done(index) -> None:
                    if not self.reading.closed:  # else the tab closed while it was indexed
                        self._index = index
                        self._query_changed(self.bar.edit.text())

                self.reading.background.run(lambda: SearchIndex(session.views), done)
                return
            self._index = SearchIndex(session.views)
        shown = session.views.cached(self.reading.script)
        self._asked += 1
        if query and self._index and len(session.text) > background.BACKGROUND_CHARS:
            # a book's scan (thousands of hits placed and sorted, a view folded the first time)
            # held the window 145-172 ms: it runs in a thread, the window answering meanwhile
            asked, index = self._asked, self._index
            this, answered = weakref.ref(self), threading.Event()

            def find() -> list[Hit]:
                try:
                    return index.find(query, shown=shown)
                except BaseException:
                    answered.set()
                    raise

            def found(hits) -> None:
                answered.set()
                if asked == self._asked and not self.reading.closed:  # else a newer query was typed
                    self._show_found(hits, marks_later=True)
                    housekeeping().hold_off()  # and the page's jump to the first hit, painted

            self.reading.background.run(find, found)
            # the window's housekeeping waits for the hits (a query given up: no longer)
            housekeeping().hold_while(lambda: not answered.is_set() and (f := this()) is not None and f._asked == asked)
            return
        self._show_found(self._index.find(query, shown=shown) if query and self._index else [])

    def _show_found(self, hits: list[Hit], marks_later: bool = False) -> None:
        self.hits = hits
        caret = self.reading.view.caret_original()
        self.current = next((i for i, h in enumerate(self.hits) if h.start >= caret), 0) if self.hits else None
        self._show_current(marks_later)

    def _show_current(self, marks_later: bool = False) -> None:
        """The current hit on the page, and the hits marked; marks_later: in a turn after the
        page's jump (a book's thousands of hits marked, and the jump's blocks laid out
        (page_window), held one turn 10-16 ms on 红楼梦; and marked first, they were made for
        the page before the jump, then again after it)."""
        if not marks_later:
            self.repaint()
        if self.current is not None:
            hit = self.hits[self.current]
            self.reading.view.reveal(hit.start, hit.end)
        self.bar.set_count(self.current, len(self.hits))
        if marks_later:
            QTimer.singleShot(0, self, self.repaint)

    def repaint(self) -> None:
        """Mark the hits (only while the bar is open) and draw them on the strip."""
        shown = self.hits if self.bar.isVisible() else []
        self.reading.view.paint_hits(shown, self.current)
        self.strip.setVisible(bool(shown))
        session = self.reading.session
        if shown:
            if shown is not self._on_strip:  # a step to the next hit leaves the strip's ticks as they are
                self._on_strip = shown
                label = plural(
                    len(shown),
                    self.tr("1 place: click the mark to go there"),
                    self.tr("{count} places: click a mark to go there"),
                ).format(count=len(shown))
                self.strip.set_occurrences([(h.start, h.end) for h in shown], len(session.text), label)
            self.update_strip_window()
        else:
            self._on_strip = None

    def update_strip_window(self) -> None:
        if self.strip.isVisible() and self.reading.view.positions is not None:
            self.strip.set_window(*self.reading.view.visible_range())

    def _strip_jump(self, start: int, end: int) -> None:
        self.current = next((i for i, h in enumerate(self.hits) if h.start == start), self.current)
        self.reading.jump(start, end)
        self.bar.set_count(self.current, len(self.hits))
        self.repaint()

    def _closed(self) -> None:
        self._asked += 1  # a find still running is not wanted any more: its hits would jump the page
        self.repaint()
        self.reading.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
