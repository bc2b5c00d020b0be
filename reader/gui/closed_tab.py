"""What happens to a tab's objects after it closed: the page, then the reading, then the
collector's pass that takes back what the book set aside (reader.core.collector), each in a
turn of its own."""

from __future__ import annotations

import weakref

import shiboken6
from PySide6.QtCore import QObject, QTimer

from reader.core.collector import take_back

TAKE_BACK_MS = 200
"""From a tab's close to the collector's pass that takes back what was set aside: after the
page and the reading are deleted, each in its own turn."""
TAKE_BACK_WAIT_MS = 30_000
"""How long the pass waits for a closed book that something still holds (below)."""


def take_back_closed(book: weakref.ref, waited_ms: int = 0) -> None:
    """The collector's pass after a tab's close (collector.take_back), once its book (the
    Session) is gone. Background work of the tab's may still hold it (a find's scan, a
    conversion): a pass then walked the whole book (105 ms of the window's thread for the 5 M
    book) and set it aside again with what is alive, so that what it left in cycles, once the
    work let go, waited there for another tab's close. The pass waits for the book instead
    (looked at every TAKE_BACK_MS), up to TAKE_BACK_WAIT_MS: a book that outlives that is held
    in cycles only a pass can free."""
    if book() is not None and waited_ms < TAKE_BACK_WAIT_MS:
        QTimer.singleShot(TAKE_BACK_MS, _waiting(), lambda: take_back_closed(book, waited_ms + TAKE_BACK_MS))
        return
    take_back()


_owner: QObject | None = None


def _waiting() -> QObject:
    """What the passes still to come are timed on: they go with it (forget_waiting)."""
    global _owner
    if _owner is None:
        _owner = QObject()
    return _owner


def forget_waiting() -> None:
    """Drop the passes still to come, and the books they wait for with them. For the test
    suite, between tests: the passes of an earlier test's closes (its books waited for up to
    TAKE_BACK_WAIT_MS) ran in the next test, under that test's patches of take_back."""
    global _owner
    if _owner is not None and shiboken6.isValid(_owner):
        shiboken6.delete(_owner)
    _owner = None


def let_go(reading) -> None:
    """A closed reading's page, the reading, then the collector's pass: each in a turn of its
    own, the window answering between them (a 5 M-character book at load 7: 106 ms of the
    window thread's time in one turn). Qt's laid-out document goes with the page, then the
    book's Python objects with the reading (reference counting frees them), then one pass of
    the collector takes back what was set aside."""
    reading.page.deleteLater()
    QTimer.singleShot(0, reading.deleteLater)
    book = weakref.ref(reading.session)
    QTimer.singleShot(TAKE_BACK_MS, _waiting(), lambda: take_back_closed(book))
