"""What Reader's Simplified → Traditional errors on classical text are (issue 27): a measurement.

Every error of Reader's round trip on the development part of eval/scripts (the same errors
script_roundtrip.py counts: an ideograph that differs from the original, OpenCC's own variant
pairs left out) falls in one of three categories, decided from print alone, never from what a
converter writes:

  edition    於/于, the preposition: every book prints one or the other, some both in the same
             construction (竹書紀年's 次于 beside 次於: benchmarks/script_context.py); or
             both forms are printed in this word: the form Reader wrote is printed by a clean
             e-text of the development part (this book elsewhere, or another book) with the same
             character before it AND with the same character after it (neighbours folded to
             Simplified, spaces skipped), or, for two forms CC-CEDICT calls variants of each other
             (script_roundtrip.edition_pairs), beside one of them. The book, or the books, choose
             between two standard forms (於/于 次於 次于, 遊/游, 歎/嘆); nothing in the Simplified
             text decides it.
  reference  the original itself is wrong here: a writing only a machine conversion from
             Simplified makes (script_roundtrip.reference_errors: 千裡, 先生雲：「, 彔), or, in an
             e-text that reads as converted from Simplified (script_roundtrip.machine_converted),
             a form printed by no clean e-text beside either neighbour, where clean e-texts print
             Reader's form beside one of them (複其性, 官捨, 根干, 既雲擇, 佈政司, 余姚).
  conversion the rest: Reader's form is printed in this word by no clean e-text; a rule of the
             language may fix it (the rules in reader/core/script_rules*.py).
  unaligned  lines whose ideograph count changed (their edit distance), not placed.

"Clean" e-texts are the development pieces of the kinds read for evidence (classical and
literature by default) that are not machine conversions. The categories are an estimate: a word
printed once has no second print to attest it (its errors count as conversion), and a
neighbour as common as 之 attests much (its errors lean to edition).

The same categories are counted on OpenCC s2t's errors, and the ratio printed without each.

Found on the classical development part (2026-12, after the rules these categories led to):
Reader's 1,515 errors are edition 664 (於/于 306), reference 183, conversion 668; s2t's 2,785 are
edition 967, reference 112, conversion 1,706. Without the edition choices the ratio is 0.47,
without both 0.39 (1,599 errors, 0.57, before those rules). Of the conversion errors 376 are in the machine-converted 王陽明全集,
文中子中說 and 孝經, where reading them shows most to be the e-text's own (雲 for 云 'say': 既雲擇,
禮雲禮雲; 干 for 幹: 根干, 干辦; 征 for 徵 'levy': 追征錢糧) in words no clean e-text prints.

--yu measures instead whether the verb before it decides 於/于 across books: for each verb of
place of the chronicles (盟于, 會于, 次于, 狩于 …), each clean book is judged by the others (leave
one book out): where the other books print 于 after the verb more often than 於 (twice at least),
the book's own 於 and 于 after it count as wrong and right. Found (2026-12): right 2, wrong 3; the
books print 於 after every verb (北夢瑣言 146/0, 三國志演義 盟於, 會於) or 于 after some
(古文觀止's 左傳: 盟于, 會于), so no rule of the verb generalises.

python benchmarks/script_categories.py [--kind classical] [--evidence classical literature]
                                       [--top N] [--show 云雲 ...] [--yu]      (about a minute)
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import script_roundtrip as trip  # noqa: E402  (benchmarks/ is on the path)
from script_context import _beside, fold_table  # noqa: E402

CATEGORIES = ("edition", "reference", "conversion", "unaligned")


def neighbours(text: str, i: int) -> tuple[str, str]:
    """The characters before and after text[i], spaces skipped, folded to Simplified (^ $ at the ends)."""
    left = _beside(text, i, -1).translate(fold_table())
    right = _beside(text, i, 1).translate(fold_table())
    return (left[-1] if left else "^", right[0] if right else "$")


@dataclass
class Print:
    """Which clean e-texts print a form beside a neighbour: (before, form) and (form, after) → sources."""

    before: dict = field(default_factory=lambda: defaultdict(set))
    after: dict = field(default_factory=lambda: defaultdict(set))

    def read(self, source: str, text: str) -> None:
        for line in text.split("\n"):
            for m in trip._IDEOGRAPH.finditer(line):
                left, right = neighbours(line, m.start())
                self.before[(left, m.group())].add(source)
                self.after[(m.group(), right)].add(source)

    def prints(self, form: str, left: str, right: str, besides: str = "") -> tuple[bool, bool]:
        """(printed after left, printed before right) by a clean e-text other than besides."""
        return (
            bool(self.before.get((left, form), set()) - {besides}),
            bool(self.after.get((form, right), set()) - {besides}),
        )


@dataclass
class Tally:
    by_category: Counter = field(default_factory=Counter)
    by_pair: dict = field(default_factory=lambda: defaultdict(Counter))  # category → (got, want) → n
    by_book: dict = field(default_factory=lambda: defaultdict(Counter))  # book → category → n
    contexts: dict = field(default_factory=lambda: defaultdict(list))  # (got, want) → [(category, context)]
    opencc: Counter = field(default_factory=Counter)  # OpenCC s2t's errors by category, the same way


def categorise(
    source: str, got_line: str, want_line: str, machine: bool, evidence: Print
) -> list[tuple[str, str, str, int]]:
    """(category, got, want, index in want_line) of each error of one line; unaligned lines give
    one ("unaligned", "", "", n) with their edit distance n."""
    got = trip._IDEOGRAPH.findall(got_line)
    places = list(trip._IDEOGRAPH.finditer(want_line))
    want = [m.group() for m in places]
    if len(got) != len(want):
        n = trip._edit_distance(got, want)
        return [("unaligned", "", "", n)] if n else []
    wrong_reference = trip.reference_errors(want_line)
    variants, editions = trip.variant_pairs(), trip.edition_pairs()
    found = []
    for i, (g, w) in enumerate(zip(got, want)):
        if g == w or (g, w) in variants:
            continue
        at = places[i].start()
        left, right = neighbours(want_line, at)
        g_left, g_right = evidence.prints(g, left, right)
        variant = (g, w) in editions
        if {g, w} == {"於", "于"}:
            category = "edition"
        elif i in wrong_reference:
            category = "reference"
        elif machine and (g_left or g_right) and not any(evidence.prints(w, left, right, source)):
            category = "reference"
        elif (g_left and g_right) or (variant and (g_left or g_right)):
            category = "edition"
        else:
            category = "conversion"
        found.append((category, g, w, at))
    return found


def tally(kind: str, evidence_kinds: list[str], show: frozenset[str]) -> Tally:
    evidence = Print()
    for evidence_kind in evidence_kinds:
        dev = trip.split(trip.load(evidence_kind))[0]
        machine = trip.machine_converted(dev)
        for piece in dev:
            if piece.source not in machine:
                evidence.read(piece.source, piece.text)
    dev = trip.split(trip.load(kind))[0]
    machine = trip.machine_converted(dev)
    to_simplified = trip._opencc(trip.TO_SIMPLIFIED)
    result = Tally()
    for piece in dev:
        simplified = to_simplified.convert(piece.text)
        view = trip.reader_traditional(simplified)
        book = Path(piece.source.rpartition(":")[2]).stem + (" (machine-converted)" if piece.source in machine else "")
        plain = trip._opencc("s2t").convert(simplified)
        for got_line, want_line in zip(plain.split("\n"), piece.text.split("\n")):
            for category, _g, _w, at in categorise(
                piece.source, got_line, want_line, piece.source in machine, evidence
            ):
                result.opencc[category] += at if category == "unaligned" else 1
        for got_line, want_line in zip(view.split("\n"), piece.text.split("\n")):
            for category, g, w, at in categorise(piece.source, got_line, want_line, piece.source in machine, evidence):
                n = at if category == "unaligned" else 1
                result.by_category[category] += n
                result.by_book[book][category] += n
                if category != "unaligned":
                    result.by_pair[category][(g, w)] += 1
                    if g + w in show:
                        result.contexts[(g, w)].append((category, book[:4], want_line[max(0, at - 8) : at + 9]))
    return result


YU_VERBS = "盟會次戰狩遷葬卒師城館舍至歸遇敗朝饗享田觀入伐"


def yu_by_verb(kinds: list[str]) -> None:
    """Leave one book out: does the verb before 於/于 decide which of them a book prints?"""
    after_verb = re.compile(f"([{YU_VERBS}])([於于])")
    books: dict[str, Counter] = defaultdict(Counter)
    for kind in kinds:
        dev = trip.split(trip.load(kind))[0]
        machine = trip.machine_converted(dev)
        for piece in dev:
            if piece.source not in machine:
                books[piece.source].update(m.group() for m in after_verb.finditer(re.sub("[ 　]", "", piece.text)))
    right = wrong = 0
    for book, counts in books.items():
        for verb in YU_VERBS:
            yu = sum(c[verb + "于"] for b, c in books.items() if b != book)
            if yu >= 2 and yu > sum(c[verb + "於"] for b, c in books.items() if b != book):
                right += counts[verb + "于"]
                wrong += counts[verb + "於"]
                if counts[verb + "于"] + counts[verb + "於"]:
                    name = Path(book.rpartition(":")[2]).stem
                    print(
                        f"  {name}: {verb}于 chosen by the other books; it prints {verb}于 {counts[verb + '于']}, {verb}於 {counts[verb + '於']}"
                    )
    print(f"于 after a verb, chosen by the other books (leave one book out): right {right}, wrong {wrong}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", default="classical", choices=trip.KINDS)
    parser.add_argument("--evidence", nargs="+", default=["classical", "literature"], choices=trip.KINDS)
    parser.add_argument("--top", type=int, default=30, help="pairs to list per category")
    parser.add_argument(
        "--show", nargs="+", default=[], help="pairs (converted then original: 云雲) to show in context"
    )
    parser.add_argument("--yu", action="store_true", help="only: does the verb before 於/于 decide it across books?")
    args = parser.parse_args()
    if args.yu:
        yu_by_verb(args.evidence)
        return
    result = tally(args.kind, args.evidence, frozenset(args.show))
    total = sum(result.by_category.values())
    print(f"{args.kind} · dev: Reader's {total:,} errors (evidence: clean dev e-texts of {', '.join(args.evidence)})")
    print("  " + ", ".join(f"{c} {result.by_category[c]:,}" for c in CATEGORIES))
    opencc = sum(result.opencc.values())
    print(
        f"OpenCC s2t's {opencc:,} errors, the same way: " + ", ".join(f"{c} {result.opencc[c]:,}" for c in CATEGORIES)
    )
    for left_out in (("edition",), ("reference",), ("edition", "reference")):
        reader = total - sum(result.by_category[c] for c in left_out)
        best = opencc - sum(result.opencc[c] for c in left_out)
        print(f"  without {' and '.join(left_out)}: Reader {reader:,}, s2t {best:,}, ratio {reader / best:.2f}")
    for category in CATEGORIES[:3]:
        pairs = result.by_pair[category]
        shown = ", ".join(f"{g}→{w} {n}" for (g, w), n in pairs.most_common(args.top))
        print(f"\n{category} ({result.by_category[category]:,}; converted→original): {shown}")
    print("\nper book:")
    for book, counts in sorted(result.by_book.items(), key=lambda item: -sum(item[1].values())):
        print(f"  {book:<34} " + "  ".join(f"{c} {counts[c]:>4}" for c in CATEGORIES))
    for (g, w), contexts in result.contexts.items():
        print(f"\n{g}→{w} ({len(contexts)}):")
        for category, book, context in contexts[:60]:
            print(f"  {category:<10} {book:<4} {context}")


if __name__ == "__main__":
    main()
