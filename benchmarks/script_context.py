"""Does the context decide the one-to-many characters of classical text? A measurement (issue 27).

Where one Simplified character stands for several Traditional ones (于 於/于, 系 係/繫/系, 复
復/複, 发 發/髮 …), a context model learned from the development part of the round-trip corpus
(eval/scripts, never its held-out third) counts each form by its neighbours — the character
before, the one after, the two before, the two after, the pair around it — read in Simplified
(each character folded by OpenCC's own table, so the counts do not depend on which form a
converter wrote). It changes a character of Reader's view to another form only when a neighbour
names that form at least MIN_COUNT times and RATIO times as often as the view's form (plus
one), no neighbour names the view's form as strongly, and Reader's view there is still what
plain OpenCC s2tw writes (where Reader's rules or word cut chose, the model leaves it).

The classical development pieces are cut in FOLDS random parts, SEEDS times; counts taken on the
other parts (and on the old novels' development part, --more) change the views of each part. A
change is right when the original prints the new form, wrong when it printed the view's form.
Counts are never taken on the e-texts that are machine conversions from Simplified
(script_roundtrip.machine_converted): they would teach a converter's own mistakes (余姚, 官捨).
A form counts beside a neighbour only where at least --min-sources books print it there.

What it found (Reader at issue 27's rules, 2026-12; a run judges each development piece once):
- 於/于: the model's changes were right 24 times and wrong 84 (12 and 31 with --more). Which of
  the two a text prints follows its edition, not its words: the development books print 於 only
  (呻吟語 354/0, 北夢瑣言 146/0), 于 only (孝經 0/41, 周髀算經 1/20, 山海經 0/3) or both in the same
  constructions (竹書紀年 141/102: 次于 beside 次於); the part's one 之子于歸 (詩經's) is printed
  之子於歸 (大學章句).
- Over all characters the model's changes are wrong more often than right (229 right, 441 wrong;
  551 and 664 with --more). The characters where it is right twice as often as wrong on two
  places or more (尽 叹 迹; with --more 愿 尽 叹 准 恤 饥 回 鉴 戚 签 烟) are mostly the older print's
  forms of one edition (嘆/歎, 儘/盡, 卹/恤): about 46 places a run, 3 % of Reader's 1,603
  development errors.
- Wired into the classical view, run before the hand rules, on the characters the same
  cross-validation chose for that place (发 只 复 烟 签; commit d5cb3cc of branch classical), the
  model made the held-out part 2 errors worse (1,182 → 1,184) and wrote 《孫子》's 怒可以復喜 as
  one edition's 怒可以複喜: it is not shipped. Context this near does not decide these
  characters beyond what the rules and OpenCC's phrases already do.

python benchmarks/script_context.py [--more] [--min-sources N]     (a minute or two)
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import script_roundtrip  # noqa: E402  (benchmarks/ is on the path)

from reader.core.resources import package_folder  # noqa: E402

RATIO = 2.0
MIN_COUNT = 2
MIN_SOURCES = 2
FOLDS = 2
SEEDS = (1, 2, 3, 4)
KEEP_GAIN = 2 * len(SEEDS)
"""A character is worth a model when its changes were right at least twice as often as wrong and
right − wrong ≥ KEEP_GAIN over all runs: two places of the text (one place kept 郁 and wrote
郁郁乎文哉 鬱鬱)."""

Counts = dict[str, dict[str, int]]  # "系\tR:于" → {"繫": 12, "係": 1}


@cache
def fold_table() -> dict[int, str]:
    """Traditional → Simplified, one character for one, by OpenCC's character table (its first
    choice). Line ends and tabs read as |."""
    table: dict[int, str] = {ord("\n"): "|", ord("\r"): "|", ord("\t"): "|"}
    with open(package_folder("opencc") / "dictionary" / "TSCharacters.txt", encoding="utf-8") as rows:
        for row in rows:
            key, _, targets = row.rstrip("\n").partition("\t")
            first = targets.split(" ")[0]
            if len(key) == 1 and len(first) == 1:
                table[ord(key)] = first
    return table


@cache
def several_forms() -> frozenset[str]:
    """Simplified characters that OpenCC maps to more than one Traditional character."""
    keys = set()
    with open(package_folder("opencc") / "dictionary" / "STCharacters.txt", encoding="utf-8") as rows:
        for row in rows:
            key, _, targets = row.rstrip("\n").partition("\t")
            if len(key) == 1 and len(targets.split(" ")) > 1:
                keys.add(key)
    return frozenset(keys)


def features(text: str, i: int) -> tuple[str, ...]:
    """The neighbours of text[i], read past spaces (a spaced edition: 夏 后 啟) and folded:
    L the character before, R the one after, LL the two before, RR the two after, LR the pair
    around it; ^ and $ for the text's ends."""
    left = _beside(text, i, -1).translate(fold_table())
    right = _beside(text, i, 1).translate(fold_table())
    before = left[-1] if left else "^"
    after = right[0] if right else "$"
    return ("L:" + before, "R:" + after, "LL:" + (left or "^"), "RR:" + (right or "$"), "LR:" + before + after)


