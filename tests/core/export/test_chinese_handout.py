"""A hand-out in Chinese: the metadata in Chinese words and order, the printed text with
full-width punctuation, a long heading whole."""

import io

from docx import Document

from reader.core.export import Labels, date_format, gather, render_bytes
from reader.core.punctuation import clean_punctuation
from reader.core.scripts import Script
from reader.core.session import Session

CHINESE = Labels(
    colours={"yellow": "黄色", "green": "绿色", "blue": "蓝色", "purple": "紫色"},
    no_colour="无颜色",
    underline="下划线",
    format_date=date_format("{year}年{month}月{day}日 {hour:02}:{minute:02}"),
    highlight_style="{colour}标注",
    underline_style="{colour}{underline}",
    source="来源文件：{source}",
    separator="，",
    converted="引文由原文{original}转换为{script}",
)


def paragraphs(session, **options):
    return [p.text for p in Document(io.BytesIO(render_bytes(gather(session, **options), "docx"))).paragraphs]


def test_chinese_labels_name_colours_and_dates_in_chinese(session):
    lines = paragraphs(session, script=Script.SIMPLIFIED, labels=CHINESE)
    assert "黄色标注，2026年11月21日 10:00" in lines  # written at 10:00 +08:00: its own clock
    assert "蓝色下划线，2026年11月21日 10:00" in lines
    assert "无颜色，2026年11月21日 10:00" in lines  # a comment has no colour to name
    assert lines[1] == "2022年11月02日14:04 来源：《工人日报》，来源文件：notice.txt，引文由原文繁體转换为简体"


def test_english_labels_are_as_before(session):
    lines = paragraphs(session, script=Script.SIMPLIFIED)
    assert "yellow · 2026-11-21 10:00" in lines
    assert "blue, underline · 2026-11-21 10:00" in lines


def test_the_printed_text_has_full_width_punctuation_and_the_notes_stay_as_written(session):
    lines = paragraphs(session, script=Script.TRADITIONAL)
    body = "\n".join(lines)
    assert "來源：《工人日報》" in body and "來源:" not in body
    assert "《通知》指出，學習" in body  # a section's label, as the page shows it
    assert "=SUM(A1:A2) 不是公式" in lines  # the reader's own note is left alone
    whole = "\n".join(paragraphs(session, script=Script.TRADITIONAL, whole_text=True))
    assert "要求，全國總工會" in whole and "," not in whole.replace("A1:A2", "")


def test_a_long_heading_is_never_cut(tmp_path, data_dir):
    heading = "一、深入学习贯彻习近平新时代中国特色社会主义思想，全面贯彻落实党的二十大精神，奋力推进中国式现代化建设"
    text = f"关于学习的通知\n\n{heading}\n\n各单位要认真学习。要把学习成果转化为工作成效。\n"
    path = tmp_path / "long.txt"
    path.write_text(text, encoding="utf-8")
    session = Session.open(path, data_dir)
    [node] = [n for n in session.outline.root.walk() if n.kind == "heading"]
    assert session.outline.label(node).endswith("…")  # the outline pane keeps it short
    from reader.core.annotations.model import Annotation

    start = text.index("认真学习")
    session.apply(None, Annotation.on_text(text, start, start + 4, colour="yellow", note="要点"))
    assert heading in paragraphs(session)
    assert not [line for line in paragraphs(session) if line.endswith("…")]


def test_study_notes_open_with_a_table_of_highlights_per_section_and_colour(session):
    data = gather(session, script=Script.SIMPLIFIED, labels=CHINESE, summary=True)
    document = Document(io.BytesIO(render_bytes(data, "docx")))
    [table] = document.tables
    cells = [[cell.text for cell in row.cells] for row in table.rows]
    assert cells[0] == ["Section", "黄色", "绿色", "蓝色", "紫色", "无颜色"]  # only the colours used
    sections = [section for section, _ in data.groups()]
    assert [row[0] for row in cells[1:-1]] == [clean_punctuation(s) for s in sections]
    assert cells[-1] == ["Total", "1", "1", "1", "1", "1"]
    for row, (_, items) in zip(cells[1:-1], data.groups(), strict=True):
        assert sum(int(n) for n in row[1:]) == len(items)
    # the table stands after the title and before the first section's heading
    body = document.element.body
    order = [child.tag.rsplit("}", 1)[1] for child in body]
    assert order[:3] == ["p", "p", "tbl"]  # the title, its metadata line, the table
    assert document.paragraphs[3].style.name == "Heading 1"  # after a blank line, the first section
    assert not Document(io.BytesIO(render_bytes(gather(session), "docx"))).tables  # only when asked for
