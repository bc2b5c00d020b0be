"""The round-trip benchmark's test of a machine-converted e-text (benchmarks/script_roundtrip.py):
it reads the originals only, and flags an e-text by the writings no Traditional print makes."""

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


def test_errors_of_flagged_pieces_are_counted_apart():
    score = bench.Score()
    score.add("詩云", "詩雲", machine=True)
    score.add("白雲", "白云")
    assert (score.errors, score.machine) == (2, 1)
