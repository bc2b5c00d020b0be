"""How long the worker takes, on a book, for what a script switch and the whole-book analysis
wait for (issue 32). Run from the top folder:

    python benchmarks/script_switch.py [BOOK] [--runs N]

In a fresh process and an empty cache each run, in the order the window asks for them after
opening a book: its outline (prepared), its words (jieba), its key terms, then the switch to
Traditional (the whole view, with its offset map). Prints medians against the issue's goals,
and the peak memory of the process tree (the child and any helper it starts, resident sets
summed, sampled every 20 ms); never asserted in tests. The machine is shared: compare medians
of a few runs."""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BOOK = ROOT / "tests" / "corpus" / "hongloumeng.txt"

CHILD = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
from reader.core import analysis
from reader.core.document import load_document
from reader.core.scripts import Script, detect_script
doc = load_document(sys.argv[2])
ref = analysis.DocumentRef(doc.text, doc.content_hash, detect_script(doc.text), cache_dir=sys.argv[3])
times = {}
def timed(name, job, *args):
    start = time.perf_counter()
    job(ref, *args)
    times[name] = time.perf_counter() - start
timed("outline", analysis.make_prepared)
timed("words", analysis.make_words, frozenset())
timed("key terms", analysis.make_terms, frozenset())
switch_to = Script.TRADITIONAL if ref.original_script is not Script.TRADITIONAL else Script.SIMPLIFIED
timed("switch view", analysis.make_view, switch_to)
print(json.dumps({"chars": len(doc.text), **times}))
"""


def _tree_rss(root: int) -> int:
    """Resident bytes of a process and all its descendants (Linux /proc)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid = int(entry.name)
        children.setdefault(int(fields[1]), []).append(pid)
        rss[pid] = int(fields[21]) * PAGE
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        todo += children.get(pid, [])
    return total


PAGE = os.sysconf("SC_PAGE_SIZE")


def run_once(root: Path, book: Path) -> dict:
    with tempfile.TemporaryDirectory() as cache:
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(root), str(book), cache], stdout=subprocess.PIPE, text=True
        )
        peak = [0]

        def sample() -> None:
            while child.poll() is None:
                peak[0] = max(peak[0], _tree_rss(child.pid))
                time.sleep(0.02)

        sampler = threading.Thread(target=sample)
        sampler.start()
        out, _ = child.communicate()
        sampler.join()
        if child.returncode:
            raise SystemExit(f"the measured child failed ({child.returncode})")
    return {**json.loads(out.strip().splitlines()[-1]), "peak MB": peak[0] / 2**20}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("book", nargs="?", type=Path, default=BOOK)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to measure (another branch's)")
    args = parser.parse_args()
    runs = [run_once(args.root, args.book) for _ in range(args.runs)]
    chars = runs[0]["chars"]
    med = {name: statistics.median(r[name] for r in runs) for name in runs[0] if name not in ("chars", "peak MB")}
    peak = statistics.median(r["peak MB"] for r in runs)
    analysis_s = med["outline"] + med["words"] + med["key terms"]
    print(f"{args.book.name}: {chars:,} characters, {args.runs} runs (medians), checkout {args.root}")
    print("| step | seconds | goal |")
    print("|---|---|---|")
    for name, value in med.items():
        print(f"| {name} | {value:.2f} | |")
    print(f"| whole-book analysis (outline + words + key terms) | {analysis_s:.2f} | ≤ 2 s on 红楼梦 |")
    print(f"| script switch in the worker, after the analysis | {med['switch view']:.2f} | ≤ 2 s complete |")
    print(f"| peak memory of the process tree (MB) | {peak:.0f} | ≤ 300 MB with 红楼梦 (the window adds its own) |")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
