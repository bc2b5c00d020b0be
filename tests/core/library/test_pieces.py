"""The index's tokens: one per position, so offsets and counts are exact (issue 29)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.core.library import pieces
from reader.core.library.adding import add_file
from reader.core.library.catalogue import Catalogue
from reader.core.library.concordance import Searcher


def test_one_token_per_position_and_ascii_punctuation_kept():
    tokens = pieces.tokens('发展, "ok"').split(" ")
    assert len(tokens) == len('发展, "ok"')
    assert all(len(t) == 2 for t in tokens)


def test_chunks_are_whole_lines_covering_the_text():
    text = "一二三\n四五\n" * 50 + "末"
    spans = list(pieces.chunks(text, size=20))
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    assert all(text[e - 1] == "\n" for _, e in spans[:-1])


def test_the_last_character_of_a_text_without_a_final_newline_is_found(tmp_path, data_dir):
    path = tmp_path / "short.txt"
    path.write_text("第一行\n結尾在此：龘", encoding="utf-8")
    catalogue = Catalogue(data_dir)
    add_file(catalogue, data_dir, path)
    found = Searcher(catalogue).search("龘")
    assert found.total == 1 and [(h.start, h.text) for h in found.hits] == [(9, "龘")]
    assert Searcher(catalogue).search("结尾").hits[0].text == "結尾"


def test_query_syntax_characters_are_searched_as_text(tmp_path, data_dir):
    path = tmp_path / "syntax.txt"
    path.write_text('第一行 a"b OR NEAR(x)* 「引號」\n', encoding="utf-8")
    catalogue = Catalogue(data_dir)
    add_file(catalogue, data_dir, path)
    searcher = Searcher(catalogue)
    for query in ('"', 'a"b', "OR", "NEAR(", ")*", "*", "「引"):
        found = searcher.search(query)
        assert found.total == 1 and found.hits[0].text.lower() == query.lower(), query


def tokens_by_pairs(folded: str) -> str:
    """The tokens as first written, a string per token: an index keeps these (a document is
    deleted from the contentless index by its tokens), so they must never change."""
    safe = folded.translate({c: chr(0xF800 + c) for c in range(128) if not chr(c).isalnum()})
    return " ".join(map(str.__add__, safe, safe[1:] + "\uf8ff"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from('发展國家龍ab9 ,."*()\n\t\uf8ff\U00020000\ud800é'), max_size=60))
def test_tokens_built_as_code_points_are_the_pairs(folded):
    assert pieces.tokens(folded) == tokens_by_pairs(folded)
    assert pieces.escape(folded) == tokens_by_pairs(folded)[0::3]
