"""Draw the fourth polyphone set, tests/corpus/pinyin/cpp.tsv, from the CPP dataset (Park and
Lee, "A Neural Grapheme-to-Phoneme Conversion Package for Mandarin Chinese Based on a New Open
Benchmark Dataset", Interspeech 2020; github.com/kakaobrain/g2pM, Apache 2.0): sentences of the
Chinese Wikipedia, one polyphone in each marked ▁X▁ and its reading annotated by people, in
numbered pinyin. Run:

    python tools/draw_cpp_sentences.py G2PM_CHECKOUT > tests/corpus/pinyin/cpp.tsv

Only CPP's test split is drawn from: every row whose polyphone is one of the common polyphones
the other sets are drawn for (tools/draw_polyphone_sentences.POLYPHONES), and OTHER rows of the
rest drawn at random with a fixed seed. Each reading is CPP's, its tone number written as a mark
(reader.core.dictionary.syllable_with_mark; tone 5 unmarked); the sentence is CPP's without the
marks. This tool never reads Reader's pinyin.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from draw_polyphone_sentences import POLYPHONES  # noqa: E402

from reader.core.dictionary import syllable_with_mark  # noqa: E402

SEED = 30
OTHER = 1200
MARK = "\u2581"
HEADER = """\
# Polyphones in context, the fourth set, from the CPP dataset's test split (Park and Lee,
# Interspeech 2020; github.com/kakaobrain/g2pM, data/test.sent and test.lb, Apache 2.0):
# Chinese Wikipedia sentences, one polyphone each, read by people. polyphone <TAB> sentence
# <TAB> offset of the polyphone <TAB> the polyphone <TAB> its reading <TAB> reference <TAB>
# source line. Drawn by tools/draw_cpp_sentences.py: every row of a common polyphone (those
# tools/draw_polyphone_sentences.py draws), and 1,200 of the rest at random (seed 30). The
# readings are CPP's, tone numbers written as marks; nothing else edited.
"""


def main() -> None:
    data = Path(sys.argv[1]) / "data"
    sentences = (data / "test.sent").read_text(encoding="utf-8").splitlines()
    labels = (data / "test.lb").read_text(encoding="utf-8").splitlines()
    assert len(sentences) == len(labels)
    common, other = [], []
    for number, (marked, label) in enumerate(zip(sentences, labels), 1):
        at = marked.index(MARK)
        char = marked[at + 1]
        assert marked[at + 2] == MARK, marked
        sentence = marked.replace(MARK, "")
        row = (char, sentence, str(at), char, syllable_with_mark(label), "cpp", f"test.sent:{number}")
        (common if char in POLYPHONES else other).append(row)
    drawn = sorted(random.Random(SEED).sample(range(len(other)), OTHER))
    sys.stdout.write(HEADER)
    for row in [*common, *(other[i] for i in drawn)]:
        print("\t".join(row))


if __name__ == "__main__":
    main()
