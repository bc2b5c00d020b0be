"""How well a comparison finds what changed between two versions, per pair of
tests/corpus/compare against its golden list (tests/golden/compare/pairs/*.json). Run:

    python benchmarks/compare_accuracy.py [--verbose]

Per pair:

- sections: of the golden section pairs (a section of A with its counterpart in B, named by the
  start of its heading line in each), how many the comparison pairs (any status but added or
  removed, and A's section paired with B's);
- changes: of the verified changes (the old words inside a phrase of A became the new words
  inside a phrase of B), how many are found as a change of their own: one change, not a move,
  whose range in A touches the old words and whose range in B touches the new ones, and which
  is small on both sides (≤ 40 characters for a changed figure, the golden entries with a
  `subject`; ≤ twice the longer side + 10 for a reworded phrase, at least 40); moves and
  renumberings (the golden `moved` and `renumbered` lists) count with them;
- shared inside: sentences that both versions have word for word (each exactly once in each,
  at least 6 characters; cut at 。！？；) that lie wholly inside an added, removed or reworded
  change on either side: an unchanged sentence shown as changed. Counted over every such
  sentence, not a hand-picked list; the golden `unchanged` list is checked the same way;
- time: `compare` and every pair's word diff, no jieba load (it is loaded first, apart).

Figures are printed, never asserted (the machine is shared)."""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.compare import ChangeKind, PairStatus, Source, compare  # noqa: E402
from reader.core.document import load_document  # noqa: E402
from reader.core.words import cut_ready  # noqa: E402

CORPUS = ROOT / "tests" / "corpus" / "compare"
GOLDEN = ROOT / "tests" / "golden" / "compare" / "pairs"
FIGURE_LIMIT = 40
_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]")
_INSIDE_KINDS = (ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.REWORDED)


def locate(text: str, phrase: str, what: str) -> int:
    at = text.find(phrase)
    if at < 0:
        raise ValueError(f"{what}: {phrase!r} not found")
    if text.find(phrase, at + 1) >= 0:
        raise ValueError(f"{what}: {phrase!r} found more than once")
    return at


def touches(span, start: int, end: int) -> bool:
    if start == end or span.start == span.end:
        return span.start <= end and start <= span.end
    return span.start < end and start < span.end


def shared_sentences(text_a: str, text_b: str) -> list[tuple[str, int, int]]:
    """Sentences found exactly once in each text: (sentence, start in A, start in B)."""
    count_a = Counter(m.group().strip() for m in _SENTENCE.finditer(text_a))
    count_b = Counter(m.group().strip() for m in _SENTENCE.finditer(text_b))
    out = []
    for sentence, n in count_a.items():
        if n == 1 and count_b.get(sentence) == 1 and len(sentence) >= 6:
            if text_a.count(sentence) == 1 and text_b.count(sentence) == 1:
                out.append((sentence, text_a.find(sentence), text_b.find(sentence)))
    return out


def inside(changes, side: str, start: int, end: int) -> bool:
    for c in changes:
        if c.kind not in _INSIDE_KINDS:
            continue
        span = c.a if side == "a" else c.b
        if span.start <= start and end <= span.end:
            return True
    return False


def section_paired(cmp, text_a: str, text_b: str, head_a: str, head_b: str) -> bool:
    at_a = locate("\n" + text_a, "\n" + head_a, "section A")
    at_b = locate("\n" + text_b, "\n" + head_b, "section B")
    for pair in cmp.pairs:
        if pair.a and pair.b and pair.a.start == at_a and pair.b.start == at_b:
            return pair.status not in (PairStatus.ADDED, PairStatus.REMOVED)
    return False


def change_found(changes, text_a: str, text_b: str, entry: dict) -> bool:
    at_a = locate(text_a, entry["a"], "change A")
    at_b = locate(text_b, entry["b"], "change B")
    old, new = entry["old"], entry["new"]
    # an empty side (words only added or only dropped): the change's point lies in the phrase
    old_lo, old_hi = (
        (at_a + entry["a"].index(old), at_a + entry["a"].index(old) + len(old))
        if old
        else (at_a, at_a + len(entry["a"]))
    )
    new_lo, new_hi = (
        (at_b + entry["b"].index(new), at_b + entry["b"].index(new) + len(new))
        if new
        else (at_b, at_b + len(entry["b"]))
    )
    longest = max(len(old), len(new))
    limit = FIGURE_LIMIT if "subject" in entry else max(FIGURE_LIMIT, 2 * longest + 10)
    for c in changes:
        if c.kind is ChangeKind.MOVED:
            continue
        if touches(c.a, old_lo, old_hi) and touches(c.b, new_lo, new_hi):
            if len(c.a.text) <= limit and len(c.b.text) <= limit:
                return True
    return False


