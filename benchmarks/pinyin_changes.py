"""Every word whose pinyin a change of the rules changes, on whole books, to read them one by one.
Run in each checkout, then compare:

    python benchmarks/pinyin_changes.py dump OLD.tsv          (in the old checkout)
    python benchmarks/pinyin_changes.py dump NEW.tsv          (in the new one)
    python benchmarks/pinyin_changes.py diff OLD.tsv NEW.tsv

dump writes each word with a Chinese character of 红楼梦 and the CUV (tests/corpus), read as a
document is (jieba's words on the Simplified text, reader.core.pinyin.read_words), one a line:
book, word number, word, syllables, the text around it. diff prints every word read otherwise,
grouped by the character whose syllable changed (似 shì→sì ×170: 似×61, 似有×13 …), then each
with its text. jieba cuts the same text the same way in both checkouts, so words line up by
number. Figures are printed, never asserted.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BOOKS = {
    "红楼梦": ROOT / "tests" / "corpus" / "hongloumeng.txt",
    "CUV": ROOT / "tests" / "corpus" / "parallel" / "cuv-simplified.txt",
}


def dump(out: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from reader.core.char_classes import has_han
    from reader.core.pinyin import read_words
    from reader.core.words import word_ends

    with out.open("w", encoding="utf-8") as lines:
        for book, path in BOOKS.items():
            text = path.read_text(encoding="utf-8")
            starts, words, start = [], [], 0
            for end in word_ends(text):
                starts.append(start)
                words.append(text[start:end])
                start = end
            for number, (at, word, found) in enumerate(zip(starts, words, read_words(words))):
                if has_han(word):
                    around = text[max(0, at - 12) : at + len(word) + 12].replace("\n", " ").replace("\t", " ")
                    lines.write(f"{book}\t{number}\t{word}\t{' '.join(found)}\t{around}\n")


def diff(old: Path, new: Path) -> None:
    changed = []
    with old.open(encoding="utf-8") as before, new.open(encoding="utf-8") as after:
        for a, b in zip(before, after):
            book, number, word, was, around = a.rstrip("\n").split("\t")
            *_, word_now, now, _ = b.rstrip("\n").split("\t")
            if word_now != word:
                sys.exit(f"{book} word {number}: {word} and {word_now}: the two were cut differently")
            if was != now:
                changed.append((book, word, was.split(), now.split(), around))
    groups: dict[tuple[str, str, str], list[str]] = defaultdict(list)
    for _, word, was, now, _ in changed:
        for char, a, b in zip(word, was, now):
            if a != b:
                groups[(char, a, b)].append(word)
    print(
        f"{len(changed)} words read otherwise ({', '.join(f'{b} {n}' for b, n in Counter(c[0] for c in changed).items())})"
    )
    for (char, a, b), words in sorted(groups.items(), key=lambda group: -len(group[1])):
        each = Counter(words).most_common()
        print(f"{char} {a}→{b} ×{len(words)}: " + "、".join(w + (f"×{n}" if n > 1 else "") for w, n in each))
    print()
    for book, word, was, now, around in changed:
        print(f"{book}\t{word}\t{' '.join(was)} → {' '.join(now)}\t{around}")


def main() -> None:
    parser = argparse.ArgumentParser()
    verbs = parser.add_subparsers(dest="verb", required=True)
    verbs.add_parser("dump").add_argument("out", type=Path)
    compare = verbs.add_parser("diff")
    compare.add_argument("old", type=Path)
    compare.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.verb == "dump":
        dump(args.out)
    else:
        diff(args.old, args.new)


if __name__ == "__main__":
    main()
