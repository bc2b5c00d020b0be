"""How the page's text is cut into the document's blocks (reader.gui.page_typesetting)."""

import random
from pathlib import Path

from reader.gui import page_typesetting
from reader.gui.page_typesetting import _BLOCK_BREAK, _lines

BOOK = Path(__file__).parents[1] / "corpus" / "hongloumeng.txt"


class _Searched:
    """The block-break pattern, noting each text it searches."""

    def __init__(self, pattern) -> None:
        self.pattern, self.texts = pattern, []

    def finditer(self, text):
        self.texts.append(len(text))
        return self.pattern.finditer(text)


def test_a_text_is_cut_at_every_kind_of_block_break_as_qt_cuts_it():
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("ab中\n\r\u2029\ufdd0\ufdd1 ") for _ in range(rng.randint(0, 40)))
        assert list(_lines(text)) == _BLOCK_BREAK.split(text)


def test_a_book_of_line_feeds_is_cut_without_the_patterns_search(monkeypatch):
    """红楼梦's lines at launch: cut by str.find, not by the pattern's search (a step per
    character, 20-40 ms of the window's thread before the book's first paint); a text with
    another break still is, and both are cut as the pattern cuts them."""
    spy = _Searched(_BLOCK_BREAK)
    monkeypatch.setattr(page_typesetting, "_BLOCK_BREAK", spy)
    book = BOOK.read_text(encoding="utf-8")
    assert list(_lines(book)) == _BLOCK_BREAK.split(book)
    assert spy.texts == []
    windows = book[:5000].replace("\n", "\r\n")
    assert list(_lines(windows)) == _BLOCK_BREAK.split(windows)
    assert spy.texts == [len(windows)]
