"""Headings a Word file shows by direct formatting (bold, centred in a larger size) in style
Normal: found, with table cells, captions, notes and signature lines never headings."""

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml.parser import OxmlElement
from docx.shared import Pt

from reader.core.document import load_document
from reader.core.formats.docx_emphasis import Look, emphasis_levels
from reader.core.outline import document_outline


def _para(doc, text, bold=False, centred=False, size=None):
    p = doc.add_paragraph()
    if centred:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run(text)
    run.bold = bold
    if size:
        run.font.size = Pt(size)
    return p


def _bulletin(path, heading=lambda doc, text: _para(doc, text, bold=True)):
    """A statistics bulletin as offices write it: a centred bold title, the office's name
    centred under it, unnumbered bold section heads, a table whose cells are bold, a centred
    caption, a bold note, a closing line and a date."""
    doc = docx.Document()
    _para(doc, "某市2023年国民经济和社会发展统计公报", bold=True, centred=True, size=22)
    _para(doc, "某市统计局", centred=True)
    heading(doc, "综合")
    _para(doc, "初步核算，全年全市地区生产总值比上年增长5.2%。其中，第一产业增加值增长4.1%。")
    _para(doc, "全年居民消费价格比上年上涨0.3%。")
    heading(doc, "农业")
    _para(doc, "全年粮食种植面积比上年增加。粮食产量再创新高。")
    heading(doc, "工业和建筑业")
    _para(doc, "全年全部工业增加值比上年增长4.6%。")
    _para(doc, "主要工业产品产量", centred=True)
    table = doc.add_table(rows=3, cols=2)
    for r, row in enumerate([("产品", "产量"), ("钢材", "1.2"), ("水泥", "0.8")]):
        for c, value in enumerate(row):
            cell = table.cell(r, c)
            cell.text = value
            cell.paragraphs[0].runs[0].bold = True
    _para(doc, "注：本表数据为初步统计", bold=True)
    _para(doc, "全年建筑业增加值增长7.1%。")
    heading(doc, "居民收入")
    _para(doc, "全年全市居民人均可支配收入增长6.3%。")
    _para(doc, "特此公告")
    _para(doc, "2024年3月1日")
    doc.save(path)
    return path


def _headings(path):
    document = load_document(path)
    outline = document_outline(document)
    return outline, [(n.depth, outline.label(n)) for n in outline.root.walk() if n.kind == "heading"]


def test_bold_section_heads_in_style_normal_are_the_headings(tmp_path):
    outline, headings = _headings(_bulletin(tmp_path / "bulletin.docx"))
    assert outline.title() == "某市2023年国民经济和社会发展统计公报"
    assert headings == [(1, "综合"), (1, "农业"), (1, "工业和建筑业"), (1, "居民收入")]


def test_bold_from_the_paragraph_style_counts_as_bold(tmp_path):
    def styled_bold(doc, text):  # the bold comes from a paragraph style of its own, not the run
        styles = doc.styles
        if "节标题" not in [s.name for s in styles]:
            style = styles.add_style("节标题", 1)
            style.base_style = styles["Normal"]
            rpr = style.element.get_or_add_rPr()
            rpr.append(OxmlElement("w:b"))
        p = doc.add_paragraph(text, style="节标题")
        assert p.runs[0].element.find(qn("w:rPr")) is None
        return p

    _, headings = _headings(_bulletin(tmp_path / "styled.docx", styled_bold))
    assert [label for _, label in headings] == ["综合", "农业", "工业和建筑业", "居民收入"]


def test_levels_follow_the_look_and_notes_captions_never_head():
    looks = [
        ("标题", Look(True, True, 22)),
        ("一、总体情况", Look(True, True, 16)),
        ("（一）农业", Look(True, False, 10.5)),
        ("正文。" * 3, Look(False, False, 10.5)),
        ("表1 主要指标", Look(True, True, 16)),
        ("注：数据为初步统计", Look(True, False, 10.5)),
        ("这一句加粗强调。", Look(True, False, 10.5)),
        ("正文二。", Look(False, False, 10.5)),
        ("正文三。", Look(False, False, 10.5)),
        *((f"正文第{i}段。", Look(False, False, 10.5)) for i in range(4, 10)),
    ]
    assert emphasis_levels(looks) == [1, 2, 3] + [None] * 12


def test_bold_tells_nothing_in_a_document_set_all_in_bold():
    looks = [(f"第{i}段", Look(True, False, 12)) for i in range(5)] + [("正文", Look(False, False, 12))]
    assert emphasis_levels(looks) == [None] * 6
