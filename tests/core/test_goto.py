"""Go To's targets: Chinese numerals both ways, what the reader types, and where it lands in
real documents of tests/corpus (the Civil Code, 红楼梦, the 20th Congress report)."""

from functools import cache
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.core.document import load_document
from reader.core.goto import (
    LISTED,
    PARENTHESISED,
    Target,
    chinese_number,
    heading_number,
    parse_target,
    resolve,
    to_chinese,
)
from reader.core.outline import build_outline, document_outline

CORPUS = Path(__file__).parent.parent / "corpus"


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("一千一百六十五", 1165),
        ("一百零五", 105),
        ("十", 10),
        ("十五", 15),
        ("二十", 20),
        ("一百一十", 110),
        ("一千零一十", 1010),
        ("两千", 2000),
        ("兩百", 200),
        ("零", 0),
        ("壹佰貳拾", 120),
        ("一万二千", 12000),
        ("二〇二二", 2022),
        ("1165", 1165),
        ("１１６５", 1165),
    ],
)
def test_chinese_numbers_are_read(written, number):
    assert chinese_number(written) == number


@pytest.mark.parametrize("written", ["", "章", "一a", "百x"])
def test_what_is_not_a_number_says_so(written):
    assert chinese_number(written) is None


@pytest.mark.parametrize(
    ("number", "written"),
    [
        (1165, "一千一百六十五"),
        (105, "一百零五"),
        (10, "十"),
        (15, "十五"),
        (110, "一百一十"),
        (1010, "一千零一十"),
        (80, "八十"),
    ],
)
def test_numbers_are_written_in_chinese(number, written):
    assert to_chinese(number) == written


@given(st.integers(min_value=0, max_value=99_999_999))
def test_writing_and_reading_a_number_give_it_back(number):
    assert chinese_number(to_chinese(number)) == number


@pytest.mark.parametrize(
    ("typed", "target"),
    [
        ("第1165条", Target("numbered", 1165, "条")),
        ("第一千一百六十五条", Target("numbered", 1165, "条")),
        ("第一千一百六十五條", Target("numbered", 1165, "条")),
        (" 1165 ", Target("numbered", 1165)),
        ("第八十回", Target("numbered", 80, "回")),
        ("80", Target("numbered", 80)),
        ("八十", Target("numbered", 80)),
        ("（三）", Target("numbered", 3, PARENTHESISED)),
        ("(3)", Target("numbered", 3, PARENTHESISED)),
        ("三、", Target("numbered", 3, LISTED)),
        ("第二分编", Target("numbered", 2, "分编")),
        ("p. 12", Target("page", 12)),
        ("P12", Target("page", 12)),
        ("第12页", Target("page", 12)),
        ("第十二頁", Target("page", 12)),
        ("50%", Target("percent", 50)),
        ("12.5 ％", Target("percent", 12.5)),
    ],
)
def test_what_the_reader_types_is_read(typed, target):
    assert parse_target(typed) == target


@pytest.mark.parametrize("typed", ["", "合同", "第条", "150%", "p. x", "第八十回合"])
def test_what_names_nothing_is_none(typed):
    assert parse_target(typed) is None


def test_heading_numbers():
    assert heading_number("第八十回  美香菱屈受贪夫棒") == ("回", 80)
    assert heading_number("第一千一百六十五条 行为人") == ("条", 1165)
    assert heading_number("（三）全面推进乡村振兴。") == (PARENTHESISED, 3)
    assert heading_number("十一、推进国家安全体系") == (LISTED, 11)
    assert heading_number("1.2 范围") is None
    assert heading_number("同志们：") is None


@cache
def outline_of(name: str):
    return document_outline(load_document(CORPUS / name))


def landing(name: str, typed: str, caret: int = 0) -> str:
    outline = outline_of(name)
    place = resolve(parse_target(typed), outline, caret)
    assert place is not None, typed
    return outline.text[place.start : place.start + 12]


@pytest.mark.parametrize("typed", ["第1165条", "第一千一百六十五条", "1165", "一千一百六十五"])
def test_an_article_of_the_civil_code(typed):
    assert landing("law-civil-code.txt", typed).startswith("第一千一百六十五条")


def test_a_chapter_of_the_civil_code_is_the_one_in_the_part_being_read():
    outline = outline_of("law-civil-code.txt")
    fourth_part = [n for n in outline.root.walk() if n.kind == "heading" and n.depth == 1][3]
    assert outline.label(fourth_part).startswith("第四编")
    its_first_chapter = fourth_part.children[0]
    assert outline.label(its_first_chapter).startswith("第一章")
    caret = its_first_chapter.children[-1].start  # deep inside the part, in its first chapter's last article
    place = resolve(parse_target("第一章"), outline, caret)
    assert (place.start, place.end) == (its_first_chapter.start, its_first_chapter.end)
    assert landing("law-civil-code.txt", "第一章").startswith("第一章")  # from the top: the first


@pytest.mark.parametrize("typed", ["第八十回", "80", "八十"])
def test_a_chapter_of_hongloumeng(typed):
    assert landing("hongloumeng.txt", typed).startswith("第八十回")


def test_a_parenthesised_number_in_the_report_is_the_one_in_its_part():
    report = "report-20th-congress-2022-gb18030.txt"
    text = outline_of(report).text
    part = text.index("五、实施科教兴国战略")
    assert landing(report, "（三）", caret=part + 50).startswith("（三）加快实施创新驱动")
    assert landing(report, "3").startswith("三、新时代新征程")  # a bare number: its 一、 level


def test_percent_and_page():
    outline = build_outline("一二三四五六七八九十")
    assert resolve(Target("percent", 50), outline).start == 5
    assert resolve(Target("percent", 100), outline).start == 10
    assert resolve(Target("page", 2), outline, pages=(0, 4, 8)).start == 4
    assert resolve(Target("page", 4), outline, pages=(0, 4, 8)) is None
    assert resolve(Target("page", 1), outline) is None  # no pages: not a PDF


def test_a_number_the_document_has_not_is_none():
    assert resolve(parse_target("第9999条"), outline_of("law-civil-code.txt")) is None
    assert resolve(parse_target("第八十回"), outline_of("law-civil-code.txt")) is None
