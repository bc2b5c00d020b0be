"""Folding to Simplified one character at a time keeps every offset (issue 29)."""

from __future__ import annotations

from pathlib import Path

from reader.core.document import load_document
from reader.core.library.folding import fold

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
