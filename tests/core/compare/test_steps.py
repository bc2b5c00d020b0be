"""A pair's plan (reader.core.compare.steps): neighbouring added or removed sentences are one step."""

from reader.core.compare.steps import Step, runs


def test_neighbouring_added_sentences_are_one_step():
    steps = [Step("added", (), (4,), 10, 40), Step("added", (), (5,), 10, 52), Step("added", (), (6,), 10, 60)]
    assert runs(steps) == [Step("added", (), (4, 5, 6), 10, 40)]


def test_neighbouring_removed_sentences_are_one_step():
    steps = [Step("removed", (2,), (), 20, 7), Step("removed", (3,), (), 31, 7)]
    assert runs(steps) == [Step("removed", (2, 3), (), 20, 7)]


def test_sentences_apart_or_at_other_places_stay_steps_of_their_own():
    apart = [Step("added", (), (4,), 10, 40), Step("added", (), (6,), 10, 60)]  # 5 is between them
    elsewhere = [Step("added", (), (4,), 10, 40), Step("added", (), (5,), 12, 52)]  # another point of A
    across = [Step("removed", (2,), (), 20, 7), Step("diff", (3,), (3,), 31, 7), Step("removed", (4,), (), 40, 9)]
    for steps in (apart, elsewhere, across):
        assert runs(steps) == steps
