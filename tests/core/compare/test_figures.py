"""The figures table (reader.core.compare.figures): every number that changed, with its subject
and both values, checked against the 2024 → 2025 work reports and the 2013 → 2024 holiday
regulation (tests/corpus/compare; the values read in both texts, see
tests/golden/compare/pairs)."""

from __future__ import annotations

from reader.core.compare import compare
from reader.core.compare.figures import figure_changes, subject_of
from tests.core.compare.conftest import source


def table(old: str, new: str) -> set[tuple[str, str, str]]:
    cmp = compare(source(old), source(new))
    return {(f.subject, f.old, f.new) for f in figure_changes(cmp.changes(), cmp.b.text)}


def test_the_headline_figures_of_the_2025_report():
    rows = table("report-gov-2024.md", "report-gov-2025.md")
    assert {
        ("赤字率", "3%", "4%左右"),
        ("地方政府专项债券", "3.9万亿元", "4.4万亿元"),
        ("中央预算内投资", "7000亿元", "7350亿元"),
        ("居民消费价格涨幅", "3%", "2%"),
        ("粮食产量", "1.3万亿斤以上", "1.4万亿斤左右"),
    } <= rows
    # 一、2023年工作回顾 → 一、2024年工作回顾: the report's own year, not one of its figures
    assert not [r for r in rows if r[1].startswith("2023")]


def test_the_holidays_that_grew_and_no_rewording_counted_as_a_figure():
    rows = table("law-holidays-2013.md", "law-holidays-2024.md")
    assert ("春节，放假", "3天", "4天") in rows and ("劳动节，放假", "1天", "2天") in rows
    assert not [r for r in rows if r[1] == "星期六"]  # 六 of 星期六 is a weekday's name, not a figure


def test_a_subject_leaves_out_the_year_and_the_verb_that_brings_the_figure():
    text = "今年中央预算内投资拟安排7350亿元。拟安排地方政府专项债券4.4万亿元。"
    assert subject_of(text, text.index("7350")) == "中央预算内投资"
    assert subject_of(text, text.index("4.4")) == "地方政府专项债券"


def _table_of_texts(old: str, new: str) -> list[tuple[str, str, str]]:
    from reader.core.compare import Source
    from reader.core.outline import build_outline

    a, b = (Source(t, build_outline(t, []), name=n) for t, n in ((old, "a"), (new, "b")))
    cmp = compare(a, b)
    return [(f.subject, f.old, f.new) for f in figure_changes(cmp.changes(), cmp.b.text)]


def test_a_full_width_decimal_is_one_figure_as_an_ascii_one_is():
    # full-width figures are common in Hong Kong and Taiwan government texts and in older PDFs
    rows = _table_of_texts(
        "今年經濟增長預期目標為５．２％左右。全年糧食產量達到１．３萬億斤。\n",
        "今年經濟增長預期目標為５．０％左右。全年糧食產量達到１．４萬億斤。\n",
    )
    assert ("經濟增長預期目標", "５．２％", "５．０％") in rows
    assert ("糧食產量", "１．３萬億斤", "１．４萬億斤") in rows


def test_a_number_that_ends_a_sentence_keeps_its_full_stop_apart():
    rows = _table_of_texts("會員人數為１２０．\n", "會員人數為１３０．\n")
    assert [r[1:] for r in rows] == [("１２０", "１３０")]


def test_a_subject_never_starts_with_the_line_end_before_its_clause():
    """The 2023 立法法's 本法第十一条: its subject read "\\n本法" (the empty clause before it, a
    paragraph's end, joined on): the Figures table's first row stood a line lower than its
    figures."""
    rows = table("law-legislation-2015.md", "law-legislation-2023.md")
    assert ("本法", "第八条", "第十一条") in rows
    assert not [r for r in rows if r[0] != r[0].strip() or "\n" in r[0]]
    text = "第一条\n本法第八条规定的事项。"
    assert subject_of(text, text.index("第八条")) == "本法"
