"""The window while a folder is added to the library: indexing runs in the worker, a batch of
files per job; this measures the longest time the window's event loop went without running (a
10 ms timer's gaps), the window process's CPU time and its peak memory. Run:
python benchmarks/library_window.py [--documents 300] [--chars 20000] [--library open|closed|sorted]
python benchmarks/library_window.py --folder FOLDER   (a folder of your own instead)

The documents are generated as benchmarks/library.py makes them (real texts of tests/corpus,
shuffled and varied, dated), in a temporary folder. --library: the Library window stays open
(sorted by date, as it opens), is closed once the adding has begun, or is open and sorted by
its Title column. Figures are printed, never asserted: the machine is shared."""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _cpu_seconds() -> float:
    me = resource.getrusage(resource.RUSAGE_SELF)
    return me.ru_utime + me.ru_stime


class StackSampler:
    """What the window's thread runs, sampled every 2 ms from a thread of its own (which gets
    the interpreter when the window's thread lets it go: inside Qt, or every switch interval):
    for each long gap, the frames seen most often in it."""

    def __init__(self) -> None:
        import threading

        self.samples: list[tuple[float, tuple[str, ...]]] = []
        self.main = threading.main_thread().ident
        self._stop = threading.Event()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self) -> None:
        while not self._stop.wait(0.002):
            frame = sys._current_frames().get(self.main)
            stack = []
            while frame is not None:
                code = frame.f_code
                if "benchmarks" not in code.co_filename:
                    stack.append(f"{Path(code.co_filename).name}:{frame.f_lineno} {code.co_name}")
                frame = frame.f_back
            self.samples.append((time.perf_counter(), tuple(stack[:6])))

    def report(self, gaps: list[int], clock_start: float) -> None:
        from collections import Counter

        self._stop.set()
        ends = []
        t = 0
        for gap in gaps:
            t += gap
            ends.append((t, gap))
        # the clock started a moment before `clock_start`; gaps are placed on perf_counter's scale
        offset = clock_start - ends[0][0] / 1000 if ends else clock_start
        for end, gap in sorted(ends, key=lambda e: -e[1])[:8]:
            if gap <= 40:
                break
            hi = offset + end / 1000
            lo = hi - gap / 1000
            seen = Counter(stack for at, stack in self.samples if lo <= at <= hi)
            print(f"-- gap of {gap} ms at {end / 1000:.1f} s: {sum(seen.values())} samples")
            for stack, n in seen.most_common(3):
                print(f"   {n:3d}  " + " < ".join(stack[:4]))


def main() -> None:  # under __main__ only: the worker imports this file
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--folder", help="add this folder instead of generated documents")
    parser.add_argument("--documents", type=int, default=300)
    parser.add_argument("--chars", type=int, default=20_000, help="characters per generated document")
    parser.add_argument("--library", choices=("open", "closed", "sorted"), default="open")
    parser.add_argument("--why", action="store_true", help="print what the window's thread ran in each long gap")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="reader-library-window-"))
    data = tmp / "data"
    data.mkdir()
    folder = args.folder
    if folder is None:
        sys.path.insert(0, str(ROOT / "benchmarks"))
        from library import generate

        folder = tmp / "docs"
        folder.mkdir()
        total = generate(folder, args.documents, args.chars)
        print(f"generated {args.documents} documents, {total:,} characters")
    os.environ["READER_DATA_DIR"] = str(data)
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from reader.app import open_settings
    from reader.gui.library_view import library_of
    from reader.gui.main_window import MainWindow

    app = QApplication([])
    window = MainWindow(open_settings(data), data)
    window.show()
    library = library_of(window)
    library.show()
    if args.library == "sorted":
        library.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    for _ in range(50):  # the windows shown and settled before the clock starts
        app.processEvents()
        time.sleep(0.01)
    gaps: list[int] = []
    cpu_gaps: list[float] = []  # the window thread's CPU time in each gap (the rest: waiting for a core)
    clock = QElapsedTimer()
    clock.start()
    last = [0, time.thread_time()]

    def tick() -> None:
        now, cpu_now = clock.elapsed(), time.thread_time()
        gaps.append(now - last[0])
        cpu_gaps.append((cpu_now - last[1]) * 1000)
        last[:] = [now, cpu_now]

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    sampler = StackSampler() if args.why else None
    done: list = []
    library.indexer.finished.connect(done.append)
    started = time.perf_counter()
    cpu = _cpu_seconds()
    load = os.getloadavg()[0]
    library.add([str(folder)])
    if args.library == "closed":
        library.close()
    while not done:
        app.processEvents()
        time.sleep(0.002)
    for _ in range(150):  # the last rows read and shown
        app.processEvents()
        time.sleep(0.01)
    cpu = _cpu_seconds() - cpu
    if sampler is not None:
        sampler.report(gaps, clock_start=started)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    added = sum(r.status == "added" for r in done[0])
    print(f"Library {args.library}: {added} of {len(done[0])} files indexed in the worker in"
          f" {time.perf_counter() - started:.1f} s (load {load:.1f} at the start)")  # fmt: skip
    longest = sorted(range(len(gaps)), key=lambda i: -gaps[i])[:5]
    print(f"window: longest gap of its event loop {gaps[longest[0]]} ms (next {[gaps[i] for i in longest[1:]]});"
          f" gaps over 50 ms: {sum(g > 50 for g in gaps)}")  # fmt: skip
    print(f"  the window thread's CPU time in those gaps {[round(cpu_gaps[i]) for i in longest]} ms;"
          f" most in any gap {max(cpu_gaps):.0f} ms")  # fmt: skip
    print(f"window process: CPU time {cpu:.2f} s, peak memory {rss:.0f} MB; rows shown {library.model.rowCount()}")
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
