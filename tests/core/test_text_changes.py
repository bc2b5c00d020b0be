"""A text kept as its changes from another of the same length (reader.core.text_changes)."""

from pathlib import Path

import pytest

from reader.core.punctuation import clean_punctuation
from reader.core.text_changes import changes
from reader.core.wrapping import join_soft_breaks

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


@pytest.mark.parametrize("name", ["hongloumeng.txt", "law-civil-code.txt", "law-constitution.md"])
def test_a_page_text_is_its_view_with_its_changes_made(name):
    text = (CORPUS / name).read_text(encoding="utf-8")
    joins = [i for i in range(0, len(text), 997) if text[i] == "\n"] + [text.index("\n")]
    shown = clean_punctuation(join_soft_breaks(text, sorted(joins)))
    kept = changes(text, shown)
    assert kept is not None and list(kept.at) == sorted(kept.at)
    assert len(kept.at) == sum(a != b for a, b in zip(text, shown))
    assert kept.applied(text) == shown


def test_changes_at_either_end_and_none_at_all():
    text = "甲" + "乙" * 5000 + "丙"
    shown = "A" + "乙" * 5000 + "C"
    assert changes(text, shown).applied(text) == shown
    assert list(changes(text, shown).at) == [0, 5001]
    assert changes(text, text).applied(text) is text


def test_no_changes_when_lengths_differ_or_most_characters_do():
    assert changes("一二三", "一二") is None
    assert changes("一二三四五六七八九十", "1二3四5六7八9十") is None  # half of it: kept whole
    with pytest.raises(ValueError):
        changes("一二三" * 10, "一2三" + "一二三" * 9).applied("一二")
