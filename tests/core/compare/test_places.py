"""Where an offset of one version stands in the other (reader.core.compare.places)."""

from reader.core.compare.places import Places
from reader.core.compare.plan import plan
from tests.core.compare.conftest import SECTIONS_A as A
from tests.core.compare.conftest import SECTIONS_B as B
from tests.core.compare.conftest import sides


def test_a_paired_sentence_leads_to_the_same_place_of_its_counterpart():
    a, b = sides(A, B)
    places = Places(a, b, plan(a, b))
    moved = "第二句话讲的是另外一件重要的事情。"
    at_a, at_b = A.index(moved), B.index(moved)
    assert places.counterpart("a", at_a + 3) == at_b + 3
    assert places.counterpart("b", at_b) == at_a
    assert places.pair_at("b", at_b).b.label == "二、分则"
    assert places.pair_at("a", at_a).a.label == "一、总则"


def test_an_added_section_leads_to_the_point_where_it_would_stand():
    c = A + "\n三、附则\n本法自公布之日起施行。\n"
    a, b = sides(A, c)
    places = Places(a, b, plan(a, b))
    added = c.index("本法自公布之日起施行。")
    point = places.counterpart("b", added + 2)
    assert places.pair_at("b", added).a_range == (point, point) == (len(A.rstrip("\n")), len(A.rstrip("\n")))
