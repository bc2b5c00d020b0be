"""Comparison behaviour on small texts and on the two independent editions of the parallel corpus:
identical texts, script and punctuation variants, renumbered and moved sections, offsets."""

from __future__ import annotations

import threading
from pathlib import Path

from reader.core.compare import ChangeKind, PairStatus, Source, compare, marks
from reader.core.document import load_document
from reader.core.scripts import Script, ScriptViews, convert
from reader.core.words import WordBoundaries
from tests.core.compare.conftest import CORPUS

PARALLEL = Path(__file__).parent.parent.parent / "corpus" / "parallel"

REPORT_A = """政府工作报告

一、过去一年工作回顾
过去一年，我们坚持稳中求进工作总基调，经济社会发展主要目标任务圆满完成。
国内生产总值增长百分之五点二，城镇新增就业一千二百四十四万人。

二、今年经济社会发展总体要求和政策取向
今年发展主要预期目标是：国内生产总值增长百分之五左右，城镇调查失业率百分之五点五左右。

三、深化改革开放
坚定不移深化改革，扩大高水平对外开放，稳步推进制度型开放，营造市场化法治化国际化一流营商环境。

四、加强生态文明建设
推进绿色低碳发展，持续深入打好蓝天、碧水、净土保卫战，建设美丽中国。
"""

# B: a section inserted as 二、 (so 二、 becomes 三、, 三、 四、), 深化改革开放 moved to the end
# and renumbered, one sentence reworded, a comma added
REPORT_B = """政府工作报告

一、过去一年工作回顾
过去一年，我们坚持稳中求进工作总基调，经济社会发展主要目标任务圆满完成。
国内生产总值增长百分之五点二，城镇新增就业一千二百四十四万人。

二、大力推进现代化产业体系建设
充分发挥创新主导作用，以科技创新推动产业创新，加快发展新质生产力。

三、今年经济社会发展总体要求和政策取向
今年发展主要预期目标是：国内生产总值增长百分之五左右，城镇调查失业率百分之五点五左右。

四、加强生态文明建设
推进绿色低碳发展，持续深入打好蓝天、碧水、净土保卫战，建设美丽中国。

五、深化改革开放
坚定不移深化改革，扩大高水平对外开放，稳步推进制度型开放，营造市场化、法治化、国际化一流营商环境。
"""


def pair_of(comparison, label_b: str):
    return next(p for p in comparison.pairs if p.b and p.b.label == label_b)


def test_identical_texts_have_no_changes():
    for text in (REPORT_A, (CORPUS / "law-legislation-2023.md").read_text(encoding="utf-8")):
        comparison = compare(text, text)
        assert comparison.changes() == []
        assert {p.status for p in comparison.pairs} == {PairStatus.SAME}
        assert not any(p.renumbered for p in comparison.pairs)


def test_a_renumbered_section_is_matched_with_its_counterpart():
    comparison = compare(REPORT_A, REPORT_B)
    pair = pair_of(comparison, "三、今年经济社会发展总体要求和政策取向")
    assert pair.a.label == "二、今年经济社会发展总体要求和政策取向"
    assert pair.status is PairStatus.SAME and pair.renumbered
    assert pair.a.number == "二、" and pair.b.number == "三、"
    # its text is the same, but the number it is cited by changed: one change, the numbers
    [change] = comparison.changes_of(pair.index)
    assert change.kind is ChangeKind.RENUMBERED and (change.a.text, change.b.text) == ("二、", "三、")
    new = pair_of(comparison, "二、大力推进现代化产业体系建设")
    assert new.status is PairStatus.ADDED and new.a is None
    [added] = comparison.changes_of(new.index)
    assert added.kind is ChangeKind.ADDED and "新质生产力" in added.b.text and added.a.is_point


def test_a_moved_section_is_matched_and_its_edits_shown():
    comparison = compare(REPORT_A, REPORT_B)
    moved = pair_of(comparison, "五、深化改革开放")
    assert moved.status is PairStatus.MOVED and moved.a.label == "三、深化改革开放" and moved.renumbered
    renumbering, *changes = comparison.changes_of(moved.index)
    assert (renumbering.kind, renumbering.a.text, renumbering.b.text) == (ChangeKind.RENUMBERED, "三、", "五、")
    assert changes[0].kind is ChangeKind.MOVED
    assert changes[0].a.text.startswith("三、深化改革开放") and changes[0].b.text.startswith("五、深化改革开放")
    # 市场化法治化国际化 → 市场化、法治化、国际化: commas only
    assert {c.kind for c in changes[1:]} == {ChangeKind.PUNCTUATION}
    assert [c.b.text for c in changes[1:]] == ["、", "、"]
    # nothing is reported removed: the section is found where it went
    assert not [p for p in comparison.pairs if p.status is PairStatus.REMOVED]


