"""Simplified → Traditional at scale: a round trip through Simplified on Traditional texts.

Each piece of eval/scripts/<kind>.jsonl.xz (Traditional print: classical texts, Taiwan's
statutes, the Judicial Yuan's interpretations, novels; see eval/scripts/SOURCES.md) is converted
to Simplified by plain OpenCC t2s (the same step for every row, so that only the way back
differs), then back to Traditional by Reader's view and by OpenCC's s2t, s2tw and s2hk. An error
is an ideograph of the way back that differs from the original, except where the two are a pure
variant pair of OpenCC's own Taiwan or Hong Kong variant tables (為/爲, 裡/裏, 著/着 are not
errors of a config but a choice of forms). Lines whose ideograph count changed count their edit
distance.

A third of each kind's pieces, chosen by a fixed seed, is held out: never read while writing
rules. Only the development part's confusions are listed.

A second figure, printed beside the first and never in its place, also leaves out the pairs
CC-CEDICT marks as variants of each other ("variant of", "old variant of": 于/於, 歎/嘆, 舍/捨,
游/遊, 余/餘 …): editions of one text differ in these (which of 于 and 於 a classic prints is the
edition's choice; the Simplified text keeps neither), so no conversion can recover them from the
Simplified text. A line in between leaves out 於/于 alone, the largest of these in classical
text: CC-CEDICT calls 于 "variant of 於", the 1955 table of variant forms folded 於 into 于 (the
Simplified text has 于 only), and editions of one classic print either (the e-texts' 孝經 writes
"莫大于孝" where the 十三經注疏 edition has "莫大於孝").

A third line, also beside the first, leaves out the pieces of e-texts whose original reads as
a machine conversion from Simplified (machine_converted): writings no Traditional print makes
(雲 'say' before a quotation, 不雲乎, 裡 as the unit after a numeral, 太後/後稷, 余 for 餘 after a
numeral, 學捨/館捨 for 舍 'house', 佈政), counted on the originals alone, never on a conversion.
In those e-texts the way back is measured against a converter's guesses (先生雲『…』, 五十裡).

A fourth line, again beside the real figure, leaves out the places where the reference itself
is a machine conversion from Simplified, told from the original text alone (never from a
converter's output): 彔 for 錄 (a component, no word of running text), 雲 "say" before a colon
and a quotation (先生雲：「, 古人雲：‘: the cloud is never followed by a quotation), and 裡/裏
"inside" for 里, the unit of length, after a numeral (五十餘裡, 數裡). Such e-texts were made by a
one-to-many conversion that picked the wrong character; every converter is measured without
those places alike.

python benchmarks/script_roundtrip.py [--kind classical ...] [--split dev|held-out|both]
                                      [--top N] [--limit N] [--cuv] [--show 遊游 ...]

--show prints the contexts of the named confusions (converted, original) of the development
part only: the held-out part's errors are never shown.
"""

from __future__ import annotations

import argparse
import gzip
import json
import lzma
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.resources import package_folder  # noqa: E402
from reader.core.scripts import Script, ScriptViews  # noqa: E402

CORPUS = ROOT / "eval" / "scripts"
KINDS = ("classical", "legal", "official", "literature")
SEED = 27
TO_SIMPLIFIED = "t2s"
CONFIGS = ("s2t", "s2tw", "s2hk")
_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


@dataclass(frozen=True)
class Piece:
    source: str
    part: int
    text: str


def load(kind: str) -> list[Piece]:
    with lzma.open(CORPUS / f"{kind}.jsonl.xz", "rt", encoding="utf-8") as rows:
        return [Piece(**json.loads(row)) for row in rows]


