"""The worker's side of opening a book cold, as the window drives it. Run:

    python benchmarks/worker_pipeline.py [--book PATH] [--repeat N] [--checkout DIR ...]

In a worker process started as the window starts it (spawned, worker_init: nice 10, forked
helpers allowed) and left idle past its release of jieba's dictionary (as after an earlier
document): prepare_path (read, outline, fingerprint; the dictionary starts loading), 0.3 s
for the window to open and paint the book, then the words and key terms jobs, sent together
as the window sends them. It prints the wall time from prepare to each result and the CPU
seconds of the worker and its forked helpers: on a shared machine the CPU figure is the
steadier one, and the load average is printed beside each run. Each --checkout (a folder with
another version of Reader, e.g. a `git worktree add --detach DIR main`) is run in turn with
this one, alternating. Figures are printed, never asserted.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from versions import book_benchmark, children, trees  # beside this file

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "tests" / "corpus" / "hongloumeng.txt"
WINDOW_OPENS_S = 0.3


def _usage() -> float:
    """CPU seconds of this process and of the helpers it has waited for (a job in the worker)."""
    import resource

    own, helpers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + helpers.ru_utime + helpers.ru_stime


def child(book: Path) -> dict:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from reader.core import analysis

    cache = tempfile.mkdtemp(prefix="reader-pipeline-")
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=context, initializer=analysis.worker_init) as worker:
        worker.submit(analysis.ping).result()
        time.sleep(analysis.RELEASE_SECONDS + 0.5)
        cpu = worker.submit(_usage).result()
        load = os.getloadavg()[0]
        start = time.perf_counter()
        document = worker.submit(analysis.prepare_path, str(book), cache).result()
        prepared = time.perf_counter()
        ref = analysis.DocumentRef.of_document(document, cache)
        time.sleep(WINDOW_OPENS_S)
        words = worker.submit(analysis.make_words, ref, frozenset(), True)
        terms = worker.submit(analysis.make_terms, ref, frozenset())
        words.result()
        cut = time.perf_counter()
        terms.result()
        done = time.perf_counter()
        cpu = worker.submit(_usage).result() - cpu
    return {
        "prepared": prepared - start,
        "words": cut - start,
        "terms": done - start,
        "cpu": cpu,
        "load": load,
        "chars": len(document.text),
    }


def main() -> None:
    args = book_benchmark(__doc__, BOOK, 3, child)
    if args is None:  # the child, its figures printed
        return
    versions = trees(args.checkout)
    # each version its own temporary folder: a version that keeps jieba's table there (one from
    # before the compiled cut: its reader/core/cut_table.py) removes the other versions' tables
    temps = {tree: tempfile.mkdtemp(prefix=f"reader-pipeline-{tree.name}-") for tree in versions}
    try:
        _run(args, versions, temps)
    finally:
        for temp in temps.values():
            shutil.rmtree(temp, ignore_errors=True)


def _run(args, versions: list[Path], temps: dict[Path, str]) -> None:
    for tree in versions:  # the segmenter loaded once (a version with a table on disk makes it), as an earlier run has
        env = dict(os.environ, PYTHONPATH=str(tree), TMPDIR=temps[tree])
        subprocess.run(
            [sys.executable, "-c", "from reader.core.words import cut_ready; cut_ready()"], cwd=tree, env=env
        )
    book = ["--book", str(args.book.resolve())]
    for tree, r in children(__file__, versions, book, args.repeat, lambda tree: {"TMPDIR": temps[tree]}):
        print(
            f"{tree.name:12} {r['chars']:,} chars: prepared {r['prepared']:5.2f} s, words {r['words']:5.2f} s,"
            f" key terms (fully analysed) {r['terms']:5.2f} s wall; worker CPU {r['cpu']:5.2f} s;"
            f" load {r['load']:.2f}"
        )


if __name__ == "__main__":
    main()
