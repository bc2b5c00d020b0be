from reader.core.annotations.anchoring import anchor
from reader.core.annotations.model import Annotation


def make(text, exact):
    start = text.index(exact)
    return Annotation.on_text(text, start, start + len(exact), note="記住")


def test_unchanged_text_keeps_the_annotation(notice_text):
    a = make(notice_text, "勞模精神、勞動精神、工匠精神")
    assert anchor(notice_text, a) is a


def test_text_inserted_before_the_passage(notice_text):
    a = make(notice_text, "勞模精神、勞動精神、工匠精神")
    edited = "編者按:這是一段新加的文字。\n\n" + notice_text
    placed = anchor(edited, a)
    assert not placed.orphaned
    assert edited[placed.start : placed.end] == "勞模精神、勞動精神、工匠精神"
    assert placed.start == a.start + len("編者按:這是一段新加的文字。\n\n")
    assert placed.note == "記住" and placed.id == a.id


def test_the_nearest_of_several_exact_occurrences_with_the_right_context(notice_text):
    a = make(notice_text, "深刻領會國防和軍隊建設")
    # the same words earlier in a different context must not attract it
    edited = "深刻領會國防和軍隊建設。\n" + notice_text
    placed = anchor(edited, a)
    assert placed.start == a.start + len("深刻領會國防和軍隊建設。\n")


def test_the_passage_itself_slightly_edited(notice_text):
    a = make(notice_text, "大力弘揚勞模精神、勞動精神、工匠精神")
    edited = notice_text.replace("大力弘揚勞模精神、勞動精神、工匠精神", "大力弘揚勞模精神、勞動精神和工匠精神")
    placed = anchor(edited, a)
    assert not placed.orphaned
    assert edited[placed.start : placed.end] == "大力弘揚勞模精神、勞動精神和工匠精神"
    assert placed.exact == "大力弘揚勞模精神、勞動精神和工匠精神"


def test_a_deleted_passage_is_orphaned_not_lost(notice_text):
    a = make(notice_text, "要深入貫徹總體國家安全觀,推動構建和諧勞動關系,以實際行動把“五個堅決”要求落到實處。")
    edited = notice_text.replace(a.exact, "")
    placed = anchor(edited, a)
    assert placed.orphaned
    assert placed.exact == a.exact and placed.note == "記住"
