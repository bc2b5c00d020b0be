"""Share of polyphones read right in context, on four sets. Run:

    python benchmarks/pinyin_accuracy.py [--dev] [--show]

- the old set, tests/corpus/pinyin/polyphones.tsv: 172 targets in sentences written by hand
  (sentence, target word, its reading as the 现代汉语词典 gives it); its held-out third was seen
  in part while its rules were written, so it is not clean;
- the context set, tests/corpus/pinyin/context.tsv: 168 targets in sentences drawn at random
  from the corpus (tools/draw_polyphone_sentences.py), each reading from CC-CEDICT's whole
  word or the 现代汉语词典 (the file says which), written before Reader read them;
- the third set, tests/corpus/pinyin/third.tsv: 163 targets drawn the same way from sources
  neither earlier set used (the CUV, the work reports 2019-2025, five mainland laws);
- the CPP set, tests/corpus/pinyin/cpp.tsv (tools/draw_cpp_sentences.py): 2,810 polyphones in
  Chinese Wikipedia sentences read by people (the CPP dataset's test split, g2pM, Interspeech
  2020), in two parts: "cpp common", every row of the common polyphones the other sets are
  drawn for (1,610), and "cpp other", 1,200 rows of CPP's other 542 polyphones (many of them
  rare readings: 鸟 diǎo, 雨 yù), drawn at random. Its readings are CPP's, not the 现代汉语词典's,
  and a few of them are known to be wrong: it is a larger, independent measure beside the
  three hand-checked sets, whose held-out parts are small (55-57 targets each);
- the light-tone set, tests/corpus/pinyin/light.tsv (tools/draw_light_tone_sentences.py): 151
  words CC-CEDICT reads with a full tone in one sense and a light one in another (精神 jīngshén
  spirit / jīngshen vigour, 东西, 人家, 说道, 不是…) in sentences of the eval set's pieces, each
  reading that of the sense the word has there; printed apart, not in the three sets' totals.

Each sentence goes the way the window and `reader pinyin` read a document: jieba's words on the
Simplified text, then reader.core.pinyin.read_words. A target is right when every one of its
characters has the reference's syllable, tone included (a neutral tone unmarked; a capital, as
in CC-CEDICT's names, does not count). A syllable written after a middle dot, ·dào, is the
现代汉语词典's mark of one "usually light, at times stressed" (its 凡例: 因为 yīn·wèi): either
reading is right there. A third of each set is held out by a fixed seed: of the
old set a third of its rows; of the context and third sets a third of each polyphone's rows (each
polyphone's rows shuffled by a seed of its own, then every third row of the run held out).
The context set's figures are also given by reference: a CC-CEDICT row is right by
construction wherever jieba cuts the same word (Reader takes CC-CEDICT's one reading of a
word), so the 现代汉语词典 rows (single characters, words CC-CEDICT reads two ways) are the
harder measure. --dev prints the development figures only (to work on rules without seeing the held-out
figure); --show prints the development misses, never a held-out one."""

from __future__ import annotations

import argparse
import random
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.core.char_classes import has_han  # noqa: E402
from reader.core.pinyin import read_words  # noqa: E402
from reader.core.words import word_spans  # noqa: E402

SET = ROOT / "tests" / "corpus" / "pinyin" / "polyphones.tsv"
CONTEXT_SET = ROOT / "tests" / "corpus" / "pinyin" / "context.tsv"
THIRD_SET = ROOT / "tests" / "corpus" / "pinyin" / "third.tsv"
CPP_SET = ROOT / "tests" / "corpus" / "pinyin" / "cpp.tsv"
LIGHT_SET = ROOT / "tests" / "corpus" / "pinyin" / "light.tsv"
SEED = 30

Row = tuple[str, int, str, list[str]]
"""sentence, offset of the target in it, target, its syllables"""


def read_set(path: Path = SET) -> list[Row]:
    """The old set: sentence, target (its first occurrence), reading."""
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, target, reading = line.split("\t")
            rows.append((sentence, sentence.index(target), target, reading.split()))
    return rows


