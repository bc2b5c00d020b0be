"""Real files of every format (tests/corpus/formats, sources in tests/corpus/SOURCES.md): their
outlines against golden files, and what was checked by reading them.

Each golden file (tests/golden/outline/formats/<name>.tsv) lists (kind, depth, label) of every
title, heading and article, as tests/core/test_outline_corpus.py does for the text corpus. The
counts asserted here were counted in the sources: the 2020 Criminal Law has 2 编, 15 章, 37 节,
附则 and 452 articles numbered 第一条 … 第四百五十二条 (505 with the 之一 … articles added by
amendments); the Supervision Law 9 章 and 69 articles; the energy-industry standard draft 7
chapters, 附录 A–C.
"""

from collections import Counter
from pathlib import Path

import pytest

from reader.cli import main
from reader.core.document import load_document
from reader.core.outline import document_outline, headings_of
from tests.conftest import GOLDEN

SAMPLES = Path(__file__).parent.parent.parent / "corpus" / "formats"
NAMES = sorted(p.name for p in SAMPLES.iterdir())


def outline_of(name: str):
    document = load_document(SAMPLES / name)
    return document, document_outline(document)


def test_every_format_has_a_real_sample():
    assert {Path(n).suffix for n in NAMES} >= {".html", ".docx", ".pdf", ".epub"}


@pytest.mark.parametrize("name", NAMES)
def test_outline_matches_its_golden_file(name):
    _, outline = outline_of(name)
    golden = (GOLDEN / "outline" / "formats" / f"{Path(name).stem}.tsv").read_text(encoding="utf-8")
    expected = [tuple(line.split("\t")) for line in golden.splitlines()]
    assert [(k, str(d), label) for k, d, label in headings_of(outline)] == expected


@pytest.mark.parametrize("name", NAMES)
def test_every_hint_indexes_its_heading_line(name):
    document = load_document(SAMPLES / name)
    for h in document.headings:
        line = document.text[h.start : h.end]
        assert line.strip() and "\n" not in line
        assert h.start == 0 or document.text[h.start - 1] == "\n"
    assert "\r" not in document.text


def test_pdf_law_reads_in_paragraphs_with_its_pages():
    document, outline = outline_of("law-criminal-2020.pdf")
    assert document.format == "pdf" and len(document.pages) == 71
    assert list(document.pages) == sorted(document.pages) and document.pages[0] == 0
    counts = Counter(n.kind for n in outline.root.walk())
    assert counts["article"] == 505 and counts["heading"] == 2 + 15 + 37 + 1
    # lines of a paragraph are joined without a space; each article is one paragraph
    assert (
        "第一条　为了惩罚犯罪，保护人民，根据宪法，结合我国同犯罪作斗争的具体经验及实际情况，制定本法。\n"
        in document.text
    )
    # the footer's page numbers and the table of contents' page references are gone
    assert "\n\n3\n\n" not in document.text and "......" not in document.text
    third = document.text[document.pages[2] : document.pages[3]]
    assert third.startswith("第一编　总则")  # page 3 (after the title page and the contents)
    assert document.page_at(document.text.index("第十三条")) == 4
    assert document.info.title == "中华人民共和国刑法" and document.info.date == "2021-08-13"


def test_pdf_paragraph_across_a_page_break_is_one_paragraph():
    document = load_document(SAMPLES / "law-criminal-2020.pdf")
    for start in document.pages[3:10]:
        before = document.text[start - 1]
        # a page starting mid-paragraph continues its sentence; elsewhere it follows a blank line
        assert before == "\n" or before not in "。；：", repr(document.text[start - 20 : start + 20])
    assert any(document.text[start - 1] != "\n" for start in document.pages)


