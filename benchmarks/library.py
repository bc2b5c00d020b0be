"""The library on a generated collection: time to index, size on disk, search time, memory.
Run: python benchmarks/library.py [--documents 1000] [--chars 100000]

The collection is made in a temporary folder (never kept) from the real texts of tests/corpus:
each document is a run of their paragraphs, taken in a shuffled order from a random start,
with one in five paragraphs varied (a Simplified paragraph shown in Traditional or the
reverse), and a dateline 1990–2025 at its head, so documents differ, carry dates and mix the
two scripts. Indexing is what the worker does (reader.core.library.jobs.add_batch, a job per
batch of files: read, outline, fingerprint, date and fold in a pool of processes, write the
index in one transaction per batch), here in this process as the worker.
Search times are medians over several queries of each length: the first 100 hits in date
order (what the concordance shows first), then the same with the total over the library.
Figures are printed, never asserted: the machine is shared."""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

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


def _cpu_seconds() -> float:
    """CPU time of this process and its ended children (the reading processes): what the
    indexing costs whatever else the shared machine runs."""
    me, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime + children.ru_utime + children.ru_stime


def size_of(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


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
        t = time.perf_counter()
        cpu = _cpu_seconds()
        load = os.getloadavg()[0]
        files = [str(p) for p in sorted(docs.iterdir())]
        step = max(jobs.BATCH, len(files) // 10 // jobs.BATCH * jobs.BATCH)
        for i in range(0, len(files), jobs.BATCH):
            results = jobs.add_batch(str(data), files[i : i + jobs.BATCH], files[i + jobs.BATCH : i + 2 * jobs.BATCH])
            assert all(r.status == "added" for r in results), results
            if (i + jobs.BATCH) % step == 0:
                print(
                    f"  indexed {min(i + jobs.BATCH, len(files))}/{len(files)} in {time.perf_counter() - t:.1f} s",
                    flush=True,
                )
        indexing = time.perf_counter() - t
        reading_pool.close()  # its processes end: their time is counted in RUSAGE_CHILDREN
        cpu = _cpu_seconds() - cpu
        catalogue = Catalogue(data)
        catalogue.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        print(f"index: {indexing:.1f} s for {total:,} characters ({total / indexing / 1e6:.2f} M chars/s)")
        print(
            f"  load average {load:.1f} at the start, {os.getloadavg()[0]:.1f} at the end; CPU time of the indexing"
            f" processes {cpu:.1f} s (on 2 free cores at best {cpu / 2:.1f} s)"
        )
        print(f"catalogue on disk: {size_of(data / 'library') / 1e6:.0f} MB (documents: {size_of(docs) / 1e6:.0f} MB)")
        print(f"peak memory of the indexing process: {rss:.0f} MB (of its largest reading process: {children:.0f} MB)")
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
                f" (max {max(first) * 1000:.1f}), with the total {statistics.median(whole) * 1000:.1f} ms"
                f" (max {max(whole) * 1000:.1f}); totals {totals}"
            )


if __name__ == "__main__":
    main()
