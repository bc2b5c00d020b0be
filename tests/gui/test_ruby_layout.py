"""Where the syllables over a line go (ruby_layout.arrange): pure geometry."""

import random

import pytest

from reader.gui.ruby_layout import MIN_SCALE, Slot, arrange


def _check(slots, placed, left, right):
    assert len(placed) == len(slots)
    for s, p in zip(slots, placed):
        assert left - 1e-6 <= p.left and p.right <= right + 1e-6
        assert abs(p.width - s.width * p.scale) < 1e-6
    for s, a, b in zip(slots[1:], placed, placed[1:]):
        assert b.left - a.right >= s.gap - 1e-6, (a, b)


def test_a_syllable_with_room_sits_centred_over_its_character():
    slots = [Slot(10 + 20 * i, 10, 12, 2) for i in range(5)]
    placed = arrange(slots, 0, 100)
    _check(slots, placed, 0, 100)
    assert all(p.scale == 1 and abs(p.left + 6 - s.centre) < 1e-6 for s, p in zip(slots, placed))


def test_a_wide_syllable_takes_the_room_its_short_neighbours_leave_at_its_own_width():
    # de zhuàng de over three 20 px characters: zhuàng (30 px) is wider than its character
    slots = [Slot(10, 10, 8, 2), Slot(30, 10, 30, 2), Slot(50, 10, 8, 2)]
    placed = arrange(slots, 0, 60)
    _check(slots, placed, 0, 60)
    assert [p.scale for p in placed] == [1, 1, 1]
    assert abs(placed[1].left + 15 - 30) < 1e-6  # still centred: its neighbours moved aside


def test_a_run_of_wide_syllables_is_condensed_only_as_far_as_needed():
    slots = [Slot(10 + 20 * i, 10, 30, 2) for i in range(6)]
    placed = arrange(slots, 0, 150)
    _check(slots, placed, 0, 150)
    assert all(MIN_SCALE <= p.scale < 1 for p in placed)
    narrow = arrange([Slot(10 + 20 * i, 10, 6 if i % 2 else 26, 2) for i in range(6)], 0, 150)
    assert all(p.scale == 1 for p in narrow)  # with narrow neighbours the same syllables keep their width


def test_a_line_wider_than_the_page_is_condensed_to_fit_inside_it():
    slots = [Slot(10 + 20 * i, 10, 40, 4) for i in range(10)]
    placed = arrange(slots, 0, 150)
    _check(slots, placed, 0, 150)


@pytest.mark.parametrize("seed", range(20))
def test_random_lines_never_overlap_and_keep_their_gaps(seed):
    rng = random.Random(seed)
    x, slots = 5.0, []
    for _ in range(rng.randint(1, 60)):
        w = rng.choice([10, 19, 19, 19, 24, 30])
        if rng.random() < 0.85:  # a character with a syllable (else punctuation: none)
            slots.append(Slot(x + w / 2, w / 2, rng.uniform(5, 36), rng.choice([2.3, 4.6])))
        x += w
    placed = arrange(slots, 0, x + 5)
    _check(slots, placed, 0, x + 5)
