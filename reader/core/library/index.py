"""Writing one document into the catalogue: its row, its sections, its text in chunks, and
the chunks' two-character pieces in the FTS5 index (reader.core.library.pieces).

The work that needs no database (folding, pieces, compressing) is `index_data`, a pure
function a pool of processes runs; the writing is `write_document`, in the caller's
transaction, so a batch of documents is one transaction (FTS5 writes its pending terms at
each commit: a commit per document made many small segments to merge). A document the writer
reads itself (no pool: a book the window opened) is `Streamed`: its chunks folded, cut into
pieces and compressed a run at a time as they are written, so the writer's memory does not
grow with the book (all of a 5 M-character book's pieces at once took 120 MB; issue 32).

That work is the worker's background job, which makes way for an urgent one between chunks
(reader.core.job_threads.give_way). Done inside the transaction, a pause held the catalogue's
write lock meanwhile: another connection's writer (the window's tags, an urgent job) waited
for a transaction that could not end until it did, then failed "database is locked". So a
streamed document is `stage`d first, its chunks made into the connection's temporary table
with no lock on the catalogue, and so are the old chunks' pieces a document indexed again
must take out (`stage_removal`); the batch's transaction then copies them, with no pause."""

from __future__ import annotations

import itertools
import json
import sqlite3
import time
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice

from reader.core.job_threads import give_way
from reader.core.library import pieces
from reader.core.library.catalogue import Entry
from reader.core.library.folding import fold
from reader.core.library.stopwatch import Stopwatch

SECTION_KINDS = ("heading", "article")


@dataclass(frozen=True)
class IndexData:
    """A document's text made ready for the index: its chunks' starts, their text compressed,
    and their pieces (plain values: made in another process, written in this one)."""

    starts: list[int]
    packed: list[bytes]
    tokens: list[str]

    @property
    def count(self) -> int:
        return len(self.starts)

    def rows(self) -> Iterator[tuple[int, bytes, str]]:
        """(start, text compressed, pieces) of each chunk, in order."""
        return zip(self.starts, self.packed, self.tokens)


@dataclass(frozen=True)
class Streamed:
    """A document's text to index as it is written: each chunk folded, cut into pieces and
    compressed when its turn comes (`rows`), the same rows `index_data` makes all at once
    (folding is character by character, so a chunk's folded text is that of its slice)."""

    text: str
    spans: list[tuple[int, int]]
    spent: dict[str, float] = field(default_factory=lambda: dict.fromkeys(("fold", "pieces", "compress"), 0.0))
    """CPU seconds of each phase so far, as index_data's laps say them (Added.cpu)."""

    @classmethod
    def of(cls, text: str) -> Streamed:
        return cls(text, list(pieces.chunks(text)))

    @property
    def count(self) -> int:
        return len(self.spans)

    def rows(self) -> Iterator[tuple[int, bytes, str]]:
        text, spent, clock = self.text, self.spent, time.thread_time
        for s, e in self.spans:
            give_way()  # to a job the reader waits for, in the worker (a book's indexing: seconds)
            start = clock()
            chunk = text[s:e]
            folded = fold(chunk)
            folded_at = clock()
            tokens = pieces.tokens(folded)
            cut_at = clock()
            packed = pack(chunk)
            spent["fold"] += folded_at - start
            spent["pieces"] += cut_at - folded_at
            spent["compress"] += clock() - cut_at
            yield s, packed, tokens


WRITTEN_AT_ONCE = 64
"""Chunks a Streamed document has made and held at a time (64 × 4,000 characters: 1.5 MB of
pieces), staged before the next are made."""

_STAGING = """
CREATE TEMP TABLE IF NOT EXISTS staged_chunks(doc INTEGER, start INTEGER, text BLOB, t TEXT);
CREATE TEMP TABLE IF NOT EXISTS staged_removal(doc INTEGER, chunk INTEGER, t TEXT);
"""
_keys = itertools.count(1)


