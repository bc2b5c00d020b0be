"""Who holds the interpreter while the window waits? Run from the top folder:

    python benchmarks/gil_holds.py [--book PATH] [--top N]

A window stalls beyond its own work when another Python thread of its process runs a long
call in C that keeps the interpreter (the GIL) to itself: a regular expression over a whole
book, str.translate or join of 855,000 characters, an array built in one go, a large pickle
read. Python takes the interpreter from a thread only between bytecodes (every 5 ms), so
such a call makes every other thread, the window's too, wait until it returns.

A probe thread sleeps 1 ms at a time; each time it wakes it needs the interpreter, so a gap
between two wakes longer than the sleep is time some thread held it. Each thread's CPU time
is read at every wake (its CPU clock, from the thread's id); over a gap, the thread that ran
most is the holder, and its stack, read the moment the probe gets the interpreter back (when
the holder has just let go), names the call. The figures are CPU time of the holding thread,
not wall time; but on a loaded machine the probe may wait for a core past a switch, and a gap
then sums several of the holder's turns (a thread running Python shows 6-8 ms at Python's 5 ms
switch interval, more under load). --calls measures the holds themselves, which load does not
move: the figures to compare from run to run.

Phases, in a fresh data folder, offscreen: 红楼梦 opened and analysed while a reader pages
down every 300 ms; the first switch to 繁體 (converted in the worker); PageDown every 60 ms
for 100 pages. For each: the longest holds per thread and call site, and in the window's
longest stalls, each thread's CPU time and where the window's thread was seen. --calls: the
exact measure instead (CallHolds: each call into C timed by a profiler in the other threads),
which names the C function. Printed, never asserted.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "tests" / "corpus" / "hongloumeng.txt"
SLEEP_S = 0.001
SHOWN_MS = 3.0  # holds of a thread's CPU time over this are kept


def _cpu_clock(native_id: int) -> int:
    """The CPU clock of a thread of this process by its kernel id (the kernel's encoding,
    MAKE_THREAD_CPUCLOCK(tid, CPUCLOCK_SCHED)): unlike pthread_getcpuclockid it is safe to read
    after the thread ended (the read fails)."""
    return (~native_id << 3) | 6


@dataclass
class Hold:
    """One gap of the probe: the thread that ran most in it, for how long, and where it was."""

    at: float  # perf_counter when the probe woke
    gap_ms: float  # wall time the probe waited
    held_ms: float  # the holder's CPU time in the gap
    thread: str
    site: str  # the innermost frame of Reader's code, and the innermost frame, of the holder
    window_ms: float = 0.0  # the window thread's own CPU in the gap


def _site(frame) -> str:
    """'reader/x.py:12 fn' for the innermost frame of Reader's code (and the innermost frame, if
    it is not Reader's)."""
    innermost = frame
    ours = None
    while frame is not None:
        name = frame.f_code.co_filename
        if "/reader/" in name:
            ours = frame
            break
        frame = frame.f_back

    def where(f) -> str:
        path = f.f_code.co_filename
        path = path[path.rfind("/reader/") + 1 :] if "/reader/" in path else Path(path).name
        return f"{path}:{f.f_lineno} {f.f_code.co_name}"

    if ours is None:
        return where(innermost)
    return where(ours) if ours is innermost else f"{where(ours)} → {where(innermost)}"


