"""Run something once a widget has been painted: work that can wait (laying out the rest of a
book, starting the analysis worker) must not hold back the first sight of a page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterPaint(QObject):
    def __init__(self, widget: QWidget, fn: Callable[[], None], timeout_ms: int) -> None:
        super().__init__(widget)
        self.widget, self.fn = widget, fn
        self.timer = QTimer(self, singleShot=True, interval=timeout_ms, timeout=self._run)
        self.timer.start()
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.widget and event.type() == QEvent.Type.Paint:
            self.timer.start(0)  # straight after this paint, not within it
        return False

    def _run(self) -> None:
        self.widget.removeEventFilter(self)
        self.deleteLater()
        self.fn()


def after_paint(widget: QWidget, fn: Callable[[], None], timeout_ms: int = 250) -> None:
    """Call fn() once, just after the widget's next paint, or after timeout_ms if it is not
    painted by then (a page in a tab behind another)."""
    _AfterPaint(widget, fn, timeout_ms)