@dataclass(frozen=True)
class Staged:
    """A document's chunks made (folded, cut into pieces, compressed) into the connection's
    temporary table, under `key`: written into the catalogue by write_document."""

    key: int
    count: int


@dataclass(frozen=True)
class Removal:
    """The pieces of a document's chunks as indexed (doc, its chunks, its text's hash), staged
    under `key`: a contentless index forgets a row only when told its tokens."""

    key: int
    doc: tuple


def _staging(db: sqlite3.Connection) -> None:
    """Staging writes only the temporary database: outside the catalogue's transactions, so
    none is held open while the background job makes way."""
    if db.in_transaction:
        raise RuntimeError("staged inside a transaction: it would hold the catalogue's lock while it makes way")
    db.executescript(_STAGING)


def stage(db: sqlite3.Connection, data: IndexData | Streamed) -> Staged:
    """The document's chunks into the temporary table a run at a time, each run its own
    transaction of the temporary database: making way (Streamed.rows) holds no lock of the
    catalogue's."""
    _staging(db)
    key, count, rows = next(_keys), 0, data.rows()
    while run := list(islice(rows, WRITTEN_AT_ONCE)):
        with db:
            db.executemany(
                "INSERT INTO staged_chunks(doc, start, text, t) VALUES (?,?,?,?)", [(key, *row) for row in run]
            )
        count += len(run)
    return Staged(key, count)


def drop_staged(db: sqlite3.Connection) -> None:
    """Forget what was staged, and what the transaction had written (a batch that failed)."""
    db.rollback()
    db.executescript(f"{_STAGING} DELETE FROM staged_chunks; DELETE FROM staged_removal;")


def _indexed(db: sqlite3.Connection, identity: str) -> tuple | None:
    return db.execute(
        "SELECT id, first_chunk, last_chunk, content_hash FROM documents WHERE identity = ?", (identity,)
    ).fetchone()


def stage_removal(db: sqlite3.Connection, identity: str) -> Removal | None:
    """The indexed document's chunks read back one at a time and cut again into the temporary
    table (all at once: 9 MB for a 5 M-character book), making way between them; None when it
    is not indexed."""
    doc = _indexed(db, identity)
    if doc is None:
        return None
    _staging(db)
    key = next(_keys)
    for (chunk_id,) in db.execute("SELECT id FROM chunks WHERE doc = ?", (doc[0],)).fetchall():
        give_way()  # to a job the reader waits for, in the worker
        with db:
            db.execute(
                "INSERT INTO staged_removal(doc, chunk, t) VALUES (?, ?, ?)",
                (key, chunk_id, _chunk_tokens(db, chunk_id)),
            )
    return Removal(key, doc)


def _chunk_tokens(db: sqlite3.Connection, chunk_id: int) -> str:
    (blob,) = db.execute("SELECT text FROM chunks WHERE id = ?", (chunk_id,)).fetchone()
    return pieces.tokens(fold(unpack(blob)))


def pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 1)  # level 1: a third of level 6's time, 10 % larger


