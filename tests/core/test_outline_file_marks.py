"""Headings a file marks (Word Heading styles, HTML h1–h6) beside the outline's own reading:
where the grammar finds nearly all of them, its outline is kept, and the marked headings it
misses are added at their level among its own; a marked line that is a whole paragraph is not."""

from pathlib import Path

import docx

from reader.core.formats.docx import read
from reader.core.formats.html import parse
from reader.core.outline import build_outline

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
_DIGITS = "一二三四五六七八九"


def chinese(n: int) -> str:
    """1–99 in Chinese numerals, as a law numbers its chapters."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else "十" if tens == 1 else _DIGITS[tens - 1] + "十"
    return head + (_DIGITS[ones - 1] if ones else "")


def top_headings(text: str, headings) -> list[str]:
    outline = build_outline(text, headings)
    # a label shows a full-width space as a space
    return [outline.label(n).replace("\u3000", " ") for n in outline.root.children if n.kind == "heading"]


def test_a_marked_heading_the_grammar_misses_is_kept_and_a_marked_paragraph_is_not(tmp_path):
    d = docx.Document()
    d.add_heading("某某管理条例", level=0)
    article = 0
    for chapter in range(1, 21):
        d.add_heading(f"第{chinese(chapter)}章　第{chinese(chapter)}部分的规定", level=1)
        for _ in range(2):
            article += 1
            d.add_paragraph(f"第{chinese(article)}条　有关单位应当依照本条例履行职责，接受监督。")
    # a note the author styled as a heading: a whole paragraph, no heading
    d.add_heading("本条例所称有关单位，是指依法承担管理职责的机关、事业单位和其他组织。", level=2)
    d.add_heading("附件　名词解释", level=1)  # no rule of the grammar reads it, the file marks it
    d.add_paragraph("管理：指依照本条例进行的监督和检查。")
    path = tmp_path / "law.docx"
    d.save(str(path))
    extracted = read(path, path.read_bytes())
    tops = top_headings(extracted.text, extracted.headings)
    assert tops == [f"第{chinese(n)}章 第{chinese(n)}部分的规定" for n in range(1, 21)] + ["附件 名词解释"]
    outline = build_outline(extracted.text, extracted.headings)
    headings = [outline.label(n) for n in outline.root.walk(False) if n.kind == "heading"]
    assert not any(label.startswith("本条例所称") for label in headings)
    assert sum(n.kind == "article" for n in outline.root.walk(False)) == 40  # the grammar's articles stay


def test_a_law_of_another_source_keeps_its_marked_annex_beside_its_chapters():
    # the constitution (LawRefBook/Laws) as a web page: its Markdown's # marks as h1–h3, which
    # the grammar reads as it does (序言 and 章 beside each other, 节 under 章), and an annex
    # after the last chapter that no rule of the grammar names
    html = []
    for block in (CORPUS / "law-constitution.md").read_text(encoding="utf-8").split("\n\n"):
        marks, line = block.strip().split(" ", 1) if block.startswith("#") else ("", block.strip())
        if line and not line.startswith("<!--"):
            tag = f"h{len(marks)}" if marks else "p"
            html.append(f"<{tag}>{line}</{tag}>")
    html.append("<h2>附件　宪法宣誓誓词</h2><p>我宣誓：忠于中华人民共和国宪法，维护宪法权威。</p>")
    extracted = parse(f"<html><body><article>{''.join(html)}</article></body></html>")
    tops = top_headings(extracted.text, extracted.headings)
    assert tops == ["序言", "第一章 总纲", "第二章 公民的基本权利和义务", "第三章 国家机构"] + [
        "第四章 国旗、国歌、国徽、首都",
        "附件 宪法宣誓誓词",
    ]


def test_a_first_heading_in_latin_letters_is_the_title(tmp_path):
    """A Markdown file's one # heading is its title whatever its script: Reader's own notebook
    export heads the file # Notebook, which held "ebook" and was taken for a distributor's
    notice; an English page's # Facebook privacy notes the same. A real notice still is none."""
    from reader.core.document import load_document
    from reader.core.outline import document_outline

    for first, wanted in (("Notebook", "Notebook"), ("Facebook privacy notes", "Facebook privacy notes")):
        path = tmp_path / "notes.md"
        path.write_text(f"# {first}\n\n## 第一章 總則\n\n「立法」一詞。\n\n## Second part\n\nMore.\n", encoding="utf-8")
        outline = document_outline(load_document(path))
        title = outline.first("title")
        assert title is not None and outline.label(title) == wanted
    path.write_text("# This eBook is for the use of anyone\n\n## 第一回\n\n正文。\n", encoding="utf-8")
    assert document_outline(load_document(path)).first("title") is None
