import pytest

from reader.core.scripts import Script, ScriptViews
from reader.core.words import WordBoundaries


def words_of(text):
    views = ScriptViews(text)
    return WordBoundaries.from_view(views.get(Script.SIMPLIFIED))


def test_traditional_text_is_segmented_through_simplified(notice_text):
    boundaries = words_of(notice_text)
    words = boundaries.words(notice_text)
    assert "習近平" in words and "近平" not in words
    assert "印發" in words and "印發關" not in words
    assert "宣傳" in words and "宣傳貫" not in words


def test_moving_by_words(notice_text):
    boundaries = words_of(notice_text)
    pos = notice_text.index("習近平")
    assert boundaries.next(pos) == pos + 3
    assert boundaries.previous(pos + 3) == pos
    assert boundaries.word_at(pos + 1) == (pos, pos + 3)
    assert boundaries.next(len(notice_text)) == len(notice_text)
    assert boundaries.previous(0) == 0


def test_boundaries_map_through_a_conversion_that_changes_length():
    text = "我的内存不够用了"
    views = ScriptViews(text, variant="s2twp")
    # segmenting the Simplified original is the identity mapping; the boundaries are its own
    boundaries = WordBoundaries.from_view(views.get(Script.SIMPLIFIED))
    assert boundaries.word_at(text.index("内存")) == (2, 4)


@pytest.mark.parametrize("term", ["中国特色社会主义", "人类命运共同体", "新时代", "全过程人民民主", "两个确立"])
def test_established_terms_are_one_word(term):
    from reader.core.words import tokenizer

    assert term in list(tokenizer().cut(f"坚持{term}的", HMM=True))
