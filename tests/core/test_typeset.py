from pathlib import Path

from reader.core.document import load_document
from reader.core.outline import document_outline
from reader.core.typeset import blocks

CORPUS = Path(__file__).parent.parent / "corpus"


def typeset(name):
    document = load_document(CORPUS / name)
    outline = document_outline(document)
    return document.text, blocks(outline)


def test_only_the_heading_line_is_a_heading_not_the_section_body():
    text, typeset_blocks = typeset("law-civil-code.txt")
    headings = [b for b in typeset_blocks if b.kind in ("heading", "subheading")]
    assert all("\n" not in text[b.start : b.end] for b in headings)  # one line each
    assert text[headings[0].start : headings[0].end] == "第一编　总则"
    articles = [b for b in typeset_blocks if b.kind == "runin" and text[b.start : b.end].startswith("第")]
    assert len(articles) == 1260 and text[articles[0].start : articles[0].end] == "第一条"


def test_run_in_headings_of_a_report():
    text, typeset_blocks = typeset("report-20th-congress-2022-gb18030.txt")
    kinds = {text[b.start : b.end]: b.kind for b in typeset_blocks}
    assert kinds["一、过去五年的工作和新时代十年的伟大变革"] == "heading"
    assert kinds["（一）构建高水平社会主义市场经济体制。"] == "runin"
    assert kinds["——在中国共产党第二十次全国代表大会上的报告"] == "subtitle"
    title = next(b for b in typeset_blocks if b.kind == "title")
    assert text[title.start : title.end].split() == [
        "高举中国特色社会主义伟大旗帜",
        "为全面建设社会主义现代化国家而团结奋斗",
    ]


def test_novel_chapter_headings():
    text, typeset_blocks = typeset("hongloumeng.txt")
    chapters = [b for b in typeset_blocks if b.kind == "heading"]
    assert len(chapters) == 120 and all(text[b.start : b.end].startswith("第") for b in chapters)


def _blocks_of(text):
    from reader.core.outline import build_outline

    return blocks(build_outline(text))


def test_a_storys_lead_is_set_apart_inside_its_first_paragraph():
    """新华社某地3月5日电（记者 张三） opening the story's first paragraph is bold inside the line
    (runin), as papers set the lead; the paragraph stays body text. Made-up stories."""
    text = "某某会议在某地召开\n\n2023年3月5日 来源：某某网\n\n新华社某地3月5日电（记者 张三）某某会议今天召开。会议指出，某某。\n\n会议强调，新华社某地3月5日电之后的段落。\n"
    lead = next(b for b in _blocks_of(text) if b.kind == "runin")
    assert text[lead.start : lead.end] == "新华社某地3月5日电（记者 张三）"
    taiwan = "某某案今宣判\n\n（中央社記者張三台北5日電）某某案今天宣判。\n"
    lead = next(b for b in _blocks_of(taiwan) if b.kind == "runin")
    assert taiwan[lead.start : lead.end] == "（中央社記者張三台北5日電）"


def test_only_the_storys_first_paragraph_is_looked_at_for_a_lead():
    later = "某某会议在某地召开\n\n某某会议今天召开。\n\n新华社某地3月5日电 另一段。\n"
    assert not [b for b in _blocks_of(later) if b.kind == "runin"]
    under_heading = "第一章 总则\n\n新华社某地3月5日电 某某。\n"
    assert not [b for b in _blocks_of(under_heading) if b.kind == "runin" and b.start > 0]
