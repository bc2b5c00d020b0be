"""Writing one document into the catalogue: its row, its sections, its text in chunks, and
the chunks' two-character pieces in the FTS5 index (reader.core.library.pieces).

The work that needs no database (folding, pieces, compressing) is `index_data`, a pure
function a pool of processes runs; the writing is `write_document`, in the caller's
transaction, so a batch of documents is one transaction (FTS5 writes its pending terms at
each commit: a commit per document made many small segments to merge). A document the writer
reads itself (no pool: a book the window opened) is `Streamed`: its chunks folded, cut into
pieces and compressed a run at a time as they are written, so the writer's memory does not
grow with the book (all of a 5 M-character book's pieces at once took 120 MB; issue 32)."""

from __future__ import annotations

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
pieces), written before the next are made."""


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


def delete_document(db: sqlite3.Connection, identity: str) -> None:
    """Remove a document's rows and index entries (inside the caller's transaction)."""
    found = db.execute("SELECT id FROM documents WHERE identity = ?", (identity,)).fetchone()
    if found is None:
        return
    doc = found[0]
    # a contentless index forgets a row only when told the tokens it was given: each chunk read
    # back and cut again, one at a time (all the old chunks at once: 9 MB for a 5 M-character book)
    for (chunk_id,) in db.execute("SELECT id FROM chunks WHERE doc = ?", (doc,)).fetchall():
        give_way()  # to a job the reader waits for, in the worker
        (blob,) = db.execute("SELECT text FROM chunks WHERE id = ?", (chunk_id,)).fetchone()
        db.execute(
            "INSERT INTO pieces(pieces, rowid, t) VALUES('delete', ?, ?)", (chunk_id, pieces.tokens(fold(unpack(blob))))
        )
        del blob
    db.execute("DELETE FROM chunks WHERE doc = ?", (doc,))
    db.execute("DELETE FROM sections WHERE doc = ?", (doc,))
    db.execute("DELETE FROM documents WHERE id = ?", (doc,))


def write_document(
    db: sqlite3.Connection, entry: Entry, data: IndexData | Streamed | None, sections: list[tuple[int, int, str]] = ()
) -> None:
    """Replace the document's rows, in the caller's transaction. `data` None: catalogued, not
    indexed (its file is missing)."""
    delete_document(db, entry.identity)
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
