"""The round-trip benchmark's test of a machine-converted e-text (benchmarks/script_roundtrip.py):
it reads the originals only, and flags an e-text by the writings no Traditional print makes; and
its figure of the editions' variants."""

from tests.core.benchmark_module import load_benchmark

bench = load_benchmark("script_roundtrip")


def test_an_e_text_converted_from_simplified_is_flagged_by_its_own_writings():
    converted = [  # 雲 'cloud' before a quotation, 裡 after a numeral, 太後: a converter's guesses
        bench.Piece("a", 0, "《詩》雲：「戰戰兢兢。」行五十裡，見太後。"),
        bench.Piece("a", 1, "子曰：「學而時習之。」"),
    ]
    printed = [bench.Piece("b", 0, "《詩》云：「戰戰兢兢。」行五十里，見太后。白雲在天，家裡。")]
    assert bench.machine_converted(converted + printed) == {"a"}


def test_a_few_writings_in_a_long_e_text_do_not_flag_it():
    piece = bench.Piece("c", 0, "《詩》雲：「戰戰兢兢。」行五十裡，見太後。" + "學而時習之，不亦說乎。" * 10_000)
    assert bench.machine_converted([piece]) == frozenset()


def test_the_converters_other_one_to_many_guesses_are_its_signs():
    # 孫子's 復 'again' as 複 'double', 谷 'valley' as 穀 'grain', 循環 as Taiwan's 迴圈 'loop';
    # 西廂記's 闌干 as 闌幹, 干休 as 幹休; 今古奇觀's 出醜 as 出丑 and 鄉試錄 as 鄉試彔
    assert bench.machine_signs("怒可以複喜，慍可以複說。入於深穀。如迴圈之無端。") == 4
    assert bench.machine_signs("寂寞淚闌幹。決無幹休。恐怕出丑。一本鄉試彔。") == 4
    # the same words as print writes them, and modern 複雜, 重複, 明瞭, 團體係以 (the copula)
    assert bench.machine_signs("怒可以復喜。入於深谷。如環之無端。淚闌干。出醜。不複雜，重複其說，明瞭。團體係以") == 0


def test_each_part_is_judged_on_its_own_pieces():
    signs = bench.Piece("d", 0, "終而複始。可以複生。不可以複存。")
    clean = bench.Piece("d", 1, "終而復始。")
    assert bench.machine_converted([signs]) == {"d"}
    assert bench.machine_converted([clean]) == frozenset()


def test_a_variant_is_the_editions_only_where_the_edition_writes_both_forms():
    score = bench.Score()
    # 于 for 於: CC-CEDICT's "variant of 於"; this edition prints both
    score.add("莫大於孝", "莫大于孝", frozenset("莫大於于孝"))
    assert (score.errors, score.variants) == (1, 1)
    score = bench.Score()
    score.add("莫大於孝", "莫大于孝", frozenset("莫大于孝"))  # an edition that never prints 於
    assert (score.errors, score.variants) == (1, 0)
    score = bench.Score()
    score.add("子雲", "子云", frozenset("子雲云"))  # 雲/云 is no variant pair
    assert (score.errors, score.variants) == (1, 0)
