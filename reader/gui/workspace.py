"""The readings on screen: tabs in one pane, or two panes side by side, and which reading is
current (the one the reader last clicked, tabbed or switched into). The docks, the status bar
and every command follow `currentChanged`; the window decides what opens and closes."""

from __future__ import annotations

from operator import attrgetter
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication, QSplitter, QTabBar, QTabWidget, QToolButton, QWidget

from reader.gui.settings import TabsState
from reader.gui.visible_blocks import windowed_by_length
from reader.models.plain_text import escaped

if TYPE_CHECKING:
    from reader.gui.reading import Reading  # imported after the window's first paint (opening)

SYNC_DELAY_MS = 40
TAB_CHARS = 8
"""Characters of a title a tab keeps before the tabs scroll: Qt's own least is two and "...",
and seven documents at 640 px showed "事…" each."""
SHARED_CHARS = 4
"""Characters a tab keeps while the tabs share the bar: fewer than TAB_CHARS only when all of
them then fit, so tabs elide before they scroll (seven tabs of TAB_CHARS each scrolled in the
~1,000 px bar of a 1,700 px window)."""


class TitleTabs(QTabBar):
    """Tabs that share the bar's width, eliding their titles down to SHARED_CHARS characters;
    more tabs than fit that way scroll, each keeping TAB_CHARS. A title is cut in its middle,
    after what its tab's data says to keep whole (a version while comparing).

    Where the tabs would share the bar only without the close buttons of those not current,
    those tabs go without (as a browser's crowded tabs do; a middle click closes any tab):
    seven tabs in a split pane of a 1920 px window scrolled, each ✕ taking the room that
    would have shown every tab."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._spare: list[QWidget] = []  # close buttons taken off tabs, to give back
        self._refit = QTimer(self, singleShot=True, interval=0, timeout=self._fit_close_buttons)
        self.currentChanged.connect(lambda _index: self._refit.start())  # not start(index): its interval

    def tabInserted(self, index: int) -> None:
        super().tabInserted(index)
        self._refit.start()

    def tabRemoved(self, index: int) -> None:
        super().tabRemoved(index)
        self._refit.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._refit.start()  # after the resize: a button set or taken lays the tabs out again

    def mouseReleaseEvent(self, event) -> None:
        index = self.tabAt(event.position().toPoint())
        if event.button() == Qt.MouseButton.MiddleButton and index >= 0 and self.tabsClosable():
            self.tabCloseRequested.emit(index)
            return
        super().mouseReleaseEvent(event)

    def _fit_close_buttons(self) -> None:
        if not self.tabsClosable() or (self.count() < 2 and not self._spare):
            return  # one tab keeps its ✕ (and the style's enums are not loaded at launch)
        from PySide6.QtWidgets import QStyle

        side = QTabBar.ButtonPosition(
            self.style().styleHint(QStyle.StyleHint.SH_TabBar_CloseButtonPosition, None, self)
        )
        buttons = [self.tabButton(i, side) for i in range(self.count())]
        sample = next((b for b in [*buttons, *self._spare] if b is not None), None)
        if sample is None:
            return
        room = sample.width() + 4  # what a close button adds to its tab (QTabBar::tabSizeHint)
        shortest = sum(self._least(i, SHARED_CHARS).width() + (0 if b else room) for i, b in enumerate(buttons))
        bare = shortest > self.width() >= shortest - room * (self.count() - 1)
        for index, button in enumerate(buttons):
            if (not bare or index == self.currentIndex()) and button is None and self._spare:
                self.setTabButton(index, side, self._spare.pop())
            elif bare and index != self.currentIndex() and button is not None:
                self._spare.append(button)
                self.setTabButton(index, side, None)  # hidden, kept for when there is room

    def initStyleOption(self, option, index: int) -> None:
        super().initStyleOption(option, index)  # the text elided by Qt (ElideMiddle), to paint
        whole, kept = self.tabText(index), self.tabData(index) or 0
        if not kept or option.text == whole:
            return
        metrics = self.fontMetrics()
        head = whole[:kept]
        room = metrics.horizontalAdvance(option.text) - metrics.horizontalAdvance(head)
        option.text = head + metrics.elidedText(whole[kept:], Qt.TextElideMode.ElideMiddle, max(0, room))

    def minimumTabSizeHint(self, index: int) -> QSize:
        kept = self._least(index, TAB_CHARS)
        shortest = [self._least(i, SHARED_CHARS).width() for i in range(self.count())]
        if sum(shortest) > self.width():
            return kept  # they scroll
        # an even share each, as far as their titles need it: Qt takes the same pixels from
        # every tab, which left one of three tabs of a 1,024 px window 4 characters, the others 7
        share = self.width() // self.count()
        least = [max(short, min(self._least(i, TAB_CHARS).width(), share)) for i, short in enumerate(shortest)]
        return QSize(least[index] if sum(least) <= self.width() else shortest[index], kept.height())

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        slivers = self._slivers()
        if slivers:
            from PySide6.QtWidgets import QStyle  # its enums' type costs 8 ms: not at launch (one tab)

            base = self.style().pixelMetric(QStyle.PixelMetric.PM_TabBarBaseOverlap, None, self)
            with QPainter(self) as painter:  # ended here, not when the frame goes (status_line)
                for sliver in slivers:  # the bar's own background (the base line below kept)
                    painter.fillRect(sliver.adjusted(0, 0, 0, -base), self.palette().window())

    def mousePressEvent(self, event) -> None:
        if not any(sliver.contains(event.position().toPoint()) for sliver in self._slivers()):
            super().mousePressEvent(event)

    def _slivers(self) -> list[QRect]:
        """What shows of tabs scrolled nearly out of the bar, too narrow for any of their title
        (less than Qt's least tab): left blank and deaf. A split pane's bar showed a sliver of
        the tab before the current one beside the scroll arrows, its edge and no title."""
        arrows = [button for button in self.findChildren(QToolButton) if button.isVisibleTo(self)]
        if not arrows:
            return []  # the tabs all fit: none is cut
        middle = self.width() // 2
        left = max((b.geometry().right() + 1 for b in arrows if b.x() < middle), default=0)
        right = min((b.x() for b in arrows if b.x() >= middle), default=self.width())
        room = QRect(left, 0, right - left, self.height())
        cut = []
        for index in range(self.count()):
            tab = self.tabRect(index)
            shown = tab.intersected(room)
            least = super().minimumTabSizeHint(index).width()
            if index != self.currentIndex() and 0 < shown.width() < min(tab.width(), least):
                cut.append(shown)
        return cut

    def _least(self, index: int, chars: int) -> QSize:
        """The tab with `chars` characters of its title and "…" (its whole title when shorter)."""
        title = self.tabText(index)
        if len(title) <= chars:
            return self.tabSizeHint(index)
        least = super().minimumTabSizeHint(index)  # the title as Qt elides it at its shortest
        metrics = self.fontMetrics()
        more = metrics.horizontalAdvance(title[:chars] + "…") - metrics.horizontalAdvance(title[:2] + "...")
        return QSize(min(self.tabSizeHint(index).width(), least.width() + max(0, more)), least.height())


def tab_tooltip(reading: Reading) -> str:
    """The whole title (a tab shows its start and end) over the file it was read from."""
    return escaped("\n".join(filter(None, (reading.tab_title(), str(reading.path or "")))))


def of_current(attr: str) -> property:
    """A part of the current reading (None when no document is open), for tests and the table:
    a property of a class with a `current` Reading (the window)."""
    get = attrgetter(attr)
    return property(lambda self: get(self.current) if self.current is not None else None)


class Workspace(QSplitter):
    currentChanged = Signal(object)  # the current Reading, or None when no tab is open
    closeRequested = Signal(object)  # a tab's ✕ was clicked: the window asks, then removes it

    def __init__(self, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.current: Reading | None = None
        self.sync_scrolling = False
        self.counterpart = None
        """While comparing: (reading, offset) → the offset of the other page that stands there
        (reader.gui.comparing.Comparing.counterpart); pages follow it, not section numbers."""
        self._sync_timer = QTimer(self, singleShot=True, interval=SYNC_DELAY_MS, timeout=self._sync_pages)
        self.setChildrenCollapsible(False)
        for _ in range(2):
            tabs = QTabWidget(self)
            tabs.setTabBar(TitleTabs(tabs))
            tabs.setDocumentMode(True)
            tabs.setTabsClosable(True)
            tabs.setMovable(True)
            # a report's title runs to thirty characters: a tab shows it whole where the bar
            # has room (capped at 16em, a comparing tab read 2015-03-15 · 中华…法法 in a 640 px
            # pane), else its start and its end, the tooltip all of it. Cut at the end, three
            # laws open read 中华人民共和… alike: a Chinese title names what it is last (…公证法)
            tabs.setElideMode(Qt.TextElideMode.ElideMiddle)
            tabs.setUsesScrollButtons(True)
            tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            tabs.tabCloseRequested.connect(lambda i, t=tabs: self.closeRequested.emit(self._reading_at(t, i)))
            tabs.currentChanged.connect(lambda _i, t=tabs: self._tab_changed(t))
            self.addWidget(tabs)
            self.setStretchFactor(self.count() - 1, 1)  # a dock opening beside takes from both alike
        self.widget(1).hide()  # the second pane shows once View ▸ Split is chosen
        QApplication.instance().focusChanged.connect(self._focus_changed)

    # -- what is open ------------------------------------------------------------------------
    def readings(self, pane: int | None = None) -> list[Reading]:
        """The open readings, in tab order (of one pane, or of both)."""
        out = []
        for p in range(self.count()) if pane is None else (pane,):
            tabs = self.widget(p)
            out += [self._reading_at(tabs, i) for i in range(tabs.count())]
        return out

    def _reading_at(self, tabs: QTabWidget, index: int) -> Reading | None:
        page = tabs.widget(index)
        return page.property("reading") if page is not None else None

    def pane_of(self, reading: Reading) -> int:
        return 0 if reading in self.readings(0) else 1

    def current_pane(self) -> int:
        return self.pane_of(self.current) if self.current is not None else 0

    def beside(self, reading: Reading) -> Reading | None:
        """The reading shown in the other pane, when the panes are split."""
        if not self.is_split():
            return None
        tabs = self.widget(1 - self.pane_of(reading))
        return self._reading_at(tabs, tabs.currentIndex())

    def state(self) -> TabsState:
        panes = tuple(tuple(str(r.path) for r in self.readings(p) if r.path) for p in range(2))
        current = str(self.current.path) if self.current is not None and self.current.path else ""
        return TabsState(panes, self.is_split(), current)

    # -- adding, showing, removing -----------------------------------------------------------
    def add(self, reading: Reading, pane: int) -> None:
        reading.page.setProperty("reading", reading)
        reading.view.verticalScrollBar().valueChanged.connect(lambda _v, r=reading: self._scrolled(r))
        reading.titleChanged.connect(lambda r=reading: self._retitle(r))
        tabs = self.widget(pane)
        self._label(tabs, tabs.addTab(reading.page, ""), reading)
        self.show_reading(reading)

    def fit(self, reading: Reading, pane: int) -> None:
        """Give a reading's page, before it is added, the size its tab will have (its width
        at least: the tab bar may show with the first tab), so that its document is laid out
        once, at the width it is read at (laid out again when the tab came: 25-32 ms of the
        window's thread for the 5 M book at launch)."""
        tabs = self.widget(pane)
        shown = tabs.currentWidget()
        size = shown.size() if shown is not None else tabs.size()
        length = len(reading.session.text)
        em = reading.view.fontMetrics().horizontalAdvance("中")
        # taller than the page: a book, or a text of more characters than the page has squares
        # of a character's width (its lines are taller than that); else setDocument would lay
        # the notice out without the scroll bar, then again beside it
        scrolls = windowed_by_length(length) or length * em * em > size.width() * size.height()
        reading.page.setParent(tabs)  # hidden, until added: the window's style (its frame) on it
        reading.page.fit(size, scrolls=scrolls)

    def show_reading(self, reading: Reading) -> None:
        self.widget(self.pane_of(reading)).setCurrentWidget(reading.page)
        self.make_current(reading)

    def make_current(self, reading: Reading | None) -> None:
        if reading is not self.current:
            self.current = reading
            self.currentChanged.emit(reading)

    def remove(self, reading: Reading) -> None:
        """Take a reading's tab away (the window has asked about unsaved notes); the tab beside
        it in its pane, else the other pane's shown tab, else any, becomes current. The second
        pane hides once it is empty."""
        pane = self.pane_of(reading)
        tabs, other = self.widget(pane), self.widget(1 - pane)
        was_current = reading is self.current
        if was_current:
            self.current = None
        tabs.removeTab(tabs.indexOf(reading.page))
        reading.close()
        if was_current:
            rest = self.readings()
            # the second pane's last tab closed (unsplitting): the page read beside it, not the
            # first tab of all, which took the reader to another document's top
            successor = (
                self._reading_at(tabs, tabs.currentIndex())
                or self._reading_at(other, other.currentIndex())
                or (rest[0] if rest else None)
            )
            if successor is not None:
                self.show_reading(successor)
                successor.focus()
            else:
                self.currentChanged.emit(None)
        if self.is_split() and not self.readings(1):
            self.set_split(False)

    def step(self, step: int) -> None:
        """Ctrl+Tab, Ctrl+Shift+Tab: the next or previous tab of the current pane."""
        if self.current is None:
            return
        tabs = self.widget(self.current_pane())
        if tabs.count() > 1:
            tabs.setCurrentIndex((tabs.currentIndex() + step) % tabs.count())
            self.current.focus()

    def _retitle(self, reading: Reading) -> None:
        tabs = self.widget(self.pane_of(reading))
        self._label(tabs, tabs.indexOf(reading.page), reading)

    @staticmethod
    def _label(tabs: QTabWidget, index: int, reading: Reading) -> None:
        """A reading's tab: its title, the tooltip, and how much of the title to keep whole."""
        tabs.setTabText(index, reading.tab_title())
        tabs.setTabToolTip(index, tab_tooltip(reading))
        tabs.tabBar().setTabData(index, len(reading.tab_prefix()))

    def _tab_changed(self, tabs: QTabWidget) -> None:
        reading = self._reading_at(tabs, tabs.currentIndex())
        if reading is not None and (self.current is None or self.widget(self.current_pane()) is tabs):
            self.make_current(reading)

    def _focus_changed(self, _old, new) -> None:
        # the page the reader clicked or tabbed into is the current reading
        for reading in self.readings():
            if new is not None and (new is reading.view or reading.page.isAncestorOf(new)):
                self.make_current(reading)
                return

    # -- side by side ------------------------------------------------------------------------
    def is_split(self) -> bool:
        return not self.widget(1).isHidden()

    def set_split(self, on: bool) -> None:
        """Show or hide the second pane; shown, the two share the width equally."""
        if on and not self.widget(1).isVisible():
            self.widget(1).setVisible(True)
            half = max(self.width(), 2) // 2
            self.setSizes([half, half])
        elif not on:
            self.widget(1).setVisible(False)

    def _scrolled(self, reading: Reading) -> None:
        """With Scroll Together, the page beside follows the current one section by section
        (only the current one leads: the follower's own scrolling never pushes back). Once the
        scrolling pauses: a page laid out as it scrolls tells its place only then."""
        if reading is self.current and self.sync_scrolling and self.is_split():
            self._sync_timer.start()

    def _sync_pages(self) -> None:
        other = self.beside(self.current) if self.current is not None else None
        if other is None:
            return
        if self.counterpart is not None:
            offset = self.counterpart(self.current, self.current.view.top_original())
            if offset is not None:
                other.view.scroll_to_original(offset)
                return
        other.show_section_on_top(*self.current.section_on_top())
