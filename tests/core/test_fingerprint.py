import heapq
import random
import zlib
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.fingerprint import fingerprint, similarity


def fingerprint_by_comprehensions(text, k=128):
    """The fingerprint as first written: stores keep these, so it must never change."""
    text = "".join(text.split())
    shingles = {text[i : i + 3] for i in range(max(1, len(text) - 3 + 1))}
    return sorted(heapq.nsmallest(k, {zlib.crc32(s.encode("utf-8")) for s in shingles}))


def test_the_fingerprint_is_the_one_stores_keep(notice_text):
    for text in (notice_text, notice_text[:500], "一二", "一", "", " a\nb 丙丁 "):
        assert fingerprint(text) == fingerprint_by_comprehensions(text)
    assert similarity(fingerprint(notice_text), fingerprint(notice_text[:-40])) > 0.9


_THREE_BYTES = "的一是發展国龍鑫，。「」\uffff\ue000\u0800\ud7ff"
_MIXED = _THREE_BYTES + "abcXYZ019 .,\n\t" + "éßΣ" + "\U00020000\U0002a6d6😀"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_THREE_BYTES * 8 + _MIXED), max_size=400).map("".join))
def test_the_fast_hashes_are_the_same_on_any_mix_of_characters(text):
    """The 3-grams are hashed in bulk (crc32 is affine over 9-byte messages) and those with a
    character of another UTF-8 length one by one: the fingerprint is the same either way."""
    assert fingerprint(text) == fingerprint_by_comprehensions(text)


def test_the_fast_hashes_are_the_same_on_long_mixed_texts(notice_text):
    rng = random.Random(5)
    for _ in range(20):
        text = "".join(rng.choice(_MIXED) if rng.random() < 0.1 else c for c in notice_text[: rng.randrange(100, 6000)])
        assert fingerprint(text) == fingerprint_by_comprehensions(text)


def test_a_long_text_hashed_a_piece_at_a_time_has_the_sketch_of_the_whole():
    """The fingerprint hashes a piece of the text at a time (a window opening the book in a
    thread keeps answering); its sketch is still the one of the whole text, pieces' seams too."""
    from reader.core.fingerprint import PIECE

    book = (Path(__file__).parents[1] / "corpus" / "hongloumeng.txt").read_text(encoding="utf-8")
    for text in (book[: 5 * PIECE + 7], book[: PIECE + 2], book[: PIECE + 3]):
        assert fingerprint(text) == fingerprint_by_comprehensions(text)


def _corpus(name: str) -> str:
    return (Path(__file__).parents[1] / "corpus" / name).read_text(encoding="utf-8")


def test_sizes_rule_out_only_texts_that_cannot_be_alike(notice_text):
    """may_reach: a text of another size than a book cannot be half alike to it (a Jaccard
    similarity is at most the smaller set over the larger), found without the book's
    fingerprint; any pair that is alike, whatever its sizes, is never ruled out."""
    from reader.core.fingerprint import may_reach

    book = _corpus("hongloumeng.txt")
    rng = random.Random(11)
    pairs = []  # (text, another, their similarity)
    for source in (book[:150000], notice_text, _corpus("law-civil-code.txt")[:60000], book[:3000]):
        for _ in range(4):  # edited copies: a passage cut, a passage added, lines dropped
            start = rng.randrange(len(source))
            cut = source[:start] + source[start + rng.randrange(1, max(2, len(source) // 4)) :]
            added = source[:start] + source[rng.randrange(len(source)) :][: len(source) // 3] + source[start:]
            for other in (cut, added):
                pairs.append((source, other, similarity(fingerprint(source), fingerprint(other))))
    alike = [(a, b) for a, b, s in pairs if s >= 0.5]
    assert len(alike) > 10
    for a, b in alike:
        assert may_reach(a, [fingerprint(b)], 0.5) == [True]
        assert may_reach(b, [fingerprint(a)], 0.5) == [True]
    short = [book[i : i + 20000] for i in range(0, 500000, 100000)] + [notice_text]
    assert may_reach(book, [fingerprint(s) for s in short], 0.5) == [False] * len(short)
    assert may_reach(notice_text, [fingerprint(book)], 0.5) == [False]


def test_the_characters_hashed_one_by_one_are_those_whose_utf8_is_not_three_bytes():
    """The pattern names its ranges (cheap to compile) rather than "not U+0800-U+FFFF": every
    code point still answers as its UTF-8 says."""
    from reader.core.fingerprint import _NOT_THREE_BYTES as _SOURCE
    from reader.core.patterns import compiled

    _NOT_THREE_BYTES = compiled(_SOURCE)

    def three_bytes(c: str) -> bool:
        return len(c.encode("utf-8", "surrogatepass")) == 3 and not 0xD800 <= ord(c) <= 0xDFFF

    wrong = [cp for cp in range(0x110000) if bool(_NOT_THREE_BYTES.match(chr(cp))) == three_bytes(chr(cp))]
    assert wrong == []


def test_the_distinct_3grams_counted_are_the_texts_own():
    """may_reach's count of a text's distinct 3-grams (packed as numbers for a text within
    U+FFFF, as strings beyond it): exactly the 3-gram strings' count, lone surrogates, astral
    characters and spacing included; the text is counted without its spacing."""
    from reader.core.fingerprint import _distinct_at_least, _unspaced_start

    rng = random.Random(5)
    alphabet = "ab中文\ud800x \n\U00020000"
    for _ in range(400):
        text = "".join(rng.choice(alphabet[: rng.randint(2, len(alphabet))]) for _ in range(rng.randint(0, 120)))
        grams = {text[i : i + 3] for i in range(len(text) - 2)}
        assert _distinct_at_least(text, 10**9) == len(grams)
        assert _unspaced_start(text, 40) == "".join(text.split())[:40]
    book = _corpus("hongloumeng.txt")[:100000]
    assert _distinct_at_least(book, 10**9) == len({book[i : i + 3] for i in range(len(book) - 2)})
