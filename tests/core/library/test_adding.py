"""Adding many files at once (issue 29): read in a pool of processes, written a batch per
transaction, the same catalogue and index as one file after another."""

from __future__ import annotations

import time
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
    (tmp_path / "a").mkdir(exist_ok=True)  # the data folder: made by the launch, never by the catalogue
    (tmp_path / "b").mkdir(exist_ok=True)  # the data folder: made by the launch, never by the catalogue
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


def test_the_reading_pool_is_kept_between_batches_and_closed_when_idle(tmp_path, monkeypatch):
    from reader.core.library import reading_pool

    monkeypatch.setattr(reading_pool, "IDLE", 0.2)
    first = reading_pool.reading_pool(2)
    reading_pool.release()
    assert reading_pool.reading_pool(2) is first  # asked again within IDLE: the same processes
    reading_pool.release()
    deadline = time.monotonic() + 10
    while reading_pool._pool is not None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert reading_pool._pool is None
    assert reading_pool.reading_pool(2) is not first
    reading_pool.release()  # the batch is done: the pool is no longer held
    reading_pool.close()
    assert reading_pool._pool is None


def test_the_next_batch_is_read_ahead_while_one_is_written(tmp_path):
    """The pool begins on the files a next call will add (add_files' `following`); that call
    takes them over; an unexpected batch drops them and is read afresh. The catalogue is the
    same as file by file."""
    from reader.core.library import adding

    files = list(library_files([CORPUS / "compare"]))
    first, second = files[:2], files[2:]
    (tmp_path / "a").mkdir(exist_ok=True)  # the data folder: made by the launch, never by the catalogue
    (tmp_path / "b").mkdir(exist_ok=True)  # the data folder: made by the launch, never by the catalogue
    one_by_one, batched = Catalogue(tmp_path / "a"), Catalogue(tmp_path / "b")
    for p in files:
        add_file(one_by_one, tmp_path / "a", p)
    with ProcessPoolExecutor(2) as pool:
        assert {r.status for r in add_files(batched, tmp_path / "b", first, pool, second)} == {ADDED}
        assert list(adding._read_ahead) == second[: adding.AHEAD + 1]  # being read for the next call
        assert {r.status for r in add_files(batched, tmp_path / "b", second, pool)} == {ADDED}
        assert not adding._read_ahead
        # read ahead for a batch that never comes: dropped, and the other batch is read itself
        extra, unexpected = tmp_path / "extra.txt", tmp_path / "other.txt"
        extra.write_text("第一条 一份文件。\n", encoding="utf-8")
        unexpected.write_text("第一条 另一份文件。\n", encoding="utf-8")
        assert [r.status for r in add_files(batched, tmp_path / "b", [extra], pool, second)] == [ADDED]
        assert adding._read_ahead
        assert [r.status for r in add_files(batched, tmp_path / "b", [unexpected], pool)] == [ADDED]
        assert not adding._read_ahead
    add_file(one_by_one, tmp_path / "a", extra)
    add_file(one_by_one, tmp_path / "a", unexpected)
    assert _comparable(batched) == _comparable(one_by_one)


def test_each_file_says_where_its_indexing_time_went(tmp_path):
    """Every phase of indexing a file reports its CPU time (benchmarks/library.py adds them up
    to say where a library's time goes), read in a pool or not."""
    files = list(library_files([CORPUS / "compare"]))[:3]
    phases = ["read", "outline", "date", "fingerprint", "fold", "pieces", "compress", "identity", "write"]
    (tmp_path / "a").mkdir(exist_ok=True)  # the data folder: made by the launch, never by the catalogue
    serial = list(add_files(Catalogue(tmp_path / "a"), tmp_path / "a", files))
    with ProcessPoolExecutor(2) as pool:
        (tmp_path / "b").mkdir(exist_ok=True)  # the data folder: made by the launch, never by the catalogue
        pooled = list(add_files(Catalogue(tmp_path / "b"), tmp_path / "b", files, pool))
    for added in serial + pooled:
        assert [phase for phase, _ in added.cpu] == phases
        assert all(seconds >= 0 for _, seconds in added.cpu)
    assert sum(s for a in serial for _, s in a.cpu) > 0


def test_one_big_file_and_none_to_follow_is_read_without_the_pool(tmp_path, monkeypatch):
    """A book the window opened is added alone: the pool's processes (and multiprocessing's
    resource tracker beside them) started for it and stayed a minute, 90 MB for a 5 M book."""
    from reader.core.library import jobs

    started = []
    monkeypatch.setattr(jobs, "POOLED_BYTES", 1)
    monkeypatch.setattr(jobs, "PROCESSES", 2)
    monkeypatch.setattr(jobs, "reading_pool", lambda processes: started.append(processes) or None)
    book = CORPUS / "hongloumeng.txt"
    [added] = jobs.add_batch(str(tmp_path), [str(book)])
    assert added.status == ADDED and started == []
