"""Work spread over turns of the event loop, so the window answers between the steps."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, QTimer


def in_turns(steps: list[Callable[[], object]], context: QObject) -> None:
    """Run each step in a turn of its own (none once context is deleted)."""
    # a 1 ms timer, not 0: a zero one is a posted event, run straight after the event
    # being handled, before the input and timers waiting
    if steps:
        QTimer.singleShot(1, context, lambda: (steps[0](), in_turns(steps[1:], context)))


SLICE_MS = 15.0
"""How long in_slices works in one turn: well under the 50 ms a reader notices."""


def in_slices(steps: Iterator[object], context: QObject, then: Callable[[], object] | None = None) -> None:
    """Drive a generator of short steps for at most SLICE_MS per turn of the event loop, then
    call then() (none once context is deleted)."""
    started = time.perf_counter()
    for _ in steps:
        if (time.perf_counter() - started) * 1000 >= SLICE_MS:
            QTimer.singleShot(1, context, lambda: in_slices(steps, context, then))
            return
    if then is not None:
        then()