@dataclass
class HoldProbe:
    """A thread that wakes every millisecond and records who held the interpreter meanwhile."""

    shown_ms: float = SHOWN_MS
    holds: list[Hold] = field(default_factory=list)
    samples: list[tuple[float, dict[str, float]]] = field(default_factory=list)  # (when, CPU s by thread)
    main_seen: list[tuple[float, str]] = field(default_factory=list)  # (when, where the window's thread was)
    _running: bool = False
    _thread: threading.Thread | None = None

    def start(self) -> HoldProbe:
        self._running = True
        self._thread = threading.Thread(target=self._run, name="gil-probe", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._running = False
        if self._thread is not None:
            self._thread.join()

    def __enter__(self) -> HoldProbe:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _run(self) -> None:
        me = threading.get_ident()
        main = threading.main_thread().ident
        before: dict[int, float] = {}
        last = time.perf_counter()
        while self._running:
            time.sleep(SLEEP_S)
            now = time.perf_counter()
            threads = {t.ident: t for t in threading.enumerate() if t.ident != me and t.native_id}
            cpu: dict[int, float] = {}
            for ident, t in threads.items():
                try:
                    cpu[ident] = time.clock_gettime(_cpu_clock(t.native_id))
                except OSError:  # ended meanwhile
                    continue
            self.samples.append((now, {_family(threads[i].name) + f"#{i % 10000}": c for i, c in cpu.items()}))
            frame = sys._current_frames().get(main)
            if frame is not None:  # where the window's thread is: waiting on a lock shows here
                self.main_seen.append((now, _site(frame)))
            gap_ms = (now - last) * 1000
            if gap_ms - SLEEP_S * 1000 > self.shown_ms and before:
                ran = {i: (cpu[i] - before[i]) * 1000 for i in cpu if i in before}
                holder = max((i for i in ran if i != main), key=ran.get, default=None)
                if holder is not None and ran[holder] > self.shown_ms:
                    frame = sys._current_frames().get(holder)
                    self.holds.append(
                        Hold(
                            now,
                            gap_ms,
                            ran[holder],
                            threads[holder].name,
                            _site(frame) if frame is not None else "?",
                            ran.get(main, 0.0),
                        )
                    )
            before, last = cpu, time.perf_counter()

    def longest(self, since: float = 0.0, until: float = float("inf")) -> float:
        """The longest hold of a background thread between since and until (perf_counter), ms."""
        return max((h.held_ms for h in self.holds if since <= h.at <= until), default=0.0)

    def ran(self, since: float, until: float) -> dict[str, float]:
        """Each thread's CPU time (ms) between since and until, as sampled at the probe's wakes."""
        inside = [s for s in self.samples if since <= s[0] <= until]
        before = [s for s in self.samples if s[0] < since]
        if not inside:
            return {}
        first, last = (before[-1] if before else inside[0])[1], inside[-1][1]
        return {name: (cpu - first.get(name, 0.0)) * 1000 for name, cpu in last.items()}

    def main_sites(self, since: float, until: float, count: int = 3) -> list[tuple[str, int]]:
        """Where the window's thread was seen most often between since and until (once a ms)."""
        from collections import Counter

        return Counter(site for at, site in self.main_seen if since <= at <= until).most_common(count)

    def by_site(self, since: float = 0.0, until: float = float("inf")) -> list[tuple[str, str, float, int]]:
        """(thread, site, longest hold ms, holds over shown_ms), longest first."""
        sites: dict[tuple[str, str], list[float]] = {}
        for h in self.holds:
            if since <= h.at <= until:
                sites.setdefault((_family(h.thread), h.site), []).append(h.held_ms)
        rows = [(thread, site, max(ms), len(ms)) for (thread, site), ms in sites.items()]
        return sorted(rows, key=lambda r: -r[2])


class CallHolds:
    """The exact measure (--calls): every thread started from now on (not the window's) runs
    under a profiler that times each stretch spent inside a call into C with no Python run in
    between (Python a C call runs, a generator it consumes, lets other threads in), in the
    thread's CPU time, by the C function and the innermost frame of Reader's code calling it.
    Profiled threads run their Python slower, so the stalls of such a run are not the app's;
    the holds are."""

    def __init__(self, shown_ms: float = 1.0) -> None:
        self.shown_ms = shown_ms
        self.holds: list[tuple[float, str, str, float]] = []  # (when, thread, site, ms)
        self._local = threading.local()

    def start(self) -> CallHolds:
        threading.setprofile(self._profile)
        return self

    def stop(self) -> None:
        threading.setprofile(None)

    def _profile(self, frame, event, arg) -> None:
        now = time.thread_time()
        state = self._local.__dict__
        stack = state.setdefault("stack", [])
        last = state.get("last", now)
        if stack and stack[-1] is not None and (now - last) * 1000 > self.shown_ms:
            site = f"{_site(frame)} → {getattr(stack[-1], '__qualname__', '?')}"
            self.holds.append((time.perf_counter(), threading.current_thread().name, site, (now - last) * 1000))
        if event in ("call", "c_call"):
            stack.append(arg if event == "c_call" else None)
        elif stack and event in ("return", "c_return", "c_exception"):
            stack.pop()
        state["last"] = time.thread_time()

    def longest(self, since: float = 0.0, until: float = float("inf")) -> float:
        return max((ms for at, _, _, ms in self.holds if since <= at <= until), default=0.0)

    def by_site(self, since: float = 0.0, until: float = float("inf")) -> list[tuple[str, str, float, int]]:
        sites: dict[tuple[str, str], list[float]] = {}
        for at, thread, site, ms in self.holds:
            if since <= at <= until:
                sites.setdefault((_family(thread), site), []).append(ms)
        return sorted(((t, s, max(ms), len(ms)) for (t, s), ms in sites.items()), key=lambda r: -r[2])


def _family(name: str) -> str:
    """A thread's name without the number Python gives an unnamed one ('Thread-12 (target)')."""
    if name.startswith("Thread-"):
        return "Thread-N" + name[name.find(" ") :] if " " in name else "Thread-N"
    return name


def longest_gaps(probe, start: float, end: float, count: int) -> list[tuple[float, float]]:
    """The `count` longest gaps between the heartbeat's ticks from start to end."""
    ticks = [t for t in probe.ticks if start <= t <= end]
    return sorted(zip(ticks, ticks[1:]), key=lambda g: g[0] - g[1])[:count]


def main() -> None:
    import argparse
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--book", type=Path, default=BOOK)
    parser.add_argument("--top", type=int, default=8, help="call sites shown per phase")
    parser.add_argument(
        "--calls",
        action="store_true",
        help="the exact measure: each call into C of the window's other threads timed (CallHolds)",
    )
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    os.environ["READER_DATA_DIR"] = str(data)
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(Path(__file__).resolve().parent))

    from responsiveness import import_compiled

    import_compiled(ROOT)  # else the longest holds are compile() of modules imported in threads

    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from responsiveness import _make_window, analysed, switched

    from reader.core.scripts import Script

    book = args.book.resolve()
    app, probe, window = _make_window(data)
    how = "calls into C timed (CPU)" if args.calls else "a probe thread waking every 1 ms"
    print(
        f"GIL holds: {book.name}, {how}; switch interval {sys.getswitchinterval() * 1000:.0f} ms; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
        flush=True,
    )
    holds = CallHolds().start() if args.calls else HoldProbe().start()
    phases: list[tuple[str, float, float, dict]] = []

    def phase(name: str, action, done) -> None:
        start = time.perf_counter()
        action()
        probe.wait(done, settle=1.0)
        end = time.perf_counter()
        phases.append((name, start, end, probe.gaps(start, end)))

    probe.pager.start()
    phase(
        "open book",
        lambda: window.open_path(book),
        lambda: window.current is not None and window.current.path == book and analysed(window),
    )
    phase(
        "first switch to 繁體",
        lambda: window.current.set_script(Script.TRADITIONAL),
        lambda: switched(window, Script.TRADITIONAL),
    )
    probe.pager.stop()
    view = window.view
    view.setFocus()
    pressed: list[int] = []

    def press() -> None:
        QTest.keyClick(view, Qt.Key.Key_PageDown)
        pressed.append(1)

    pager = QTimer(interval=60, timeout=press)
    phase("PageDown ×100, every 60 ms", pager.start, lambda: len(pressed) >= 100)
    pager.stop()
    holds.stop()
    window.close()
    app.processEvents()

    for name, start, end, gaps in phases:
        print(
            f"\n{name}: {end - start:.2f} s; longest stall {gaps['longest_ms']:.0f} ms "
            f"(window thread's own {gaps['longest_cpu_ms']:.0f} ms); "
            f"longest hold by another thread {holds.longest(start, end):.1f} ms CPU"
        )
        for thread, site, ms, count in holds.by_site(start, end)[: args.top]:
            print(f"  {ms:6.1f} ms ×{count:<3} {thread:<28} {site}")
        for a, b in longest_gaps(probe, start, end, 0 if args.calls else 3):
            ran = holds.ran(a, b)
            others = ", ".join(f"{n} {ms:.0f}" for n, ms in sorted(ran.items(), key=lambda r: -r[1]) if ms >= 1)
            print(f"  stall of {(b - a) * 1000:.0f} ms: CPU ms by thread: {others}")
            seen = "; ".join(f"{site} ×{n}" for site, n in holds.main_sites(a, b))
            print(f"    the window's thread seen at (1 ms samples): {seen}")
    print(f"\nload average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
