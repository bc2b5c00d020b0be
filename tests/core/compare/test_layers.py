"""The comparison in three layers (issue 28): sections paired by their words whatever their
number and place, sentences paired inside paired sections, words (figures whole) inside paired
sentences. The 2024 → 2025 work reports (tests/corpus/compare, golden list in
tests/golden/compare/pairs/report-gov-2024-2025.json) are the real case; the small texts here
are each rule's own case."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.core.compare import ChangeKind, PairStatus, Source, compare
from reader.core.document import load_document
from tests.core.compare.conftest import CORPUS

GOLDEN = Path(__file__).parents[2] / "golden" / "compare" / "pairs"


def only(changes, kind):
    return [c for c in changes if c.kind is kind]


def test_a_figure_is_one_change_with_its_bound():
    cmp = compare("一、财政\n今年赤字率拟按3%安排。\n", "一、财政\n今年赤字率拟按4%左右安排。\n")
    [change] = cmp.changes()
    assert (change.kind, change.a.text, change.b.text) == (ChangeKind.REWORDED, "3%", "4%左右")


def test_an_amount_with_its_magnitude_and_unit_is_one_word():
    cmp = compare("一、债券\n拟安排地方政府专项债券3.9万亿元。\n", "一、债券\n拟安排地方政府专项债券4.4万亿元。\n")
    [change] = cmp.changes()
    assert (change.a.text, change.b.text) == ("3.9万亿元", "4.4万亿元")


def test_two_clauses_that_swap_places_are_a_move():
    a = "一、目标\n城镇新增就业1200万人以上，城镇调查失业率5.5%左右；居民消费价格涨幅3%左右。\n"
    b = "一、目标\n城镇调查失业率5.5%左右，城镇新增就业1200万人以上；居民消费价格涨幅2%左右。\n"
    changes = compare(a, b).changes()
    [moved] = only(changes, ChangeKind.MOVED)
    # one of the two clauses moved past the other (either reading is right), the same words
    clause = moved.a.text.strip("，；")
    assert clause in ("城镇新增就业1200万人以上", "城镇调查失业率5.5%左右") and clause in moved.b.text
    assert not only(changes, ChangeKind.ADDED) and not only(changes, ChangeKind.REMOVED)
    assert [(c.a.text, c.b.text) for c in only(changes, ChangeKind.REWORDED)] == [("3%", "2%")]


def test_a_sentence_both_versions_share_is_no_part_of_a_change():
    shared = "坚持以人民为中心的发展思想。"
    a = f"一、民生\n加大民生投入，稳步提高保障水平。{shared}办好人民满意的教育。\n"
    b = f"一、民生\n{shared}全面推进健康中国建设，提高基本医疗保障水平。推动教育资源扩容。\n"
    cmp = compare(a, b)
    at_a, at_b = a.index(shared), b.index(shared)
    for c in cmp.changes():
        if c.kind in (ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.REWORDED):
            assert not (c.a.start <= at_a and at_a + len(shared) <= c.a.end), c
            assert not (c.b.start <= at_b and at_b + len(shared) <= c.b.end), c


def test_run_in_task_sections_renumbered_and_reordered_find_their_counterparts():
    a = (
        "三、政府工作任务\n今年要重点做好以下工作。\n"
        "（一）大力推进现代化产业体系建设，加快发展新质生产力。推动产业链供应链优化升级，培育壮大新兴产业。\n"
        "（二）深入实施科教兴国战略。加强高质量教育体系建设，扎实推进高水平科技自立自强。\n"
        "（三）着力扩大国内需求。促进消费稳定增长，积极扩大有效投资，提振汽车家电消费。\n"
    )
    b = (
        "三、政府工作任务\n今年要重点做好以下工作。\n"
        "（一）大力提振消费、提高投资效益，全方位扩大国内需求。大力提振消费，积极扩大有效投资，提振汽车家电消费。\n"
        "（二）因地制宜发展新质生产力，加快建设现代化产业体系。推动产业链供应链优化升级，培育壮大新兴产业。\n"
        "（三）深入实施科教兴国战略。加强高质量教育体系建设，扎实推进高水平科技自立自强。\n"
    )
    cmp = compare(a, b)
    by_b = {p.b.number: p for p in cmp.pairs if p.b}
    assert by_b["（一）"].a.number == "（三）" and by_b["（一）"].status is PairStatus.MOVED
    assert by_b["（二）"].a.number == "（一）" and by_b["（二）"].status is PairStatus.CHANGED
    assert by_b["（三）"].a.number == "（二）" and by_b["（三）"].renumbered
    assert not [p for p in cmp.pairs if p.status in (PairStatus.ADDED, PairStatus.REMOVED)]


def test_an_article_renumbered_word_for_word_is_a_change():
    a = "第一条 为了规范会计行为，制定本法。\n第二条 本法自公布之日起施行。\n"
    b = "第一条 为了规范会计行为，制定本法。\n第二条 会计工作应当依法进行。\n第三条 本法自公布之日起施行。\n"
    cmp = compare(a, b)
    [pair] = [p for p in cmp.pairs if p.b and p.b.number == "第三条"]
    assert pair.status is PairStatus.SAME and pair.a.number == "第二条" and pair.renumbered
    [change] = cmp.changes_of(pair.index)
    assert (change.kind, change.a.text, change.b.text) == (ChangeKind.RENUMBERED, "第二条", "第三条")


def test_a_paragraph_of_zero_width_breaks_is_no_addition():
    a = "一、总则\n第一句。\n"
    b = "一、总则\n第一句。\n\u200b\n\u200b\u200c\ufeff\n"
    assert compare(a, b).changes() == []


@pytest.fixture(scope="module")
def reports():
    old, new = (load_document(CORPUS / name) for name in ("report-gov-2024.md", "report-gov-2025.md"))
    cmp = compare(Source.of_document(old), Source.of_document(new))
    return cmp, cmp.changes()


def test_every_task_section_of_the_2025_report_is_paired(reports):
    cmp, _ = reports
    gold = json.loads((GOLDEN / "report-gov-2024-2025.json").read_text(encoding="utf-8"))
    labels = {(p.a.label[:8], p.b.label[:8]): p for p in cmp.pairs if p.a and p.b}
    for head_a, head_b in gold["sections"]:
        assert (head_a[:8], head_b[:8]) in labels, (head_a, head_b)
    assert not [p for p in cmp.pairs if p.status in (PairStatus.ADDED, PairStatus.REMOVED)]


def test_the_deficit_and_the_bonds_are_small_changes_in_place(reports):
    _, changes = reports
    pairs = {(c.a.text, c.b.text) for c in changes if c.kind is ChangeKind.REWORDED}
    assert {("3%", "4%左右"), ("3.9万亿元", "4.4万亿元"), ("7000亿元", "7350亿元")} <= pairs


def test_no_sentence_both_reports_share_lies_inside_a_change(reports):
    """Every sentence the 2024 and 2025 reports have word for word (once each) is outside every
    added, removed and reworded change, on both sides: shown unchanged, or as a move."""
    import re
    from collections import Counter

    cmp, changes = reports
    sentence = re.compile(r"[^。！？；\n]+[。！？；]")
    count_a = Counter(m.group().strip() for m in sentence.finditer(cmp.a.text))
    count_b = Counter(m.group().strip() for m in sentence.finditer(cmp.b.text))
    shared = [s for s, n in count_a.items() if n == 1 and count_b.get(s) == 1 and len(s) >= 6]
    shared = [s for s in shared if cmp.a.text.count(s) == 1 and cmp.b.text.count(s) == 1]
    assert len(shared) > 20
    marked = [c for c in changes if c.kind in (ChangeKind.ADDED, ChangeKind.REMOVED, ChangeKind.REWORDED)]
    for s in shared:
        at_a, at_b = cmp.a.text.index(s), cmp.b.text.index(s)
        assert not [c for c in marked if c.a.start <= at_a and at_a + len(s) <= c.a.end], s
        assert not [c for c in marked if c.b.start <= at_b and at_b + len(s) <= c.b.end], s
