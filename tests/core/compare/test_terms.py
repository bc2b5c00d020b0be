"""New, dropped and changed terms of the real corpus. The counts asserted were checked with a
plain search of the files (grep -o): 宪法和法律委员会 0 → 18 times in the 立法法 (the Law
Committee was renamed in 2018), 全国人民代表大会法律委员会 3 → 0, 宪法 19 → 39; in the 公司法,
股东大会 60 → 0 (the 2023 revision calls every shareholders' meeting 股东会), 面额股 0 → 15."""

from __future__ import annotations

import pytest

from reader.core.compare import compare, term_changes


def by_term(terms):
    return {t.term: t for t in terms}


def test_the_renamed_committee_is_a_new_term_with_every_occurrence(legislation):
    table = term_changes(legislation)
    new = by_term(table.new)
    term = new["宪法和法律委员会"]
    assert (term.count_a, term.count_b, term.kind) == (0, 18, "new")
    assert all(legislation.b.text[s:e] == "宪法和法律委员会" for s, e in term.occurrences_b)
    assert table.new[0].term == "宪法和法律委员会"  # the most significant
    dropped = by_term(table.dropped)
    assert dropped["全国人民代表大会法律委员会"].count_a == 3
    assert dropped["法律委员会和有关的专门委员会"].count_a == 4
    more = by_term(table.changed)["宪法"]
    assert (more.count_a, more.count_b, more.kind) == (19, 39, "more")
    # one line per idea: the longer phrases holding the committee's name are not listed again
    assert "全国人民代表大会宪法和法律委员会" not in new and "宪法和法律委员会根据" not in new


def test_no_term_is_a_number_or_starts_with_a_particle(legislation):
    for term in term_changes(legislation).all():
        assert not term.term.startswith(("第", "的", "和", "在")) and not term.term.endswith(("的", "和", "根据"))
        assert not any(ch.isdigit() for ch in term.term)


def test_company_law_drops_the_shareholders_general_meeting(company):
    table = term_changes(company)
    dropped = by_term(table.dropped)
    assert dropped["股东大会"].count_a == 60 and dropped["股东大会"].count_b == 0
    assert dropped["股东大会"].occurrences_b == ()
    assert all(company.a.text[s:e] == "股东大会" for s, e in dropped["股东大会"].occurrences_a)
    assert by_term(table.new)["面额股"].count_b == 15


def test_identical_texts_have_no_term_changes(legislation):
    text = legislation.b.text
    table = term_changes(compare(text, text))
    assert table.all() == []


def test_terms_of_a_traditional_original_are_shown_as_it_writes_them():
    a = "國務院加強監督工作。\n" * 8
    b = "国务院加强监督工作。\n" + "国务院推进改革工作。\n" * 7
    table = term_changes(compare(a, b))
    # each line is one phrase, always whole: the phrase is listed, not its parts
    fewer = by_term(table.changed)["国务院加强监督工作"]
    assert (fewer.kind, fewer.count_a, fewer.count_b) == ("fewer", 8, 1)
    assert fewer.shown(a, "a") == "國務院加強監督工作" and fewer.shown(b, "b") == "国务院加强监督工作"
    assert all(a[s:e] == "國務院加強監督工作" for s, e in fewer.occurrences_a)
    assert by_term(table.new)["国务院推进改革工作"].count_b == 7
    assert "监督" not in by_term(table.all())


def test_terms_from_the_analysiss_words_are_the_terms_cut_here():
    # the window hands over the words its analysis cut (Session.words); the command line has
    # none and cuts each paragraph here: the same terms, counts and places either way (figures
    # joined as the word diff joins them: 五十万元, 3.9万亿元)
    from reader.core.compare import Source
    from reader.core.document import load_document
    from reader.core.outline import build_outline
    from reader.core.scripts import Script, ScriptViews
    from reader.core.words import WordBoundaries
    from tests.core.compare.conftest import CORPUS

    def sources(with_words: bool):
        for name in ("report-gov-2023.md", "report-gov-2024.md"):
            doc = load_document(CORPUS / name)
            words = WordBoundaries.from_view(ScriptViews(doc.text).get(Script.SIMPLIFIED)) if with_words else None
            yield Source(doc.text, build_outline(doc.text, doc.headings), words=words)

    cut_here = term_changes(compare(*sources(False)))
    handed = term_changes(compare(*sources(True)))
    assert handed == cut_here and handed.new and handed.changed


