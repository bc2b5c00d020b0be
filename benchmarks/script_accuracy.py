"""Character error rate of Simplified ⇄ Traditional conversion on human-made parallel text
(tests/corpus/parallel: the same verses printed in both scripts, see tests/corpus/SOURCES.md),
for Reader's own views and for each plain OpenCC configuration. Run:
python benchmarks/script_accuracy.py [--top N]

The error rate counts CJK ideographs only (punctuation differs between editions, and the
converters never touch it): a converted line and the human line are compared position by
position. Lines whose two human editions differ in their number of ideographs (an editorial
difference, not a script one) are left out of every row, so all rows share one denominator;
where a converter itself changes a line's length (the phrase configs s2twp and tw2sp), that
line's errors are its edit distance to the human line."""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.scripts import Script, ScriptViews  # noqa: E402

PARALLEL = ROOT / "tests" / "corpus" / "parallel"
SIMPLIFIED_FILE = PARALLEL / "cuv-simplified.txt"
TRADITIONAL_FILE = PARALLEL / "cuv-traditional.txt"
TO_TRADITIONAL = ("s2t", "s2tw", "s2twp", "s2hk")
TO_SIMPLIFIED = ("t2s", "tw2s", "tw2sp", "hk2s")

_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]")


def ideographs(text: str) -> list[str]:
    return _IDEOGRAPH.findall(text)


def read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def parallel_corpus(limit: int | None = None) -> tuple[list[str], list[str]]:
    """(Simplified lines, Traditional lines), the first `limit` units of each."""
    simplified, traditional = read_lines(SIMPLIFIED_FILE), read_lines(TRADITIONAL_FILE)
    if len(simplified) != len(traditional):
        raise ValueError("the two halves of the parallel corpus must have the same number of lines")
    return simplified[:limit], traditional[:limit]


def comparable(source: list[str], reference: list[str]) -> list[int]:
    """Indices of the lines whose two human editions have the same number of ideographs."""
    return [i for i, (a, b) in enumerate(zip(source, reference)) if len(ideographs(a)) == len(ideographs(b))]


def _edit_distance(a: list[str], b: list[str], same=lambda x, y: x == y) -> int:
    """Levenshtein distance; same(x, y) tells which characters count as equal."""
    row = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, y in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (not same(x, y)))
    return row[-1]


@dataclass
class Score:
    errors: int = 0
    characters: int = 0
    confusions: Counter = field(default_factory=Counter)

    @property
    def rate(self) -> float:
        return self.errors / self.characters if self.characters else 0.0


def score(converted: list[str], reference: list[str], lines: list[int]) -> Score:
    """Errors of converted lines against the human lines, over the given line indices."""
    result = Score()
    for i in lines:
        got, want = ideographs(converted[i]), ideographs(reference[i])
        result.characters += len(want)
        if len(got) != len(want):
            result.errors += _edit_distance(got, want)
            continue
        for g, w in zip(got, want):
            if g != w:
                result.errors += 1
                result.confusions[(g, w)] += 1
    return result


def _as_document(lines: list[str]) -> str:
    # one document, as the app opens it: a newline is an OpenCC separator, so no phrase crosses lines
    return "\n".join(lines)


def _split(document: str, count: int) -> list[str]:
    lines = document.split("\n")
    if len(lines) != count:
        raise ValueError("a conversion changed the number of lines")
    return lines


def reader_convert(lines: list[str], source: Script) -> list[str]:
    """The lines converted by Reader's own views (the code path of the app), from `source`."""
    target = Script.TRADITIONAL if source is Script.SIMPLIFIED else Script.SIMPLIFIED
    view = ScriptViews(_as_document(lines), source).get(target)
    return _split(view.text, len(lines))


def plain_convert(lines: list[str], config: str) -> list[str]:
    """Plain OpenCC, without Reader's word cut, corrections or rules (reader.core.scripts.convert
    has them all)."""
    import opencc

    return _split(opencc.OpenCC(config).convert(_as_document(lines)), len(lines))


def direction_scores(
    source_lines: list[str], reference: list[str], source: Script, configs: tuple[str, ...]
) -> dict[str, Score]:
    """{"Reader": score, config: score, …} for one direction."""
    lines = comparable(source_lines, reference)
    scores = {"Reader": score(reader_convert(source_lines, source), reference, lines)}
    for config in configs:
        scores[config] = score(plain_convert(source_lines, config), reference, lines)
    return scores


def _reader_config(source: Script) -> str:
    plan = ScriptViews("", source).plan
    return plan.traditional if source is Script.SIMPLIFIED else plan.simplified


def best_plain(scores: dict[str, Score]) -> tuple[str, Score]:
    return min(((name, s) for name, s in scores.items() if name != "Reader"), key=lambda item: item[1].errors)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=15, help="confusions to list for Reader")
    args = parser.parse_args()
    simplified, traditional = parallel_corpus()
    lines = comparable(simplified, traditional)
    print(
        f"parallel corpus: {len(simplified):,} units, {len(lines):,} with the same number of ideographs"
        f" in both editions ({len(simplified) - len(lines)} left out)\n"
    )
    directions = [
        ("Simplified → Traditional", simplified, traditional, Script.SIMPLIFIED, TO_TRADITIONAL),
        ("Traditional → Simplified", traditional, simplified, Script.TRADITIONAL, TO_SIMPLIFIED),
    ]
    for title, source_lines, reference, source, configs in directions:
        start = time.perf_counter()
        scores = direction_scores(source_lines, reference, source, configs)
        elapsed = time.perf_counter() - start
        best_name, best = best_plain(scores)
        print(f"{title}  ({scores['Reader'].characters:,} ideographs, {elapsed:.1f} s)")
        print(f"  {'conversion':<20} {'errors':>7} {'CER':>8}")
        for name, s in scores.items():
            label = f"Reader ({_reader_config(source)})" if name == "Reader" else name
            print(f"  {label:<20} {s.errors:>7,} {s.rate:>8.3%}")
        verdict = "below" if scores["Reader"].errors < best.errors else "NOT below"
        print(f"  Reader is {verdict} the best plain config ({best_name}, {best.rate:.3%})")
        print(f"  top {args.top} confusions for Reader (converted→expected, count):")
        for (got, want), count in scores["Reader"].confusions.most_common(args.top):
            print(f"    {got}→{want} {count}")
        print()


if __name__ == "__main__":
    main()