def _beside(text: str, i: int, step: int) -> str:
    """Up to two characters before (step -1) or after (step 1) text[i], spaces left out, in the
    text's order."""
    found = []
    j = i + step
    while 0 <= j < len(text) and len(found) < 2:
        if text[j] not in " \u3000":
            found.append(text[j])
        j += step
    return "".join(reversed(found) if step < 0 else found)


def count(pieces, min_sources: int = MIN_SOURCES) -> Counts:
    """The forms of each Simplified character with several Traditional forms, counted by
    neighbour over (source, Traditional text) pairs: a form beside a neighbour only where at
    least min_sources sources print it there (what one book alone does is no rule)."""
    wanted = several_forms()
    fold = fold_table()
    counts: Counts = {}
    sources: dict[tuple[str, str], set[str]] = {}
    for source, text in pieces:
        for i, form in enumerate(text):
            ch = form.translate(fold)
            if ch not in wanted:
                continue
            for name in features(text, i):
                key = f"{ch}\t{name}"
                forms = counts.setdefault(key, {})
                forms[form] = forms.get(form, 0) + 1
                sources.setdefault((key, form), set()).add(source)
    kept: Counts = {}
    for key, forms in counts.items():
        forms = {form: n for form, n in forms.items() if len(sources[(key, form)]) >= min_sources}
        if forms:
            kept[key] = forms
    return kept


@dataclass(frozen=True)
class ContextModel:
    counts: Counts

    def choose(self, text: str, i: int) -> str:
        """The form the counts give text[i]: text[i] itself unless a neighbour names another
        strongly and none names text[i] as strongly."""
        form = text[i]
        ch = form.translate(fold_table())
        found = [forms for name in features(text, i) if (forms := self.counts.get(f"{ch}\t{name}"))]
        best: tuple[float, str] | None = None
        for forms in found:
            other, most = max(forms.items(), key=lambda item: item[1])
            here = forms.get(form, 0)
            if other != form and most >= MIN_COUNT and most >= RATIO * (here + 1):
                strength = (most + 0.5) / (here + 0.5)
                if best is None or strength > best[0]:
                    best = (strength, other)
        if best is None:
            return form
        other = best[1]
        for forms in found:
            here = forms.get(form, 0)
            if here >= MIN_COUNT and here >= RATIO * (forms.get(other, 0) + 1):
                return form
        return other

    def apply(self, view: str, plain: str) -> str:
        """view with the model's forms where it still agrees with plain (OpenCC's own output)."""
        wanted = several_forms()
        fold = fold_table()
        same_length = len(view) == len(plain)
        chars = list(view)
        for i, form in enumerate(view):
            if form.translate(fold) in wanted and (not same_length or plain[i] == form):
                chars[i] = self.choose(view, i)
        return "".join(chars)


@dataclass(frozen=True)
class Trip:
    source: str
    original: str
    view: str  # Reader's Traditional view of the original's Simplified
    plain: str  # OpenCC s2tw's
    machine: bool  # an e-text converted from Simplified (script_roundtrip.machine_converted)


