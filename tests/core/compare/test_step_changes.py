"""The changes a step or a pair stands for (reader.core.compare.step_changes)."""

from reader.core.compare.model import ChangeKind, Span
from reader.core.compare.plan import plan
from reader.core.compare.step_changes import moved_section_change, renumbering_changes, step_changes, touches
from tests.core.compare.conftest import SECTIONS_A as A
from tests.core.compare.conftest import SECTIONS_B as B
from tests.core.compare.conftest import sides


def test_a_moved_sentence_is_one_moved_change_naming_both_places():
    a, b = sides(A, B)
    made = plan(a, b)
    [(pair, step)] = [(made.pairs[i], s) for i, steps in enumerate(made.steps) for s in steps]
    [change] = step_changes(a, b, pair, step)  # word for word: no edits inside it
    moved = "第二句话讲的是另外一件重要的事情。"
    assert change.kind is ChangeKind.MOVED and change.a.text == change.b.text == moved
    assert (change.a.start, change.b.start) == (A.index(moved), B.index(moved))
    assert change.section_a.label == "一、总则" and change.section_b.label == "二、分则"


def test_a_renumbered_section_names_its_numbers_and_a_kept_number_names_nothing():
    renumbered = A.replace("二、分则", "三、分则")
    a, b = sides(A, renumbered)
    pairs = plan(a, b).pairs
    [change] = [c for p in pairs for c in renumbering_changes(a, b, p)]
    assert (change.kind, change.a.text, change.b.text) == (ChangeKind.RENUMBERED, "二、", "三、")
    a, b = sides(A, A)
    assert [c for p in plan(a, b).pairs for c in renumbering_changes(a, b, p)] == []


def test_a_moved_section_change_spans_the_whole_section_on_both_sides():
    a, b = sides(A, B)
    pair = plan(a, b).pairs[-1]
    change = moved_section_change(a, b, pair)
    assert change.kind is ChangeKind.MOVED and (change.a.start, change.a.end) == pair.a_range
    assert change.b.text == B[pair.b_range[0] : pair.b_range[1]]


def test_a_point_touches_a_range_holding_it_even_at_its_ends():
    assert touches(Span(5, 5, ""), 5, 9) and touches(Span(9, 9, ""), 5, 9)
    assert touches(Span(3, 6, "abc"), 5, 9) and not touches(Span(1, 5, "abcd"), 5, 9)
