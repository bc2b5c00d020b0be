"""The library on a generated collection: time to index, size on disk, search time, memory.
Run: python benchmarks/library.py [--documents 1000] [--chars 100000]

The collection is made in a temporary folder (never kept) from the real texts of tests/corpus:
each document is a run of their paragraphs, taken in a shuffled order from a random start,
with one in five paragraphs varied (a Simplified paragraph shown in Traditional or the
reverse), and a dateline 1990–2025 at its head, so documents differ, carry dates and mix the
two scripts. Indexing is what the worker does (reader.core.library.jobs.add_batch, a job per
batch of files: read, outline, fingerprint, date and fold in a pool of processes, write the
index in one transaction per batch), here in this process as the worker.
Printed for the indexing, each beside its goal: the wall time; the load average (start, mean,
end: the machine is shared); the CPU time of each process (the writer, the reading processes);
the CPU time of each phase summed over the files (Added.cpu) and what is spent elsewhere
(commits, passing files between processes, starting them); the peak of the process tree's
summed resident memory. Search times are medians over several queries of each length: the
first 100 hits in date order (what the concordance shows first), then the same with the total
over the library. Figures are printed, never asserted: the machine is shared."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tree_peak import Sampler  # noqa: E402  (beside this file: run as python benchmarks/library.py)

from reader.core.document import load_document  # noqa: E402
from reader.core.library import jobs, reading_pool  # noqa: E402
from reader.core.library.catalogue import Catalogue  # noqa: E402
from reader.core.library.concordance import Searcher  # noqa: E402
from reader.core.scripts import TO_SIMPLIFIED, convert  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
SOURCES = [
    "report-20th-congress-2022-gb18030.txt",
    "law-civil-code.txt",
    "law-constitution.md",
    "hongloumeng.txt",
    "mengzi-gutenberg-big5.txt",
    "parallel/cuv-simplified.txt",
    "parallel/cuv-traditional.txt",
    "compare/law-company-2023.md",
]
QUERIES = {
    1: ["国", "法", "道", "龍", "鑫"],
    2: ["发展", "國家", "人民", "寶玉", "孟子"],
    4: ["社会主义", "人民法院", "中國共產", "全面深化", "賈母笑道"],
}


def paragraphs() -> list[str]:
    found = []
    for name in SOURCES:
        found += [p for p in load_document(CORPUS / name).text.split("\n") if len(p.strip()) > 10]
    return found


def generate(folder: Path, documents: int, chars: int, seed: int = 29) -> int:
    rng = random.Random(seed)
    pool = paragraphs()
    converted: dict[tuple[str, str], str] = {}  # paragraphs recur: each converted once (minutes saved)
    total = 0
    for n in range(documents):
        year = rng.randint(1990, 2025)
        lines = [f"第{n}号文件", f"（{year}年{rng.randint(1, 12)}月{rng.randint(1, 28)}日）"]
        size = 0
        i = rng.randrange(len(pool))
        while size < chars:
            line = pool[i % len(pool)]
            if rng.random() < 0.2:
                config = rng.choice(("s2tw", TO_SIMPLIFIED))
                line = converted.get((line, config)) or converted.setdefault((line, config), convert(line, config))
            lines.append(line)
            size += len(line) + 1
            i += rng.choice((1, 1, 1, 7, 131))
        text = "\n".join(lines) + "\n"
        total += len(text)
        (folder / f"doc-{n:04d}.txt").write_text(text, encoding="utf-8")
    return total


class ProcessTree(Sampler):
    """The processes of the indexing (this one, the writer, and its children, the reading
    processes), looked at every `every` seconds in a thread: the peak of their summed resident
    memory, each one's CPU time as last seen, and the load average (the machine is shared).
    Its own time counts as the writer's, so it reads only their few files in /proc (walking
    /proc for the children cost 12 ms a look: about 20 s of a 7-minute run)."""

    def __init__(self, every: float = 0.25) -> None:
        super().__init__(every)
        self.peak = 0
        self.cpu: dict[int, float] = {}
        self.rss: dict[int, int] = {}
        self.loads: list[float] = []

    def look(self) -> None:
        me = os.getpid()
        total = 0
        for pid in [me, *(p.pid for p in multiprocessing.active_children())]:
            try:
                stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
                rss = int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * PAGE
            except (OSError, IndexError, ValueError):
                continue  # ended meanwhile
            self.cpu[pid] = (int(stat[11]) + int(stat[12])) / TICKS  # utime, stime
            self.rss[pid] = max(self.rss.get(pid, 0), rss)
            total += rss
        self.peak = max(self.peak, total)
        self.loads.append(os.getloadavg()[0])


PAGE = os.sysconf("SC_PAGE_SIZE")
TICKS = os.sysconf("SC_CLK_TCK")


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


READING = ("read", "outline", "date", "fingerprint", "fold", "pieces", "compress")
WRITING = ("identity", "write")


def index(files: list[str], data: Path) -> tuple[float, list]:
    """Index the files as the window has the worker do (jobs of BATCH files); the wall time
    and every file's Added."""
    t = time.perf_counter()
    done = []
    step = max(jobs.BATCH, len(files) // 10 // jobs.BATCH * jobs.BATCH)
    for i in range(0, len(files), jobs.BATCH):
        results = jobs.add_batch(str(data), files[i : i + jobs.BATCH], files[i + jobs.BATCH : i + 2 * jobs.BATCH])
        assert all(r.status == "added" for r in results), results
        done += results
        if (i + jobs.BATCH) % step == 0:
            print(
                f"  indexed {min(i + jobs.BATCH, len(files))}/{len(files)} in {time.perf_counter() - t:.1f} s",
                flush=True,
            )
    return time.perf_counter() - t, done


def report_indexing(wall: float, total: int, done: list, tree: ProcessTree, writer_cpu: float) -> None:
    me = os.getpid()
    readers = {pid: cpu for pid, cpu in tree.cpu.items() if pid != me}
    print(
        f"index: {wall:.1f} s for {total:,} characters ({total / wall / 1e6:.2f} M chars/s)   goal <= 120 s on 2 cores"
    )
    print(
        f"  load average {tree.loads[0]:.1f} at the start, {statistics.mean(tree.loads):.1f} on average,"
        f" {tree.loads[-1]:.1f} at the end (2 cores, shared)"
    )
    every = sum(readers.values()) + writer_cpu
    print(
        f"  CPU of each process: the writer {writer_cpu:.1f} s, "
        + ", ".join(f"child {pid} {cpu:.1f} s" for pid, cpu in sorted(readers.items()))
        + f"; all {every:.1f} s (on 2 free cores at best {every / 2:.1f} s wall)"
    )
    phases: dict[str, float] = {}
    for added in done:
        for phase, seconds in added.cpu:
            phases[phase] = phases.get(phase, 0.0) + seconds
    print("  CPU by phase, over all files (the reading processes'):")
    print("    " + ", ".join(f"{p} {phases.get(p, 0):.1f} s" for p in READING))
    print("  (the writer's): " + ", ".join(f"{p} {phases.get(p, 0):.1f} s" for p in WRITING))
    rest = every - sum(phases.values())
    print(f"  (elsewhere: commits, passing files between processes, starting them): {rest:.1f} s")
    largest = max((rss for pid, rss in tree.rss.items() if pid != me), default=0)
    print(
        f"  peak memory of the process tree: {tree.peak / 1e6:.0f} MB (the writer {tree.rss.get(me, 0) / 1e6:.0f} MB,"
        f" its largest child {largest / 1e6:.0f} MB)"
    )


def main() -> None:  # called under __main__ only: the reading processes import this file
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=1000)
    parser.add_argument("--chars", type=int, default=100_000, help="characters per document")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reader-library-bench-") as tmp:
        docs, data = Path(tmp) / "docs", Path(tmp) / "data"
        docs.mkdir()
        data.mkdir()
        t = time.perf_counter()
        total = generate(docs, args.documents, args.chars)
        print(f"generated {args.documents} documents, {total:,} characters in {time.perf_counter() - t:.1f} s")
        files = [str(p) for p in sorted(docs.iterdir())]
        with ProcessTree() as tree:
            cpu = time.process_time()
            wall, done = index(files, data)
            writer_cpu = time.process_time() - cpu
            tree.look()  # the reading processes' time before they close
        reading_pool.close()
        report_indexing(wall, total, done, tree, writer_cpu)
        catalogue = Catalogue(data)
        t = time.perf_counter()
        catalogue.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        print(f"checkpoint of the write-ahead log: {time.perf_counter() - t:.1f} s")
        print(f"catalogue on disk: {size_of(data / 'library') / 1e6:.0f} MB (documents: {size_of(docs) / 1e6:.0f} MB)")
        searcher = Searcher(catalogue)
        for length, queries in QUERIES.items():
            first, whole, totals = [], [], []
            for query in queries:
                t = time.perf_counter()
                hits = searcher.search(query, limit=100, count=False).hits
                first.append(time.perf_counter() - t)
                t = time.perf_counter()
                totals.append(searcher.search(query, limit=100).total)
                whole.append(time.perf_counter() - t)
                assert len(hits) == min(100, totals[-1])
            print(
                f"search, {length}-character queries: first 100 hits {statistics.median(first) * 1000:.1f} ms"
                f" (max {max(first) * 1000:.1f})   goal <= 100 ms; with the total {statistics.median(whole) * 1000:.1f} ms"
                f" (max {max(whole) * 1000:.1f}); totals {totals}"
            )


if __name__ == "__main__":
    main()
