"""The alignment of two versions (reader.core.compare.plan): section pairs, each pair's steps,
and which sentence of A is which of B."""

from reader.core.compare.model import PairStatus
from reader.core.compare.plan import plan
from tests.core.compare.conftest import SECTIONS_A as A
from tests.core.compare.conftest import SECTIONS_B as B
from tests.core.compare.conftest import sentence, sides


def test_the_same_texts_pair_every_sentence_with_itself_and_plan_nothing():
    a, b = sides(A, A)
    made = plan(a, b)
    assert {p.status for p in made.pairs} == {PairStatus.SAME}
    assert made.steps == [[] for _ in made.pairs] and not made.region_moves
    assert made.a_to_b == {k: k for k in range(len(a.sentences))} == made.b_to_a


def test_a_sentence_moved_to_another_section_is_one_moved_step_where_it_went():
    a, b = sides(A, B)
    made = plan(a, b)
    moved = "第二句话讲的是另外一件重要的事情。"
    was, now = sentence(a, moved), sentence(b, moved)
    steps = [s for per_pair in made.steps for s in per_pair]
    assert [(s.kind, s.a_units, s.b_units) for s in steps] == [("moved", (was,), (now,))]
    assert made.pairs[[i for i, per_pair in enumerate(made.steps) if per_pair][0]].b.label == "二、分则"
    assert made.a_to_b[was] == now and made.b_to_a[now] == was
    kept = "第一句话在这里说明了很多内容。"
    assert made.a_to_b[sentence(a, kept)] == sentence(b, kept)


def test_a_section_only_one_side_has_is_added_or_removed_with_its_sentences():
    c = A + "\n三、附则\n本法自公布之日起施行。\n"
    a, b = sides(A, c)
    made = plan(a, b)
    [added] = [p for p in made.pairs if p.status is PairStatus.ADDED]
    [step] = made.steps[added.index]
    assert step.kind == "added" and step.b_units == (sentence(b, "附则"), sentence(b, "本法自公布之日起施行。"))
    a, b = sides(c, A)
    made = plan(a, b)
    [removed] = [p for p in made.pairs if p.status is PairStatus.REMOVED]
    assert [s.kind for s in made.steps[removed.index]] == ["removed"]
