"""Build resources/script_context_classical.tsv, the context model of classical Traditional print
(reader/core/script_context.py), from the development parts of eval/scripts/classical.jsonl.xz
and literature.jsonl.xz only: the held-out third (benchmarks/script_roundtrip.py's split) is
never read.

1. Each classical development piece goes the benchmark's round trip (OpenCC t2s, then back by
   Reader's view with the model left out); the view handed to the model and the view with the
   hand rules alone are kept.
2. Which Simplified characters the model may change is measured, not chosen by hand: the
   classical development pieces are cut in FOLDS random parts (SEEDS times); counts taken on
   the other parts (and on the old novels' development part, MORE) change the views of each
   part, and a change is right when the original prints the new form, wrong when it printed
   the view's form. A character is kept when its changes were right at least twice as often
   as wrong, and right − wrong ≥ MIN_GAIN over all runs (two places of the text).
3. The counts of the kept characters are taken over all those pieces, and only the neighbours
   seen at least script_context.MIN_COUNT times are written (no other can decide).

Counts are never taken on the e-texts that are machine conversions from Simplified
(script_roundtrip.machine_converted, told from their originals alone): they would teach the
converter's own mistakes (余姚, 官捨); their views are judged like the others'.

python tools/build_script_context.py     (a minute or two; prints how each book prints 於/于
                                         and the measure per character)
"""

from __future__ import annotations

import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import script_roundtrip  # noqa: E402

from reader.core import script_context  # noqa: E402
from reader.core.script_context import ContextModel  # noqa: E402
from reader.core.script_rules import Mode, fix, text_mode  # noqa: E402
from reader.core.scripts import Script, convert_with_map  # noqa: E402

OUT = ROOT / "resources" / script_context.RESOURCE
KIND = "classical"
MORE = "literature"
"""Older print too (the Ming–Qing novels, eval/scripts/literature.jsonl.xz): its development part
adds to the counts, never to what is judged. With it the characters kept gained 20 errors a
run of the development part against 3 without (the measure of step 2)."""
FOLDS = 2
SEEDS = (1, 2, 3, 4)
MIN_GAIN = 2 * len(SEEDS)
"""Each piece is judged once a seed: a gain of one place in every run is one place of the text,
too little to tell a rule (郁 kept on one place made 郁郁乎文哉 鬱鬱)."""


class _Recorder:
    """A stand-in model that keeps the view it is handed (before the model and the rules) and
    changes nothing."""

    def __init__(self) -> None:
        self.seen: str | None = None

    def apply(self, text: str) -> str:
        self.seen = text
        return text


def round_trips(pieces, machine: frozenset[str]) -> list[tuple[str, str, str, bool, str]]:
    """(original, view before the model and the rules, view after the rules alone, whether the original is an e-text
    converted from Simplified by machine, its source) of each classical piece's round trip."""
    to_simplified = script_roundtrip._opencc(script_roundtrip.TO_SIMPLIFIED)
    out = []
    for piece in pieces:
        simplified = to_simplified.convert(piece.text)
        if text_mode(simplified) is not Mode.CLASSICAL:
            continue  # the model is for classical documents only
        recorder = _Recorder()
        view = convert_with_map(simplified, "s2tw", Script.TRADITIONAL, mode=Mode.CLASSICAL, learned=recorder)
        assert recorder.seen is not None
        out.append((piece.text, recorder.seen, view.text, piece.source in machine, piece.source))
    return out


def judged(model: ContextModel, trips, right: Counter, wrong: Counter) -> None:
    """Count the model's changes on the trips by Simplified character: right or wrong."""
    fold = script_context.fold_table()
    for original, before, after, _machine, _source in trips:
        changed = fix(before, "traditional", "s2tw", Mode.CLASSICAL, learned=model)
        for line_o, line_a, line_c in zip(original.split("\n"), after.split("\n"), changed.split("\n")):
            if len(line_o) != len(line_a):
                continue
            for o, a, c in zip(line_o, line_a, line_c):
                if a != c:
                    key = a.translate(fold)
                    right[key] += c == o
                    wrong[key] += a == o


def chosen_characters(trips, more: list[tuple[str, str]]) -> tuple[frozenset[str], Counter, Counter]:
    right: Counter = Counter()
    wrong: Counter = Counter()
    for seed in SEEDS:
        order = list(range(len(trips)))
        random.Random(seed).shuffle(order)
        for k in range(FOLDS):
            test = [trips[i] for j, i in enumerate(order) if j % FOLDS == k]
            train = [(trips[i][4], trips[i][0]) for j, i in enumerate(order) if j % FOLDS != k and not trips[i][3]]
            judged(ContextModel(script_context.count(train + more)), test, right, wrong)
    kept = frozenset(ch for ch in right if right[ch] >= 2 * wrong[ch] and right[ch] - wrong[ch] >= MIN_GAIN)
    return kept, right, wrong


def clean_development(kind: str) -> list[tuple[str, str]]:
    """(source, text) of a kind's development pieces, but those of machine-converted e-texts."""
    pieces = script_roundtrip.load(kind)
    machine = script_roundtrip.machine_converted(pieces)
    dev, _held_out = script_roundtrip.split(pieces)
    return [(piece.source, piece.text) for piece in dev if piece.source not in machine]


def _yu_by_book(pieces) -> dict[str, Counter]:
    """How many 於 and 于 each book's original prints: which of the two a text has follows its
    edition far more than its words (孝經 here prints 于 only, 呻吟語 於 only)."""
    books: dict[str, Counter] = {}
    for piece in pieces:
        books.setdefault(piece.source, Counter()).update(ch for ch in piece.text if ch in "於于")
    return books


def main() -> None:
    pieces = script_roundtrip.load(KIND)
    dev, _held_out = script_roundtrip.split(pieces)
    trips = round_trips(dev, script_roundtrip.machine_converted(pieces))
    more = clean_development(MORE)
    kept, right, wrong = chosen_characters(trips, more)
    print("於/于 as each book prints it (development part): 於 于")
    for source, yu in sorted(_yu_by_book(dev).items(), key=lambda item: -item[1]["于"]):
        print(f"  {Path(source.rpartition(':')[2]).stem:<12} {yu['於']:>5} {yu['于']:>4}")
    for ch in sorted(set(right) | set(wrong), key=lambda c: wrong[c] - right[c]):
        print(f"{ch} right {right[ch]:>3} wrong {wrong[ch]:>3}{'  kept' if ch in kept else ''}")
    counts = script_context.count([(trip[4], trip[0]) for trip in trips if not trip[3]] + more, kept)
    counts = {key: forms for key, forms in counts.items() if sum(forms.values()) >= script_context.MIN_COUNT}
    header = (
        "The context model of classical Traditional print (reader/core/script_context.py), made by\n"
        "python tools/build_script_context.py from the development parts of eval/scripts/classical.jsonl.xz\n"
        f"({sum(not trip[3] for trip in trips)} pieces) and literature.jsonl.xz ({len(more)} pieces). Characters:\n"
        f"{''.join(sorted(kept))}, chosen by cross-validation inside the classical part.\n"
        "simplified<TAB>neighbour<TAB>form count form count …"
    )
    OUT.write_text(script_context.write(ContextModel(counts), header), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(counts)} rows, characters {''.join(sorted(kept))}")


if __name__ == "__main__":
    main()
