"""A paragraph's sentences and items are cut when first asked for (issue 32): a book's outline
holds its headings and paragraphs until then, and what is cut later is what cutting it all at
once gave."""

import gc
import random
from pathlib import Path

import pytest

from reader.core import typeset
from reader.core.analysis_codec import Prepared, pack_outline, prepared_entry, prepared_from_entry
from reader.core.document import load_document
from reader.core.outline import Section, document_outline, navigation_stops, outline_json, sentence_at
from reader.core.scripts import Script
from reader.core.section_levels import reading_level, section_levels, step_section

CORPUS = Path(__file__).parent.parent / "corpus"
BOOKS = ("hongloumeng.txt", "law-civil-code.txt", "report-20th-congress-2022-gb18030.txt")


def _sections_alive() -> int:
    gc.collect()
    return sum(1 for o in gc.get_objects() if type(o) is Section)


@pytest.fixture(scope="module", params=BOOKS)
def book(request):
    return load_document(CORPUS / request.param)


def test_a_book_outline_holds_no_sentence_until_one_is_asked_for(book):
    before = _sections_alive()
    outline = document_outline(book)
    stops = navigation_stops(outline)
    typeset.blocks(outline)
    levels = section_levels(outline)
    step_section(levels, 0, +1)  # Ctrl+PageDown along the reading level
    made = _sections_alive() - before
    assert made == len(pack_outline(outline)[1])  # the nodes built: headings, paragraphs, the header …
    assert any(n.kind == "paragraph" for n in stops)

    for node in stops:  # a note anywhere is filed under its heading or block, none cut for it
        outline.group_at(node.start + (node.end - node.start) // 2)
    assert _sections_alive() - before == made
    paragraph = next(n for n in stops if n.kind == "paragraph" and "。" in outline.text[n.start : n.end - 1])
    assert paragraph.children  # asked for: cut now, this paragraph's alone
    assert _sections_alive() - before == made + sum(1 for _ in paragraph.walk()) - 1
    assert reading_level(levels) < len(levels) - 1  # the sentences level was not weighed
    assert made < len(pack_outline(outline, sentences=True)[1])  # all of them, cut now


def test_sentences_cut_in_any_order_are_those_of_a_walk_and_of_sentence_at(book):
    in_order = document_outline(book)
    whole = outline_json(in_order)  # every node, in document order
    shuffled = document_outline(book)
    paragraphs = [n for n in navigation_stops(shuffled) if n.kind == "paragraph"]
    for node in random.Random(32).sample(paragraphs, len(paragraphs)):
        _ = node.children  # asked for: cut now
    assert outline_json(shuffled) == whole
    text = in_order.text
    for node in in_order.root.walk():
        sentences = [c for c in node.children if c.kind == "sentence"]
        for s in sentences:  # what S selects at each sentence is that sentence
            assert sentence_at(text, s.start) == (s.start, s.end)


def test_the_cache_keeps_what_is_still_to_cut_and_cuts_it_the_same(book):
    outline = document_outline(book)
    stops = navigation_stops(outline)
    _ = stops[len(stops) // 2].children  # one paragraph cut before the outline is kept
    entry = prepared_entry(Prepared.made(outline, Script.SIMPLIFIED, []))
    back = prepared_from_entry(outline.text, entry)
    assert prepared_entry(back) == entry
    assert len(pack_outline(back.outline)[1]) < len(pack_outline(outline, sentences=True)[1])
    assert pack_outline(back.outline, sentences=True) == pack_outline(document_outline(book), sentences=True)


def test_go_to_finds_every_numbered_node_without_cutting_a_books_sentences(book):
    """The first Go to walked the whole tree, cutting every sentence of a book (0.4 s for
    红楼梦); it finds the same numbered headings, articles and items as that walk."""
    from reader.core.goto import heading_number, numbered_nodes

    outline = document_outline(book)
    everything = sum(1 for _ in document_outline(book).root.walk())  # all of it cut
    before = _sections_alive()
    found = numbered_nodes(outline)
    assert _sections_alive() - before < everything // 4
    text = outline.text
    walked = []
    for node in document_outline(book).root.walk():
        key = heading_number(text[node.start : node.start + 24].lstrip(" \u3000"))
        if node.kind in ("heading", "article", "item") and key is not None:
            walked.append((*key, node.kind, node.start, node.end))
    assert [(c, n, node.kind, node.start, node.end) for c, n, node in found] == walked


def test_whether_a_node_has_children_is_told_without_cutting_a_paragraph_of_sentences(book):
    # the Sections tree asks it of every row it lays out: cutting each paragraph to answer cost
    # a long text without headings 290 ms; the answer is the one its children give, cut or not
    outline = document_outline(book)
    paragraphs = [n for n in navigation_stops(outline) if n.kind == "paragraph"]
    told = [node.has_children for node in paragraphs]
    assert any(told) and not all(told)
    uncut = [node for node, has in zip(paragraphs, told, strict=True) if has and node._pending is not None]
    assert len(uncut) >= sum(told) // 2  # two sentences or more: not cut to tell
    assert told == [bool(node.children) for node in paragraphs]
    assert [node.has_children for node in paragraphs] == told  # and once cut