def trips(pieces, machine: frozenset[str]) -> list[Trip]:
    to_simplified = script_roundtrip._opencc(script_roundtrip.TO_SIMPLIFIED)
    s2tw = script_roundtrip._opencc("s2tw")
    out = []
    for piece in pieces:
        simplified = to_simplified.convert(piece.text)
        view = script_roundtrip.reader_traditional(simplified)
        out.append(Trip(piece.source, piece.text, view, s2tw.convert(simplified), piece.source in machine))
    return out


def judge(model: ContextModel, trip: Trip, right: Counter, wrong: Counter) -> None:
    """Count the model's changes to a trip's view by Simplified character: right or wrong."""
    changed = model.apply(trip.view, trip.plain)
    fold = fold_table()
    for line_o, line_v, line_c in zip(trip.original.split("\n"), trip.view.split("\n"), changed.split("\n")):
        if len(line_o) != len(line_v):
            continue
        for o, v, c in zip(line_o, line_v, line_c):
            if v != c:
                right[v.translate(fold)] += c == o
                wrong[v.translate(fold)] += v == o


def cross_validated(judged: list[Trip], more: list[tuple[str, str]], min_sources: int) -> tuple[Counter, Counter]:
    """(right, wrong) changes by Simplified character over SEEDS runs of FOLDS parts: each part
    changed by the counts of the other parts (their clean e-texts) and of more."""
    right: Counter = Counter()
    wrong: Counter = Counter()
    for seed in SEEDS:
        order = list(range(len(judged)))
        random.Random(seed).shuffle(order)
        for k in range(FOLDS):
            others = [judged[i] for j, i in enumerate(order) if j % FOLDS != k]
            model = ContextModel(count([(t.source, t.original) for t in others if not t.machine] + more, min_sources))
            for j, i in enumerate(order):
                if j % FOLDS == k:
                    judge(model, judged[i], right, wrong)
    return right, wrong


def clean_development(kind: str) -> list[tuple[str, str]]:
    """(source, text) of a kind's development pieces, but those of machine-converted e-texts."""
    dev, _held_out = script_roundtrip.split(script_roundtrip.load(kind))
    machine = script_roundtrip.machine_converted(dev)
    return [(piece.source, piece.text) for piece in dev if piece.source not in machine]


def yu_by_book(pieces) -> dict[str, Counter]:
    """How many 於 and 于 each book's original prints."""
    books: dict[str, Counter] = {}
    for piece in pieces:
        books.setdefault(piece.source, Counter()).update(ch for ch in piece.text if ch in "於于")
    return books


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--more", action="store_true", help="also count the old novels' development part")
    parser.add_argument("--min-sources", type=int, default=MIN_SOURCES)
    args = parser.parse_args()
    pieces = script_roundtrip.load("classical")
    dev, _held_out = script_roundtrip.split(pieces)
    print("於/于 as each development book prints it:")
    for source, yu in sorted(yu_by_book(dev).items(), key=lambda item: -item[1]["于"]):
        print(f"  {Path(source.rpartition(':')[2]).stem:<12} 於 {yu['於']:>5}  于 {yu['于']:>4}")
    judged = trips(dev, script_roundtrip.machine_converted(dev))
    more = clean_development("literature") if args.more else []
    right, wrong = cross_validated(judged, more, args.min_sources)
    print(f"\nthe model's changes to Reader's view ({len(SEEDS)} runs of {FOLDS} parts): right / wrong")
    for ch in sorted(set(right) | set(wrong), key=lambda c: wrong[c] - right[c]):
        worth = right[ch] >= 2 * wrong[ch] and right[ch] - wrong[ch] >= KEEP_GAIN
        print(f"  {ch} {right[ch]:>4} {wrong[ch]:>4}{'  worth it' if worth else ''}")
    total = sum(right.values()) - sum(wrong.values())
    print(f"all characters: {sum(right.values())} right, {sum(wrong.values())} wrong, {total / len(SEEDS):+.1f} a run")


if __name__ == "__main__":
    main()
