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


def role(pid: int, root: int) -> str:
    """What a process of the tree is: the window (root), multiprocessing's resource tracker, a
    worker (the root's child), or a helper (a worker's child: a forked cut or conversion, or the
    library's reading processes)."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
        parent = int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, ValueError):
        return "gone"
    if pid == root:
        return "window"
    if b"resource_tracker" in command:
        return "tracker"
    return "worker" if parent == root else "helper"


def _memory(pid: int, root: int) -> tuple[str, float, float] | None:
    """(role, RSS MB, PSS MB) of one process, or None once it is gone."""
    try:
        name = role(pid, root)
        rss = pss = 0.0
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Rss:"):
                rss = int(line.split()[1]) / 1024
            elif line.startswith("Pss:"):
                pss = int(line.split()[1]) / 1024
    except (OSError, ValueError):
        return None
    return name, rss, pss


class Sampler:
    """Calls look() in a thread of this process every `every` seconds, from entering the
    `with` block to leaving it (the benchmarks' memory samplers: TreePeak, library.py's)."""

    def __init__(self, every: float) -> None:
        self.every = every
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while True:
            self.look()
            if self._stop.wait(self.every):
                return

    def look(self) -> None:
        raise NotImplementedError


class TreePeak(Sampler):
    """Samples a process tree's memory in a thread of this process until stopped."""

    def __init__(self, pid: int, interval: float = INTERVAL) -> None:
        super().__init__(interval)
        self.pid = pid
        self.samples: list[tuple[float, float, float, dict[int, tuple[str, float]]]] = []

    def look(self) -> None:
        each = {}
        for pid in descendants(self.pid):
            got = _memory(pid, self.pid)
            if got is not None:
                each[pid] = got
        if each:
            rss = sum(m[1] for m in each.values())
            pss = sum(m[2] for m in each.values())
            self.samples.append((time.time(), rss, pss, {p: (m[0], m[1]) for p, m in each.items()}))

    def highest(self, between: tuple[float, float] | None = None, by: str = "rss"):
        """The sample of the highest RSS (by="rss") or PSS (by="pss"), within `between`."""
        samples = [s for s in self.samples if between is None or between[0] <= s[0] <= between[1]]
        if not samples:
            return None
        return max(samples, key=lambda s: s[1] if by == "rss" else s[2])


def described(sample) -> str:
    """'412 MB RSS (361 MB PSS): window 226 + worker 160 + helper 26' for a sample."""
    if sample is None:
        return "not sampled"
    _, rss, pss, each = sample
    parts = " + ".join(f"{m[0]} {round(m[1])}" for _, m in sorted(each.items()))
    return f"{rss:.0f} MB RSS ({pss:.0f} MB PSS): {parts}"
