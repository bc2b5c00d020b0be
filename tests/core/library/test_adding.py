"""Adding many files at once (issue 29): read in a pool of processes, written a batch per
transaction, the same catalogue and index as one file after another."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from reader.core.library.adding import ADDED, FAILED, add_file, add_files, library_files
from reader.core.library.catalogue import Catalogue
from reader.core.library.concordance import Searcher

CORPUS = Path(__file__).resolve().parents[2] / "corpus"


def _comparable(catalogue: Catalogue) -> list:
    return sorted(
        (replace(e, identity="", added="", store="", id=0) for e in catalogue.entries()), key=lambda e: e.path
    )


def test_a_batch_read_in_a_pool_is_catalogued_as_file_by_file(tmp_path):
    files = [*library_files([CORPUS / "compare"]), tmp_path / "missing.txt"]
    one_by_one, batched = Catalogue(tmp_path / "a"), Catalogue(tmp_path / "b")
    serial = [add_file(one_by_one, tmp_path / "a", p) for p in files]
    with ProcessPoolExecutor(2) as pool:
        pooled = list(add_files(batched, tmp_path / "b", files, pool))
    assert [(r.path, r.status) for r in pooled] == [(r.path, r.status) for r in serial]
    assert pooled[-1].status == FAILED and "missing.txt" in pooled[-1].message
    assert {r.status for r in pooled[:-1]} == {ADDED}
    assert _comparable(batched) == _comparable(one_by_one)
    # every document is in members.json (written once for the batch) and searchable alike
    assert {m.path for m in batched.members()} == {e.path for e in batched.entries()}
    for query in ("公司", "股東", "有限責任公司"):
        assert (
            Searcher(batched).search(query, limit=None).to_json()
            == Searcher(one_by_one).search(query, limit=None).to_json()
        )
