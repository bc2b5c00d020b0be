"""Room for the page: the window fits its screen, and the docks beside the text leave the page
at least PAGE_ROOM wide.

The docks were made 300 px each whatever the window's width, and Qt's main window gives and
takes width from the central widget only: in an 800 px window the page was 170 px, a title
took a line per word and the body four characters a line. The page's minimum makes Qt take
the width from the docks instead (down to their own minimum), and the docks' first width is a
share of what the page leaves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow

PAGE_ROOM = 420  # px: 18 characters of body text at the default size, with the page's margins
DOCK_WIDTH = 300  # px: each side dock's first width in a window that has room for it


def fit_on_screen(window: QMainWindow) -> None:
    """Shrink the window to its screen's free area (a 1280×820 window on a 1024×600 netbook
    reached past the screen's edge, and with it the status line and the dialogs centred on it)."""
    screen = window.screen()
    if screen is None:
        return
    free = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    width = min(window.width(), free.width() - extra_w)
    height = min(window.height(), free.height() - extra_h)
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
        window.move(free.topLeft())


def keep_page_room(window: QMainWindow, docks: list[QDockWidget]) -> None:
    """The central widget keeps PAGE_ROOM; the side docks share the rest, DOCK_WIDTH at most."""
    window.centralWidget().setMinimumWidth(PAGE_ROOM)
    share = (window.width() - PAGE_ROOM) // max(1, len(docks))
    window.resizeDocks(docks, [max(0, min(DOCK_WIDTH, share))] * len(docks), Qt.Orientation.Horizontal)
