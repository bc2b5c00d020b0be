"""Search across the library in either script, and what it answers: a concordance (each hit in
its context, its document and section, its offsets in the document's own text, its text as
written there), documents ordered by date; and a term's history (occurrences per document
along the documents' dates).

The query is folded as the documents were (reader.core.library.folding) and looked up in the
index of two-character pieces (reader.core.library.pieces); the chunks the index names are
then read to place each hit exactly, with a pattern of the characters that fold to the query's
(the chunks are never folded). Counts of one- and two-character queries come from the index
itself; longer ones from the positions of their pieces in the index (a phrase of overlapping
pairs: pair i at position p + i for an occurrence at p), or from the chunks the index names
when that reads less."""

from __future__ import annotations

import sqlite3
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice

from reader.core.library import pieces
from reader.core.library.catalogue import Catalogue, Entry
from reader.core.library.folding import fold, unfolded_starts
from reader.core.library.index import unpack

WIDE = 2000
"""A query whose rarest pair is in more chunks than this is answered document by document in
date order (the first hundred hits are then in the first documents), not by reading every
matching chunk's id first."""
CONTEXT = 20
"""Characters of context on each side of a hit (within its paragraph's chunk)."""
CHUNK_COST = 300
"""Reading a chunk to count in it (fetch, inflate, match) costs about as much as this many
rows of piece positions (measured on 100 documents: ~0.6 ms against ~2 µs): which way a
count goes."""
SCANNED = 200
"""Chunks a one-character query common in the library (on average one in two chunks or more)
reads in date order for its first hits, before it asks the index document by document
(cheaper for a character first found late)."""
PREFIX_POSITIONS = 50_000
"""Up to this many occurrences, the chunks holding a character are found from its positions."""


class QueryError(ValueError):
    """A query the index cannot answer (empty, or more than one line)."""


@dataclass(frozen=True)
class Hit:
    identity: str
    path: str
    title: str
    date: str
    section: str
    start: int
    end: int
    text: str
    """The hit as the document writes it (the query may be in the other script)."""
    before: str
    after: str

    @property
    def snippet(self) -> str:
        return f"{self.before}{self.text}{self.after}"

    def to_json(self) -> dict:
        return {
            "path": self.path,
            "title": self.title,
            "date": self.date,
            "section": self.section,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "snippet": " ".join(self.snippet.split()),
        }


@dataclass(frozen=True)
class Concordance:
    query: str
    total: int
    hits: list[Hit]

    def to_json(self) -> dict:
        return {"total": self.total, "hits": [h.to_json() for h in self.hits]}


@dataclass(frozen=True)
class Point:
    """One document in a term's history."""

    entry: Entry
    count: int

    @property
    def per_10k(self) -> float:
        """Occurrences per 10,000 characters: documents of different lengths compare."""
        return self.count * 10000 / self.entry.chars if self.entry.chars else 0.0


def folded_query(query: str) -> str:
    query = query.strip()
    if not query:
        raise QueryError("the query is empty")
    if "\n" in query or "\r" in query:
        raise QueryError("a query is one line")
    return fold(query)


def occurrences(folded_text: str, needle: str) -> list[int]:
    """Every start of needle in the text, overlapping ones too (哈哈 twice in 哈哈哈)."""
    found = []
    i = folded_text.find(needle)
    while i >= 0:
        found.append(i)
        i = folded_text.find(needle, i + 1)
    return found


