"""The categories of benchmarks/script_categories.py (issue 27): an error of the round trip is an
edition's choice, the reference's own error or a conversion error, decided from what clean
e-texts print. The print here is sentences of the classics quoted, none of them in eval/scripts."""

from tests.core.benchmark_module import load_benchmark

bench = load_benchmark("script_categories")

PRINT = [
    ("論語·學而", "有朋自遠方來，不亦樂乎？"),
    ("孟子·梁惠王上", "王曰：「叟！不遠千里而來，亦將有以利吾國乎？」"),
    ("孟子·告子上", "魚，我所欲也；熊掌，亦我所欲也。二者不可得兼，舍魚而取熊掌者也。"),
    ("莊子·逍遙遊", "北冥有魚，其名為鯤。"),
    ("大學", "物有本末，事有終始，知所先後，則近道矣。"),
]


def evidence():
    found = bench.Print()
    for source, text in PRINT:
        found.read(source, text)
    return found


def categories(got: str, want: str, machine: bool = False) -> list[tuple[str, str, str]]:
    return [(c, g, w) for c, g, w, _at in bench.categorise("本書", got, want, machine, evidence())]


def test_a_form_clean_books_print_in_this_word_is_an_edition_choice():
    # 捨魚 where 孟子 prints 舍魚 (the same word, both neighbours): the edition chose
    assert categories("舍魚而取熊掌", "捨魚而取熊掌") == [("edition", "舍", "捨")]


def test_yu_is_always_an_edition_choice():
    assert categories("莫大於孝", "莫大于孝") == [("edition", "於", "于")]


def test_a_form_no_clean_book_prints_here_is_a_conversion_error():
    assert categories("不遠千裡而來", "不遠千里而來") == [("conversion", "裡", "里")]


def test_a_converters_writing_in_the_original_is_the_references_error():
    # 千裡 after a numeral: only a conversion from Simplified writes it (reference_errors)
    assert categories("不遠千里而來", "不遠千裡而來") == [("reference", "里", "裡")]
    # in a machine-converted e-text, 後 where clean print has 先後 and never 先后
    assert categories("知所先後", "知所先后", machine=True) == [("reference", "後", "后")]
    assert categories("知所先後", "知所先后") == [("conversion", "後", "后")]


def test_lines_that_changed_length_are_unaligned():
    assert categories("有朋自遠方來", "有朋遠方來") == [("unaligned", "", "")]
