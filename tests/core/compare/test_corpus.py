"""The 立法法 (Legislation Law) as amended in 2015 against its 2023 amendment
(tests/corpus/compare, sources in tests/corpus/SOURCES.md).

Every change asserted here was checked by reading both texts side by side (and against a line
diff of the two files with the article numbers taken off): the articles the 2023 amendment
added (第三条, 第八条, 第九条, 第五十五条 …), the one it dropped (the old 第三条, split into the new
第三条 and 第四条), the reworded clauses (法律委员会 → 宪法和法律委员会, 中央军事委员会各总部 →
中国人民解放军各战区 …), the article split in two (old 第七十二条: its first paragraph became
第八十条, the rest 第八十一条) and the renumbering of nearly every article (105 → 120).

The golden file tests/golden/compare/law-legislation.json lists every section pair that is not
the same, by its numbers in both versions; it was checked against the same line diff. Rewrite it
with `python tests/core/compare/test_corpus.py` only after checking the new one by reading."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from reader.core.compare import ChangeKind, PairStatus

GOLDEN = Path(__file__).parent.parent.parent / "golden" / "compare" / "law-legislation.json"


def changes_in(comparison, number_b: str | None = None, number_a: str | None = None):
    """The changes of the pair whose sections have these numbers (第十条 …)."""
    for pair in comparison.pairs:
        if (number_b is None or (pair.b and pair.b.number == number_b)) and (
            number_a is None or (pair.a and pair.a.number == number_a)
        ):
            return pair, comparison.changes_of(pair.index)
    raise AssertionError(f"no pair {number_a} → {number_b}")


def kinds(changes, kind, text_b=None, text_a=None):
    return [
        c
        for c in changes
        if c.kind is kind and (text_b is None or c.b.text == text_b) and (text_a is None or c.a.text == text_a)
    ]


def test_every_change_is_a_range_of_each_original_text(legislation):
    text_a, text_b = legislation.a.text, legislation.b.text
    changes = legislation.changes()
    assert changes
    for c in changes:
        assert c.a.text == text_a[c.a.start : c.a.end] and c.b.text == text_b[c.b.start : c.b.end]
        assert c.a.start <= c.a.end and c.b.start <= c.b.end
        assert c.kind is ChangeKind.ADDED or c.a.text  # only an addition has nothing in A
        assert c.kind is ChangeKind.REMOVED or c.b.text


def test_changes_come_in_document_order(legislation):
    changes = legislation.changes()
    starts_b = [c.b.start for c in changes if c.kind is not ChangeKind.MOVED]
    assert starts_b == sorted(starts_b)
    assert [c.pair for c in changes] == sorted(c.pair for c in changes)


def test_each_article_is_in_exactly_one_pair(legislation):
    articles_a = [p.a.number for p in legislation.pairs if p.a and p.a.kind == "article"]
    articles_b = [p.b.number for p in legislation.pairs if p.b and p.b.kind == "article"]
    assert len(articles_a) == len(set(articles_a)) == 105
    assert len(articles_b) == len(set(articles_b)) == 120
    assert articles_b[-1] == "第一百二十条"


def test_the_second_amendment_is_recorded_in_the_preamble(legislation):
    pair, changes = changes_in(legislation, number_b="", number_a="")
    assert pair.a.kind == pair.b.kind == "preamble" and pair.status is PairStatus.CHANGED
    [line] = [c for c in changes if c.b.text.startswith("2023年3月13日 第十四届全国人民代表大会第一次会议")]
    assert line.kind is ChangeKind.ADDED and line.a.is_point
    assert kinds(changes, ChangeKind.ADDED, text_b="第一次")  # 修正 → 第一次修正
    # 《关于修改<中华人民共和国立法法>的决定》 (2015 file) and 〈〉 (2023) are the same marks
    assert not [c for c in changes if "中华人民共和国立法法" in c.a.text]


def test_the_old_third_article_is_rewritten_and_new_articles_added(legislation):
    # the old 第三条 (遵循宪法的基本原则 … 坚持中国共产党的领导 …) was split: its leadership and
    # guiding thought became the new 第三条, its 经济建设为中心 and 改革开放 the new 第四条. Weighed
    # against every new article, it is clearly likest to the new 第三条: a rewording of it
    assert not [p for p in legislation.pairs if p.status is PairStatus.REMOVED]
    pair, changes = changes_in(legislation, number_b="第三条", number_a="第三条")
    assert pair.status is PairStatus.CHANGED and not pair.renumbered
    assert kinds(changes, ChangeKind.REMOVED) or kinds(changes, ChangeKind.REWORDED)
    added = {p.b.number: p for p in legislation.pairs if p.status is PairStatus.ADDED}
    assert {"第四条", "第八条", "第九条", "第五十五条", "第一百一十八条"} <= set(added)
    fourth = legislation.changes_of(added["第四条"].index)[0]
    assert fourth.kind is ChangeKind.ADDED and "中国式现代化" in fourth.b.text
    eighth = legislation.changes_of(added["第八条"].index)[0]
    assert "社会主义核心价值观" in eighth.b.text
    fifty_fifth = legislation.changes_of(added["第五十五条"].index)[0]
    assert "坚持科学立法、民主立法、依法立法" in fifty_fifth.b.text


def test_words_inserted_into_an_article(legislation):
    pair, changes = changes_in(legislation, number_b="第十条")
    assert pair.a.number == "第七条" and pair.renumbered
    [inserted] = kinds(changes, ChangeKind.ADDED, text_b="根据宪法规定")
    assert inserted.a.is_point and legislation.a.text[inserted.a.start :].startswith("行使国家立法权")
    assert [c.b.text for c in changes if c.b.text.startswith("全国人民代表大会可以授权")] == [
        "全国人民代表大会可以授权全国人民代表大会常务委员会制定相关法律。"
    ]


def test_half_width_colon_is_no_change_and_supervisory_commissions_are_added(legislation):
    pair, changes = changes_in(legislation, number_b="第十一条")
    assert pair.a.number == "第八条"
    assert kinds(changes, ChangeKind.ADDED, text_b="、监察委员会")  # （二）…人民政府、监察委员会、人民法院…
    # 2015 writes 下列事项只能制定法律: with a half-width colon, 2023 with ：
    assert not [c for c in changes if ":" in c.a.text or "：" in c.b.text]
    assert all(c.kind is not ChangeKind.PUNCTUATION for c in changes)


def test_a_cross_reference_follows_the_renumbering(legislation):
    pair, changes = changes_in(legislation, number_b="第十二条")
    assert pair.a.number == "第九条"
    assert [(c.kind, c.a.text, c.b.text) for c in changes] == [
        (ChangeKind.RENUMBERED, "第九条", "第十二条"),
        (ChangeKind.REWORDED, "第八条", "第十一条"),
    ]


def test_a_reworded_clause_and_a_new_paragraph(legislation):
    pair, changes = changes_in(legislation, number_b="第十六条")
    assert pair.a.number == "第十三条"
    assert kinds(changes, ChangeKind.REWORDED, text_a="一定期限内在部分地方", text_b="规定期限和范围内")
    assert kinds(changes, ChangeKind.REMOVED, text_a="行政管理等领域的")
    assert [
        c
        for c in kinds(changes, ChangeKind.ADDED)
        if c.b.text.startswith("暂时调整或者暂时停止适用法律的部分规定的事项")
    ]


def test_the_law_committee_becomes_the_constitution_and_law_committee(legislation):
    text_b = legislation.b.text
    renamed = kinds(legislation.changes(), ChangeKind.ADDED, text_b="宪法和")
    assert len(renamed) >= 10
    assert all(text_b[c.b.end :].startswith("法律委员会") for c in renamed)


def test_the_shelved_bill_article_is_rewritten(legislation):
    pair, changes = changes_in(legislation, number_b="第四十五条")
    assert pair.a.number == "第四十二条"
    new = "".join(c.b.text for c in changes)
    assert "可以决定终止审议" in new and "延期" in new
    assert "由" in [c.a.text for c in changes]  # 由委员长会议向常务委员会报告 → 委员长会议可以决定终止审议，并向…


def test_provincial_people_s_congresses_no_longer_request_interpretation_with_the_others(legislation):
    pair, changes = changes_in(legislation, number_b="第四十九条")
    assert pair.a.number == "第四十六条"
    assert kinds(changes, ChangeKind.REWORDED, text_a="以及省、自治区、直辖市的人民代表大会常务委员会", text_b="，")
    assert [
        c for c in kinds(changes, ChangeKind.ADDED) if c.b.text.startswith("省、自治区、直辖市的人民代表大会常务委员会")
    ]


def test_an_article_split_in_two_is_a_moved_paragraph(legislation):
    text_a, text_b = legislation.a.text, legislation.b.text
    [moved] = kinds(legislation.changes(), ChangeKind.MOVED)
    assert moved.a.text.startswith("省、自治区、直辖市的人民代表大会及其常务委员会根据本行政区域")
    assert moved.section_a.number == "第七十二条" and moved.section_b.number == "第八十条"
    # the sentence, word for word (the unit moved is the sentence, not the article's number)
    assert text_a[moved.a.start : moved.a.end] == text_b[moved.b.start : moved.b.end]
    pair, changes = changes_in(legislation, number_b="第八十一条")
    assert pair.a.number == "第七十二条"
    assert kinds(changes, ChangeKind.REWORDED, text_a="环境保护", text_b="生态文明建设")
    assert kinds(changes, ChangeKind.ADDED, text_b="、基层治理")


def test_military_regulations_name_the_theatre_commands(legislation):
    pair, changes = changes_in(legislation, number_b="第一百一十七条")
    assert pair.a.number == "第一百零三条"
    assert kinds(changes, ChangeKind.REWORDED, text_a="中央军事委员会各总部", text_b="中国人民解放军各战区")


def test_the_last_article_is_the_same_but_renumbered(legislation):
    pair, changes = changes_in(legislation, number_b="第一百二十条")
    assert pair.a.number == "第一百零五条"
    # not a word changed, but it is cited by another number now: that is its one change
    assert pair.status is PairStatus.SAME and pair.renumbered
    assert [(c.kind, c.a.text, c.b.text) for c in changes] == [(ChangeKind.RENUMBERED, "第一百零五条", "第一百二十条")]


def _lines(text: str, start: int, end: int) -> set[str]:
    strip = re.compile(r"^第[一二三四五六七八九十百零]+[条章节] ?")
    return {strip.sub("", line.strip()).replace(":", "：") for line in text[start:end].split("\n") if line.strip()}


def test_same_and_changed_sections_agree_with_a_plain_line_comparison(legislation):
    """An oracle that knows nothing of the comparison: a section is the same when its lines,
    article numbers off and the colon folded, are the lines of its counterpart."""
    for pair in legislation.pairs:
        if pair.a is None or pair.b is None:
            continue
        lines_a = _lines(legislation.a.text, *pair.a.range)
        lines_b = _lines(legislation.b.text, *pair.b.range)
        assert (lines_a == lines_b) == (pair.status is PairStatus.SAME), (pair.a.label, pair.b.label)


def summary(comparison) -> dict:
    pairs = [
        [p.status.value, p.a.number if p.a else None, p.b.number if p.b else None]
        for p in comparison.pairs
        if p.status is not PairStatus.SAME
    ]
    statuses: dict[str, int] = {}
    for p in comparison.pairs:
        statuses[p.status.value] = statuses.get(p.status.value, 0) + 1
    return {"statuses": statuses, "renumbered": sum(p.renumbered for p in comparison.pairs), "pairs": pairs}


def test_section_pairs_match_the_golden_file(legislation):
    assert summary(legislation) == json.loads(GOLDEN.read_text(encoding="utf-8"))


if __name__ == "__main__":  # rewrite the golden file (check it by reading first)
    sys.path.insert(0, str(Path(__file__).parents[3]))
    from reader.core.compare import compare
    from tests.core.compare.conftest import source

    made = summary(compare(source("law-legislation-2015.md"), source("law-legislation-2023.md")))
    GOLDEN.parent.mkdir(parents=True, exist_ok=True)
    rows = ",\n  ".join(json.dumps(row, ensure_ascii=False) for row in made["pairs"])
    head = json.dumps({k: made[k] for k in ("statuses", "renumbered")}, ensure_ascii=False)[:-1]
    GOLDEN.write_text(f'{head},\n "pairs": [\n  {rows}\n ]\n}}\n', encoding="utf-8")