class Searcher:
    """Answers queries over one catalogue; keeps the order of its documents between queries."""

    def __init__(self, catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.db: sqlite3.Connection = catalogue.db
        # every position of a piece (per connection, so the catalogue's schema is unchanged)
        self.db.execute(
            "CREATE VIRTUAL TABLE IF NOT EXISTS temp.piece_positions USING fts5vocab(main, pieces, instance)"
        )
        self.refresh()

    def refresh(self) -> None:
        """Read the documents again (after indexing changed them). Everything is read first
        and set after: the Library window refreshes in a thread while searches may run."""
        entries = [e for e in self.catalogue.entries() if e.indexed]
        ranges = sorted(
            self.db.execute("SELECT first_chunk, last_chunk, id FROM documents WHERE last_chunk >= first_chunk")
        )
        self.entries = entries
        self._by_id = {e.id: e for e in entries}
        self._rank = {e.id: i for i, e in enumerate(entries)}
        self._firsts = [r[0] for r in ranges]
        self._ranges = ranges
        self._chunks_of = {doc: (first, last) for first, last, doc in ranges}
        self._chunk_count = sum(last - first + 1 for first, last, _ in ranges)
        self._sections.cache_clear()
        self._chunk.cache_clear()

    def _doc_of(self, chunk_id: int) -> int | None:
        i = bisect_right(self._firsts, chunk_id) - 1
        if i < 0 or chunk_id > self._ranges[i][1]:
            return None
        return self._ranges[i][2]

    def _matching_chunks(self, needle: str) -> list[int]:
        """The chunks holding a folded query, in order. A character not too common: from its
        positions (a prefix query merges the lists of every piece it starts, slower)."""
        if len(needle) == 1 and self.total(needle) <= PREFIX_POSITIONS:
            return sorted(self._counts_from_positions(needle))
        rows = self.db.execute("SELECT rowid FROM pieces WHERE pieces MATCH ?", (pieces.query_expression(needle),))
        return [r[0] for r in rows]

    @lru_cache(maxsize=512)  # noqa: B019 (one searcher per catalogue, cleared on refresh)
    def _chunk(self, chunk_id: int) -> tuple[int, str]:
        start, blob = self.db.execute("SELECT start, text FROM chunks WHERE id = ?", (chunk_id,)).fetchone()
        return start, unpack(blob)

    @lru_cache(maxsize=64)  # noqa: B019
    def _sections(self, doc: int) -> tuple[list[int], list[tuple[int, int, str]]]:
        rows = self.db.execute("SELECT start, end, label FROM sections WHERE doc = ? ORDER BY start", (doc,)).fetchall()
        return [r[0] for r in rows], rows

    def section_at(self, doc: int, pos: int) -> str:
        """The innermost heading or article holding pos, or ''."""
        starts, rows = self._sections(doc)
        for i in range(bisect_right(starts, pos) - 1, -1, -1):
            if rows[i][0] <= pos < rows[i][1]:
                return rows[i][2]
        return ""

    def total(self, needle: str, chunk_ids: list[int] | None = None) -> int:
        """Occurrences of a folded query over the library (`chunk_ids`: the chunks that hold
        it, when known)."""
        if len(needle) == 1:
            low, high = pieces.prefix_range(needle)
            found = self.db.execute(
                "SELECT SUM(cnt) FROM pieces_vocab WHERE term >= ? AND term < ?", (low, high)
            ).fetchone()
            return found[0] or 0
        if len(needle) == 2:
            found = self.db.execute(
                "SELECT cnt FROM pieces_vocab WHERE term = ?", (pieces.pair_term(needle),)
            ).fetchone()
            return found[0] if found else 0
        return sum(self._counts(needle, chunk_ids).values())

    def _counts(self, needle: str, chunk_ids: list[int] | None = None) -> dict[int, int]:
        """Occurrences of a folded query per chunk holding it: from the positions of its
        pieces when there are fewer of them than chunks to read, else by reading the chunks."""
        chunks = len(chunk_ids) if chunk_ids is not None else min(self._chunk_bound(needle), self._chunk_count)
        if self._positions(needle) <= chunks * CHUNK_COST:
            return self._counts_from_positions(needle)
        if chunk_ids is None:
            chunk_ids = self._every_chunk() if self._in_most_chunks(needle) else self._matching_chunks(needle)
        found = {}
        for chunk_id in chunk_ids:
            n = sum(1 for _ in unfolded_starts(needle, self._chunk_text(chunk_id)))
            if n:
                found[chunk_id] = n
        return found

    def _pair_count(self, pair: str) -> int:
        found = self.db.execute("SELECT cnt FROM pieces_vocab WHERE term = ?", (pieces.pair_term(pair),)).fetchone()
        return found[0] if found else 0

    def _positions(self, needle: str) -> int:
        """Rows of piece positions counting the query reads."""
        if len(needle) == 1:
            return self.total(needle)
        return sum(self._pair_count(needle[i : i + 2]) for i in range(len(needle) - 1))

    def _counts_from_positions(self, needle: str) -> dict[int, int]:
        """A one-character query is at every position of a piece it starts, a two-character
        one at every position of its piece; a longer one where pair i of it is at position
        p + i for every i (a phrase of overlapping pairs)."""
        grouped = "SELECT doc, COUNT(*) FROM temp.piece_positions WHERE {} GROUP BY doc"
        if len(needle) == 1:
            return dict(self.db.execute(grouped.format("term >= ? AND term < ?"), pieces.prefix_range(needle)))
        if len(needle) == 2:
            return dict(self.db.execute(grouped.format("term = ?"), (pieces.pair_term(needle),)))
        # nested IN (…): SQLite keeps each inner answer as an index, so every position of a pair
        # costs one look-up, in C (the rarest pair innermost: the smallest index first; building
        # Python sets of positions took seven times as long)
        inner, args = "", []
        for i in sorted(range(len(needle) - 1), key=lambda i: self._pair_count(needle[i : i + 2])):
            start = f"(doc << 32) + offset - {i}"  # where the query starts if pair i is here
            select = f"SELECT {start} AS k FROM temp.piece_positions WHERE term = ?"
            inner = f"{select} AND {start} IN ({inner})" if inner else select
            args.insert(0, pieces.pair_term(needle[i : i + 2]))
        return dict(self.db.execute(f"SELECT k >> 32, COUNT(*) FROM ({inner}) GROUP BY 1", args))

    def _in_most_chunks(self, needle: str) -> bool:
        """A single character so common that matching it in the index would name most chunks
        (its pieces are in more chunks, summed, than there are)."""
        return len(needle) == 1 and self._chunk_bound(needle) > self._chunk_count

    def _every_chunk(self) -> list[int]:
        return [c for first, last, _ in self._ranges for c in range(first, last + 1)]

    def _chunk_text(self, chunk_id: int) -> str:
        blob = self.db.execute("SELECT text FROM chunks WHERE id = ?", (chunk_id,)).fetchone()[0]
        return unpack(blob)

    def _chunk_bound(self, needle: str) -> int:
        """At most how many chunks hold the needle: the fewest chunks one of its pairs is in."""
        if len(needle) == 1:
            low, high = pieces.prefix_range(needle)
            found = self.db.execute("SELECT SUM(doc) FROM pieces_vocab WHERE term >= ? AND term < ?", (low, high))
            return found.fetchone()[0] or 0
        bound = None
        for i in range(len(needle) - 1):
            row = self.db.execute("SELECT doc FROM pieces_vocab WHERE term = ?", (pieces.pair_term(needle[i : i + 2]),))
            found = row.fetchone()
            bound = min(bound if bound is not None else found[0] if found else 0, found[0] if found else 0)
        return bound or 0

    def _chunks_in_order(self, needle: str, wide: bool) -> tuple[list[int] | None, object]:
        """(every matching chunk id, or None when found document by document; an iterator of
        (chunk id, document) in date order, then position)."""
        if not wide:
            ids = self._matching_chunks(needle)
            ordered = sorted(
                (self._rank[d], c, d) for c in ids if (d := self._doc_of(c)) is not None and d in self._rank
            )
            return ids, ((c, d) for _, c, d in ordered)
        expression = pieces.query_expression(needle)
        scanned = 0 if len(needle) == 1 and self.total(needle) * 2 >= self._chunk_count else SCANNED

        def by_document():
            nonlocal scanned
            for entry in self.entries:
                first, last = self._chunks_of[entry.id]
                if scanned < SCANNED:  # a common character: its chunks read in order are its hits
                    scanned += last - first + 1
                    yield from ((chunk_id, entry.id) for chunk_id in range(first, last + 1))
                    continue
                rows = self.db.execute(
                    "SELECT rowid FROM pieces WHERE pieces MATCH ? AND rowid BETWEEN ? AND ? ORDER BY rowid",
                    (expression, first, last),
                )
                for (chunk_id,) in rows.fetchall():
                    yield chunk_id, entry.id

        return None, by_document()

    def search(self, query: str, limit: int | None = 100, count: bool = True) -> Concordance:
        """The first `limit` hits (None: all) in date order of their documents, then position;
        with the total over the library unless `count` is False (then total is -1)."""
        needle = folded_query(query)
        wide = limit is not None and self._chunk_bound(needle) > WIDE
        ids, ordered = self._chunks_in_order(needle, wide)
        hits: list[Hit] = []
        for chunk_id, doc in ordered:
            if limit is not None and len(hits) >= limit:
                break
            hits.extend(self._hits_in(doc, chunk_id, needle, None if limit is None else limit - len(hits)))
        total = len(hits) if limit is None else self.total(needle, ids) if count else -1
        return Concordance(query, total, hits)

    def _hits_in(self, doc: int, chunk_id: int, needle: str, room: int | None) -> list[Hit]:
        entry = self._by_id[doc]
        start, text = self._chunk(chunk_id)
        found = list(islice(unfolded_starts(needle, text), room))
        n = len(needle)
        return [
            Hit(
                entry.identity,
                entry.path,
                entry.title,
                entry.shown_date,
                self.section_at(doc, start + i),
                start + i,
                start + i + n,
                text[i : i + n],
                text[max(0, i - CONTEXT) : i],
                text[i + n : i + n + CONTEXT],
            )
            for i in found
        ]

    def history(self, query: str) -> list[Point]:
        """How often the query occurs in each indexed document, in date order (zeros too)."""
        needle = folded_query(query)
        counts: dict[int, int] = {}
        for chunk_id, n in self._counts(needle).items():
            doc = self._doc_of(chunk_id)
            if doc is not None:
                counts[doc] = counts.get(doc, 0) + n
        return [Point(e, counts.get(e.id, 0)) for e in self.entries]