def test_pairs_follow_b_and_every_section_is_in_one_pair():
    comparison = compare(REPORT_A, REPORT_B)
    labels_b = [p.b.label for p in comparison.pairs if p.b]
    assert labels_b == [r.ref.label for r in comparison.b.regions]
    assert sorted(p.a.label for p in comparison.pairs if p.a) == sorted(r.ref.label for r in comparison.a.regions)


def test_width_and_quote_marks_are_no_change_but_a_new_comma_is_punctuation():
    a = "第一条 下列事项只能制定法律：\n（一）国家主权的事项；\n“十四五”规划（2021年）如期推进。"
    b = "第一条 下列事项只能制定法律:\n(一)国家主权的事项;\n「十四五」规划(２０２１年)如期推进。"
    assert compare(a, b).changes() == []
    c = compare(a, a.replace("规划（2021年）如期", "规划（2021年），如期"))
    [change] = c.changes()
    assert change.kind is ChangeKind.PUNCTUATION and change.b.text == "，" and change.a.is_point


def test_traditional_and_simplified_editions_compare_as_the_same():
    document = load_document(CORPUS / "law-legislation-2023.md")
    # a Taiwan edition of the same law: its script, its quotation marks, half-width commas
    traditional = convert(document.text, "s2tw").replace("“", "「").replace("”", "」").replace("，", ",")
    assert traditional != document.text and "國務院" in traditional
    comparison = compare(Source(traditional), Source(document.text))
    assert comparison.changes() == []
    assert all(p.status is PairStatus.SAME and not p.renumbered for p in comparison.pairs)


def test_changes_of_a_traditional_original_are_in_its_own_offsets():
    a = "第一條 為了規範立法活動，健全國家立法制度，制定本法。\n第二條 本法適用於法律的制定。"
    b = "第一条 为了规范立法活动，完善国家立法制度，提高立法质量，制定本法。\n第二条 本法适用于法律的制定。"
    comparison = compare(a, b)
    changes = comparison.changes()
    assert [(c.kind, c.a.text, c.b.text) for c in changes] == [
        (ChangeKind.REWORDED, "健全", "完善"),
        (ChangeKind.ADDED, "", "提高立法质量，"),
    ]
    reworded, added = changes
    assert a[reworded.a.start : reworded.a.end] == "健全" and b[reworded.b.start : reworded.b.end] == "完善"
    assert a[added.a.start :].startswith("制定本法")  # the point where B's words stand
    assert comparison.pairs[0].a.label.startswith("第一條") and not comparison.pairs[0].renumbered


def test_a_session_s_word_boundaries_give_the_same_changes(legislation_sources):
    source_a, source_b = legislation_sources()
    cut_here = compare(source_a, source_b).changes()
    with_words = []
    for source in (source_a, source_b):
        views = ScriptViews(source.text)
        words = WordBoundaries.from_view(views.get(Script.SIMPLIFIED))
        with_words.append(Source(source.text, source.outline, views, words))
    assert compare(*with_words).changes() == cut_here


def test_the_parallel_corpus_editions_differ_only_by_their_editorial_words():
    """The 1919 Chinese Union Version in an independent Traditional and Simplified e-text
    (tests/corpus/parallel; their editorial differences are described in SOURCES.md, 罷 → 吧
    above all): compared, nearly everything is the same, and what differs is those words."""
    traditional = (PARALLEL / "cuv-traditional.txt").read_text(encoding="utf-8")
    simplified = (PARALLEL / "cuv-simplified.txt").read_text(encoding="utf-8")
    changes = compare(traditional, simplified).changes()
    changed = sum(len(c.a.text) for c in changes)
    assert changed < 0.005 * len(traditional)  # under half a percent of the text
    pairs = {(c.a.text, c.b.text) for c in changes}
    assert ("罷", "吧") in pairs
    assert all(c.kind is not ChangeKind.MOVED for c in changes)


def test_first_screen_and_background_give_the_same_changes(legislation_sources):
    first = compare(*legislation_sources())
    on_screen = first.changes_in("b", 0, 3000)
    assert on_screen and all(c.b.start < 3000 for c in on_screen)
    later = first.changes()
    assert all(c in later for c in on_screen)
    assert later == compare(*legislation_sources()).changes()
    order = [index for index, _ in compare(*legislation_sources()).iter_pairs(order=[40, 3])]
    assert order[:2] == [40, 3] and sorted(order) == list(range(len(first.pairs)))


