"""CPU time of the phases of a piece of work, as laps of the calling thread's clock: what the
indexing of each file reports (reader.core.library.adding.Added.cpu), so a benchmark can say
where the time of a whole library goes, in whichever process each phase ran."""

from __future__ import annotations

import time


class Stopwatch:
    def __init__(self) -> None:
        self.laps: list[tuple[str, float]] = []
        self._last = time.thread_time()

    def lap(self, phase: str) -> None:
        """The CPU seconds since the last lap (or the start) were spent on `phase`."""
        now = time.thread_time()
        self.laps.append((phase, now - self._last))
        self._last = now
