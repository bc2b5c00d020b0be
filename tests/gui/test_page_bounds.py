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


FOLDED = page_bounds.Folded(((20_000, 70_000),))  # blocks 200..699 folded away


def test_folded_text_is_skipped_both_ways():
    assert [FOLDED.shown(q) for q in (0, 19_999, 20_000, 45_000, 70_000, 99_999)] == [
        0,
        19_999,
        20_000,
        20_000,
        20_000,
        49_999,
    ]
    assert FOLDED.position(19_999) == 19_999 and FOLDED.position(20_000) == 70_000  # past the fold
    assert FOLDED.holding(45_000) == (20_000, 70_000) and FOLDED.holding(70_000) is None


def test_a_window_around_a_place_in_a_long_fold_holds_text_either_side():
    first, last = page_bounds.span_around(BOOK, 45_000, 4_000, holder=999, folded=FOLDED)
    assert (first, last) == (190, 730)  # a thousand characters before the fold, three thousand after
    old_first, old_last = page_bounds.span_around(BOOK, 45_000, 4_000, holder=999)
    assert 200 <= old_first <= old_last < 700  # without the folds: wholly inside, an empty page


def test_a_window_grows_past_a_fold_and_is_trimmed_by_the_text_shown():
    assert page_bounds.extended_down(BOOK, 150, 199, 3_000, 40_000, FOLDED) == (150, 730)
    assert page_bounds.extended_up(BOOK, 700, 720, 3_000, 40_000, FOLDED) == (170, 720)
    # 40,000 characters shown at most: the fold's 50,000 do not count
    assert page_bounds.trimmed_last(BOOK, 100, 900, 40_000, FOLDED) == 900


def test_a_height_in_the_part_below_is_counted_in_the_text_shown():
    # window blocks 100..149 on the page from 10,000 to 15,000 px, 1 px a character
    at = page_bounds.estimated_position(BOOK, 15_000 + 10_000, (10_000.0, 15_000.0), 149, 1.0, 0.0, FOLDED)
    assert at == 75_000  # 15,000 + 10,000 characters shown on: 5,000 before the fold, 5,000 after
