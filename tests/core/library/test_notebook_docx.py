"""The notebook as Word: a heading per document (its title, then its date and file), one per
section, each passage and its note, in the hand-out style's faces."""

from __future__ import annotations

import io
import shutil
from dataclasses import replace
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn

from reader.core.export.handout_styles import GONGWEN, STUDY
from reader.core.library import notebook
from reader.core.library.adding import add_file
from reader.core.library.catalogue import Catalogue
from reader.core.library.concordance import Searcher
from reader.core.library.notebook_docx import NotebookLabels, language_of, render_docx
from reader.core.session import Session, annotations_folder

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _annotate(path: Path, data_dir: Path, quotes: list[tuple[str, str]]) -> None:
    session = Session.open(path, data_dir)
    for quote, note in quotes:
        start = session.text.index(quote)
        session.apply(None, session.new_annotation(start, start + len(quote), note=note))
    session.save()


def _notes(tmp_path: Path, data_dir: Path) -> tuple[Catalogue, list[notebook.Note]]:
    catalogue = Catalogue(data_dir)
    # the 2023 law first: the notebook orders documents by their dates, not by when added
    for name, quotes in (
        ("law-company-2023.md", [("股东会", "renamed"), ("有限责任公司", "")]),
        ("law-company-2018.md", [("股东大会", "the old name")]),
    ):
        path = tmp_path / name
        shutil.copy(CORPUS / "compare" / name, path)
        _annotate(path, data_dir, quotes)
        add_file(catalogue, data_dir, path)
    return catalogue, notebook.gather(catalogue, annotations_folder(data_dir))


def _paragraphs(data: bytes) -> list[tuple[str, str]]:
    return [(p.style.name, p.text) for p in Document(io.BytesIO(data)).paragraphs]


def test_notes_are_grouped_by_document_and_section_with_title_and_date(tmp_path, data_dir):
    catalogue, notes = _notes(tmp_path, data_dir)
    searcher = Searcher(catalogue)
    by_path = {e.path: e for e in catalogue.entries()}
    for n in notes:  # each note knows the section the index places it in
        assert n.section == searcher.section_at(by_path[n.path].id, n.start) != ""
    paragraphs = _paragraphs(render_docx(notes, NotebookLabels(title="笔记本")))
    assert paragraphs[0] == ("Title", "笔记本")
    headings = [(style, text) for style, text in paragraphs if style.startswith("Heading")]
    first, second = sorted(by_path.values(), key=lambda e: e.shown_date)
    expected = []
    for entry in (first, second):
        expected.append(("Heading 1", entry.title))
        for n in notes:
            if n.path == entry.path and ("Heading 2", n.section) != expected[-1]:
                expected.append(("Heading 2", n.section))
    assert headings == expected
    texts = [text for _, text in paragraphs]
    assert f"{first.shown_date} · {first.path}" in texts and f"{second.shown_date} · {second.path}" in texts
    # each passage, its colour and date, its note: in the notebook's order
    order = [texts.index(n.exact) for n in notes]
    assert order == sorted(order)
    for n in notes:
        at = texts.index(n.exact)
        assert texts[at + 1].startswith(f"{n.colour or 'no colour'} · {n.modified[:10]}")
        if n.note:
            assert texts[at + 2] == n.note


def test_the_hand_out_styles_faces_and_page_are_used(tmp_path, data_dir):
    _, notes = _notes(tmp_path, data_dir)
    assert language_of(notes) == "zh-Hans"
    for style in (STUDY, GONGWEN):
        document = Document(io.BytesIO(render_docx(notes, style=style.name)))
        fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:eastAsia")) == style.body.face.east_asian("zh-CN")
        heading = document.styles["Heading 1"].element.rPr.find(qn("w:rFonts"))
        assert heading.get(qn("w:eastAsia")) == style.heading1.face.east_asian("zh-CN")
        assert round(document.sections[0].page_width.mm) == 210


def test_a_notebook_of_traditional_passages_is_in_the_traditional_faces(tmp_path, data_dir):
    _, notes = _notes(tmp_path, data_dir)
    traditional = [replace(n, exact=n.exact.replace("东", "東").replace("责", "責")) for n in notes]
    assert language_of(traditional) == "zh-Hant"
    document = Document(io.BytesIO(render_docx(traditional)))
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == STUDY.body.face.east_asian("zh-TW")


def test_the_markdown_notebook_takes_the_same_words_as_the_word_one(tmp_path, data_dir):
    _catalogue, notes = _notes(tmp_path, data_dir)
    names = NotebookLabels(title="笔记本", no_colour="无颜色", colours={"yellow": "黄色"})
    text = notebook.render(notes, "md", names)
    assert text.startswith("# 笔记本\n")
    assert text.count("<sub>黄色 · ") == len(notes)  # every note is yellow
    assert notebook.render(notes, "md").startswith("# Notebook\n")  # the English words without names
    assert names.colour("") == names.colour(notebook.NO_COLOUR) == "无颜色" and names.colour("teal") == "teal"
