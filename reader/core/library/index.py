"""Writing one document into the catalogue: its row, its sections, its text in chunks, and
the chunks' two-character pieces in the FTS5 index (reader.core.library.pieces)."""

from __future__ import annotations

import json
import sqlite3
import zlib
from dataclasses import dataclass

from reader.core.library import pieces
from reader.core.library.folding import fold

SECTION_KINDS = ("heading", "article")


@dataclass(frozen=True)
class Row:
    """What the documents table holds of a document, besides its text."""

    identity: str
    path: str
    title: str
    format: str
    date: str | None
    file_date: str
    chars: int
    bytes: int
    mtime: float
    content_hash: str
    source_hash: str
    fingerprint: tuple[int, ...]
    store: str
    added: str


def pack(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 1)  # level 1: a third of level 6's time, 10 % larger


def unpack(blob: bytes) -> str:
    return zlib.decompress(blob).decode("utf-8")


def sections_of(outline) -> list[tuple[int, int, str]]:
    """(start, end, label) of the headings and articles of a document's outline."""
    return [(n.start, n.end, outline.label(n)) for n in outline.root.walk() if n.kind in SECTION_KINDS]


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
    db: sqlite3.Connection, row: Row, text: str | None, sections: list[tuple[int, int, str]] = ()
) -> None:
    """Replace the document's rows (one transaction). `text` None: catalogued, not indexed
    (its file is missing)."""
    with db:
        delete_document(db, row.identity)
        first = db.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM chunks").fetchone()[0]
        spans = list(pieces.chunks(text)) if text else []
        cursor = db.execute(
            "INSERT INTO documents(identity, path, title, format, date, file_date, chars, bytes, mtime,"
            " content_hash, source_hash, fingerprint, store, added, first_chunk, last_chunk)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                row.identity,
                row.path,
                row.title,
                row.format,
                row.date,
                row.file_date,
                row.chars,
                row.bytes,
                row.mtime,
                row.content_hash,
                row.source_hash,
                json.dumps(list(row.fingerprint)),
                row.store,
                row.added,
                first,
                first + len(spans) - 1,
            ),
        )
        doc = cursor.lastrowid
        db.executemany("INSERT INTO sections(doc, start, end, label) VALUES (?,?,?,?)", [(doc, *s) for s in sections])
        if not text:
            return
        folded = fold(text)
        db.executemany(
            "INSERT INTO chunks(id, doc, start, text) VALUES (?,?,?,?)",
            [(first + i, doc, s, pack(text[s:e])) for i, (s, e) in enumerate(spans)],
        )
        db.executemany(
            "INSERT INTO pieces(rowid, t) VALUES (?, ?)",
            [(first + i, pieces.tokens(folded[s:e])) for i, (s, e) in enumerate(spans)],
        )
