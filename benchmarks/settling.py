"""Letting a benchmark's window run its event loop, for the benchmarks that drive one."""

from __future__ import annotations

import time
from collections.abc import Callable


def settle(app, seconds: float, until: Callable[[], bool] = lambda: True, limit: float = 120) -> None:
    """Run app's events until `until()` holds (at most `limit` seconds), then `seconds` more."""
    end = time.monotonic() + limit
    while not until() and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.005)
