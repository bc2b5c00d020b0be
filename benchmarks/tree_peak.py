"""The peak memory of a process tree while it works (issue 32: the goal is the tree's peak, not
its memory at rest), sampled from outside it so the window being measured does not pay for it.

    with TreePeak(pid) as peak:
        ...  # the tree works
    peak.highest()                        # (time, RSS MB, PSS MB, {pid: (name, RSS MB)})
    peak.highest(between=(start, end))    # the peak within a stretch of time (time.time())

Every INTERVAL seconds the tree's processes (the pid and its descendants: the worker, its
forked helpers, any resource tracker) are found again and each one's resident (RSS) and
proportional (PSS: pages shared with another process counted in part, as a forked helper
shares the worker's dictionary) memory read from /proc. Linux only. A helper that lives less
than INTERVAL may be missed."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

INTERVAL = 0.03


def descendants(pid: int) -> list[int]:
    """pid and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry))
    todo, tree = [pid], []
    while todo:
        p = todo.pop()
        tree.append(p)
        todo += children.get(p, [])
    return tree


def _memory(pid: int) -> tuple[str, float, float] | None:
    """(name, RSS MB, PSS MB) of one process, or None once it is gone."""
    try:
        name = Path(f"/proc/{pid}/comm").read_text().strip()
        rss = pss = 0.0
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1]) / 1024
            elif line.startswith("Pss:"):
                pss = int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return name, rss, pss


class TreePeak:
    """Samples a process tree's memory in a thread of this process until stopped."""

    def __init__(self, pid: int, interval: float = INTERVAL) -> None:
        self.pid, self.interval = pid, interval
        self.samples: list[tuple[float, float, float, dict[int, tuple[str, float]]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> TreePeak:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            each = {}
            for pid in descendants(self.pid):
                got = _memory(pid)
                if got is not None:
                    each[pid] = got
            if each:
                rss = sum(m[1] for m in each.values())
                pss = sum(m[2] for m in each.values())
                self.samples.append((time.time(), rss, pss, {p: (m[0], m[1]) for p, m in each.items()}))
            self._stop.wait(self.interval)

    def highest(self, between: tuple[float, float] | None = None, by: str = "rss"):
        """The sample of the highest RSS (by="rss") or PSS (by="pss"), within `between`."""
        samples = [s for s in self.samples if between is None or between[0] <= s[0] <= between[1]]
        if not samples:
            return None
        return max(samples, key=lambda s: s[1] if by == "rss" else s[2])


def described(sample) -> str:
    """'412 MB RSS (361 MB PSS): python 226 + python 160 + python 26' for a sample."""
    if sample is None:
        return "not sampled"
    _, rss, pss, each = sample
    parts = " + ".join(f"{round(m[1])}" for _, m in sorted(each.items()))
    return f"{rss:.0f} MB RSS ({pss:.0f} MB PSS): {parts}"
