"""Word boundaries held as their gaps (reader.core.word_gaps) read as the array they came from."""

from array import array
from bisect import bisect_left, bisect_right
from pathlib import Path
from random import Random

from reader.core.word_gaps import GapBoundaries, compact_boundaries
from reader.core.words import WordBoundaries

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _boundaries(count: int, seed: int, longest: int = 6) -> array:
    rng, pos, out = Random(seed), 0, array("i")
    for _ in range(count):
        out.append(pos)
        pos += rng.choice([1, 1, 2, 2, 2, 3, 4, longest])
    return out


def test_gap_boundaries_read_as_their_array():
    for longest in (6, 300, 70_000):  # a byte a gap, two, four
        plain = _boundaries(5_000, longest, longest)
        gaps = compact_boundaries(plain)
        assert isinstance(gaps, GapBoundaries)
        assert len(gaps) == len(plain) and list(gaps) == list(plain)
        assert [gaps[i] for i in (0, 1, 63, 64, 65, 4_999, -1)] == [plain[i] for i in (0, 1, 63, 64, 65, 4_999, -1)]
        assert gaps[100:300] == plain[100:300] and gaps[5:5] == array("i") and gaps[::700] == plain[::700]
        assert gaps.tobytes() == plain.tobytes()
        for pos in range(0, plain[-1] + 10, max(97, plain[-1] // 2_000)):
            assert bisect_right(gaps, pos) == bisect_right(plain, pos)
            assert bisect_left(gaps, pos) == bisect_left(plain, pos)
            assert gaps.bisect_right(pos) == bisect_right(plain, pos)  # its own, quicker
            assert gaps.bisect_left(pos) == bisect_left(plain, pos)


def test_a_books_words_answer_the_same_held_as_gaps():
    text = (CORPUS / "law-civil-code.txt").read_text(encoding="utf-8")
    # a boundary at each sentence's marks and every few characters between: a word cut's shape
    plain = array("i", sorted({0, *range(0, len(text), 3), *(i + 1 for i, c in enumerate(text) if c in "，。、")}))
    words, packed = WordBoundaries(plain, len(text)), WordBoundaries(compact_boundaries(plain), len(text))
    assert isinstance(packed.boundaries, GapBoundaries)
    assert packed.boundaries._gaps.itemsize == 1  # a byte a boundary: a quarter of the array's four
    for pos in range(0, len(text), 37):
        assert packed.next(pos) == words.next(pos)
        assert packed.previous(pos) == words.previous(pos)
        assert packed.word_at(pos) == words.word_at(pos)
    assert packed.words(text) == words.words(text)


def test_few_boundaries_stay_an_array():
    few = array("i", [0, 2, 5])
    assert compact_boundaries(few) is few
