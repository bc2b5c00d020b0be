"""Where a book's window of blocks goes (reader.gui.page_bounds), over a book of blocks given
as lengths: no page, no Qt."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from reader.gui import page_bounds


class Lengths:
    """Blocks of these lengths (each with its separator), as page_bounds reads a document."""

    def __init__(self, lengths: list[int]) -> None:
        self.starts = [0, *accumulate(lengths)][:-1]
        self.lengths = lengths

    @property
    def chars(self) -> int:
        return sum(self.lengths)

    def number_at(self, qt: int) -> int:
        return bisect_right(self.starts, qt) - 1

    def start(self, number: int) -> int:
        return self.starts[number]

    def end(self, number: int) -> int:
        return self.starts[number] + self.lengths[number]


BOOK = Lengths([100] * 1000)  # 100,000 characters in blocks of 100


def test_a_window_is_put_around_a_place_a_quarter_of_it_before():
    assert page_bounds.span_around(BOOK, 50_050, 4_000, holder=999) == (490, 530)
    assert page_bounds.span_around(BOOK, 0, 4_000, holder=999) == (0, 30)  # at the start: nothing before
    assert page_bounds.span_around(BOOK, 99_990, 4_000, holder=999) == (989, 999)


def test_a_place_in_a_folded_tail_gets_the_window_before_it():
    # blocks 901.. folded away: a window after block 900 would show nothing
    first, last = page_bounds.span_around(BOOK, 99_990, 4_000, holder=900)
    assert first < 900 <= last and page_bounds.below_holder(1000, set(range(901, 1000))) == 900
    assert page_bounds.below_holder(1000, set()) == 999
    assert page_bounds.below_holder(3, {0, 1, 2}) == 0


def test_a_window_grows_at_the_edge_the_page_nears_and_is_trimmed_at_the_other():
    assert page_bounds.extended_down(BOOK, 100, 120, 3_000, 40_000) == (100, 151)
    assert page_bounds.extended_up(BOOK, 100, 120, 3_000, 40_000) == (70, 120)
    # past the limit the far side goes back to three quarters of it
    assert page_bounds.extended_down(BOOK, 100, 499, 3_000, 40_000) == (231, 530)
    assert page_bounds.extended_up(BOOK, 100, 499, 3_000, 40_000) == (70, 370)
    assert page_bounds.extended_down(BOOK, 990, 999, 3_000, 40_000) == (990, 999)  # the end
    assert page_bounds.extended_up(BOOK, 0, 9, 3_000, 40_000) == (0, 9)  # the start


def test_a_height_in_an_estimated_part_is_a_position_by_the_estimate():
    # the window (blocks 400-429, 40,000-43,000) on the page at 8,000-8,600 px; 0.2 px a character
    window = (8_000.0, 8_600.0)
    assert page_bounds.estimated_position(BOOK, 4_010, window, 429, 0.2, 10) == 20_000
    assert page_bounds.estimated_position(BOOK, 8_600 + 2_000, window, 429, 0.2, 10) == 53_000
    assert page_bounds.estimated_position(BOOK, 10**9, window, 429, 0.2, 10) == BOOK.chars - 1
    assert page_bounds.estimated_position(BOOK, 0, window, 429, 0.2, 10) == 0
