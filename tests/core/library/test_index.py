"""Writing a document into the index (reader.core.library.index): a book the writer reads itself
is folded, cut into pieces and written a run of chunks at a time (Streamed), with the same rows
and the same hits as a book prepared whole in a pool's process (IndexData; issue 32)."""

from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

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
        if statement.startswith("INSERT INTO pieces(rowid"):
            held.append(made[0] - written[0])
            written[0] += 1

    monkeypatch.setattr(pieces, "tokens", counted)
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
