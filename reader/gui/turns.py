"""Work spread over turns of the event loop, so the window answers between the steps."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


def in_turns(steps: list[Callable[[], object]], context: QObject) -> None:
    """Run each step in a turn of its own (none once context is deleted)."""
    # a 1 ms timer, not 0: a zero one is a posted event, run straight after the event
    # being handled, before the input and timers waiting
    if steps:
        QTimer.singleShot(1, context, lambda: (steps[0](), in_turns(steps[1:], context)))