def _one_pass_and_block_by_block(source):
    """A side's word ids, starts and ends from the one pass over the whole side, and from
    `_words_of` block by block (each word folded alone), with each path's vocabulary."""
    from array import array

    from reader.core.compare.sides import prepare
    from reader.core.compare.terms import _Ids, _Keys, _side_words, _Words, _words_of

    side = prepare(source)
    assert _side_words(side, _Keys(), side.blocks) is not None  # the one pass is taken, not the fallback
    fast_vocabulary, slow_vocabulary = _Ids(), _Ids()
    fast = _Words(side, fast_vocabulary, _Keys(), side.blocks)
    ids, starts, ends = [0], [0], [0]
    for block in side.blocks:
        words = _words_of(side, block.body, block.end)
        ids += [slow_vocabulary[key] for _, _, key in words] + [0]
        starts += [s for s, _, _ in words] + [block.end]
        ends += [e for _, e, _ in words] + [block.end]
    slow = (array("i", ids), array("i", starts), array("i", ends))
    return (fast.ids, fast.starts, fast.ends, list(fast_vocabulary.items())), (*slow, list(slow_vocabulary.items()))


def _with_words(text: str):
    from reader.core.compare import Source
    from reader.core.outline import build_outline
    from reader.core.scripts import Script, ScriptViews
    from reader.core.words import WordBoundaries

    words = WordBoundaries.from_view(ScriptViews(text).get(Script.SIMPLIFIED))
    return Source(text, build_outline(text), words=words)


def test_a_sides_words_in_one_pass_are_its_words_folded_one_by_one():
    # NFKC writes … as ..., ㈠ as (一), ① as 1, ２０２３ as 2023 and joins e + U+0301 into é: a
    # word's key is its own fold, whatever the characters around it; figures joined whole
    text = (
        "第一章　总则\n\n"
        "㈠ 坚持稳中求进……全年增长５．２％，达到３．９万亿元。①粮食产量２０２３年为１３９０８亿斤！\n"
        "“ＡＩ＋”行动，ｃａｆｅ\u0301 与 café 之别；〈规划〉《纲要》・要点——完成\u200b五十万元。\n"
        "第二章　附则\n\n"
        "本法自２０２４年１月１日起施行⑵。两三个百分点，一二三四五六七八九十百千万亿。\n"
    )
    fast, slow = _one_pass_and_block_by_block(_with_words(text))
    assert fast == slow
    keys = {key for key, _ in fast[3]}
    assert {"...", "(一)", "1", "2023年", "13908亿斤"} <= keys  # folded, figures joined


def test_a_books_words_in_one_pass_are_its_words_folded_one_by_one():
    from reader.core.document import load_document
    from tests.core.compare.conftest import CORPUS

    fast, slow = _one_pass_and_block_by_block(_with_words(load_document(CORPUS / "report-gov-2024.md").text))
    assert fast == slow
    assert len(fast[0]) > 5_000


def test_a_version_keyed_with_the_others_passages_is_keyed_as_alone(legislation_sources):
    # compare() keys the passages both versions have once (sides.Keys): B prepared after A
    # has the very sentences, paragraphs and sections B prepared alone has
    from reader.core.compare.sides import Keys, prepare

    a, b = legislation_sources()
    keys = Keys()
    prepare(a, keys)
    shared, alone = prepare(b, keys), prepare(b)
    assert shared.sentences == alone.sentences and shared.sentences
    assert shared.blocks == alone.blocks
    assert shared.regions == alone.regions


