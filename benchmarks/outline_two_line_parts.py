"""Heading recall and precision on the structure corpus's laws laid out as Hong Kong's
ordinances and many printed laws are: each part's, chapter's and section's number on a line
of its own, its name on the next (第一章 / 总则). The text is the corpus's own with those
heading lines broken after their number; the goldens are unchanged. Development documents
only (the held-out third is not looked at). Run:
python benchmarks/outline_two_line_parts.py [--details]"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from eval.structure.score import HERE as EVAL  # noqa: E402
from eval.structure.score import Score, goldens, held_out_ids, score  # noqa: E402
from reader.core.outline import build_outline  # noqa: E402

KINDS = ("law_prc", "law_tw")
_NUMBER_AND_NAME = re.compile(r"^(第[ \u3000]?[^ \u3000\n]+?[ \u3000]?分?[編编章節节])[ \u3000]+(\S[^\n]*)$", re.M)


def two_line_parts(text: str) -> str:
    """第一章　总则 → 第一章 / 总则; 第 一 章 總則 → 第 一 章 / 總則."""
    return _NUMBER_AND_NAME.sub(r"\1\n\2", text)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--details", action="store_true", help="misses and false headings")
    args = parser.parse_args()
    all_goldens = goldens()
    held = held_out_ids(all_goldens)
    print(f"{'kind':9} {'docs':>5} {'split':>6} {'headings':>9} {'recall':>7} {'precision':>10} {'level':>6}")
    for kind in KINDS:
        total, split = Score(), 0
        for golden in all_goldens:
            if golden["kind"] != kind or golden["id"] in held:
                continue
            text = (EVAL / golden["file"]).read_text(encoding="utf-8")
            laid_out = two_line_parts(text)
            split += laid_out.count("\n") - text.count("\n")
            result, notes = score(laid_out, build_outline(laid_out), golden)
            total.add(result)
            if args.details and notes:
                print(golden["id"], "\n".join(notes[:20]), sep="\n")
        print(
            f"{kind:9} {total.documents:>5} {split:>6} {total.expected:>9} {total.recall:>7.3f}"
            f" {total.precision:>10.3f} {total.level_agreement:>6.3f}"
        )


if __name__ == "__main__":
    main()
