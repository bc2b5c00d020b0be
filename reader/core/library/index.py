"""Writing one document into the catalogue: its row, its sections, its text in chunks, and
the chunks' two-character pieces in the FTS5 index (reader.core.library.pieces).

The work that needs no database (folding, pieces, compressing) is `index_data`, a pure
function a pool of processes runs; the writing is `write_document`, in the caller's
transaction, so a batch of documents is one transaction (FTS5 writes its pending terms at
each commit: a commit per document made many small segments to merge)."""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

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
    for chunk_id, blob in db.execute("SELECT id, text FROM chunks WHERE doc = ?", (doc,)).fetchall():
        # a contentless index forgets a row only when told the tokens it was given
        db.execute(
            "INSERT INTO pieces(pieces, rowid, t) VALUES('delete', ?, ?)", (chunk_id, pieces.tokens(fold(unpack(blob))))
        )
    db.execute("DELETE FROM chunks WHERE doc = ?", (doc,))
    db.execute("DELETE FROM sections WHERE doc = ?", (doc,))
    db.execute("DELETE FROM documents WHERE id = ?", (doc,))


def write_document(
    db: sqlite3.Connection, entry: Entry, data: IndexData | None, sections: list[tuple[int, int, str]] = ()
) -> None:
    """Replace the document's rows, in the caller's transaction. `data` None: catalogued, not
    indexed (its file is missing)."""
    delete_document(db, entry.identity)
    first = db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM chunks").fetchone()[0]
    count = len(data.starts) if data else 0
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
    db.executemany(
        "INSERT INTO chunks(id, doc, start, text) VALUES (?,?,?,?)",
        [(first + i, doc, s, b) for i, (s, b) in enumerate(zip(data.starts, data.packed))],
    )
    db.executemany("INSERT INTO pieces(rowid, t) VALUES (?, ?)", [(first + i, t) for i, t in enumerate(data.tokens)])
