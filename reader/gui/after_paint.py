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
        held = (self.fn, self.widget)
        # This object may hold the last reference to a widget Python owns (and fn may too). Let
        # go of them in a later turn: dropped when this object is deleted, they would free the
        # widget, and with it this child of it, inside this object's own destructor (a
        # segfault in QObject::~QObject); dropped here, inside its timer's signal.
        self.fn = self.widget = None
        QTimer.singleShot(0, lambda: held)
        self.deleteLater()
        held[0]()


def after_paint(widget: QWidget, fn: Callable[[], None], timeout_ms: int = 250) -> None:
    """Call fn() once, just after the widget's next paint, or after timeout_ms if it is not
    painted by then (a page in a tab behind another)."""
    _AfterPaint(widget, fn, timeout_ms)
