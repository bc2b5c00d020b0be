"""How long the worker's whole-book analysis takes, step by step. Run:

    python benchmarks/analysis_speed.py [--book PATH] [--times 1,6] [--repeat N]

For each book (the book itself, and it repeated --times over: 6 makes the 5 M book) a fresh
child process with an empty cache runs the worker's jobs in the order a window asks for them:
what opening needs (outline, script, fingerprint), jieba's words, the key terms, and the first
switch's Traditional view. Each step prints its wall and CPU time (this process and the
helpers it waited for), the total against the goal (≤ 2 s for 红楼梦, growing linearly), the
peak resident memory of the process tree sampled every 20 ms, and a digest of every result:
a change that makes the analysis faster must leave the digest as it was. The machine is
shared: the load average is printed beside each run. Figures are printed, never asserted.
"""

from __future__ import annotations

import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "tests" / "corpus" / "hongloumeng.txt"
GOAL_S = 2.0  # for 红楼梦, 855,000 characters
GOAL_CHARS = 855_342
MEMORY_GOAL_MB = {1: 300, 6: 600}
sys.path.insert(0, str(ROOT))


def _cpu() -> tuple[float, float]:
    """CPU seconds of this process, and of the helpers it has waited for."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def _tree_memory(pid: int) -> tuple[float, float]:
    """Resident memory (MB) of a process and all its descendants, RSS and PSS (a forked helper
    shares its parent's pages: RSS counts them twice, PSS once), the processes found through each thread's
    /proc children list: reading every process's stat on a shared machine took the sampling
    thread milliseconds, and the interpreter lock from the work it measures)."""
    todo, rss, pss = [pid], 0.0, 0.0
    while todo:
        p = todo.pop()
        try:
            for task in os.listdir(f"/proc/{p}/task"):
                todo += [int(c) for c in Path(f"/proc/{p}/task/{task}/children").read_text().split()]
            for line in Path(f"/proc/{p}/smaps_rollup").read_text().splitlines():
                if line.startswith("Rss:"):
                    rss += int(line.split()[1]) / 1024
                elif line.startswith("Pss:"):
                    pss += int(line.split()[1]) / 1024
        except OSError:
            pass
    return rss, pss


class PeakMemory:
    """The process tree's peak resident memory (RSS, PSS), sampled in a thread."""

    def __init__(self, every: float = 0.02) -> None:
        self.peak = self.step_peak = (0.0, 0.0)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, args=(every,), daemon=True)
        self._thread.start()

    def _sample(self, every: float) -> None:
        pid = os.getpid()
        while not self._stop.is_set():
            rss, pss = _tree_memory(pid)
            self.peak = (max(self.peak[0], rss), max(self.peak[1], pss))
            self.step_peak = (max(self.step_peak[0], rss), max(self.step_peak[1], pss))
            time.sleep(every)

    def take(self) -> tuple[float, float]:
        """The peak since the last take (each step's own), the overall peak kept."""
        peak, self.step_peak = self.step_peak, (0.0, 0.0)
        return peak

    def stop(self) -> tuple[float, float]:
        self._stop.set()
        self._thread.join()
        return self.peak


def _digest(*parts: bytes) -> str:
    h = hashlib.sha256()
    for part in parts:
        h.update(len(part).to_bytes(8, "little"))
        h.update(part)
    return h.hexdigest()[:16]