def unpack(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8")


def index_data(text: str, watch: Stopwatch | None = None) -> IndexData:
    """`watch`: given a lap for each phase (fold, pieces, compress)."""
    watch = watch or Stopwatch()
    folded = fold(text)
    watch.lap("fold")
    spans = list(pieces.chunks(text))
    tokens = [pieces.tokens(folded[s:e]) for s, e in spans]
    watch.lap("pieces")
    packed = [pack(text[s:e]) for s, e in spans]
    watch.lap("compress")
    return IndexData([s for s, _ in spans], packed, tokens)


def sections_of(outline) -> list[tuple[int, int, str]]:
    """(start, end, label) of the headings and articles of a document's outline."""
    return [(n.start, n.end, outline.label(n)) for n in outline.root.walk(False) if n.kind in SECTION_KINDS]


@contextmanager
def bulk(db: sqlite3.Connection) -> Iterator[None]:
    """Many documents written: no sync at each commit while they are (a crash meanwhile can
    lose the batch, never the stores: the catalogue is rebuilt from them), then as before."""
    before = db.execute("PRAGMA synchronous").fetchone()[0]
    db.execute("PRAGMA synchronous=OFF")
    try:
        yield
    finally:
        db.execute(f"PRAGMA synchronous={int(before)}")


def delete_document(db: sqlite3.Connection, identity: str, removal: Removal | None = None) -> None:
    """Remove a document's rows and index entries (inside the caller's transaction), with the
    pieces stage_removal made when the document is still as it was then; else each chunk read
    back and cut again here, one at a time, without a pause (the transaction holds the lock)."""
    found = _indexed(db, identity)
    if found is None:
        return
    doc = found[0]
    if removal is not None and removal.doc == found:
        db.execute(
            "INSERT INTO pieces(pieces, rowid, t) SELECT 'delete', chunk, t FROM staged_removal WHERE doc = ?",
            (removal.key,),
        )
    else:
        for (chunk_id,) in db.execute("SELECT id FROM chunks WHERE doc = ?", (doc,)).fetchall():
            db.execute(
                "INSERT INTO pieces(pieces, rowid, t) VALUES('delete', ?, ?)", (chunk_id, _chunk_tokens(db, chunk_id))
            )
    if removal is not None:
        db.execute("DELETE FROM staged_removal WHERE doc = ?", (removal.key,))
    db.execute("DELETE FROM chunks WHERE doc = ?", (doc,))
    db.execute("DELETE FROM sections WHERE doc = ?", (doc,))
    db.execute("DELETE FROM documents WHERE id = ?", (doc,))


def write_document(
    db: sqlite3.Connection,
    entry: Entry,
    data: IndexData | Staged | None,
    sections: list[tuple[int, int, str]] = (),
    removal: Removal | None = None,
) -> None:
    """Replace the document's rows, in the caller's transaction: from a pool's IndexData, or
    from what stage and stage_removal made. `data` None: catalogued, not indexed (its file is
    missing)."""
    delete_document(db, entry.identity, removal)
    first = db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM chunks").fetchone()[0]
    count = data.count if data else 0
    cursor = db.execute(
        "INSERT INTO documents(identity, path, title, format, date, file_date, chars, bytes, mtime,"
        " content_hash, source_hash, fingerprint, store, added, first_chunk, last_chunk)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            entry.identity,
            entry.path,
            entry.title,
            entry.format,
            entry.date,
            entry.file_date,
            entry.chars,
            entry.bytes,
            entry.mtime,
            entry.content_hash,
            entry.source_hash,
            json.dumps(list(entry.fingerprint)),
            entry.store,
            entry.added,
            first,
            first + count - 1,
        ),
    )
    doc = cursor.lastrowid
    db.executemany("INSERT INTO sections(doc, start, end, label) VALUES (?,?,?,?)", [(doc, *s) for s in sections])
    if not data:
        return
    if isinstance(data, Staged):
        numbered = "? + ROW_NUMBER() OVER (ORDER BY rowid) - 1"  # first, first + 1, … in the order staged
        db.execute(
            f"INSERT INTO chunks(id, doc, start, text) SELECT {numbered}, ?, start, text FROM staged_chunks WHERE doc = ?",
            (first, doc, data.key),
        )
        db.execute(
            f"INSERT INTO pieces(rowid, t) SELECT {numbered}, t FROM staged_chunks WHERE doc = ?", (first, data.key)
        )
        db.execute("DELETE FROM staged_chunks WHERE doc = ?", (data.key,))
        return
    rows = data.rows()
    chunk_id = first
    while run := list(islice(rows, WRITTEN_AT_ONCE)):
        ids = range(chunk_id, chunk_id + len(run))
        db.executemany(
            "INSERT INTO chunks(id, doc, start, text) VALUES (?,?,?,?)",
            [(i, doc, s, b) for i, (s, b, _) in zip(ids, run)],
        )
        db.executemany("INSERT INTO pieces(rowid, t) VALUES (?, ?)", [(i, t) for i, (_, _, t) in zip(ids, run)])
        chunk_id += len(run)