def moved_found(changes, text_a: str, text_b: str, entry: dict) -> bool:
    at_a = locate(text_a, entry["a"], "move A")
    at_b = locate(text_b, entry["b"], "move B")
    end_a, end_b = at_a + len(entry["a"]), at_b + len(entry["b"])
    for c in changes:
        if c.kind is ChangeKind.MOVED and at_a <= c.a.start and c.a.end <= end_a:
            if at_b <= c.b.start and c.b.end <= end_b:
                return True
    return False


def renumbered_found(cmp, changes, number_a: str, number_b: str) -> bool:
    for pair in cmp.pairs:
        if pair.a and pair.b and pair.a.number == number_a and pair.b.number == number_b:
            kinds = {c.kind for c in changes if c.pair == pair.index}
            return pair.renumbered and getattr(ChangeKind, "RENUMBERED", None) in kinds
    return False


def measure(path: Path, verbose: bool) -> dict:
    gold = json.loads(path.read_text(encoding="utf-8"))
    doc_a, doc_b = load_document(CORPUS / gold["a"]), load_document(CORPUS / gold["b"])
    text_a, text_b = doc_a.text, doc_b.text
    start = time.perf_counter()
    cmp = compare(Source.of_document(doc_a), Source.of_document(doc_b))
    changes = cmp.changes()
    taken = time.perf_counter() - start
    sections = [section_paired(cmp, text_a, text_b, a, b) for a, b in gold.get("sections", [])]
    found = [change_found(changes, text_a, text_b, e) for e in gold.get("changes", [])]
    found += [moved_found(changes, text_a, text_b, e) for e in gold.get("moved", [])]
    found += [renumbered_found(cmp, changes, a, b) for a, b in gold.get("renumbered", [])]
    shared = shared_sentences(text_a, text_b)
    wrong = [
        s
        for s, at_a, at_b in shared
        if inside(changes, "a", at_a, at_a + len(s)) or inside(changes, "b", at_b, at_b + len(s))
    ]
    for sentence in gold.get("unchanged", []):
        at_a, at_b = locate(text_a, sentence, "unchanged A"), locate(text_b, sentence, "unchanged B")
        if sentence not in wrong and (
            inside(changes, "a", at_a, at_a + len(sentence)) or inside(changes, "b", at_b, at_b + len(sentence))
        ):
            wrong.append(sentence)
    if verbose:
        for (a, b), ok in zip(gold.get("sections", []), sections):
            if not ok:
                print(f"    section not paired: {a} | {b}")
        entries = (
            gold.get("changes", []) + gold.get("moved", []) + [{"renumbered": r} for r in gold.get("renumbered", [])]
        )
        for entry, ok in zip(entries, found):
            if not ok:
                print(f"    missed: {entry}")
        for sentence in wrong[:8]:
            print(f"    shared sentence inside a change: {sentence[:50]}")
    return {
        "name": path.stem,
        "sections": (sum(sections), len(sections)),
        "changes": (sum(found), len(found)),
        "wrong": (len(wrong), len(shared)),
        "time": taken,
        "count": len(changes),
    }


def main() -> None:
    verbose = "--verbose" in sys.argv
    cut_ready()
    print(f"{'pair':34} {'sections paired':>16} {'changes found':>14} {'shared inside':>14} {'changes':>8} {'time':>9}")
    totals = Counter()
    for path in sorted(GOLDEN.glob("*.json")):
        row = measure(path, verbose)
        (sp, st), (cf, ct), (w, sh) = row["sections"], row["changes"], row["wrong"]
        totals.update(sp=sp, st=st, cf=cf, ct=ct, w=w, sh=sh)
        print(
            f"{row['name']:34} {f'{sp}/{st}':>16} {f'{cf}/{ct}':>14} {f'{w}/{sh}':>14} {row['count']:>8}"
            f" {row['time'] * 1000:>6.0f} ms"
        )
    t = totals
    sections, found, wrong = f"{t['sp']}/{t['st']}", f"{t['cf']}/{t['ct']}", f"{t['w']}/{t['sh']}"
    print(f"{'all':34} {sections:>16} {found:>14} {wrong:>14}")


if __name__ == "__main__":
    main()
