"""Writing a document into the index (reader.core.library.index): a book the writer reads itself
is folded, cut into pieces and written a run of chunks at a time (Streamed), with the same rows
and the same hits as a book prepared whole in a pool's process (IndexData; issue 32)."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pytest

from reader.core.library import index, pieces
from reader.core.library.adding import ADDED, add_file, add_files
from reader.core.library.catalogue import Catalogue
from reader.core.library.concordance import Searcher

BOOK = Path(__file__).resolve().parents[2] / "corpus" / "hongloumeng.txt"
RUN = getattr(index, "WRITTEN_AT_ONCE", 64)


def _boundary_queries(text: str) -> list[str]:
    """Queries at the seams: the end of a chunk's last line and the start of the next chunk's
    first, at the first run's end (what one run of writing holds) and at the first chunk's."""
    spans = list(pieces.chunks(text))
    queries = []
    for k in (0, RUN - 1, RUN):
        end = spans[k][1]
        before = text[spans[k][0] : end].rstrip("\n")
        after = text[end:].split("\n", 1)[0]
        queries += [before[-4:], before[-2:], before[-1:], after[:2], after[:1], after[:5]]
    return [q for q in queries if q.strip()]


def test_a_book_written_as_it_is_read_is_indexed_as_one_prepared_whole(tmp_path):
    text = BOOK.read_text(encoding="utf-8")
    assert len(list(pieces.chunks(text))) > 2 * RUN  # several runs, and a last one cut short
    (tmp_path / "streamed").mkdir(exist_ok=True)  # the data folder: made by the launch, never by the catalogue
    (tmp_path / "whole").mkdir(exist_ok=True)  # the data folder: made by the launch, never by the catalogue
    streamed, whole = Catalogue(tmp_path / "streamed"), Catalogue(tmp_path / "whole")
    assert add_file(streamed, tmp_path / "streamed", BOOK).status == ADDED
    with ProcessPoolExecutor(1) as pool:  # prepared in a pool's process: all its pieces at once
        assert [a.status for a in add_files(whole, tmp_path / "whole", [BOOK], pool)] == [ADDED]
    for table in ("SELECT id, start, text FROM chunks ORDER BY id", "SELECT * FROM pieces_vocab ORDER BY term"):
        assert streamed.db.execute(table).fetchall() == whole.db.execute(table).fetchall()
    queries = ["宝", "玉", "，", "宝玉", "黛玉", "笑道", "賈母", "贾母笑道", "林黛玉", *_boundary_queries(text)]
    for query in queries:
        got = Searcher(streamed).search(query, limit=None).to_json()
        assert got == Searcher(whole).search(query, limit=None).to_json()
        assert got["total"] > 0, query


def test_the_writer_holds_the_pieces_of_one_run_of_chunks_at_a_time(tmp_path, monkeypatch):
    made, written = [0], [0]
    held = []
    tokens = pieces.tokens

    def counted(folded: str) -> str:
        made[0] += 1
        return tokens(folded)

    def traced(statement: str) -> None:
        if statement.startswith("INSERT INTO staged_chunks("):  # each chunk made ready, outside the transaction
            held.append(made[0] - written[0])
            written[0] += 1

    monkeypatch.setattr(pieces, "tokens", counted)
    (tmp_path / "data").mkdir(exist_ok=True)  # the data folder: made by the launch, never by the catalogue
    catalogue = Catalogue(tmp_path / "data")
    catalogue.db.set_trace_callback(traced)
    assert add_file(catalogue, tmp_path / "data", BOOK).status == ADDED
    chunks = len(list(pieces.chunks(BOOK.read_text(encoding="utf-8"))))
    assert written[0] == made[0] == chunks
    assert max(held) <= RUN  # the old writer made all 198 chunks' pieces before writing one


def test_a_book_indexed_again_has_its_old_chunks_read_back_one_at_a_time(tmp_path):
    """Taking a changed book's old rows out of the index read all its compressed chunks at once
    (9 MB for a 5 M-character book) before cutting the first again."""
    import tracemalloc

    (tmp_path / "data").mkdir(exist_ok=True)  # the data folder: made by the launch, never by the catalogue
    catalogue = Catalogue(tmp_path / "data")
    assert add_file(catalogue, tmp_path / "data", BOOK).status == ADDED
    (identity,) = catalogue.db.execute("SELECT identity FROM documents").fetchone()
    stored, count = catalogue.db.execute("SELECT SUM(LENGTH(text)), COUNT(*) FROM chunks").fetchone()
    assert count > 2 * RUN
    tracemalloc.start()
    try:
        with catalogue.db:
            index.delete_document(catalogue.db, identity)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert catalogue.db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0] == 0
    assert catalogue.db.execute("SELECT COUNT(*) FROM pieces_vocab").fetchone()[0] == 0  # every token forgotten
    assert peak < stored / 4  # a few chunks' worth, not all of them


@pytest.mark.parametrize("again", [False, True], ids=["new", "indexed again"])
def test_a_writer_on_another_connection_goes_on_while_the_indexing_makes_way(tmp_path, monkeypatch, again):
    """The worker's background indexing of a book made way for an urgent job (give_way) inside
    its transaction, holding the catalogue's write lock: a writer on another connection (the
    window's tags, an urgent job) waited for a transaction that could not end before it did,
    then failed with "database is locked". Now the pauses come before the transaction."""
    import os
    import sqlite3
    import threading

    from reader.core.job_threads import JobThreads, give_way

    data = tmp_path / "data"
    book = tmp_path / "book.txt"
    book.write_text(BOOK.read_text(encoding="utf-8"), encoding="utf-8")
    catalogue = Catalogue(data)
    if again:  # its old rows are read back and taken out first
        assert add_file(catalogue, data, book).status == ADDED
        os.utime(book, (1_000_000_000, 1_000_000_000))
    making_way, calls = threading.Event(), []

    def spied() -> None:
        calls.append(1)
        if len(calls) == 3:  # a few chunks in (the old code's first pause came before its first write)
            making_way.set()
        give_way()

    monkeypatch.setattr(index, "give_way", spied)

    def urgent() -> str:
        other = sqlite3.connect(catalogue.db_path, timeout=5)  # the old code: locked for good
        try:
            with other:
                other.execute("INSERT OR REPLACE INTO meta(key, value) VALUES('urgent', 'written')")
            return other.execute("SELECT value FROM meta WHERE key = 'urgent'").fetchone()[0]
        finally:
            other.close()

    threads = JobThreads()
    indexed: list = []
    answers: list = []
    threads.start(lambda: add_file(catalogue, data, book), False, lambda ok, value: indexed.append((ok, value)))
    assert making_way.wait(120)
    threads.start(urgent, True, lambda ok, value: answers.append((ok, value)))
    threads.finish()
    assert answers == [(True, "written")]
    ((ok, added),) = indexed
    assert ok and added.status == ("updated" if again else ADDED)
    # the index whole and consistent: every chunk once, numbered as the document's row says
    count = len(list(pieces.chunks(book.read_text(encoding="utf-8"))))
    first, last = catalogue.db.execute("SELECT first_chunk, last_chunk FROM documents").fetchone()
    ids = [row[0] for row in catalogue.db.execute("SELECT id FROM chunks ORDER BY id")]
    assert ids == list(range(first, last + 1)) and len(ids) == count
    assert catalogue.db.execute("SELECT COUNT(*) FROM temp.staged_chunks").fetchone()[0] == 0
    (tmp_path / "fresh").mkdir(exist_ok=True)  # the data folder: made by the launch, never by the catalogue
    fresh = Catalogue(tmp_path / "fresh")
    assert add_file(fresh, tmp_path / "fresh", book).status == ADDED
    assert (
        catalogue.db.execute("SELECT * FROM pieces_vocab ORDER BY term").fetchall()
        == fresh.db.execute("SELECT * FROM pieces_vocab ORDER BY term").fetchall()
    )  # the old rows' pieces all taken out
    for query in ("林黛玉", "贾母笑道", *_boundary_queries(book.read_text(encoding="utf-8"))):
        assert (
            Searcher(catalogue).search(query, limit=None).to_json()
            == Searcher(fresh).search(query, limit=None).to_json()
        )
