"""The whole text as print and the text-carrying exports lay it out: paragraphs, spans cut
where highlights begin and end, notes numbered where their passage ends."""

import pytest

from reader.core.annotations.model import Annotation
from reader.core.export.layout import paragraphs
from reader.core.scripts import Script
from reader.core.session import Session

TEXT = "标题\n\n一、总体要求\n\n第一段的文字很长，这里是第一段。\n第二段紧接着，内存很好。\n\n（一）构建新体制。后面是正文。\n"


@pytest.fixture
def doc(tmp_path, data_dir):
    path = tmp_path / "doc.txt"
    path.write_text(TEXT, encoding="utf-8")
    return Session.open(path, data_dir)


def mark(session, text, note="", colour="yellow", end_text=None):
    start = session.text.index(text)
    end = session.text.index(end_text) + len(end_text) if end_text else start + len(text)
    a = Annotation.on_text(session.text, start, end, colour=colour, note=note)
    session.apply(None, a)
    return a


def test_the_paragraphs_are_the_text(doc):
    out = paragraphs(doc, Script.ORIGINAL, [])
    assert [p.text for p in out] == [line for line in TEXT.split("\n") if line.strip()]
    kinds = [p.kind for p in out]
    assert kinds[0] == "title" and kinds[1] == "heading" and kinds[-1] == "paragraph"
    # the run-in heading of the last paragraph is bold, the rest of its line is not
    assert [(s.text, s.bold) for s in out[-1].spans] == [("（一）构建新体制。", True), ("后面是正文。", False)]


def test_a_passage_over_two_paragraphs_is_marked_in_both_with_one_note_at_its_end(doc):
    a = mark(doc, "这里是第一段", note="跨段", end_text="第二段紧接着")
    out = paragraphs(doc, Script.ORIGINAL, doc.annotations)
    first, second = out[2], out[3]
    assert [s.text for s in first.spans if s.annotation] == ["这里是第一段。"]
    assert [s.text for s in second.spans if s.annotation] == ["第二段紧接着"]
    assert first.notes == () and second.notes == ((1, a),)
    assert [s.notes for s in second.spans] == [(1,), ()]


def test_nested_highlights_paint_the_inner_one_and_number_notes_in_reading_order(doc):
    outer = mark(doc, "第一段的文字很长", note="外", colour="blue")
    inner = mark(doc, "文字", note="内", colour="pink")
    [p] = [p for p in paragraphs(doc, Script.ORIGINAL, doc.annotations) if p.notes]
    assert [(s.text, s.annotation and s.annotation.colour) for s in p.spans] == [
        ("第一段的", "blue"),
        ("文字", "pink"),
        ("很长", "blue"),
        ("，这里是第一段。", None),
    ]
    assert p.notes == ((1, inner), (2, outer))  # the inner passage ends first


def test_the_spans_are_in_the_chosen_script_where_lengths_change(tmp_path, data_dir):
    path = tmp_path / "doc.txt"
    path.write_text(TEXT, encoding="utf-8")
    doc = Session.open(path, data_dir, "s2twp")  # 内存 → 記憶體: one character more
    mark(doc, "内存很好")
    [p] = [p for p in paragraphs(doc, Script.TRADITIONAL, doc.annotations) if any(s.annotation for s in p.spans)]
    assert [s.text for s in p.spans] == ["第二段緊接著，", "記憶體很好", "。"]


def test_within_limits_the_paragraphs(doc):
    start = doc.text.index("第一段")
    out = paragraphs(doc, Script.ORIGINAL, [], within=(start, start + 3))
    assert [p.text for p in out] == ["第一段的文字很长，这里是第一段。"]