def test_threads_sharing_a_comparison_get_the_same_changes(legislation_sources):
    comparison = compare(*legislation_sources())
    results: dict[bool, list] = {}

    def run(reverse: bool) -> None:
        order = list(range(len(comparison.pairs)))
        results[reverse] = [comparison.changes_of(i) for i in (reversed(order) if reverse else order)]

    threads = [threading.Thread(target=run, args=(r,)) for r in (False, True)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results[False] == list(reversed(results[True]))
    assert comparison.changes() == [c for per_pair in results[False] for c in per_pair]


def test_counterpart_and_pair_at(legislation):
    text_a, text_b = legislation.a.text, legislation.b.text
    # a sentence of the old 第四十三条, unchanged as the new 第四十六条
    phrase = "对多部法律中涉及同类事项的个别条款进行修改"
    at_a, at_b = text_a.index(phrase), text_b.index(phrase)
    assert legislation.counterpart("a", at_a + 5) == at_b + 5
    assert legislation.counterpart("b", at_b) == at_a
    pair = legislation.pair_at("b", at_b)
    assert pair.b.number == "第四十六条" and pair.a.number == "第四十三条"
    # an offset in an added article leads to the point where it would stand in A
    added = text_b.index("第五十五条 全国人民代表大会及其常务委员会坚持科学立法")
    point = legislation.counterpart("b", added + 3)
    assert legislation.pair_at("b", added).a_range == (point, point)


def test_marks_cover_each_side(legislation):
    changes = legislation.changes()
    for side in ("a", "b"):
        side_marks = marks(changes, side)
        assert len(side_marks) == len(changes)
        assert [m.start for m in side_marks] == sorted(m.start for m in side_marks)
        assert all(changes[m.change].kind is m.kind for m in side_marks)


def test_a_comparison_of_two_open_sessions(data_dir, legislation):
    from reader.core.session import Session

    old = Session.open(CORPUS / "law-legislation-2015.md", data_dir)
    new = Session.open(CORPUS / "law-legislation-2023.md", data_dir)
    new.words = new.build_words()  # as the window's background thread leaves it
    comparison = compare(Source.of_session(old), Source.of_session(new))
    assert comparison.b.source.words is new.words and comparison.a.source.words is None
    assert comparison.b.view is new.view(Script.SIMPLIFIED)  # the session's view, not a new one
    assert [(c.kind, (c.a.start, c.a.end), (c.b.start, c.b.end)) for c in comparison.changes()] == [
        (c.kind, (c.a.start, c.a.end), (c.b.start, c.b.end)) for c in legislation.changes()
    ]


def test_a_hard_wrapped_edition_differs_from_the_flowing_one_only_where_a_word_changed():
    # the mainland Civil Code wrapped as Taiwan's law database of 2016 wrapped its laws (at 60
    # columns, wherever that falls, items hung under their text): lines cut mid-sentence and
    # mid-word, against the text as it flows, with one word changed
    from tests.core.test_wrapping import civil_code_articles, wrap_like_moj

    original = civil_code_articles("第二十六条", 12)
    wrapped = "\n".join(line for paragraph in original for line in wrap_like_moj(paragraph, 60))
    flowing = "\n".join(original).replace("严重损害被监护人身心健康", "严重侵害被监护人身心健康")
    # in a sentence cut at 居民委|员会: a word broken by the wrap is one word
    flowing = flowing.replace("法律规定的有关组织或者民政部门担任临时", "法律规定的其他组织或者民政部门担任临时")
    assert "居民委\n员会" in wrapped
    changes = [c for c in compare(wrapped, flowing).changes() if c.kind is not ChangeKind.MOVED]
    found = [(wrapped[c.a.start : c.a.end], flowing[c.b.start : c.b.end]) for c in changes]
    assert found == [("有关", "其他"), ("损害", "侵害")]


# An amended law whose cross-references were renumbered: the statute they cite gained two
# articles, so 第二十条 now cites 第十四条, the number 第二十一条 cited before. The first paragraph
# of 第二十一条 in A is word for word the first paragraph of 第二十条 in B.
RENUMBERED_A = """第二十条 违反本法第十二条规定的，依照下列规定处罚：

（一）未取得许可证从事经营的，没收违法所得，并处一万元以上五万元以下的罚款；

（二）情节严重的，吊销许可证。

第二十一条 违反本法第十四条规定的，依照下列规定处罚：

（一）伪造、变造许可证的，收缴许可证，并处五千元以上二万元以下的罚款；

（二）构成犯罪的，依法追究刑事责任。
"""
RENUMBERED_B = RENUMBERED_A.replace("第十四条", "第十六条").replace("第十二条", "第十四条")


def test_a_renumbered_cross_reference_is_changed_in_its_article_not_moved_from_the_next():
    changes = compare(RENUMBERED_A, RENUMBERED_B).changes()
    assert all(c.kind is not ChangeKind.MOVED for c in changes)
    for old, new in (("第十二条", "第十四条"), ("第十四条", "第十六条")):
        at_a, at_b = RENUMBERED_A.index(old), RENUMBERED_B.index(new)
        assert any(
            c.a.start <= at_a + 2 and at_a + 1 <= c.a.end and c.b.start <= at_b + 2 and at_b + 1 <= c.b.end
            for c in changes
        ), (old, new)
