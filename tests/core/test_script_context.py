"""The context model measured by benchmarks/script_context.py (issue 27): how it counts forms by
neighbour, how it decides, and where it may change Reader's view. The counts here are taken on
sentences of the classics quoted, none of them in eval/scripts."""

from tests.core.benchmark_module import load_benchmark

bench = load_benchmark("script_context")

# (source, Traditional print)
FAFEN = [
    ("論語·述而", "其為人也，發憤忘食，樂以忘憂，不知老之將至云爾。"),
    ("史記·太史公自序", "詩三百篇，大抵聖賢發憤之所為作也。"),
    ("莊子·逍遙遊", "窮髮之北，有冥海者，天池也。"),
]


def test_forms_are_counted_by_neighbour_in_simplified():
    counts = bench.count(FAFEN, min_sources=1)
    assert counts["发\tR:愤"] == {"發": 2}
    assert counts["发\tL:穷"] == {"髮": 1}
    assert counts["发\tLR:，愤"] == {"發": 1}
    assert counts["发\tLL:圣贤"] == {"發": 1}


def test_a_form_one_book_alone_prints_is_not_counted():
    counts = bench.count(FAFEN)  # MIN_SOURCES: two books
    assert counts["发\tR:愤"] == {"發": 2}
    assert "发\tL:穷" not in counts  # 窮髮 in 莊子 alone


def test_a_neighbour_that_names_another_form_changes_it():
    model = bench.ContextModel(bench.count(FAFEN))
    assert model.apply("其為人也，髮憤忘食", "其為人也，髮憤忘食") == "其為人也，發憤忘食"
    assert model.apply("窮髮之北", "窮髮之北") == "窮髮之北"  # nothing known of 髮 here


def test_a_neighbour_that_names_the_views_own_form_keeps_it():
    model = bench.ContextModel({"发\tL:头": {"髮": 3}, "发\tR:愤": {"發": 3}})
    assert model.apply("頭發憤", "頭發憤") == "頭發憤"
    assert model.apply("頭髮憤", "頭髮憤") == "頭髮憤"
    assert bench.ContextModel({"发\tR:愤": {"發": 3}}).apply("頭髮憤", "頭髮憤") == "頭發憤"


def test_where_readers_view_left_opencc_the_model_leaves_it():
    model = bench.ContextModel(bench.count(FAFEN))
    # Reader wrote 髮 where plain OpenCC wrote 發: a rule or a word cut decided
    assert model.apply("其為人也，髮憤忘食", "其為人也，發憤忘食") == "其為人也，髮憤忘食"


def test_a_spaced_text_is_read_past_its_spaces():
    model = bench.ContextModel(bench.count(FAFEN))
    spaced = "聖 賢 髮 憤 之 所 為 作 也"
    assert model.apply(spaced, spaced) == "聖 賢 發 憤 之 所 為 作 也"


def test_a_line_end_is_a_neighbour():
    assert bench.count([("a", "髮\n"), ("b", "髮\n")])["发\tR:|"] == {"髮": 2}


def test_each_books_yu_is_counted():
    pieces = [
        bench.script_roundtrip.Piece("詩經", 0, "之子于歸，宜其室家。黃鳥于飛，集于灌木。"),
        bench.script_roundtrip.Piece("論語", 0, "吾十有五而志於學"),
    ]
    books = bench.yu_by_book(pieces)
    assert (books["詩經"]["於"], books["詩經"]["于"], books["論語"]["於"]) == (0, 3, 1)
