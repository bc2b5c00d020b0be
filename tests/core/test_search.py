import re
from pathlib import Path

from reader.core.script_rules import Mode
from reader.core.scripts import Script, ScriptViews
from reader.core.search import SearchIndex


def test_either_script_finds_the_passage(notice_text):
    index = SearchIndex(ScriptViews(notice_text))
    simplified = index.find("学习")
    traditional = index.find("學習")
    assert simplified == traditional
    assert len(simplified) == notice_text.count("學習")
    assert all(notice_text[h.start : h.end] == "學習" for h in simplified)


def test_latin_matches_case_insensitively():
    index = SearchIndex(ScriptViews("Reader 支持 PDF 與 pdf 導出"))
    assert len(index.find("Pdf")) == 2


def test_no_query_no_hits(notice_text):
    index = SearchIndex(ScriptViews(notice_text))
    assert index.find("") == []
    assert index.find("不存在的詞語") == []


def test_hits_are_in_original_offsets_across_a_length_change():
    text = "内存很大，内存很好"
    index = SearchIndex(ScriptViews(text, variant="s2twp"))
    assert [(h.start, h.end) for h in index.find("內存")] == [(0, 2), (5, 7)]


def test_find_matches_what_the_taiwan_view_shows():
    from reader.core.scripts import Script, ScriptViews

    views = ScriptViews("我们要着力推进，他说着话。着力！", Script.SIMPLIFIED)
    shown = views.get(Script.TRADITIONAL)
    index = SearchIndex(views)
    for query in ("著力", "說著", "着力", "学习"):
        hits = index.find(query, shown=shown)
        expected = [m.start() for m in re.finditer(re.escape(query), shown.text)]
        for start in expected:  # every occurrence on screen is found
            assert shown.to_original(start) in [h.start for h in hits]
    assert len(index.find("著力", shown=shown)) == 2


def test_a_simplified_query_finds_the_simplified_text_it_was_copied_from():
    from reader.core.scripts import Script, ScriptViews

    # tw2s, which folds queries to Simplified, also rewrites Simplified 么 and 著 (什么 → 什幺,
    # 显著 → 显着): the query as typed must still match the Simplified view
    text = "你说什么？效果显著。怎么办"
    views = ScriptViews(text, Script.SIMPLIFIED)
    index = SearchIndex(views)
    for query in ("什么", "显著", "怎么"):
        expected = [(text.index(query), text.index(query) + len(query))]
        assert [(h.start, h.end) for h in index.find(query)] == expected
        assert [(h.start, h.end) for h in index.find(query, shown=views.get(Script.SIMPLIFIED))] == expected
    assert len(index.find("什麼")) == 1  # and the Traditional spelling still finds it


def test_find_folds_the_query_as_the_pages_simplified_view_is_written():
    # a classical text keeps 著 zhù in its Simplified view (书不著); the query, typed in
    # Traditional, is folded with the same rules and classical mode, so it finds the passage
    text = "孟子曰：「仁也者，人也。」書不著其事，此之謂也，豈不然矣哉！子曰：「學而時習之，不亦說乎？」"
    views = ScriptViews(text, Script.TRADITIONAL)
    assert "书不著" in views.get(Script.SIMPLIFIED).text
    hits = SearchIndex(views).find("書不著")
    assert [(h.start, h.end) for h in hits] == [(text.index("書不著"), text.index("書不著") + 3)]


def test_find_and_the_labels_agree_with_the_page_of_an_old_novel():
    # 红楼梦 reads as old vernacular: its Traditional page is written in older print (歎 for 叹,
    # where modern text takes 嘆). A term typed as the page shows it finds every place, and a
    # short string (a label, a query) converts to what the page shows (issue 27)
    text = (Path(__file__).parents[1] / "corpus" / "hongloumeng.txt").read_text(encoding="utf-8")[:60_000]
    views = ScriptViews(text, Script.SIMPLIFIED)
    assert views.mode is Mode.VERNACULAR
    page = views.get(Script.TRADITIONAL)
    places = [m.start() for m in re.finditer("叹道", text)]
    assert len(places) >= 5
    assert {page.slice(p, p + 2) for p in places} == {"歎道"}
    assert views.convert("叹道", Script.TRADITIONAL) == "歎道"
    hits = SearchIndex(views).find("歎道", shown=page)
    assert [h.start for h in hits] == places
    headings = list(re.finditer(r"^第.{1,4}回 .+$", text, re.M))
    assert len(headings) >= 3
    for heading in headings:
        assert views.convert(heading.group(), Script.TRADITIONAL) == page.slice(*heading.span())


def test_a_book_is_folded_in_pieces_as_in_one():
    # folded a piece at a time (str.lower() of a whole book held the interpreter in one call);
    # a character that lower-cases to two (İ) keeps its place in any piece
    from reader.core.search import FOLD_PIECE, fold

    text = ("宝玉ABC İstanbul 黛玉\n" * (3 * FOLD_PIECE // 20))[: 3 * FOLD_PIECE + 7]
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
