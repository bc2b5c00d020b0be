"""A job the reader waits for, in the worker, on a machine whose cores are busy (issue 32). Run:

    python benchmarks/urgent_under_load.py [--book PATH] [--busy N] [--repeat N] [--checkout DIR ...]

N busy loops (one per core by default, at the window's nice value) run throughout. In each
version's own process a worker is started as the window starts it (reader.core.worker_process)
and sent, as urgent, the conversion of BOOK (红楼梦) to Traditional (make_view, no disk cache):
what a script switch waits for. Printed: the wall time from sending it to its result, the
worker's CPU seconds (with its forked helpers') for it, and the worker thread's nice value
the job ran at. Each --checkout (another version, e.g. `git worktree add --detach DIR main`)
runs in turn with this one, alternating. Figures are printed, never asserted."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from versions import add_version_arguments, children, trees  # beside this file

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "tests" / "corpus" / "hongloumeng.txt"


def _cpu_and_nice() -> tuple[float, int]:
    import resource
    import threading

    own, helpers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    nice = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    return own.ru_utime + own.ru_stime + helpers.ru_utime + helpers.ru_stime, nice


def child(book: Path) -> dict:
    from urgent_under_load import _cpu_and_nice as usage  # by its module's name: the worker imports it

    from reader.core import analysis
    from reader.core.document import load_document
    from reader.core.scripts import Script
    from reader.core.worker_process import WorkerProcess

    worker = WorkerProcess()
    try:
        worker.submit(analysis.ping, urgent=True).result()
        ref = analysis.DocumentRef.of_document(load_document(book), None)
        cpu, nice = worker.submit(usage, urgent=True).result()
        start = time.perf_counter()
        worker.submit(analysis.make_view, ref, Script.TRADITIONAL, urgent=True).result()
        wall = time.perf_counter() - start
        after, _ = worker.submit(usage, urgent=True).result()
    finally:
        worker.close()
    return {"wall": wall, "cpu": after - cpu, "nice": nice, "load": os.getloadavg()[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--book", type=Path, default=BOOK)
    parser.add_argument("--busy", type=int, default=os.cpu_count() or 2)
    add_version_arguments(parser, repeat=2)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.book)))
        return
    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.busy)]
    try:
        for tree, r in children(__file__, trees(args.checkout), ["--book", str(args.book.resolve())], args.repeat):
            print(
                f"{tree.name:14} urgent 繁體 conversion beside {args.busy} busy loops: {r['wall']:5.2f} s wall,"
                f" worker CPU {r['cpu']:4.2f} s, at nice {r['nice']}; load {r['load']:.2f}"
            )
    finally:
        for process in busy:
            process.kill()
            process.wait()


if __name__ == "__main__":
    main()
