"""Score the comparison on the sets build.py makes, one kind a source: pairs.json.xz (Taiwan's
laws in two snapshots of the MOJ database) and pairs-prc.json.xz (mainland laws, regulations and
judicial interpretations, two successive versions from LawRefBook/Laws); what changed is read
article by article from the source. Run:

    python eval/compare/score.py [--held-out | --development]

Per kind and split (development, held out), over every pair:

- changed articles found: an article whose number both versions have and whose text differs
  has a change (not a move alone) touching its text in A and in B;
- unchanged articles clean: an article whose number and text both versions share has no
  added, removed or reworded change inside its text on either side;
- changed in words found: the changed articles whose texts differ in the comparison's own keys
  (reader.core.compare.normalize.signature: width and whitespace folded), found as above. Nearly
  half of Taiwan's changed articles differ only in form: the 2016 snapshot writes ( ) half-width
  with spaces around them and wraps its lines, the 2024 one writes （ ）; the comparison reports
  no change there by design, so the first column counts those found only through noise.

Figures are printed, never asserted. No rule of the comparison was written or tuned on these
sets (they were built after them)."""

from __future__ import annotations

import json
import lzma
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

from build import PRC_ARTICLE, PRC_HEADING  # noqa: E402

from reader.core.compare import ChangeKind, compare  # noqa: E402
from reader.core.compare.normalize import signature  # noqa: E402

_ARTICLE = re.compile(r"^第\s*[0-9]+(?:\s*-\s*[0-9]+)?\s*條\s*$", re.M)
_MARKED = (ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.REWORDED)


def article_ranges(text: str) -> dict[str, tuple[int, int]]:
    """Taiwan's layout: each article's number (blanks out) → the range of its text (after its
    number line)."""
    heads = list(_ARTICLE.finditer(text))
    out = {}
    for k, m in enumerate(heads):
        end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
        blank = text.find("\n\n", m.end() + 1, end)  # a chapter heading may follow the text
        out["".join(m.group().split())] = (m.end(), blank if blank > 0 else end)
    return out


def prc_article_ranges(text: str) -> dict[str, tuple[int, int]]:
    """The mainland's layout: each article's number (第十二条) → the range of its text (after the
    number, to the next article's head or 编/章/节 heading, trailing blanks out)."""
    heads = list(PRC_ARTICLE.finditer(text))
    ends = sorted([m.start() for m in heads] + [m.start() for m in PRC_HEADING.finditer(text)] + [len(text)])
    out = {}
    for m in heads:
        end = next(e for e in ends if e > m.start())
        out[m.group(1)] = (m.end(), len(text[:end].rstrip()))
    return out


KINDS = [
    ("Taiwan (MOJ)", "pairs.json.xz", article_ranges),
    ("mainland (LawRefBook)", "pairs-prc.json.xz", prc_article_ranges),
]


def touches(span, lo: int, hi: int) -> bool:
    if span.start == span.end:
        return lo <= span.start <= hi
    return span.start < hi and lo < span.end


def score(pair: dict, ranges=article_ranges) -> tuple[int, int, int, int, int, int]:
    text_a, text_b = pair["a"], pair["b"]
    changes = compare(text_a, text_b).changes()
    where_a, where_b = ranges(text_a), ranges(text_b)
    found = worded = worded_found = 0
    for number in pair["changed"]:
        (a0, a1), (b0, b1) = where_a[number], where_b[number]
        hit = any(c.kind is not ChangeKind.MOVED and touches(c.a, a0, a1) and touches(c.b, b0, b1) for c in changes)
        found += hit
        if signature(text_a[a0:a1]) != signature(text_b[b0:b1]):
            worded += 1
            worded_found += hit
    clean = 0
    for number in pair["unchanged"]:
        (a0, a1), (b0, b1) = where_a[number], where_b[number]
        clean += not any(
            c.kind in _MARKED
            and ((c.a.start < c.a.end and touches(c.a, a0, a1)) or (c.b.start < c.b.end and touches(c.b, b0, b1)))
            for c in changes
        )
    return found, len(pair["changed"]), clean, len(pair["unchanged"]), worded_found, worded


def main() -> None:
    splits = [("development", False), ("held out", True)]
    if "--held-out" in sys.argv:
        splits = splits[1:]
    elif "--development" in sys.argv:
        splits = splits[:1]
    print(
        f"{'kind':22} {'split':12} {'pairs':>6} {'changed articles found':>24} {'unchanged articles clean':>26}"
        f" {'changed in words found':>24}"
    )
    for kind, file, ranges in KINDS:
        with lzma.open(HERE / file, "rt", encoding="utf-8") as f:
            data = json.load(f)
        for name, held in splits:
            totals = [0] * 6
            pairs = [p for p in data["pairs"] if p["held_out"] is held]
            for pair in pairs:
                for k, value in enumerate(score(pair, ranges)):
                    totals[k] += value
            f, fc, c, cc, w, wc = totals
            print(
                f"{kind:22} {name:12} {len(pairs):>6} {f'{f}/{fc} ({f / max(fc, 1):.3f})':>24}"
                f" {f'{c}/{cc} ({c / max(cc, 1):.3f})':>26} {f'{w}/{wc} ({w / max(wc, 1):.3f})':>24}"
            )


if __name__ == "__main__":
    main()
