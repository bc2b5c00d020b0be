"""The library's indexing of a book the window has just opened, in the worker (issue 32). Run:

    python benchmarks/opened_indexing.py [--book PATH] [--times N] [--changed] [--repeat N] [--checkout DIR ...]

In a fresh process set up as the worker is (reader.core.analysis.worker_init): the book is
prepared as the window's open has it prepared (prepare_path: read, outline, fingerprint), then
catalogued as the window then asks (jobs.add_batch with the one file, no pool). Printed for the
add_batch job: its CPU seconds and each phase's (Added.cpu), and the worker's peak resident
memory during it (VmHWM, reset before the job) beside its resident memory before it, and a
digest of what it wrote (the chunks, every piece's counts) and of the hits of queries of 1, 2
and more characters, some at chunks' seams (equal digests: the same index). --times 6:
the book six times over (the issue's 5 M book). --changed: the book is indexed first, then
changed in one line of fifty at its place and indexed again (what is measured); printed first,
the peak while its old rows are taken out of the index alone. Each --checkout (another version of Reader,
e.g. `git worktree add --detach DIR main`) runs in turn with this one. Figures are printed,
never asserted: CPU and memory, not wall time, on a shared machine."""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from versions import add_version_arguments, children, trees  # beside this file

ROOT = Path(__file__).resolve().parent.parent
BOOK = ROOT / "tests" / "corpus" / "hongloumeng.txt"


def _status_mb(field: str) -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
    return 0.0


QUERIES = ["宝", "玉", "，", "宝玉", "黛玉", "笑道", "賈母", "贾母笑道", "林黛玉"]


def digest(catalogue, text: str) -> str:
    """The index's rows and the hits of QUERIES and of queries at chunks' seams, hashed."""
    import hashlib

    from reader.core.library import pieces
    from reader.core.library.concordance import Searcher

    spans = list(pieces.chunks(text))
    seams = []
    for k in range(0, len(spans) - 1, max(1, len(spans) // 7)):
        before, after = text[spans[k][0] : spans[k][1]].rstrip("\n"), text[spans[k][1] :].split("\n", 1)[0]
        seams += [before[-4:], before[-1:], after[:2], after[:1]]
    h = hashlib.sha256()
    for table in ("SELECT id, start, text FROM chunks ORDER BY id", "SELECT * FROM pieces_vocab ORDER BY term"):
        for row in catalogue.db.execute(table):
            h.update(repr(row).encode())
    searcher = Searcher(catalogue)
    for query in [*QUERIES, *(q for q in seams if q.strip())]:
        h.update(json.dumps(searcher.search(query, limit=None).to_json(), ensure_ascii=False).encode())
    return h.hexdigest()[:16]


def _peak_from_here() -> float:
    """Resident memory now, and VmHWM counted from here."""
    before = _status_mb("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")
    return before


def _changed(book: Path, temp: Path) -> Path:
    """A copy of the book with one line in fifty changed (as an edition revised), at its path."""
    lines = book.read_text(encoding="utf-8").splitlines(keepends=True)
    for k in range(0, len(lines), 50):
        lines[k] = "改" + lines[k]
    copy = temp / book.name
    copy.write_text("".join(lines), encoding="utf-8")
    return copy


def child(book: Path, changed: bool = False) -> dict:
    from reader.core import analysis
    from reader.core.heap import give_back_memory
    from reader.core.library import jobs

    analysis.worker_init()
    temp = Path(tempfile.mkdtemp(prefix="reader-opened-"))
    cache, data = temp / "cache", temp / "data"
    data.mkdir()
    forgetting = None
    if changed:  # the book indexed as it was, then changed at its place: indexed again
        # at the same place in every run and version: the hits name it (the digest)
        original = Path(tempfile.gettempdir()) / "reader-opened-changed" / book.name
        original.parent.mkdir(exist_ok=True)
        original.write_bytes(book.read_bytes())
        jobs.add_batch(str(data), [str(original)])
        forgetting = _forgetting_peak(jobs._catalogue(str(data)), str(original))
        book = _changed(book, original.parent)
        os.utime(book, (time.time() + 5, time.time() + 5))
    analysis.prepare_path(str(book), str(cache))
    give_back_memory()  # as the worker's loop does after each job
    time.sleep(0.3)
    before = _peak_from_here()
    cpu = time.process_time()
    (added,) = jobs.add_batch(str(data), [str(book)])
    cpu = time.process_time() - cpu
    peak = _status_mb("VmHWM")
    return {
        "digest": digest(jobs._catalogue(str(data)), book.read_text(encoding="utf-8")),
        "status": added.status,
        "cpu": cpu,
        "phases": added.cpu,
        "before": before,
        "peak": peak,
        "forgetting": forgetting,
        "load": os.getloadavg()[0],
    }


def _forgetting_peak(catalogue, path: str) -> tuple[float, float]:
    """(resident MB before, peak MB) while the book's old rows are taken out of the index, as
    indexing it again does first (index.delete_document), in a transaction then undone."""
    from reader.core.heap import give_back_memory
    from reader.core.library.index import delete_document

    entry = catalogue.entry_at(path)
    give_back_memory()
    before = _peak_from_here()
    catalogue.db.execute("BEGIN")
    try:
        delete_document(catalogue.db, entry.identity)
        peak = _status_mb("VmHWM")
    finally:
        catalogue.db.execute("ROLLBACK")
    return before, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--book", type=Path, default=BOOK)
    parser.add_argument("--times", type=int, default=1)
    parser.add_argument("--changed", action="store_true", help="the book indexed before, changed, indexed again")
    add_version_arguments(parser, repeat=1)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.book, args.changed)))
        return
    book = args.book.resolve()
    if args.times > 1:
        book = Path(tempfile.mkdtemp(prefix="reader-opened-book-")) / f"{book.stem}-x{args.times}.txt"
        book.write_text(args.book.read_text(encoding="utf-8") * args.times, encoding="utf-8")
    extra = ["--book", str(book), *(["--changed"] if args.changed else [])]
    for tree, r in children(__file__, trees(args.checkout), extra, args.repeat):
        phases = ", ".join(f"{name} {s:.2f}" for name, s in r["phases"])
        forgetting = ""
        if r["forgetting"]:
            was, top = r["forgetting"]
            forgetting = f" old rows taken out: {was:.0f} MB before, peak {top:.0f} MB (+{top - was:.1f});"
        print(
            f"{tree.name:12} {book.name} {r['status']}:{forgetting} add_batch CPU {r['cpu']:.2f} s ({phases});"
            f" worker {r['before']:.0f} MB before, peak {r['peak']:.0f} MB (+{r['peak'] - r['before']:.0f});"
            f" load {r['load']:.2f}; digest {r['digest']}"
        )


if __name__ == "__main__":
    main()
