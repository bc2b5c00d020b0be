"""Keys typed ahead at launch: the page's moves (Ctrl+End, Ctrl+Home, PageDown…) pressed while
the window still says "Opening…" and has no page to take them are kept, and given to the first
page once it is there, in the order typed: the book opens at its end, as a reader who pressed
Ctrl+End expects, instead of the keys being lost on the empty window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QKeyEvent

from reader.gui.caret_moves import CARET_KEYS

if TYPE_CHECKING:
    from reader.gui.main_window import MainWindow


class TypedAhead(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.keys: list[QKeyEvent] = []
        # before a page nothing in the window has focus, so its keys come to the window itself
        # (and those a widget clicked meanwhile passes on); only until the first page shows
        window.installEventFilter(self)
        window.workspace.currentChanged.connect(self._page_shown)
        self._taking = True

    def eventFilter(self, obj, event) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in CARET_KEYS
            and obj is self.window
            and self.window.current is None
        ):
            self.keys.append(
                QKeyEvent(
                    event.type(), event.key(), event.modifiers(), event.text(), event.isAutoRepeat(), event.count()
                )
            )
            return True
        return False

    def _page_shown(self, reading) -> None:
        if reading is None:
            return
        self._stop_taking()
        # in a turn of its own: the tab is placed where the reader left off and focused first
        # (reader.gui.opening: shown, then placed), so the keys move on from there
        QTimer.singleShot(0, self, lambda: self._give(reading))

    def _give(self, reading) -> None:
        keys, self.keys = self.keys, []
        if reading.closed:
            return
        for key in keys:
            QCoreApplication.sendEvent(reading.view, key)

    def _stop_taking(self) -> None:
        if self._taking:
            self._taking = False
            self.window.removeEventFilter(self)
            self.window.workspace.currentChanged.disconnect(self._page_shown)

    def stop(self) -> None:
        """The launch is over: keys go where they go again (none kept is left for later)."""
        self._stop_taking()
        if self.window.current is None:
            self.keys.clear()
