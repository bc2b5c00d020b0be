"""Hard-wrapped e-texts: which line breaks only wrap a paragraph."""

from pathlib import Path

import pytest

from reader.core import typeset
from reader.core.document import load_document
from reader.core.outline import document_outline
from reader.core.resources import notice_path
from reader.core.wrapping import display_width, join_lines, join_soft_breaks, soft_breaks

CORPUS = Path(__file__).parents[1] / "corpus"


def joins_of(path: Path) -> tuple[str, list[int]]:
    document = load_document(path)
    outline = document_outline(document)
    return document.text, typeset.line_joins(document.text, typeset.blocks(outline))


def test_a_gutenberg_classic_flows_in_paragraphs():
    text, joins = joins_of(CORPUS / "mengzi-gutenberg-big5.txt")
    shown = join_soft_breaks(text, joins)
    lines = shown.split("\n")
    # the first passage of 梁惠王上 was cut into three lines of 38 characters: one paragraph now
    first = next(line for line in lines if "孟子見梁惠王。王曰" in line)
    assert "何必曰利" in first and "苟為後義而先利" in first
    # a new paragraph is told by its indent, a passage number and a heading stand alone
    assert "　　二" in lines and "卷之一梁惠王上" in lines
    assert any(line.startswith("　　孟子對曰：「賢者而後樂此") for line in lines)
    # the title line is as wide as a wrapped line, but a title is never joined to the next line
    assert lines[0].endswith("置於網路") and lines[1] == "姓名:蔡欣格"
    assert len(shown) == len(text)  # every offset stays an offset into the text


@pytest.mark.parametrize(
    "name",
    ["hongloumeng.txt", "law-civil-code.txt", "law-constitution.md", "report-20th-congress-2022-gb18030.txt"],
)
def test_texts_that_are_not_wrapped_keep_every_line(name):
    assert joins_of(CORPUS / name)[1] == []


def test_the_notice_keeps_every_line():
    assert joins_of(notice_path())[1] == []


def test_latin_lines_join_with_a_space_chinese_without():
    line = "x" * 60
    text = "\n".join([line] * 30 + ["end.", "", "next paragraph"])
    breaks = soft_breaks(text)
    assert len(breaks) == 30  # 29 between the full lines, and the last full one to its short end
    assert "x x" in join_soft_breaks(text, breaks)
    assert join_lines("天下\n之民") == "天下\u200b之民"


def test_a_paragraph_that_ends_a_line_early_is_not_joined():
    wrapped = ["天" * 38] * 25
    text = "\n".join([*wrapped, "地" * 10, "人" * 38])
    ends = soft_breaks(text)
    assert len(ends) == 25  # the 24 full lines and the last of them to the short line
    assert len(text.split("\n")[25]) == 10 and text.index("地" * 10) + 10 not in ends


def test_display_width_counts_wide_characters_twice():
    assert display_width("孟子 BC372年") == 2 + 2 + 1 + 5 + 2
