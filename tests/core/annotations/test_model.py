import pytest

from reader.core.annotations.annotation_set import AnnotationSet
from reader.core.annotations.model import Annotation


def test_quote_selector_keeps_context(notice_text):
    start = notice_text.index("習近平同志為核心")
    a = Annotation.on_text(notice_text, start, start + 8)
    assert a.exact == "習近平同志為核心"
    assert len(a.prefix) == 32 and notice_text[start - 32 : start] == a.prefix
    assert a.suffix == notice_text[start + 8 : start + 40]
    assert (
        a.created == a.modified and "T" in a.created and ("+" in a.created or "Z" in a.created or "-" in a.created[19:])
    )
    assert len(a.id) == 36


def test_bad_values_are_refused():
    with pytest.raises(ValueError):
        Annotation(0, 1, "甲", colour="orange")
    with pytest.raises(ValueError):
        Annotation(0, 1, "甲", style="bold")
    with pytest.raises(ValueError):
        Annotation(5, 1, "甲")


def test_set_keeps_document_order_and_ids():
    a = Annotation(10, 12, "乙")
    b = Annotation(2, 4, "甲")
    c = Annotation(10, 11, "丙")
    s = AnnotationSet([a, b, c])
    assert [x.exact for x in s] == ["甲", "丙", "乙"]
    moved = a.edited(note="筆記")
    s.put(moved)
    assert len(s) == 3 and s.get(a.id).note == "筆記"
    assert s.remove(b.id) is b and b.id not in s
    assert [x.id for x in s.at(11)] == [c.id, a.id]  # innermost first
    assert s.next_after(10) is None and s.previous_before(11).start == 10


def test_edited_moves_the_modified_time():
    a = Annotation(0, 1, "甲", created="2020-01-01T00:00:00+00:00")
    assert a.edited(colour="blue").modified != a.modified
    assert a.edited(colour="blue").created == a.created


def test_the_annotation_a_selection_designates():
    long = Annotation(0, 20, "甲" * 20)
    short = Annotation(5, 8, "乙" * 3)
    other = Annotation(30, 35, "丙" * 5)
    s = AnnotationSet([long, short, other])
    assert s.designated(5, 8) is short  # exactly its range
    assert s.designated(4, 9) is short  # the smallest it overlaps
    assert s.designated(10, 12) is long
    assert s.designated(6, 6) is short  # the caret: the innermost there
    assert s.designated(25, 25) is None and s.designated(21, 29) is None
