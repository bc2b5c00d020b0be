"""How tall a book's parts not laid out are taken to be (reader.gui.page_estimate)."""

from __future__ import annotations

from reader.gui.page_estimate import MAX_HEIGHT, QT_LAYOUT_LIMIT, WINDOW_ROOM, Estimate


def test_the_estimate_is_the_type_s_until_a_window_is_measured_at_the_page_s_width():
    estimate = Estimate()
    assert estimate.ratio(800, from_type=0.5) == 0.5
    assert not estimate.add(800, 500, 999, from_type=0.5)  # too short a window to say
    assert estimate.add(800, 1_000, 4_000, from_type=0.5)  # 0.25 px a character: changed
    assert estimate.ratio(800, from_type=0.5) == 0.25
    assert not estimate.add(800, 1_020, 4_000, from_type=0.5)  # within 3 %: the parts stay
    assert estimate.ratio(600, from_type=0.7) == 0.7  # another width: not measured there


def test_another_width_starts_the_estimate_again():
    estimate = Estimate()
    estimate.add(800, 1_000, 4_000, from_type=0.5)
    estimate.add(600, 3_000, 6_000, from_type=0.5)
    assert estimate.ratio(600, from_type=0.1) == 0.5 and estimate.ratio(800, from_type=0.1) == 0.1


def test_the_parts_held_stay_within_what_qt_s_layout_counts():
    estimate = Estimate()
    estimate.add(800, 8_000, 4_000, from_type=0.5)  # 2 px a character
    assert estimate.capped(800, 0.5, book_chars=100_000) == 2
    assert estimate.capped(800, 0.5, book_chars=50_000_000) == MAX_HEIGHT / 50_000_000


def test_the_parts_and_the_window_together_stay_under_qt_s_limit():
    """The parts at their cap and the largest window at twice the mean ratio: under the
    height below which Qt lays out no block (the 5 M book's end was held below it)."""
    for measured in (2, 175):  # pixels a character: a novel's page; 48 pt zoomed on a narrow page
        estimate = Estimate()
        estimate.add(800, measured * 4_000, 4_000, from_type=0.5)
        window = estimate.window_chars(800, 0.5, most=40_000)
        assert window == 40_000 if measured == 2 else window < 40_000
        for book in (200_000, 5_132_052, 50_000_000):
            parts = estimate.capped(800, 0.5, book_chars=book) * book
            assert parts + 2 * window * measured <= MAX_HEIGHT + WINDOW_ROOM == QT_LAYOUT_LIMIT
