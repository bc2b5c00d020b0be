"""Search across the library in either script finds exactly what a brute-force scan of the
folded texts finds (issue 29), over the whole of tests/corpus: one-, two-, three- and
four-character queries sampled from the documents, each asked as written, in Simplified and in
Traditional (OpenCC's conversion of the query, folded as the index folds)."""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

import pytest

from reader.core.document import load_document
from reader.core.library.adding import add_file, library_files
from reader.core.library.catalogue import Catalogue
from reader.core.library.concordance import Searcher, occurrences
from reader.core.library.folding import fold
from reader.core.scripts import TO_SIMPLIFIED, convert

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
SAMPLES_PER_LENGTH = 40


@cache
def _library(folder: str) -> tuple[Searcher, dict[str, str]]:
    """The corpus indexed once, and each document's text by path."""
    catalogue = Catalogue(Path(folder))
    texts = {}
    for path in library_files([CORPUS]):
        result = add_file(catalogue, Path(folder), path)
        if result.status != "failed":
            texts[str(load_document(path).path)] = load_document(path).text
    return Searcher(catalogue), texts


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    return _library(str(tmp_path_factory.mktemp("library")))


@cache
def _folded(text: str) -> str:
    return fold(text)


def _brute_force(texts: dict[str, str], folded_query: str) -> set[tuple[str, int]]:
    return {(path, i) for path, text in texts.items() for i in occurrences(_folded(text), folded_query)}


def _samples(texts: dict[str, str], length: int, rng: random.Random) -> list[str]:
    found = []
    paths = sorted(texts)
    while len(found) < SAMPLES_PER_LENGTH:
        text = texts[rng.choice(paths)]
        i = rng.randrange(0, len(text) - length)
        piece = text[i : i + length]
        if "\n" not in piece and piece == piece.strip():
            found.append(piece)
    return found


@pytest.mark.parametrize("length", [1, 2, 3, 4])
def test_search_finds_exactly_the_brute_force_occurrences(library, length):
    searcher, texts = library
    assert len(texts) >= 15  # every format of the corpus was read
    rng = random.Random(2900 + length)
    for sample in _samples(texts, length, rng):
        for query in {sample, convert(sample, TO_SIMPLIFIED), convert(sample, "s2tw")}:
            if len(query) != length:  # a phrase conversion that changed the length: a new query
                continue
            expected = _brute_force(texts, fold(query))
            everything = searcher.search(query, limit=None)
            assert {(h.path, h.start) for h in everything.hits} == expected, query
            assert searcher.search(query, limit=5).total == len(expected), query
            for hit in everything.hits[:20]:
                text = texts[hit.path]
                assert hit.text == text[hit.start : hit.end]  # the hit as the document writes it
                assert fold(hit.text) == fold(query)


def test_either_script_finds_the_same_places(library):
    searcher, texts = library
    simplified = searcher.search("发展", limit=None)
    traditional = searcher.search("發展", limit=None)
    assert simplified.total > 100
    assert [(h.path, h.start) for h in simplified.hits] == [(h.path, h.start) for h in traditional.hits]
    # the Traditional novel writes 發展 where the query was Simplified, and the reverse
    assert {h.text for h in simplified.hits} >= {"发展"}


def test_documents_come_in_date_order(library):
    searcher, _ = library
    hits = searcher.search("法", limit=None).hits
    dates = [h.date for h in hits]
    assert dates == sorted(dates)
    first_of_path = {}
    for h in hits:
        first_of_path.setdefault(h.path, h.start)
        assert h.start >= first_of_path[h.path]  # within a document, in reading order


@pytest.mark.parametrize("query", ["的", "國", "發展", "社会主义", "孟子曰"])
def test_document_by_document_gives_the_same_first_hits(library, query, monkeypatch):
    """A common query is answered document by document in date order (concordance.WIDE): the
    same first hits and total as reading every matching chunk first."""
    from reader.core.library import concordance

    searcher, _ = library
    monkeypatch.setattr(concordance, "WIDE", 10**9)
    whole = searcher.search(query, limit=150).to_json()
    monkeypatch.setattr(concordance, "WIDE", 0)
    assert searcher.search(query, limit=150).to_json() == whole


@pytest.mark.parametrize("cost", [0, 10**9])
def test_counts_from_positions_and_from_chunks_agree_with_brute_force(library, cost, monkeypatch):
    """A count is taken from the positions of the query's pieces in the index, or by reading
    the chunks that hold it (concordance.CHUNK_COST decides which reads less), and the chunks
    holding a character from its positions or a prefix query (PREFIX_POSITIONS): each way
    gives the brute-force count, in total and per document (a term's history), and the hits."""
    from reader.core.library import concordance

    searcher, texts = library
    monkeypatch.setattr(concordance, "CHUNK_COST", cost)
    monkeypatch.setattr(concordance, "PREFIX_POSITIONS", cost)
    rng = random.Random(2931)
    for length in (1, 2, 3, 4):
        for sample in _samples(texts, length, rng)[:10]:
            expected = _brute_force(texts, fold(sample))
            assert searcher.search(sample, limit=3).total == len(expected), sample
            assert {(h.path, h.start) for h in searcher.search(sample, limit=None).hits} == expected
            per_document = {p.entry.path: p.count for p in searcher.history(sample) if p.count}
            by_path: dict[str, int] = {}
            for path, _ in expected:
                by_path[path] = by_path.get(path, 0) + 1
            assert per_document == by_path, sample