def _counted_whole(monkeypatch, comparison):
    """The terms with both versions counted whole, as before the blocks both have were counted
    once (no block paired); its sizes checked against each version's words counted alone."""
    from reader.core.compare import terms

    with monkeypatch.context() as patch:
        patch.setattr(terms, "_shared", lambda a, b: {})
        table = term_changes(comparison)
    sizes = [terms._Words(side, terms._Ids(), terms._Keys(), side.blocks).size for side in (comparison.a, comparison.b)]
    assert [table.words_a, table.words_b] == sizes
    return table


def _edited(text: str) -> str:
    from benchmarks.compare_books import edited

    return edited(text, seed=5)


@pytest.mark.parametrize(
    "names",
    [
        ("law-legislation-2015.md", "law-legislation-2023.md"),
        ("law-company-2018.md", "law-company-2023.md"),
        ("law-antimonopoly-2007.md", "law-antimonopoly-2022.md"),
        ("report-gov-2023.md", "report-gov-2024.md"),
        ("report-gov-2024.md", "report-gov-2025.md"),
    ],
)
@pytest.mark.parametrize("with_words", [True, False], ids=["analysis words", "cut here"])
def test_versions_counted_from_the_blocks_they_do_not_share_count_as_counted_whole(monkeypatch, names, with_words):
    from reader.core.compare.sides import prepare
    from reader.core.compare.terms import _shared
    from reader.core.document import load_document
    from tests.core.compare.conftest import CORPUS, source

    texts = [load_document(CORPUS / name).text for name in names]
    sides = [_with_words(text) if with_words else source(name) for text, name in zip(texts, names)]
    comparison = compare(*sides)
    assert _shared(prepare(sides[0]), prepare(sides[1]))  # blocks are paired: the shortcut is taken
    table = term_changes(comparison)
    assert table == _counted_whole(monkeypatch, comparison)
    assert table.all()


@pytest.mark.parametrize("name", ["hongloumeng.txt", "mengzi-gutenberg-big5.txt"])
def test_a_book_and_its_edited_copy_count_as_counted_whole(monkeypatch, name):
    # 红楼梦, and Mencius in Traditional (compared in its Simplified view): one line in 50
    # edited as benchmarks/compare_books.py edits 红楼梦
    from reader.core.document import load_document
    from tests.core.compare.conftest import CORPUS

    text = load_document(CORPUS.parent / name).text
    comparison = compare(_with_words(text), _with_words(_edited(text)))
    table = term_changes(comparison)
    assert table == _counted_whole(monkeypatch, comparison)
    assert table.all()


@pytest.mark.parametrize("with_words", [True, False], ids=["analysis words", "cut here"])
def test_a_term_no_search_finds_is_placed_in_the_blocks_both_have_and_in_bs_own(monkeypatch, with_words):
    # ＡＩ is keyed AI: a search of the text for the term finds nothing, so its places are
    # those of its words, B's in the blocks both have moved from A's (and B's own)
    both = "各地推进ＡＩ治理。\n\n本条另有规定。\n\n" * 2
    own = "".join(f"{place}推进ＡＩ治理。\n\n" for place in "东南西北中上下左右前后里")
    a = "第一条　总则\n\n" + both + "其他事项依照本法执行。\n\n" * 12 + "第二条　附则\n\n本法自公布之日起施行。\n"
    b = "第一条　总则\n\n" + own + both + "第二条　附则\n\n本法自公布之日起施行。\n"
    comparison = compare(*((_with_words(text) if with_words else text) for text in (a, b)))
    table = term_changes(comparison)
    assert table == _counted_whole(monkeypatch, comparison)
    term = next(t for t in table.changed if t.term == "推进AI治理")
    assert (term.kind, term.count_a, term.count_b) == ("more", 2, 14)
    assert [b[s:e] for s, e in term.occurrences_b] == ["推进ＡＩ治理"] * 14
    assert list(term.occurrences_b) == sorted(term.occurrences_b)
    assert term.occurrences_b[-1][0] > b.index(both)  # the last two in the blocks both have
