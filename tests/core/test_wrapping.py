"""Hard-wrapped e-texts: which line breaks only wrap a paragraph."""

from pathlib import Path

import pytest

from reader.core import typeset
from reader.core.document import load_document
from reader.core.numbering import numbering_end
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


# Taiwan's law database of 2016 (kong0107/mojLawSplitJSON, eval/compare/SOURCES.md): lines of 64
# columns, paragraphs flush, an item's continuation lines hung under its text
MOJ_ARTICLE = """第 9 條
用戶對外線及內線應遵守左列各款之規定：
一、標準廠房內線於建築時裝設之。
二、自建廠房內線，由用戶委託合格之水電技裝商裝設。
三、外線 (包括水錶在內) 應由本處或本處授權單位裝設或更換，其費用
    由用戶負擔。
四、外線如有損壞應即通知臺中區工業用水管理單位查驗施工修理。所需
    工料費用由臺中區工業用水管理單位負擔，如係用戶損壞由用戶負擔
    ，用戶不得拒絕，並不得擅自修理或改裝。

第 11 條
用戶設備內線由用戶負責養護，外線部份如有漏水，應通知本處辦理。如
必須損壞附近道路或他人建築物時，除應事先或洽商建築物所有人同意外
，其修復費用由用戶負擔。

第 4 條
臺中區工業用水，因改裝或修理給水內外設備，得暫行局部或全部停水。
停水時間及停水區域，由臺中區工業用水管理單位提前通知。但遇災害及
緊急措施時不在此限。
前項因災害及緊急措施停水而致用戶蒙受之損失，本處不負責任。"""


def paragraphs(text: str) -> list[str]:
    """The text's paragraphs once its soft breaks are joined, blanks left out."""
    shown = join_soft_breaks(text, soft_breaks(text))
    return ["".join(line.replace("\u200b", " ").split()) for line in shown.split("\n") if line.strip()]


def test_a_short_law_wrapped_with_hanging_items_flows_in_its_paragraphs():
    found = paragraphs(MOJ_ARTICLE)
    # an item's hung lines join its first one, a flush paragraph's lines join, a heading stays
    assert "三、外線(包括水錶在內)應由本處或本處授權單位裝設或更換，其費用由用戶負擔。" in found
    assert any(p.startswith("四、外線如有損壞") and p.endswith("並不得擅自修理或改裝。") for p in found)
    assert any(p.startswith("用戶設備內線由用戶") and p.endswith("其修復費用由用戶負擔。") for p in found)
    assert "第9條" in found and "第11條" in found
    # a line that ends a sentence at the width ends its paragraph
    assert "臺中區工業用水，因改裝或修理給水內外設備，得暫行局部或全部停水。" in found
    assert "停水時間及停水區域，由臺中區工業用水管理單位提前通知。但遇災害及緊急措施時不在此限。" in found
    assert len(found) == 12


def test_a_hanging_line_shows_no_gap_where_it_was_indented():
    shown = join_soft_breaks(MOJ_ARTICLE, soft_breaks(MOJ_ARTICLE))
    assert "其費用\u200b\u200b\u200b\u200b\u200b由用戶負擔" in shown
    assert len(shown) == len(MOJ_ARTICLE)


def wrap_like_moj(paragraph: str, width: int) -> list[str]:
    """One paragraph wrapped as the 2016 law database did: cut at `width` columns wherever
    that falls, an item's continuation lines indented by its number's width."""
    body = numbering_end(paragraph, 0, len(paragraph))
    hang = " " * display_width(paragraph[:body])
    lines, line = [], ""
    for ch in paragraph:
        if display_width(line + ch) > width:
            lines.append(line)
            line = hang
        line += ch
    return [*lines, line]


def civil_code_articles(first: str, count: int) -> list[str]:
    """The paragraphs of `count` articles of the mainland's Civil Code (another source and
    script, numbered 第二十七条 and （一）), from `first` on."""
    text = (CORPUS / "law-civil-code.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    at = next(i for i, line in enumerate(lines) if line.startswith(first))
    out = []
    for line in lines[at:]:
        if line.startswith("第") and "条 " in line[:8]:
            count -= 1
            if count < 0:
                break
        out.append(line)
    return out


@pytest.mark.parametrize(("first", "count"), [("第二十七条", 4), ("第二十六条", 12)])
def test_a_law_from_another_source_wrapped_so_comes_back_paragraph_by_paragraph(first, count):
    original = civil_code_articles(first, count)
    wrapped = "\n".join(line for paragraph in original for line in wrap_like_moj(paragraph, 60))
    assert paragraphs(wrapped) == ["".join(p.split()) for p in original]