def read_context_set(path: Path = CONTEXT_SET) -> dict[str, list[Row]]:
    """The context set, by polyphone, in the file's order."""
    rows: dict[str, list[Row]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            char, sentence, at, target, reading, _reference, _source = line.split("\t")
            assert sentence[int(at) : int(at) + len(target)] == target, line
            rows.setdefault(char, []).append((sentence, int(at), target, reading.split()))
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


def split_by_polyphone(rows: dict[str, list[Row]]) -> tuple[list[Row], list[Row]]:
    """A third of each polyphone's rows held out: each polyphone's rows in an order drawn by its
    own seed, one after another, and every third row of that run held out."""
    run: list[Row] = []
    for char, own in rows.items():
        own = list(own)
        random.Random(f"{SEED}-{char}").shuffle(own)
        run.extend(own)
    return [r for i, r in enumerate(run) if i % 3 != 2], [r for i, r in enumerate(run) if i % 3 == 2]


def references(*paths: Path) -> dict[tuple[str, int], str]:
    """(sentence, offset) → where the drawn sets' reading comes from: cedict or xdhy."""
    out = {}
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                _, sentence, at, _, _, reference, _ = line.split("\t")
                out[(sentence, int(at))] = reference
    return out


def syllable_right(got: str | None, expected: str, light_as_full: bool = False) -> bool:
    """got is expected, tone included and case aside; after a middle dot (·dào) the neutral
    tone is right too, and so it is everywhere with light_as_full (CPP writes each character's
    own tone where the 现代汉语词典 marks a word's syllable light: 晚上 shàng, 力量 liàng)."""
    got = (got or "").lower()
    if light_as_full and got == _toneless(expected.lower()):
        return True
    if expected.startswith("·"):
        expected = expected[1:].lower()
        return got in (expected, _toneless(expected))
    return got == expected.lower()


def _toneless(syllable: str) -> str:
    """The syllable with its tone mark taken off (ü keeps its dots)."""
    bare = "".join(c for c in unicodedata.normalize("NFD", syllable) if not unicodedata.combining(c) or c == "\u0308")
    return unicodedata.normalize("NFC", bare)


def score(rows: list[Row], show: bool, light_as_full: bool = False) -> list[bool]:
    """Each row read right or not."""
    right = []
    for sentence, start, target, expected in rows:
        got = character_readings(sentence)[start : start + len(target)]
        right.append(
            len(got) == len(expected) and all(syllable_right(g, e, light_as_full) for g, e in zip(got, expected))
        )
        if show and not right[-1]:
            print(f"  {target}: {' '.join(g or '?' for g in got)} (printed: {' '.join(expected)})  {sentence}")
    return right


def _by_word(rows: list[Row], flags: list[bool]) -> str:
    """Each target word's right and total, as 精神 5/6."""
    counts: dict[str, list[int]] = {}
    for row, flag in zip(rows, flags):
        own = counts.setdefault(row[2], [0, 0])
        own[0] += flag
        own[1] += 1
    return ", ".join(f"{word} {right}/{total}" for word, (right, total) in counts.items())


def _rows(by_polyphone: dict[str, list[Row]]) -> list[Row]:
    return [r for own in by_polyphone.values() for r in own]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--show", action="store_true", help="print every development target read wrong (never the held-out)"
    )
    parser.add_argument("--dev", action="store_true", help="print the development figures only")
    args = parser.parse_args()
    old = read_set()
    by_polyphone = read_context_set()
    context = [r for own in by_polyphone.values() for r in own]
    third_by_polyphone = read_context_set(THIRD_SET)
    third = [r for own in third_by_polyphone.values() for r in own]
    sys.path.insert(0, str(ROOT / "tools"))
    from draw_polyphone_sentences import POLYPHONES

    cpp_by_polyphone = read_context_set(CPP_SET)
    cpp_common = {c: own for c, own in cpp_by_polyphone.items() if c in POLYPHONES}
    cpp_other = {c: own for c, own in cpp_by_polyphone.items() if c not in POLYPHONES}
    light_by_word = read_context_set(LIGHT_SET)
    started = time.perf_counter()
    word_spans("预热")  # jieba's dictionary, loaded before timing the sentences
    read_words(["预热"])
    loaded = time.perf_counter()
    parts = (
        ("old", SET, old, split(old), "a third, seed"),
        ("context", CONTEXT_SET, context, split_by_polyphone(by_polyphone), "a third of each polyphone, seed"),
        ("third", THIRD_SET, third, split_by_polyphone(third_by_polyphone), "a third of each polyphone, seed"),
        ("cpp common", CPP_SET, _rows(cpp_common), split_by_polyphone(cpp_common), "a third of each polyphone, seed"),
        ("cpp other", CPP_SET, _rows(cpp_other), split_by_polyphone(cpp_other), "a third of each polyphone, seed"),
        ("light", LIGHT_SET, _rows(light_by_word), split_by_polyphone(light_by_word), "a third of each word, seed"),
    )
    right_all = total_all = 0
    by_part = {"development": [0, 0], "held-out": [0, 0]}
    reference = references(CONTEXT_SET, THIRD_SET, LIGHT_SET)
    for name, path, rows, (development, held), how in parts:
        sentences = len({r[0] for r in rows})
        print(
            f"{name}: {len(rows)} targets in {sentences} sentences ({path.relative_to(ROOT)}), held out: {how} {SEED}"
        )
        for part_name, part in (("development", development), ("held-out", held)):
            if part_name == "held-out" and args.dev:
                continue
            cpp = name.startswith("cpp")
            flags = score(part, args.show and part_name == "development", light_as_full=cpp)
            right, total = sum(flags), len(flags)
            line = f"  {part_name:12} {right}/{total} words right = {100 * right / total:.1f} %"
            if cpp:  # also tone for tone, as CPP writes it
                strict = sum(score(part, False))
                print(
                    f"{line}  (a light tone where CPP writes the full one counted wrong: {100 * strict / total:.1f} %)"
                )
                continue
            if name == "light":  # a set of its own: the three sets' totals stay comparable
                print(f"{line}  (by word: {_by_word(part, flags)})")
                continue
            right_all, total_all = right_all + right, total_all + total
            by_part[part_name][0] += right
            by_part[part_name][1] += total
            if name != "old":  # a CC-CEDICT word is read as CC-CEDICT reads it unless jieba cuts it otherwise
                kinds = [reference.get((r[0], r[1]), "") for r in part]
                line += (
                    "  ("
                    + ", ".join(
                        f"{kind} {sum(f for f, k in zip(flags, kinds) if k == kind)}/{kinds.count(kind)}"
                        for kind in ("cedict", "xdhy")
                    )
                    + ")"
                )
            print(line)
    for part_name, (right, total) in by_part.items():
        if total:
            print(f"{part_name} (the three sets) {right}/{total} words right = {100 * right / total:.1f} %")
    if not args.dev:
        print(f"all (the three sets) {right_all}/{total_all} words right = {100 * right_all / total_all:.1f} %")
    took = time.perf_counter() - loaded
    print(
        f"time: {1000 * took / (total_all + sum(len(own) for own in cpp_by_polyphone.values()) + len(_rows(light_by_word))):.2f} ms a sentence (after {loaded - started:.1f} s loading)"
    )


if __name__ == "__main__":
    main()
