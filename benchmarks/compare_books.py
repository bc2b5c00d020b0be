"""Comparing two whole books (issue 32, item 4): 红楼梦 (tests/corpus/hongloumeng.txt) against a
copy with 2 % of its lines changed, time and peak memory against the goal (≤ 5 s, ≤ 400 MB).
Run:

    python benchmarks/compare_books.py

The copy is made here, fixed by a seed: of every 50 non-blank lines one, picked at random, has
a word replaced, a clause added or a sentence dropped (in turn).

What the window's worker does is measured, in a child process of its own: the words and the
outline of both books come from the analysis (made once when each book was opened, kept in its
cache; here made by this parent process and handed over pickled, as the cache hands them), then

- compare (handed the outlines and words the analysis made): both books cut into sections and sentences, aligned (`compare`);
- changes: every pair's word diff (`Comparison.changes`);
- terms: new, dropped and changed terms (`term_changes`);

and the child's peak resident memory (VmHWM: the tree is the child alone; this parent only
prepares the files). Each step's CPU time (the child's process time) is printed beside its
wall time: on a shared machine the wall clock counts other people's work, so judge a speed-up
by CPU. The digest is a hash of every result (the pairs, the changes, the terms): a speed-up
must leave it as it was. Printed, never asserted."""

from __future__ import annotations

import pickle
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BOOK = ROOT / "tests" / "corpus" / "hongloumeng.txt"
SEED = 28
SHARE = 50  # one line in 50 changed: 2 %
GOAL_SECONDS = 5.0
GOAL_MB = 400


def edited(text: str, seed: int = SEED) -> str:
    """The book with one non-blank line in SHARE changed (a word replaced, a clause added, a
    sentence dropped, in turn)."""
    rng = random.Random(seed)
    lines = text.split("\n")
    full = [k for k, line in enumerate(lines) if len(line.strip()) > 20]
    picked = sorted(rng.sample(full, len(full) // SHARE))
    for n, k in enumerate(picked):
        line = lines[k]
        at = rng.randrange(5, len(line) - 5)
        if n % 3 == 0:
            lines[k] = line[:at] + "众人" + line[at + 2 :]
        elif n % 3 == 1:
            lines[k] = line[:at] + "，且说那日天气甚好" + line[at:]
        else:
            cut = line.find("．", at)
            lines[k] = line[:at] + (line[cut + 1 :] if cut > 0 else "")
    return "\n".join(lines)


def child(folder: Path) -> None:
    from reader.core.compare import Source, compare, term_changes

    texts = [(folder / f"{side}.txt").read_text(encoding="utf-8") for side in "ab"]
    words = [pickle.loads((folder / f"{side}.words").read_bytes()) for side in "ab"]
    outlines = [pickle.loads((folder / f"{side}.outline").read_bytes()) for side in "ab"]
    times = {}

    def clocks() -> tuple[float, float]:
        return time.perf_counter(), time.process_time()

    def since(mark: tuple[float, float], step: str) -> None:
        wall, cpu = clocks()
        times[step] = wall - mark[0]
        times[f"{step}_cpu"] = cpu - mark[1]

    start = clocks()
    cmp = compare(Source(texts[0], outlines[0], words=words[0]), Source(texts[1], outlines[1], words=words[1]))
    since(start, "compare")
    mark = clocks()
    changes = cmp.changes()
    since(mark, "changes")
    mark = clocks()
    terms = term_changes(cmp)
    since(mark, "terms")
    since(start, "total")
    peak = 0
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            peak = int(line.split()[1]) // 1024
    print(
        " ".join(f"{k}={v:.2f}" for k, v in times.items()),
        f"peak={peak}",
        f"count={len(changes)}",
        f"new={len(terms.new)} dropped={len(terms.dropped)} changed={len(terms.changed)}",
        f"first_new={terms.new[0].term if terms.new else ''}",
        f"digest={_digest(cmp, changes, terms)}",
    )


def _digest(cmp, changes, terms) -> str:
    """A fingerprint of every result (pairs, changes, terms): equal before and after a speed-up."""
    import hashlib

    parts = [repr(changes), repr(terms), repr(cmp.pairs)]
    return hashlib.sha256("\n".join(parts).encode()).hexdigest()[:16]


def main() -> None:
    from reader.core.outline import build_outline
    from reader.core.scripts import Script, ScriptViews
    from reader.core.words import WordBoundaries

    text_a = BOOK.read_text(encoding="utf-8")
    text_b = edited(text_a)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for side, text in (("a", text_a), ("b", text_b)):
            (folder / f"{side}.txt").write_text(text, encoding="utf-8")
            words = WordBoundaries.from_view(ScriptViews(text).get(Script.SIMPLIFIED))
            (folder / f"{side}.words").write_bytes(pickle.dumps(words))
            (folder / f"{side}.outline").write_bytes(pickle.dumps(build_outline(text)))
        out = subprocess.run(
            [sys.executable, __file__, "--child", tmp], capture_output=True, text=True, check=True, cwd=ROOT
        ).stdout.split()
    row = dict(item.split("=", 1) for item in out)
    print(f"红楼梦 ({len(text_a):,} characters) against a copy with 2 % of its lines changed ({SHARE} seed {SEED})")
    # CPU time beside wall time: on a shared machine the wall clock counts other people's work
    print(f"{'step':10} {'wall':>8} {'CPU':>8}")
    for step in ("compare", "changes", "terms", "total"):
        print(f"{step:10} {float(row[step]):>7.2f}s {float(row[step + '_cpu']):>7.2f}s")
    print(
        f"total {float(row['total']):.2f} s wall, {float(row['total_cpu']):.2f} s CPU (goal ≤ {GOAL_SECONDS:.0f} s), "
        f"peak {row['peak']} MB (goal ≤ {GOAL_MB} MB)"
    )
    print(f"{row['count']} changes; terms new {row['new']}, dropped {row['dropped']}, changed {row['changed']}")
    print(f"results digest {row['digest']} (equal before and after a speed-up)")


if __name__ == "__main__":
    if "--child" in sys.argv:
        child(Path(sys.argv[sys.argv.index("--child") + 1]))
    else:
        main()