def split(pieces: list[Piece], seed: int = SEED) -> tuple[list[Piece], list[Piece]]:
    """(development, held out): a seeded third of the pieces is held out."""
    order = list(range(len(pieces)))
    random.Random(seed).shuffle(order)
    held = set(order[: len(pieces) // 3])
    return [p for i, p in enumerate(pieces) if i not in held], [p for i, p in enumerate(pieces) if i in held]


@cache
def variant_pairs() -> frozenset[tuple[str, str]]:
    """Character pairs OpenCC's TW and HK variant tables list, in both orders."""
    folder = package_folder("opencc") / "dictionary"
    pairs = set()
    for name in ("TWVariants.txt", "TWVariantsRev.txt", "HKVariants.txt", "HKVariantsRev.txt"):
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            key, _, targets = line.partition("\t")
            for target in targets.split(" "):
                if len(key) == len(target) == 1 and key != target:
                    pairs.update({(key, target), (target, key)})
    return frozenset(pairs)


_VARIANT_OF = re.compile(r"variant of ([^|\[/ ]+)")


@cache
def edition_pairs() -> frozenset[tuple[str, str]]:
    """Single characters CC-CEDICT calls variants of each other, in both orders."""
    from reader.core.dictionary import parse_line, source_path

    pairs = set()
    with gzip.open(source_path(), "rt", encoding="utf-8") as lines:
        for line in lines:
            entry = parse_line(line.rstrip("\n"))
            if entry is None or len(entry[0]) != 1:
                continue
            for sense in entry[3]:
                for other in _VARIANT_OF.findall(sense):
                    if len(other) == 1 and other != entry[0]:
                        pairs.update({(entry[0], other), (other, entry[0])})
    return frozenset(pairs)


_NUMERAL = "〇一二三四五六七八九十百千萬兩數幾"
_REFERENCE_ERRORS = re.compile(
    r"彔"
    r"|雲(?=[ 　]?[：:][ 　]?[「“‘『])"
    rf"|(?<=[{_NUMERAL}])[裡裏](?![面頭邊外子間])|(?<=[{_NUMERAL}]餘)[裡裏](?![面頭邊外子間])"
)


def reference_errors(line: str) -> set[int]:
    """Indices (among the line's ideographs) where the original itself is a machine conversion
    from Simplified (see the module's doc): told from the original alone."""
    places = {m.start() for m in _REFERENCE_ERRORS.finditer(line)}
    if not places:
        return set()
    return {i for i, m in enumerate(_IDEOGRAPH.finditer(line)) if m.start() in places}


def _edit_distance(a: list[str], b: list[str]) -> int:
    from script_accuracy import _edit_distance as distance  # benchmarks/ is on the path

    return distance(a, b, lambda x, y: x == y or (x, y) in variant_pairs())


# Writings of a Simplified → Traditional converter that no Traditional print makes: 雲 'cloud' for
# 云 'say' before a quotation or in 不雲乎, 裡 'inside' for the unit 里 after a numeral, 後
# 'after' for 后 'sovereign' (太後, 後稷), 余 'I' for 餘 'more than' after a numeral, 捨 'give up'
# for 舍 'house' (學捨), 佈 for 布 in the Ming office 布政司.
_MACHINE = re.compile(
    r"雲[ 　]?[：:，,]?[ 　]?[「『“‘]|(?<=[詩書傳經記易禮》])雲[：:，,]|不雲乎"
    r"|[一二三四五六七八九十百千萬數][ 　]?裡(?![面頭邊])|[太皇]後|後稷"
    r"|[十百千萬][ 　]?余[ 　]?[人年里家日步丈斤兩石頃畝載]|[學宿館旅客精廬茅草屋]捨|佈政"
)
MACHINE_MIN = 3
MACHINE_DENSITY = 0.5 / 10_000


def machine_converted(pieces: list[Piece]) -> frozenset[str]:
    """The sources (e-texts) of pieces whose originals, all pieces of the source together, hold at
    least MACHINE_MIN writings of a converter (_MACHINE), and at least MACHINE_DENSITY of their
    characters: an e-text converted from Simplified as a whole. Reads the originals only."""
    found: Counter = Counter()
    length: Counter = Counter()
    for piece in pieces:
        found[piece.source] += len(_MACHINE.findall(piece.text))
        length[piece.source] += len(piece.text)
    return frozenset(s for s, n in found.items() if n >= MACHINE_MIN and n >= MACHINE_DENSITY * length[s])


@dataclass
class Score:
    errors: int = 0
    machine: int = 0  # of the errors, those in pieces of machine-converted e-texts (machine_converted)
    edition_variants: int = 0  # of the errors, pairs CC-CEDICT calls variants (edition_pairs)
    yu: int = 0  # of those, 於/于 alone
    reference: int = 0  # of the errors, places where the original is itself wrong (reference_errors)
    characters: int = 0
    confusions: Counter = field(default_factory=Counter)
    contexts: dict = field(default_factory=dict)  # (converted, original) → [context, …] of the pairs asked for
    show: frozenset = frozenset()

    def add(self, converted: str, original: str, machine: bool = False) -> None:
        before = self.errors
        self._add(converted, original)
        if machine:
            self.machine += self.errors - before

    def _add(self, converted: str, original: str) -> None:
        variants, editions = variant_pairs(), edition_pairs()
        got_lines, want_lines = converted.split("\n"), original.split("\n")
        if len(got_lines) != len(want_lines):
            raise ValueError("a conversion changed the number of lines")
        for got_line, want_line in zip(got_lines, want_lines):
            got, want = _IDEOGRAPH.findall(got_line), _IDEOGRAPH.findall(want_line)
            self.characters += len(want)
            if len(got) != len(want):
                self.errors += _edit_distance(got, want)
                continue
            wrong_reference = reference_errors(want_line)
            for i, (g, w) in enumerate(zip(got, want)):
                if g != w and (g, w) not in variants:
                    self.errors += 1
                    self.edition_variants += (g, w) in editions
                    self.yu += {g, w} == {"於", "于"}
                    self.reference += i in wrong_reference
                    self.confusions[(g, w)] += 1
                    if g + w in self.show:
                        context = "".join(got[max(0, i - 8) : i + 8]) + " | " + "".join(want[max(0, i - 8) : i + 8])
                        self.contexts.setdefault((g, w), []).append(context)

    @property
    def rate(self) -> float:
        return self.errors / self.characters if self.characters else 0.0


def reader_traditional(simplified: str) -> str:
    return ScriptViews(simplified, Script.SIMPLIFIED).get(Script.TRADITIONAL).text


@cache
def _opencc(config: str):
    import opencc

    return opencc.OpenCC(config)


def scores(
    pieces: list[Piece], machine: frozenset[str] = frozenset(), show: frozenset = frozenset()
) -> dict[str, Score]:
    """{"Reader": score, "s2t": score, …} over the pieces' round trip. machine: the sources
    whose errors are also counted apart (machine_converted); show: confusions ("遊游":
    converted, original) whose contexts Reader's score keeps."""
    result = {name: Score() for name in ("Reader", *CONFIGS)}
    result["Reader"].show = show
    to_simplified = _opencc(TO_SIMPLIFIED)
    for piece in pieces:
        simplified = to_simplified.convert(piece.text)
        converted = piece.source in machine
        result["Reader"].add(reader_traditional(simplified), piece.text, converted)
        for config in CONFIGS:
            result[config].add(_opencc(config).convert(simplified), piece.text, converted)
    return result


def _without(result: dict[str, Score], label: str, part: Callable[[Score], int]) -> None:
    """One line beside the real figure: each converter's errors without a part of them."""
    left = {name: s.errors - part(s) for name, s in result.items()}
    best = min(left[c] for c in CONFIGS)
    ratio = left["Reader"] / best if best else float("inf")
    print(f"  not counting {label}: Reader {left['Reader']:,}, best OpenCC {best:,}, ratio {ratio:.2f}")


def report(
    kind: str,
    part: str,
    pieces: list[Piece],
    top: int,
    machine: frozenset[str] = frozenset(),
    show: frozenset = frozenset(),
) -> dict[str, Score]:
    start = time.perf_counter()
    result = scores(pieces, machine, show if part == "dev" else frozenset())
    best_name = min(CONFIGS, key=lambda c: result[c].errors)
    best = result[best_name]
    reader = result["Reader"]
    ratio = reader.errors / best.errors if best.errors else float("inf")
    print(
        f"{kind} · {part}: {len(pieces)} pieces, {reader.characters:,} ideographs ({time.perf_counter() - start:.0f} s)"
    )
    for name, s in result.items():
        print(f"  {name:<8} {s.errors:>7,} {s.rate:>8.3%}")
    print(f"  Reader / best OpenCC ({best_name}): {ratio:.2f}{'  (at most half)' if ratio <= 0.5 else ''}")
    _without(result, "於/于 alone", lambda s: s.yu)
    _without(result, "CC-CEDICT's variant pairs", lambda s: s.edition_variants)
    left_out = sum(p.source in machine for p in pieces)
    _without(result, f"the {left_out} pieces of machine-converted e-texts", lambda s: s.machine)
    _without(result, f"the reference's own conversion errors ({reader.reference:,} of Reader's)", lambda s: s.reference)
    if top and part == "dev":
        shown = ", ".join(f"{g}→{w} {n}" for (g, w), n in reader.confusions.most_common(top))
        print(f"  Reader's top confusions (converted→original): {shown}")
    if part == "dev":
        for (g, w), contexts in reader.contexts.items():
            print(f"  {g}→{w} ({len(contexts)}):")
            for context in contexts[:40]:
                print(f"    {context}")
    print()
    return result


def modes(kinds) -> None:
    """How the classical mode is decided: the share of classical function words per piece."""
    from reader.core import script_rules, script_rules_vernacular

    print(
        f"classical mode: classical particles >= {script_rules.CLASSICAL_SHARE:.0%} of particles"
        f" and >= {script_rules.CLASSICAL_DENSITY:.1%} of ideographs (>= {script_rules.DOCUMENT_DENSITY:.2%}"
        f" where the vernacular's particles are <= {script_rules.NO_VERNACULAR:.1%})"
    )
    samples = [(kind, [p.text for p in load(kind)]) for kind in kinds]
    samples.append(
        ("CUV (Traditional)", [(ROOT / "tests/corpus/parallel/cuv-traditional.txt").read_text(encoding="utf-8")])
    )
    samples.append(("红楼梦", [(ROOT / "tests/corpus/hongloumeng.txt").read_text(encoding="utf-8")]))
    for name, texts in samples:
        shares = sorted(script_rules.classical_share(t)[0] for t in texts)
        classical = sum(script_rules.is_classical(t) for t in texts)
        old = sorted(script_rules.vernacular_density(t) * 10_000 for t in texts)
        vernacular = sum(script_rules.text_mode(t) is script_rules.Mode.VERNACULAR for t in texts)
        questions = sorted(script_rules_vernacular.old_question_density(t) * 10_000 for t in texts)
        print(
            f"  {name:<18} pieces {len(shares):>4}  share min {shares[0]:.2f} median {shares[len(shares) // 2]:.2f}"
            f" max {shares[-1]:.2f}  classical {classical}/{len(shares)}"
            f"  old-vernacular words per 10,000 median {old[len(old) // 2]:.0f}, vernacular {vernacular}/{len(old)}"
            f"  question 麼 per 10,000 median {questions[len(questions) // 2]:.1f} max {questions[-1]:.1f}"
        )
    print()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", action="append", choices=KINDS, help="a kind to measure (default: all)")
    parser.add_argument("--split", choices=("dev", "held-out", "both"), default="both")
    parser.add_argument("--top", type=int, default=20, help="confusions to list for Reader (development part only)")
    parser.add_argument("--limit", type=int, default=None, help="at most this many pieces of each part")
    parser.add_argument("--cuv", action="store_true", help="also the parallel corpus of script_accuracy.py")
    parser.add_argument("--modes", action="store_true", help="only how the classical mode is decided per kind")
    parser.add_argument(
        "--show",
        nargs="+",
        default=[],
        help="confusions (converted then original: 遊游) to show in context, development part only",
    )
    args = parser.parse_args()
    if args.modes:
        modes(args.kind or KINDS)
        return
    print(f"round trip: original → OpenCC {TO_SIMPLIFIED} → Reader / {' / '.join(CONFIGS)}; seed {SEED}\n")
    for kind in args.kind or KINDS:
        pieces = load(kind)
        machine = machine_converted(pieces)
        dev, held = split(pieces)
        if args.split in ("dev", "both"):
            report(kind, "dev", dev[: args.limit], args.top, machine, frozenset(args.show))
        if args.split in ("held-out", "both"):
            report(kind, "held-out", held[: args.limit], 0, machine)
    if args.cuv:
        import script_accuracy

        simplified, traditional = script_accuracy.parallel_corpus()
        for title, source_lines, reference, source, configs in (
            ("CUV S→T", simplified, traditional, Script.SIMPLIFIED, script_accuracy.TO_TRADITIONAL),
            ("CUV T→S", traditional, simplified, Script.TRADITIONAL, script_accuracy.TO_SIMPLIFIED),
        ):
            result = script_accuracy.direction_scores(source_lines, reference, source, configs)
            best_name, best = script_accuracy.best_plain(result)
            print(
                f"{title}: Reader {result['Reader'].errors} ({result['Reader'].rate:.3%}), best OpenCC {best_name} {best.errors} ({best.rate:.3%})"
            )


if __name__ == "__main__":
    main()
