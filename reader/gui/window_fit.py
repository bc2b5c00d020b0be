"""Room for the page: the window fits its screen, and the docks beside the text leave the page
at least PAGE_ROOM wide.

The docks were made 300 px each whatever the window's width, and Qt's main window gives and
takes width from the central widget only: in an 800 px window the page was 170 px, a title
took a line per word and the body four characters a line. The page's minimum makes Qt take
the width from the docks instead (down to their own minimum), and the docks' first width is a
share of what the page leaves. When the window grows again, the docks get back the width they
had (Qt gives every pixel gained to the central widget, so docks squeezed at 800 px stayed
narrow at 1280 px)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

PAGE_ROOM = 420  # px: 18 characters of body text at the default size, with the page's margins
DOCK_WIDTH = 300  # px: each side dock's first width in a window that has room for it

UNSHOWN_FRAME = (8, 34)  # px: a window frame's width and height beyond its contents, before it is shown


def free_area(widget: QWidget) -> QRect | None:
    """The free area (without panels and docks) of the screen the widget is on, or will be
    shown on (a dialog's: its parent's)."""
    screen = widget.screen()
    return None if screen is None else screen.availableGeometry()


def fit_on_screen(window: QWidget, move: bool = True) -> None:
    """Shrink the window to its screen's free area (a 1280×820 window on a 1024×600 netbook
    reached past the screen's edge, and with it the status line and the dialogs centred on it);
    moved to the area's corner when `move` (a dialog not moved is centred on its parent by Qt)."""
    free = free_area(window)
    if free is None:
        return
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    if not window.isVisible():  # its frame not known yet: room for a desktop's borders and title
        extra_w, extra_h = max(extra_w, UNSHOWN_FRAME[0]), max(extra_h, UNSHOWN_FRAME[1])
    width = min(window.width(), free.width() - extra_w)
    height = min(window.height(), free.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        if move:
            window.move(free.topLeft())


def keep_page_room(window: QMainWindow, docks: list[QDockWidget]) -> DockWidths:
    """The central widget keeps PAGE_ROOM; the side docks share the rest, DOCK_WIDTH at most,
    and get back what a narrower window took from them when it grows again."""
    window.centralWidget().setMinimumWidth(PAGE_ROOM)
    share = (window.width() - PAGE_ROOM) // max(1, len(docks))
    window.resizeDocks(docks, [max(0, min(DOCK_WIDTH, share))] * len(docks), Qt.Orientation.Horizontal)
    return DockWidths(window)


SIDES = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea)


class DockWidths(QObject):
    """The width of each side of docks the reader chose, given back as the window grows.

    The reader chooses a width by dragging the separator beside the docks (QMainWindow takes
    that drag itself: a mouse release on the window) or by a layout restored from the last
    session (remember_soon). Whatever else changes the docks' width, the window squeezing
    them above all, is not the reader's choice. (Telling the two apart by the order of resize
    events failed on X11, where the docks hear of a resize after the window.)"""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._wanted = dict.fromkeys(SIDES, DOCK_WIDTH)
        self._width = window.width()  # the window's width as this filter last saw it
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Resize:
            grew = event.size().width() > self._width
            self._width = event.size().width()
            if grew:
                QTimer.singleShot(0, self, self.give_back)
        elif kind == QEvent.Type.MouseButtonRelease:
            self.remember_soon()  # the end of a separator's drag
        return False

    def remember_soon(self) -> None:
        """The docks' widths, once Qt has placed them, are the ones the reader wants."""
        QTimer.singleShot(0, self, self._remember)

    def _remember(self) -> None:
        if self._window.centralWidget().width() <= PAGE_ROOM:
            return  # the page at its least: the docks may be squeezed, not as the reader wants them
        for dock in self._window.findChildren(QDockWidget):
            side = self._side(dock)
            if side is not None:
                self._wanted[side] = dock.width()

    def _side(self, dock: QDockWidget) -> Qt.DockWidgetArea | None:
        """The side the dock is shown on; None for one floating, closed or behind another's tab
        (visible to Qt, and as wide as when it was last shown)."""
        area = self._window.dockWidgetArea(dock)
        shown = dock.isVisible() and not dock.visibleRegion().isEmpty() and not dock.isFloating()
        return area if shown and area in SIDES else None

    def give_back(self) -> None:
        """The sides narrower than the reader had them take back what the page can spare
        above PAGE_ROOM, shared in proportion to what each lacks."""
        window = self._window
        short: dict[Qt.DockWidgetArea, QDockWidget] = {}
        for dock in window.findChildren(QDockWidget):
            side = self._side(dock)
            if side is not None and side not in short and dock.width() < self._wanted[side]:
                short[side] = dock
        lack = sum(self._wanted[side] - dock.width() for side, dock in short.items())
        spare = window.centralWidget().width() - PAGE_ROOM
        if lack <= 0 or spare <= 0:
            return
        share = min(1.0, spare / lack)
        widths = [dock.width() + int((self._wanted[side] - dock.width()) * share) for side, dock in short.items()]
        window.resizeDocks(list(short.values()), widths, Qt.Orientation.Horizontal)
