"""Outlines of real documents (tests/corpus, sources in SOURCES.md) against golden files.

Each golden file lists (kind, depth, label) of every title, heading and article. The counts
asserted here were checked by reading the texts: the Civil Code has 7 编, 附则 and 1,260
articles; 红楼梦 120 回; the 20th Congress report 15 parts and 41 numbered subsections; the
Constitution 4 chapters, 8 sections and 143 articles; the Gutenberg 孟子 14 卷."""

from collections import Counter
from pathlib import Path

import pytest

from reader.core.document import load_document
from reader.core.outline import build_outline, document_outline, headings_of
from tests.conftest import GOLDEN

CORPUS = Path(__file__).parent.parent / "corpus"
DOCUMENTS = sorted(p.name for p in CORPUS.iterdir() if p.is_file() and p.name != "SOURCES.md")


def outline_of(name: str):
    document = load_document(CORPUS / name)
    return document, document_outline(document)


@pytest.mark.parametrize("name", DOCUMENTS)
def test_outline_matches_its_golden_file(name):
    _, outline = outline_of(name)
    golden = (GOLDEN / "outline" / f"{Path(name).stem}.tsv").read_text(encoding="utf-8")
    expected = [tuple(line.split("\t")) for line in golden.splitlines()]
    assert [(k, str(d), label) for k, d, label in headings_of(outline)] == expected


def test_civil_code_parts_chapters_and_articles():
    _, outline = outline_of("law-civil-code.txt")
    top = [outline.label(n) for n in outline.sections if n.kind == "heading"]
    assert top == [
        "第一编 总则",
        "第二编 物权",
        "第三编 合同",
        "第四编 人格权",
        "第五编 婚姻家庭",
        "第六编 继承",
        "第七编 侵权责任",
        "附则",
    ]
    articles = [n for n in outline.root.walk() if n.kind == "article"]
    assert len(articles) == 1260
    last = outline.path_at(articles[-1].start)
    assert [n.kind for n in last][:2] == ["heading", "article"]  # 第一千二百六十条 under 附则, not 侵权责任


def test_law_items_are_items_of_their_article_not_headings():
    _, outline = outline_of("law-constitution.md")
    article = next(n for n in outline.root.walk() if n.kind == "article" and outline.label(n).startswith("第三十条"))
    assert [c.kind for c in article.children].count("item") == 3  # （一）（二）（三）
    following = next(
        n for n in outline.root.walk() if n.kind == "article" and outline.label(n).startswith("第三十一条")
    )
    parent = next(n for n in outline.root.walk() if following in n.children)
    assert parent.kind == "heading" and article in parent.children  # a sibling of 第三十条, not its child
    counts = Counter(n.kind for n in outline.root.walk())
    assert counts["article"] == 143 and counts["heading"] == 13 and counts["title"] == 1


def test_novel_chapters():
    document, outline = outline_of("hongloumeng.txt")
    chapters = [n for n in outline.sections if n.kind == "heading"]
    assert len(chapters) == 120
    assert outline.label(chapters[0]) == "第一回 甄士隐梦幻识通灵 贾雨村风尘怀闺秀"
    assert all(document.text[n.start : n.head_end].startswith("第") for n in chapters)


def test_report_parts_and_run_in_subsections():
    document, outline = outline_of("report-20th-congress-2022-gb18030.txt")
    assert document.encoding == "gb18030"
    parts = [n for n in outline.sections if n.kind == "heading"]
    assert len(parts) == 15
    assert outline.label(parts[3]) == "四、加快构建新发展格局，着力推动高质量发展"  # the whole heading line
    subsections = [n for n in outline.root.walk() if n.kind == "heading" and n.depth == 2]
    assert len(subsections) == 41
    first = subsections[0]
    assert document.text[first.start : first.head_end] == "（一）构建高水平社会主义市场经济体制。"  # run-in
    header = outline.sections[0]
    assert [c.kind for c in header.children] == ["title", "subtitle", "dateline", "author"]
    salutation = outline.sections[1]
    assert salutation.kind == "paragraph" and outline.label(salutation) == "同志们："


def test_classical_text_in_big5():
    document, outline = outline_of("mengzi-gutenberg-big5.txt")
    assert document.encoding == "big5"
    books = [outline.label(n) for n in outline.sections if n.kind == "heading"]
    assert len(books) == 14 and books[0] == "卷之一梁惠王上" and books[-1] == "卷之七盡心下"


def test_standalone_short_lines_are_headings_where_the_text_has_no_chapters():
    text = "孟子\n\n公孫丑上\n\n公孫丑問曰：「夫子當路於齊，管仲、晏子之功，可復許乎？」\n\n公孫丑下\n\n孟子曰：「天時不如地利，地利不如人和。」\n"
    outline = build_outline(text)
    assert [(n.kind, outline.label(n)) for n in outline.sections] == [
        ("header", "孟子"),
        ("heading", "公孫丑上"),
        ("heading", "公孫丑下"),
    ]
    assert [c.kind for c in outline.sections[0].children] == ["title"]  # nothing guessed as an author


def test_full_width_full_stop_ends_sentences():
    outline = build_outline("他說：“好。”我們走吧．明天再來．\n")
    paragraph = outline.sections[0]
    assert [outline.text[s.start : s.end] for s in paragraph.children] == ["他說：“好。”", "我們走吧．", "明天再來．"]


def _every_corpus_file() -> list[Path]:
    from reader.core.library.adding import library_files

    return list(library_files([CORPUS]))


@pytest.mark.parametrize("path", _every_corpus_file(), ids=lambda p: str(p.relative_to(CORPUS)))
def test_an_outline_without_insides_has_the_same_headings_articles_and_title(path):
    """The library builds outlines without the sentences and items inside paragraphs (a fifth
    of the time): every heading, article and the title are the full outline's."""
    document = load_document(path)
    full, shallow = document_outline(document), document_outline(document, inside=False)

    def sections(outline):
        return [
            (n.kind, n.start, n.end, n.depth, outline.label(n))
            for n in outline.root.walk()
            if n.kind not in ("paragraph", "sentence", "item")
        ]

    assert sections(shallow) == sections(full)
    assert shallow.title() == full.title()
    assert not any(n.kind == "sentence" for n in shallow.root.walk())