def test_epub_law_spine_order_and_structure():
    document, outline = outline_of("law-criminal-procedure-2018.epub")
    assert document.format == "epub"
    text = document.text
    assert text.index("第一编　总则\n\n第一章") < text.index("第五编　特别程序") < text.rindex("附则")
    # the written table of contents (only the 编) is one node, not a second set of headings;
    # the text's own 章 and 节 are kept
    headings = [n for n in outline.sections if n.kind == "heading"]
    top = [outline.label(n) for n in headings]
    assert top[:3] == ["目录", "第一编 总则", "第二编 立案、侦查和提起公诉"] and top[-1] == "附则"
    assert top.count("第一编 总则") == 1 and not headings[0].children
    chapters = [n for n in outline.root.walk() if n.kind == "heading" and n.depth == 2]
    assert outline.label(chapters[0]) == "第一章 任务和基本原则"
    assert sum(1 for n in outline.root.walk() if n.kind == "article") == 307


def test_html_law_page_is_the_law_not_the_site():
    document, outline = outline_of("law-supervision-2018.html")
    assert document.format == "html"
    text = document.text
    assert text.startswith("中华人民共和国监察法\n\n")
    assert "山西医科大学纪检监察室" not in text and "添加收藏夹" not in text  # site footer and menu
    assert text.rstrip().endswith("《中华人民共和国行政监察法》同时废止。")
    counts = Counter(n.kind for n in outline.root.walk())
    assert counts["article"] == 69 and counts["heading"] == 9


def test_html_government_page_article_and_metadata():
    document = load_document(SAMPLES / "shanxi-gov-news-2019.html")
    assert document.text.startswith("山西品牌丝路行（南美站）正式启动\n\n")
    assert "跨越千山万水" in document.text and "网站地图" not in document.text
    assert document.info.date == "2019-09-18 06:23"
    assert document.info.source == "http://www.shanxi.gov.cn/t20190918_693227.shtml"


def test_html_page_closed_after_its_header_still_gives_its_article():
    # www.gov.cn pastes a header that ends in </html> before the article
    document, outline = outline_of("npc-decision-special-bonds-2007.html")
    first = document.text.split("\n", 1)[0]
    assert first == "全国人民代表大会常务委员会关于批准财政部发行特别国债购买外汇及调整2007年末国债余额限额的决议"
    title = outline.first("title")
    assert document.text[title.start : title.end] == first  # the title set over three lines is one
    assert "批准发行15500亿元特别国债购买外汇" in document.text


def test_docx_standard_headings_and_numbers():
    document, outline = outline_of("standard-psr-general-draft-2023.docx")
    assert document.format == "docx"
    labels = [outline.label(n) for n in outline.root.walk() if n.kind == "heading"]
    # Word's automatic numbers are in the text, as on the page
    assert "5.1 确定评价范围和内容" in labels and "7 定期安全评价后工作" in labels
    assert labels[-3:] == ["附 录 A（资料性附录）", "附 录 B（资料性附录）", "附 录 C（资料性附录）"]
    assert "a) 核电厂设计（SF1）" in document.text  # a list's letters
    assert "5.1.1 一般而言" in document.text  # a numbered paragraph
    depth = {outline.label(n): n.depth for n in outline.root.walk() if n.kind == "heading"}
    assert depth["5 定期安全评价的策划和准备"] < depth["5.1 确定评价范围和内容"]


@pytest.mark.parametrize("name", NAMES)
def test_cli_outline_convert_and_export_work_on_every_format(name, capsys, tmp_path, data_dir):
    from reader.core.session import Session

    path = str(SAMPLES / name)
    assert main(["outline", path, "--format", "json"]) == 0
    assert '"sections"' in capsys.readouterr().out
    assert main(["convert", path, "--script", "traditional", "-o", str(tmp_path / "t.txt")]) == 0
    document = load_document(SAMPLES / name)
    assert len((tmp_path / "t.txt").read_text(encoding="utf-8")) == len(document.text)
    session = Session.open(SAMPLES / name, data_dir)
    start = len(session.text) - len(session.text.lstrip())
    session.apply(None, session.new_annotation(start, start + 2))  # something to export
    session.save()
    assert main(["export", path, "--format", "md"]) == 0
    assert session.text[start : start + 2] in capsys.readouterr().out
