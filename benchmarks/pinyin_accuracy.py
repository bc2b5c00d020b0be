"""Share of polyphones read right in context, on the hand-made set tests/corpus/pinyin/polyphones.tsv
(sentence, target word, its reading as the 现代汉语词典 prints it). Run:
python benchmarks/pinyin_accuracy.py [--show]

Each sentence goes the way the window and `reader pinyin` read a document: jieba's words on the
Simplified text, pypinyin word by word (reader.core.pinyin). A target is right when every one of
its characters has the printed syllable, tone included (a neutral tone unmarked). A third of
the targets, drawn with a fixed seed, is held out: figures are printed for both parts, and no
rule of Reader was written looking at the held-out part (there are no hand rules at all yet)."""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.pinyin import has_han, read_words  # noqa: E402
from reader.core.words import word_spans  # noqa: E402

SET = ROOT / "tests" / "corpus" / "pinyin" / "polyphones.tsv"
SEED = 30


def read_set(path: Path = SET) -> list[tuple[str, str, list[str]]]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, target, reading = line.split("\t")
            rows.append((sentence, target, reading.split()))
    return rows


def character_readings(sentence: str) -> list[str | None]:
    """The syllable of each character of a Simplified sentence (None where there is none)."""
    out: list[str | None] = [None] * len(sentence)
    spans = word_spans(sentence)
    for (start, end), found in zip(spans, read_words([sentence[s:e] for s, e in spans])):
        if has_han(sentence[start:end]) and len(found) == end - start:
            out[start:end] = found
    return out


def split(rows: list) -> tuple[list, list]:
    order = list(range(len(rows)))
    random.Random(SEED).shuffle(order)
    held = set(order[: len(rows) // 3])
    return [r for i, r in enumerate(rows) if i not in held], [r for i, r in enumerate(rows) if i in held]


def score(rows, show: bool) -> tuple[int, int]:
    right = 0
    for sentence, target, expected in rows:
        start = sentence.index(target)
        got = character_readings(sentence)[start : start + len(target)]
        if got == expected:
            right += 1
        elif show:
            print(f"  {target}: {' '.join(g or '?' for g in got)} (printed: {' '.join(expected)})  {sentence}")
    return right, len(rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--show", action="store_true", help="print every development target read wrong (never the held-out)"
    )
    args = parser.parse_args()
    rows = read_set()
    started = time.perf_counter()
    word_spans("预热")  # jieba's dictionary, loaded before timing the sentences
    read_words(["预热"])
    loaded = time.perf_counter()
    sentences = len({r[0] for r in rows})
    print(f"{len(rows)} targets in {sentences} sentences ({SET.relative_to(ROOT)}), held out: a third, seed {SEED}")
    for name, part in zip(("development", "held-out"), split(rows)):
        right, total = score(part, args.show and name == "development")
        print(f"{name:12} {right}/{total} words right = {100 * right / total:.1f} %")
    right, total = score(rows, False)
    print(f"{'all':12} {right}/{total} words right = {100 * right / total:.1f} %")
    print(
        f"time: {1000 * (time.perf_counter() - loaded) / (2 * len(rows)):.2f} ms a sentence (after {loaded - started:.1f} s loading)"
    )


if __name__ == "__main__":
    main()
