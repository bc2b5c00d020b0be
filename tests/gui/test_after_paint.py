"""Work that waits for a page's first paint (the rest of a book's layout, the worker's start)."""

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from reader.gui.after_paint import after_paint
from tests.gui.conftest import CONDITION_WAIT_MS


class PaintWatch(QObject):
    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.painted = 0
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted += 1
        return False


def test_runs_just_after_the_first_paint(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    watch = PaintWatch(widget)
    seen = []
    after_paint(widget, lambda: seen.append(watch.painted), timeout_ms=60_000)
    widget.show()
    qtbot.waitUntil(lambda: bool(seen), timeout=CONDITION_WAIT_MS)
    assert seen == [1]  # once, after the paint and not before it


def test_a_widget_never_painted_still_gets_it_after_the_timeout(qtbot):
    widget = QWidget()  # never shown: a page in a tab behind another
    qtbot.addWidget(widget)
    seen = []
    after_paint(widget, lambda: seen.append(True), timeout_ms=50)
    qtbot.waitUntil(lambda: bool(seen), timeout=CONDITION_WAIT_MS)
    qtbot.wait(100)
    assert seen == [True]


def test_a_widget_held_by_nothing_else_is_let_go_cleanly(qtbot):
    from PySide6.QtCore import QCoreApplication

    seen = []

    def show_one() -> None:
        widget = QWidget()  # after this returns, only after_paint still refers to it
        after_paint(widget, lambda: seen.append(True), timeout_ms=60_000)
        widget.show()

    show_one()
    qtbot.waitUntil(lambda: bool(seen), timeout=CONDITION_WAIT_MS)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # crashed here
    qtbot.wait(50)
    assert seen == [True]
