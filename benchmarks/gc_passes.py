"""How much of an open book Python's cycle collector walks in the window. Run:

    python benchmarks/gc_passes.py [--book PATH]

Each case runs in its own child process: the real window offscreen opens 红楼梦 (or --book),
then the book six times over (5 M characters), waits until each is fully analysed and closes
it. gc.callbacks time every pass of the collector; at its start a pass's walk is counted
(the tracked objects of the generations it collects). Printed per case: the tracked objects
before the open, with the book open (and how many of them gc.freeze keeps out of every pass),
after its tab is closed; the passes while the book opens and is analysed (to 2 s after), the
longest and the most objects one walked; the longest pass from closing its tab to 2 s after,
and the window's longest stall over the same time (a heartbeat every few ms).
Figures are printed, never asserted; the load average is printed beside them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "tests" / "corpus" / "hongloumeng.txt"


class Passes:
    """Every collector pass while installed: its generation, time and the objects it walked."""

    def __init__(self) -> None:
        self.passes: list[tuple[int, float, int]] = []
        self._start = 0.0
        self._walked = 0

    def __call__(self, phase: str, info: dict) -> None:
        import gc

        if phase == "start":
            generation = info["generation"]
            self._walked = sum(len(gc.get_objects(g)) for g in range(generation + 1))
            self._start = time.perf_counter()
        else:
            self.passes.append((info["generation"], time.perf_counter() - self._start, self._walked))


def child(book: Path) -> dict:
    import faulthandler
    import gc
    import signal

    faulthandler.register(signal.SIGUSR1)  # a stuck child shows where: kill -USR1 PID

    from PySide6.QtCore import QEventLoop, QTimer

    from reader.app import create_application, open_settings
    from reader.gui.main_window import MainWindow

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from responsiveness import Probe, analysed

    def wait(condition, timeout: float = 600.0) -> None:
        end = time.perf_counter() + timeout
        loop = QEventLoop()
        while not condition() and time.perf_counter() < end:
            QTimer.singleShot(20, loop.quit)
            loop.exec()

    data = Path(tempfile.mkdtemp(prefix="reader-bench-"))
    app = create_application([sys.argv[0]])
    window = MainWindow(open_settings(data), data)
    window.resize(1280, 820)
    window.show()
    wait(lambda: False, timeout=1.0)
    gc.collect()
    before = len(gc.get_objects())
    passes = Passes()
    gc.callbacks.append(passes)
    start = time.perf_counter()
    window.open_path(book)
    wait(lambda: window.current is not None and analysed(window), timeout=240.0)
    done = analysed(window)
    wait(lambda: False, timeout=2.0)
    opened_s = time.perf_counter() - start
    open_tracked = len(gc.get_objects())
    open_frozen = gc.get_freeze_count()
    while_open, passes.passes = passes.passes, []
    probe = Probe(app)  # a heartbeat: the window's longest stall from the close to 2 s after
    closing = time.perf_counter()
    window.close_reading(window.current)
    wait(lambda: False, timeout=2.0)
    stall = probe.gaps(closing, time.perf_counter())
    probe.heartbeat.stop()
    gc.callbacks.remove(passes)
    closed_tracked = len(gc.get_objects())
    closed_frozen = gc.get_freeze_count()
    window.close()
    app.processEvents()
    longest = max(while_open, key=lambda p: p[1], default=(0, 0.0, 0))
    at_close = max(passes.passes, key=lambda p: p[1], default=(0, 0.0, 0))
    return {
        "chars": len(book.read_text(encoding="utf-8")),
        "opened_s": round(opened_s, 2),
        "analysed": done,
        "before": before,
        "open_tracked": open_tracked,
        "open_frozen": open_frozen,
        "closed_tracked": closed_tracked,
        "closed_frozen": closed_frozen,
        "passes": [sum(1 for p in while_open if p[0] == g) for g in range(3)],
        "longest_ms": round(longest[1] * 1000, 1),
        "longest_generation": longest[0],
        "most_walked": max((p[2] for p in while_open), default=0),
        "close_ms": round(at_close[1] * 1000, 1),
        "close_walked": at_close[2],
        "close_stall_ms": stall["longest_ms"],
        "close_stall_cpu_ms": stall["longest_cpu_ms"],
    }


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--book", type=Path, default=BOOK)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    if args.child:
        print(json.dumps(child(args.child)), flush=True)
        # not a normal exit: with the 5 M book, exiting waited for ever on a process pool's
        # forked process (concurrent.futures' exit hook), after the figures were printed
        os._exit(0)
    book = args.book.resolve()
    five = Path(tempfile.mkdtemp(prefix="reader-bench-")) / f"{book.stem}-x6.txt"
    five.write_text(book.read_text(encoding="utf-8") * 6, encoding="utf-8")
    print(f"Load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores at the start.")
    print(
        "\n| book | tracked before | tracked, book open (frozen apart) | after closing (frozen apart) "
        "| passes while open, gen 0/1/2 | longest pass while open | most objects one pass walked "
        "| the longest pass at close (objects walked) | longest stall at close (window thread's own time) "
        "| open to analysed |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|")
    for path in (book, five):
        env = dict(os.environ, READER_DATA_DIR=tempfile.mkdtemp(prefix="reader-bench-"))
        out = subprocess.run(
            [sys.executable, __file__, "--child", str(path)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=1200,
        )
        if out.returncode != 0:
            raise RuntimeError(f"child failed:\n{out.stderr[-3000:]}")
        r = json.loads(out.stdout.strip().splitlines()[-1])
        print(
            f"| {path.name} ({r['chars']:,} chars) | {r['before']:,} | {r['open_tracked']:,} ({r['open_frozen']:,}) "
            f"| {r['closed_tracked']:,} ({r['closed_frozen']:,}) | {'/'.join(map(str, r['passes']))} "
            f"| {r['longest_ms']} ms (gen {r['longest_generation']}) | {r['most_walked']:,} "
            f"| {r['close_ms']} ms ({r['close_walked']:,}) | {r['close_stall_ms']} ms ({r['close_stall_cpu_ms']} ms) "
            f"| {r['opened_s']} s{'' if r['analysed'] else ' (not yet)'} |",
            flush=True,
        )
    print(f"\nLoad average {os.getloadavg()[0]:.1f} at the end.")


if __name__ == "__main__":
    main()
