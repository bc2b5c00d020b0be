"""A job the reader waits for, in the worker, on a machine whose cores are busy (issue 32). Run:

    python benchmarks/urgent_under_load.py [--book PATH] [--busy N] [--during analysis]
        [--after S] [--repeat N] [--checkout DIR ...]

N busy loops (one per core by default, at the window's nice value) run throughout. In each
version's own process a worker is started as the window starts it (reader.core.worker_process)
and sent, as urgent, the conversion of BOOK (红楼梦) to Traditional (make_view, no disk cache):
what a script switch waits for. Printed: the wall time from sending it to its result, the
worker's CPU seconds (with its forked helpers') for it, and the worker thread's nice value
the job ran at. Each --checkout (another version, e.g. `git worktree add --detach DIR main`)
runs in turn with this one, alternating. Figures are printed, never asserted.

--during analysis: the worker is first sent, as background jobs, BOOK's whole analysis as the
window sends it once the book is open (its words, its key terms, the library's indexing of it),
and --after S seconds later two urgent jobs, one after the other: one that does nothing (ping:
how long the worker takes to answer at all) and the 繁體 conversion. Printed: each one's time
from sending to its answer, whether the analysis was still running when it came, and the
analysis's own wall time (busy loops: --busy, none by default in this phase)."""

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


def child_during_analysis(book: Path, after: float) -> dict:
    import tempfile

    from urgent_under_load import _paused as paused_seconds  # by its module's name: the worker imports it

    from reader.core import analysis
    from reader.core.document import load_document
    from reader.core.library import jobs
    from reader.core.scripts import Script
    from reader.core.worker_process import WorkerProcess

    worker = WorkerProcess()
    try:
        worker.submit(analysis.ping, urgent=True).result()
        ref = analysis.DocumentRef.of_document(load_document(book), None)
        data = tempfile.mkdtemp(prefix="reader-urgent-")
        start = time.perf_counter()
        analysing = [
            worker.submit(analysis.make_words, ref, frozenset()),
            worker.submit(analysis.make_terms, ref, frozenset()),
            worker.submit(jobs.add_batch, data, [str(book)]),
        ]
        time.sleep(after)
        answers = {}
        for name, fn, args in (("ping", analysis.ping, ()), ("繁體", analysis.make_view, (ref, Script.TRADITIONAL))):
            sent = time.perf_counter()
            worker.submit(fn, *args, urgent=True).result()
            answers[name] = (time.perf_counter() - sent, not all(f.done() for f in analysing))
        for f in analysing:
            f.result()
        whole = time.perf_counter() - start
        paused = worker.submit(paused_seconds, urgent=True).result()
    finally:
        worker.close()
    return {"answers": answers, "whole": whole, "paused": paused, "load": os.getloadavg()[0]}


def _paused() -> float | None:
    try:
        from reader.core.job_threads import paused_seconds
    except ImportError:  # a version whose background jobs never made way
        return None
    return paused_seconds()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--book", type=Path, default=BOOK)
    parser.add_argument(
        "--busy", type=int, default=None, help="busy loops (default: one a core; none --during analysis)"
    )
    parser.add_argument("--during", choices=["nothing", "analysis"], default="nothing")
    parser.add_argument("--after", type=float, default=0.5, help="--during analysis: seconds before the urgent jobs")
    add_version_arguments(parser, repeat=2)
    args = parser.parse_args()
    if args.child:
        if args.during == "analysis":
            print(json.dumps(child_during_analysis(args.book, args.after)))
        else:
            print(json.dumps(child(args.book)))
        return
    if args.busy is None:
        args.busy = 0 if args.during == "analysis" else os.cpu_count() or 2
    if args.during == "analysis":
        during_analysis(args)
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


def during_analysis(args: argparse.Namespace) -> None:
    busy = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(args.busy)]
    extra = ["--book", str(args.book.resolve()), "--during", "analysis", "--after", str(args.after)]
    try:
        for tree, r in children(__file__, trees(args.checkout), extra, args.repeat):
            said = ", ".join(
                f"{name} answered in {wall * 1000:6.0f} ms{' (analysis still running)' if running else ''}"
                for name, (wall, running) in r["answers"].items()
            )
            paused = "" if r["paused"] is None else f" (made way {r['paused']:.2f} s)"
            print(
                f"{tree.name:14} urgent jobs {args.after:.1f} s into the analysis (words, terms, indexing;"
                f" {args.busy} busy loops): {said}; whole analysis {r['whole']:5.2f} s{paused}; load {r['load']:.2f}"
            )
    finally:
        for process in busy:
            process.kill()
            process.wait()


if __name__ == "__main__":
    main()
