"""What moved between section pairs (reader.core.compare.moves), on a plan whose steps are
written by hand: an added and a removed sentence that are the same become one moved step."""

from reader.core.compare.moves import find_moved_sentences
from reader.core.compare.plan import Plan
from reader.core.compare.steps import Step
from tests.core.compare.conftest import SECTIONS_A as A
from tests.core.compare.conftest import SECTIONS_B as B
from tests.core.compare.conftest import sentence, sides


def test_a_removed_and_an_added_sentence_that_are_the_same_are_a_move():
    a, b = sides(A, B)
    moved = "第二句话讲的是另外一件重要的事情。"
    was, now = sentence(a, moved), sentence(b, moved)
    made = Plan(steps=[[Step("removed", (was,), (), a.sentences[was].start, 20)], [Step("added", (), (now,), 40, 45)]])
    find_moved_sentences(a, b, made)
    assert made.steps == [[], [Step("moved", (was,), (now,), a.sentences[was].start, b.sentences[now].start)]]
    assert made.a_to_b == {was: now} and made.b_to_a == {now: was}


def test_without_a_removed_sentence_nothing_moves_and_runs_are_joined():
    a, b = sides(A, B)
    made = Plan(steps=[[Step("added", (), (4,), 10, 40), Step("added", (), (5,), 10, 52)]])
    find_moved_sentences(a, b, made)
    assert made.steps == [[Step("added", (), (4, 5), 10, 40)]] and not made.a_to_b
