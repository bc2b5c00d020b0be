"""Heading recall and precision of the outline on each corpus document, against its golden
file (tests/golden/outline), and the time to build the outline. Run:
python benchmarks/outline_accuracy.py

A heading counts as found when the outline has a title, heading or article with the same
kind, depth and label at the same place in the sequence of headings (difflib matches the
two sequences, so one missed heading does not shift every later one)."""

from __future__ import annotations

import statistics
import sys
import time
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.document import load_document  # noqa: E402
from reader.core.outline import document_outline, headings_of  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
GOLDEN = ROOT / "tests" / "golden" / "outline"


def main() -> None:
    print(f"{'document':42} {'chars':>9} {'headings':>9} {'recall':>8} {'precision':>10} {'outline':>9}")
    for path in sorted(p for p in CORPUS.iterdir() if p.is_file() and p.name != "SOURCES.md"):
        document = load_document(path)
        times = []
        for _ in range(3):
            start = time.perf_counter()
            outline = document_outline(document)
            times.append(time.perf_counter() - start)
        found = [(k, str(d), label) for k, d, label in headings_of(outline)]
        golden_file = GOLDEN / f"{path.stem}.tsv"
        expected = [tuple(line.split("\t")) for line in golden_file.read_text(encoding="utf-8").splitlines()]
        matched = sum(
            block.size for block in SequenceMatcher(None, expected, found, autojunk=False).get_matching_blocks()
        )
        recall = matched / len(expected) if expected else 1.0
        precision = matched / len(found) if found else 1.0
        print(
            f"{path.name:42} {len(document.text):>9,} {len(expected):>9,} {recall:>8.1%} {precision:>10.1%}"
            f" {statistics.median(times) * 1000:>7.0f} ms"
        )


if __name__ == "__main__":
    main()
