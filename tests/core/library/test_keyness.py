"""Key terms against the library (issue 29): runs free on both sides, scored by G² against the
rest of the library's counts."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from reader.core.document import load_document
from reader.core.library.adding import add_file, library_files
from reader.core.library.catalogue import Catalogue
from reader.core.library.concordance import Searcher
from reader.core.library.keyness import candidates, g2, key_terms

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


@cache
def _searcher(folder: str) -> Searcher:
    catalogue = Catalogue(Path(folder))
    for path in library_files([CORPUS]):
        add_file(catalogue, Path(folder), path)
    return Searcher(catalogue)


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    return _searcher(str(tmp_path_factory.mktemp("keyness")))


def test_g2_is_zero_for_equal_rates_and_grows_with_the_difference():
    assert g2(10, 100, 1000, 10000) == pytest.approx(0.0)
    assert 0 < g2(20, 100, 1000, 10000) < g2(40, 100, 1000, 10000)


def test_a_run_always_followed_or_preceded_by_one_character_is_no_term():
    text = "。".join(["推进社会主义现代化", "坚持社会主义道路", "发展社会主义民主", "建设现代化国家"] * 3)
    found = candidates(text)
    assert "社会主义" in found and "现代化" in found
    assert "社会主" not in found and "会主义" not in found and "代化" not in found


def test_the_report_s_key_terms_against_the_library(searcher):
    report = load_document(CORPUS / "report-20th-congress-2022-gb18030.txt").text
    terms = {k.term: k for k in key_terms(searcher, report, limit=40)}
    assert {"社会主义", "现代化", "中国特色"} <= set(terms)
    assert not {"社会主", "代化", "我们"} & set(terms)
    assert all(k.count > k.rest * len(report) / 4_000_000 for k in terms.values())  # overused here


def test_a_classic_in_traditional_gives_its_own_names(searcher):
    mengzi = load_document(CORPUS / "mengzi-gutenberg-big5.txt").text
    terms = [k.term for k in key_terms(searcher, mengzi, limit=20)]
    assert terms[0] == "孟子" and "孟子曰" in terms and "公孙丑" not in terms[:5]