def child(path: Path) -> dict:
    """The worker's jobs on one book, in a fresh process with an empty cache."""
    from reader.core import analysis
    from reader.core.analysis_codec import prepared_entry, terms_entry
    from reader.core.document import load_document
    from reader.core.scripts import Script

    try:
        from reader.core.forked import allow_fork
    except ImportError:  # a checkout from before forked helpers, measured for comparison
        pass
    else:
        allow_fork()  # as worker_init does: this process, like the worker, has no Qt
    memory = PeakMemory()
    document = load_document(str(path))
    cache = tempfile.mkdtemp(prefix="reader-analysis-")
    ref = analysis.DocumentRef.of_document(document, cache)
    none: frozenset[str] = frozenset()
    steps = [
        ("outline, script, fingerprint", lambda: analysis.make_prepared(ref)),
        ("words (jieba)", lambda: analysis.make_words(ref, none, True)),
        ("key terms", lambda: analysis.make_terms(ref, none)),
        ("繁體 view (first switch)", lambda: analysis.make_view(ref, Script.TRADITIONAL)),
    ]
    times, results = [], []
    for name, step in steps:
        load = os.getloadavg()[0]
        wall, (own, helpers) = time.perf_counter(), _cpu()
        results.append(step())
        own_after, helpers_after = _cpu()
        step_pss = round(memory.take()[1])
        times.append((name, time.perf_counter() - wall, own_after - own, helpers_after - helpers, load, step_pss))
    peak = memory.stop()
    prepared, words, terms, view = results
    try:  # the digest is over the whole tree, what is built on demand too (issue 32)
        entry = prepared_entry(prepared, sentences=True)
    except TypeError:  # a checkout from before sentences were built on demand
        entry = prepared_entry(prepared)
    digests = {
        "outline": _digest(json.dumps(entry.meta, sort_keys=True).encode(), *entry.blobs.values()),
        "words": _digest(words.boundaries.tobytes(), str(words.length).encode()),
        "terms": _digest(*terms_entry(terms).blobs.values()),
        "繁體": _digest(view.text.encode("utf-8"), view.segments.tobytes()),
    }
    return {
        "chars": len(document.text),
        "times": times,
        "peak_mb": [round(peak[0]), round(peak[1])],
        "digests": digests,
    }


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--book", type=Path, default=BOOK)
    parser.add_argument("--times", default="1,6", help="the book repeated this many times (comma-separated)")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child)))
        return
    text = args.book.read_text(encoding="utf-8")
    folder = Path(tempfile.mkdtemp(prefix="reader-analysis-bench-"))
    for times in [int(t) for t in args.times.split(",")]:
        path = folder / f"{args.book.stem}-x{times}.txt"
        path.write_text(text * times, encoding="utf-8")
        for _ in range(args.repeat):
            before = os.getloadavg()
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(path)], cwd=ROOT, capture_output=True, text=True
            )
            if out.returncode:
                print(out.stderr)
                continue
            run = json.loads(out.stdout.splitlines()[-1])
            goal = GOAL_S * run["chars"] / GOAL_CHARS
            print(f"\n{path.name}: {run['chars']:,} characters, load {before[0]:.2f} → {os.getloadavg()[0]:.2f}")
            for name, w, own, helpers, load, pss in run["times"]:
                print(
                    f"  {name:30} {w:6.2f} s wall {own + helpers:6.2f} s CPU"
                    f" (this process {own:.2f}, helpers {helpers:.2f})   load {load:.2f}   peak PSS {pss} MB"
                )
            steps = run["times"][:3]
            wall = sum(step[1] for step in steps)
            cpu = sum(step[2] + step[3] for step in steps)
            # on two idle cores a step takes about the longer of its two shares
            idle = sum(max(step[2], step[3]) for step in steps)
            print(
                f"  {'analysis (open → terms)':30} {wall:6.2f} s wall {cpu:6.2f} s CPU,"
                f" {idle:.2f} s on two idle cores   goal ≤ {goal:.1f} s"
            )
            memory_goal = MEMORY_GOAL_MB.get(times)
            print(
                f"  peak of the process tree: RSS {run['peak_mb'][0]} MB, PSS {run['peak_mb'][1]} MB"
                + (f" (goal ≤ {memory_goal} MB)" if memory_goal else "")
            )
            print("  digests: " + " ".join(f"{k}={v}" for k, v in run["digests"].items()))


if __name__ == "__main__":
    main()
