"""Folding to Simplified one character at a time keeps every offset (issue 29)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.document import load_document
from reader.core.library.concordance import occurrences
from reader.core.library.folding import fold, unfolded_starts

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def test_either_script_folds_to_the_same_text():
    assert fold("發展") == fold("发展") == "发展"
    assert fold("臺灣為例") == fold("台湾为例")  # a Taiwan variant (臺) and a plain one
    assert fold("ABC İ") == "abc İ"  # lower case, and one to one where lower() would not be


def test_lengths_are_kept_over_the_corpus():
    for name in ("mengzi-gutenberg-big5.txt", "parallel/cuv-traditional.txt"):
        text = load_document(CORPUS / name).text
        assert len(fold(text)) == len(text)


def test_parallel_texts_fold_nearly_alike():
    """The Traditional and Simplified Union Version fold to the same characters but for a few
    characters whose Simplified form depends on the word (著/着, 乾/干) or that the two
    editions write differently (罷/吧, 藉/借): under 1 % apart, verse by verse."""
    traditional = fold(load_document(CORPUS / "parallel/cuv-traditional.txt").text).split("\n")
    simplified = fold(load_document(CORPUS / "parallel/cuv-simplified.txt").text).split("\n")
    pairs = [(a, b) for a, b in zip(traditional, simplified, strict=True) if len(a) == len(b)]
    compared = sum(len(a) for a, _ in pairs)
    differing = sum(x != y for a, b in pairs for x, y in zip(a, b))
    assert compared > 60000
    assert differing / compared < 0.01


_CHARS = "发發髮展國国龍龙臺台为為爲kK\u212aΣσςİiIΑαé É"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_CHARS, max_size=40), st.text(alphabet=_CHARS, min_size=1, max_size=3))
def test_the_unfolded_pattern_finds_what_folding_the_text_finds(text, query):
    """A search matches the chunks as written with a class of the characters that fold to each
    of the query's, instead of folding them: the same places, overlapping ones too."""
    needle = fold(query)
    assert list(unfolded_starts(needle, text)) == occurrences(fold(text), needle)


def test_every_character_folds_alone():
    """Folding a text is folding each of its characters (lower() alone looks at neighbours, for
    a capital sigma at a word's end), which the unfolded pattern relies on."""
    text = "ΟΔΟΣ ΣΑΣ Σ發展İ\u212a"
    assert fold(text) == "".join(fold(c) for c in text)
    assert fold("ΟΔΟΣ") == "οδοσ"


def test_folding_through_the_growing_table_is_the_table_itself():
    """fold() keeps every character it meets in its translation table (those that do not fold
    map to themselves): every code point folds as fold_table and lower case say, the first
    time and once the table holds it."""
    from reader.core.library.folding import fold_table

    table = fold_table()
    size = len(table)
    codes = [c for c in range(0x20000) if not 0xD800 <= c < 0xE000] + [0x20000, 0x2A6D6, 0x1F600]
    text = "".join(map(chr, codes))

    def by_definition(ch: str) -> str:
        folded = table.get(ord(ch), ch)
        return folded.lower() if len(folded.lower()) == 1 else folded

    expected = "".join(map(by_definition, text))
    assert fold(text) == expected
    assert fold(text) == expected  # the table now holds every one of them
    assert fold_table() is table and len(table) == size  # its own table is not what grows
