"""F6 and Shift+F6 between the panes on screen, and Escape in a panel back to the text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget


def on_screen(widget: QWidget) -> bool:
    # a dock behind another's tab counts as visible but shows nothing
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


class FocusCycle(QObject):
    """`panes()` lists the focusable panes in order (some may be hidden); `home()` is the text
    the reader is in, where Escape returns and where a cycle starts when focus is elsewhere."""

    def __init__(self, panes: Callable[[], list[QWidget]], home: Callable[[], QWidget | None], parent=None) -> None:
        super().__init__(parent)
        self.panes = panes
        self.home = home

    def step(self, step: int) -> None:
        home = self.home()
        if home is None:
            return
        chain = [w for w in self.panes() if on_screen(w)]
        if home not in chain:
            chain.insert(0, home)
        focus = QApplication.focusWidget()
        index = next(
            (i for i, w in enumerate(chain) if w is focus or (focus and w.isAncestorOf(focus))), chain.index(home)
        )
        chain[(index + step) % len(chain)].setFocus(Qt.FocusReason.TabFocusReason)

    def watch(self, *widgets: QWidget) -> None:
        """Escape in these goes back to the text (a filter with text in it is cleared first)."""
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == event.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            home = self.home()
            if isinstance(obj, QLineEdit) and obj.text():
                obj.clear()
            elif home is not None:
                home.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return True
        return super().eventFilter(obj, event)
