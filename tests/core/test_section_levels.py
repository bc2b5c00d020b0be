"""Ctrl+PageDown's levels on real documents: the notice (no headings), the 20th Congress
report (一、 and （一）), the Civil Code (编, 章 … 条) and 红楼梦 (回)."""

from functools import cache
from pathlib import Path

from reader.core.document import load_document
from reader.core.outline import build_outline, document_outline
from reader.core.resources import notice_path
from reader.core.section_levels import reading_level, section_levels, step_section

CORPUS = Path(__file__).parent.parent / "corpus"


@cache
def outline_of(path) -> object:
    return document_outline(load_document(path))


def walk(outline, finer: bool = False) -> list[str]:
    """The labels Ctrl(+Shift)+PageDown reaches from the top, in order, to the end."""
    caret, labels, levels = 0, [], section_levels(outline)
    while (node := step_section(levels, caret, +1, finer)) is not None:
        caret = node.start
        labels.append(outline.label(node))
    return labels


def test_the_report_steps_between_its_parts_and_one_level_finer_its_subsections():
    outline = outline_of(CORPUS / "report-20th-congress-2022-gb18030.txt")
    header, *parts = walk(outline)  # the text starts with a blank line: the header is a stop
    assert header.startswith("高举中国特色社会主义伟大旗帜")
    assert len(parts) == 15  # 一、 … 十五、: not its hundreds of paragraphs
    assert parts[0].startswith("一、") and parts[1].startswith("二、") and parts[-1].startswith("十五、")
    finer = walk(outline, finer=True)[1:]
    assert len(finer) == 15 + 41  # the 41 （一） … among them, each part's heading kept
    assert finer[finer.index(parts[3]) + 1].startswith("（一）")


def test_the_civil_code_steps_between_its_parts_then_its_chapters_not_every_article():
    outline = outline_of(CORPUS / "law-civil-code.txt")
    parts = walk(outline)
    assert [p[:3] for p in parts] == ["第一编", "第二编", "第三编", "第四编", "第五编", "第六编", "第七编", "附则"]
    finer = walk(outline, finer=True)
    assert 8 < len(finer) < 100  # parts and chapters, not the 1,260 articles
    assert finer[1].startswith("第一章") and finer[2].startswith("第二章")


def test_hongloumeng_steps_from_chapter_to_chapter():
    outline = outline_of(CORPUS / "hongloumeng.txt")
    chapters = walk(outline)
    assert len(chapters) == 120
    assert chapters[0].startswith("第一回") and chapters[79].startswith("第八十回")


def test_the_notice_without_headings_steps_by_paragraph_and_finer_by_sentence():
    outline = outline_of(notice_path())
    assert section_levels(outline)[reading_level(section_levels(outline))].name == "paragraphs"
    paragraphs = walk(outline)
    assert len(paragraphs) == 6  # five paragraphs and the editor's line, after the header
    assert len(walk(outline, finer=True)) > len(paragraphs)


def test_page_up_goes_to_the_start_of_the_section_then_the_one_before():
    outline = outline_of(CORPUS / "hongloumeng.txt")
    text = outline.text
    second = text.index("第二回")
    assert step_section(section_levels(outline), second + 500, -1).start == second
    assert text[step_section(section_levels(outline), second, -1).start :].startswith("第一回")
    assert step_section(section_levels(outline), text.index("第一回"), -1).start == 0  # the top: the header


def test_a_single_heading_over_everything_is_not_the_level():
    text = "第一编　总则\n\n第一章　一\n\n正文。\n\n第二章　二\n\n正文。\n"
    outline = build_outline(text)
    assert [outline.label(n) for n in section_levels(outline)[reading_level(section_levels(outline))].stops] == [
        "第一编 总则",
        "第一章 一",
        "第二章 二",
    ]
