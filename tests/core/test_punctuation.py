import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from reader.core import punctuation
from reader.core.punctuation import clean_punctuation


def test_marks_beside_chinese_become_full_width():
    assert clean_punctuation("《通知》指出,學習") == "《通知》指出，學習"
    assert clean_punctuation("來源:《工人日報》") == "來源：《工人日報》"
    assert clean_punctuation("(以下簡稱《通知》),要求") == "（以下簡稱《通知》），要求"
    assert clean_punctuation("真的嗎?好!") == "真的嗎？好！"


def test_latin_and_numbers_keep_theirs():
    assert clean_punctuation("14:04") == "14:04"
    assert clean_punctuation("2022年11月02日14:04") == "2022年11月02日14:04"
    assert clean_punctuation("Hello, world (test)!") == "Hello, world (test)!"
    assert clean_punctuation("函數f(x)很好") == "函數f(x)很好"


def test_length_and_positions_are_kept(notice_text):
    cleaned = clean_punctuation(notice_text)
    assert len(cleaned) == len(notice_text)
    assert all(a == b or b in "，：；（）！？" for a, b in zip(notice_text, cleaned))
    assert "14:04" in cleaned and "指出，" in cleaned and "來源：" in cleaned


_HALF_WIDTH = re.compile(r"[,:;()!?]")
_CHINESE = re.compile(rf"[{punctuation._CJK}]")  # the class as a pattern, as first written


def _by_the_pattern(text: str) -> str:
    """clean_punctuation as first written: each half-width mark found by a pattern's search."""

    def swap(m: re.Match) -> str:
        i = m.start()
        before, after = text[i - 1 : i], text[i + 1 : i + 2]
        if not (_CHINESE.match(before) or _CHINESE.match(after)):
            return m.group()
        if punctuation._LATIN.match(before) or punctuation._LATIN.match(after):
            return m.group()
        return m.group().translate(punctuation.FULL_WIDTH)

    return _HALF_WIDTH.sub(swap, text)


@given(st.text(alphabet=",:;()!?中文a1 \n“”\U00020000", max_size=40))
def test_each_mark_is_cleaned_as_the_patterns_search_cleaned_it(text):
    assert clean_punctuation(text) == _by_the_pattern(text)


class _Spy:
    """A compiled pattern, noting the length of each text it is run over."""

    def __init__(self, pattern, seen) -> None:
        self.pattern, self.seen = pattern, seen

    def __getattr__(self, name):
        method = getattr(self.pattern, name)

        def run(*args, **kwargs):
            self.seen.extend(len(a) for a in args if isinstance(a, str))
            return method(*args, **kwargs)

        return run


def test_a_books_marks_are_found_without_a_pattern_run_over_the_book(monkeypatch):
    """红楼梦's page text (676 half-width marks in 855,342 characters): the marks are found by
    str.find, the patterns look at their neighbours only (a pattern's search over the whole
    book was 15-22 ms on the way to its first paint)."""
    seen: list[int] = []
    for name, value in list(vars(punctuation).items()):
        if isinstance(value, re.Pattern):
            monkeypatch.setattr(punctuation, name, _Spy(value, seen))
    book = (Path(__file__).parents[1] / "corpus" / "hongloumeng.txt").read_text(encoding="utf-8")
    cleaned = clean_punctuation(book)
    assert cleaned != book and len(cleaned) == len(book)
    assert seen and max(seen) <= 1
