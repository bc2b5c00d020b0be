"""How long the worker takes, on a book, for what a script switch and the whole-book analysis
wait for (issue 32). Run from the top folder:

    python benchmarks/script_switch.py [BOOK] [--runs N]

In a fresh process and an empty cache each run, in the order the window asks for them after
opening a book: its outline (prepared), its words (jieba), its key terms, then the switch to
Traditional (the whole view, with its offset map). Prints medians against the issue's goals;
never asserted in tests. The machine is shared: compare medians of a few runs."""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
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


def run_once(root: Path, book: Path) -> dict:
    with tempfile.TemporaryDirectory() as cache:
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(root), str(book), cache], capture_output=True, text=True, check=True
        )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("book", nargs="?", type=Path, default=BOOK)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--root", type=Path, default=ROOT, help="the checkout to measure (another branch's)")
    args = parser.parse_args()
    runs = [run_once(args.root, args.book) for _ in range(args.runs)]
    chars = runs[0]["chars"]
    med = {name: statistics.median(r[name] for r in runs) for name in runs[0] if name != "chars"}
    analysis_s = med["outline"] + med["words"] + med["key terms"]
    print(f"{args.book.name}: {chars:,} characters, {args.runs} runs (medians), checkout {args.root}")
    print("| step | seconds | goal |")
    print("|---|---|---|")
    for name, value in med.items():
        print(f"| {name} | {value:.2f} | |")
    print(f"| whole-book analysis (outline + words + key terms) | {analysis_s:.2f} | ≤ 2 s on 红楼梦 |")
    print(f"| script switch in the worker, after the analysis | {med['switch view']:.2f} | ≤ 2 s complete |")


if __name__ == "__main__":
    main()
