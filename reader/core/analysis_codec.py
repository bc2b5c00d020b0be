"""Compact forms of analysis results: what the worker process sends the window and what the
disk cache keeps. Offsets travel as arrays of ints (one block of bytes each) and text as one
string, never as lists of Python objects: taking in a book's 600,000 word boundaries as a list
would hold the window for tens of milliseconds, as an array it costs a copy."""

from __future__ import annotations

from array import array
from dataclasses import dataclass

from reader.core import typeset
from reader.core.analysis_cache import Entry
from reader.core.keyterms import PackedTerms
from reader.core.outline import Outline, Section, navigation_stops
from reader.core.scripts import Script, View
from reader.core.typeset import Block
from reader.core.view_segments import Segment
from reader.core.words import WordBoundaries


def _ints(data: bytes, typecode: str = "i") -> array:
    out = array(typecode)
    out.frombytes(data)
    return out


# -- views -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PackedView:
    script: Script
    config: str | None
    text: str
    segments: array  # 'i', flat (o_start, o_end, v_start, v_end) of each segment

    @classmethod
    def of(cls, view: View) -> PackedView:
        flat = array("i")
        for s in view.segments:
            flat.extend((s.o_start, s.o_end, s.v_start, s.v_end))
        return cls(view.script, view.config, view.text, flat)

    def view(self) -> View:
        f = self.segments
        segments = [Segment(f[i], f[i + 1], f[i + 2], f[i + 3]) for i in range(0, len(f), 4)]
        return View(self.script, self.config, self.text, segments)

    def entry(self) -> Entry:
        meta = {"script": self.script.value, "config": self.config}
        return Entry(meta, {"text": self.text.encode("utf-8"), "segments": self.segments.tobytes()})

    @classmethod
    def from_entry(cls, entry: Entry) -> PackedView:
        meta, blobs = entry.meta, entry.blobs
        return cls(Script(meta["script"]), meta["config"], blobs["text"].decode("utf-8"), _ints(blobs["segments"]))


# -- word boundaries -------------------------------------------------------------------------
@dataclass(frozen=True)
class PackedWords:
    """Word boundaries in original offsets, and the Simplified view's own word ends (what key
    terms count), both as arrays."""

    boundaries: array
    length: int
    user_words: frozenset[str]
    view_ends: array

    def words(self) -> WordBoundaries:
        return WordBoundaries(self.boundaries, self.length, self.user_words)

    def entry(self) -> Entry:
        meta = {"length": self.length, "user_words": sorted(self.user_words)}
        return Entry(meta, {"boundaries": self.boundaries.tobytes(), "ends": self.view_ends.tobytes()})

    @classmethod
    def from_entry(cls, entry: Entry) -> PackedWords:
        meta, blobs = entry.meta, entry.blobs
        return cls(_ints(blobs["boundaries"]), meta["length"], frozenset(meta["user_words"]), _ints(blobs["ends"]))


# -- key terms -------------------------------------------------------------------------------
def terms_entry(packed: PackedTerms) -> Entry:
    blobs = {
        "names": packed.names.encode("utf-8"),
        "weights": packed.weights.tobytes(),
        "occurrence_index": packed.occurrence_index.tobytes(),
        "occurrences": packed.occurrences.tobytes(),
        "section_ranges": packed.section_ranges.tobytes(),
        "section_index": packed.section_index.tobytes(),
    }
    return Entry({"document_count": packed.document_count}, blobs)


def terms_from_entry(entry: Entry) -> PackedTerms:
    b = entry.blobs
    return PackedTerms(
        b["names"].decode("utf-8"),
        _ints(b["weights"], "d"),
        _ints(b["occurrence_index"]),
        _ints(b["occurrences"]),
        entry.meta["document_count"],
        _ints(b["section_ranges"]),
        _ints(b["section_index"]),
    )


# -- the outline, and what else an open needs ------------------------------------------------
_FIELDS = 7  # start, end, label_start, label_end, head_end, depth, end of the text still to cut (-1: none)


@dataclass(frozen=True)
class Prepared:
    """What opening a document needs besides its text, made once: the outline (several times
    faster to read back than to build: 25 against 170 ms for a novel), the script it is in,
    its similarity fingerprint (0.4 s of MinHash for a novel), and what two more walks of a
    book's 36,000 nodes would find (the typeset blocks, the sections reading progress counts)."""

    outline: Outline
    original_script: Script
    fingerprint: list[int]
    blocks: list[Block]
    stops: list[tuple[int, int]]

    @classmethod
    def made(cls, outline: Outline, original_script: Script, fingerprint: list[int]) -> Prepared:
        stops = [(n.start, n.end) for n in navigation_stops(outline)]
        return cls(outline, original_script, fingerprint, typeset.blocks(outline), stops)


def pack_outline(outline: Outline, sentences: bool = False) -> tuple[list[str], bytes, bytes, bytes, bytes]:
    """(kinds, kind of each node, parent of each node, fields, truncated) in preorder: the nodes
    built so far, each with the end of the text its sentences and items are still to be cut
    from (Section.children); `sentences` True: every node, all built, in the layout the
    outline's digest (benchmarks/analysis_speed.py) had before they were built on demand."""
    kinds: dict[str, int] = {}
    kind_of, parent, fields, truncated = array("b"), array("i"), array("i"), array("b")
    stack: list[tuple[Section, int]] = [(outline.root, -1)]
    while stack:
        node, up = stack.pop()
        here = len(kind_of)
        kind_of.append(kinds.setdefault(node.kind, len(kinds)))
        parent.append(up)
        fields.extend((node.start, node.end, node.label_start, node.label_end, node.head_end, node.depth))
        if not sentences:
            pending = node._pending
            fields.append(-1 if pending is None else pending[1] if isinstance(pending, tuple) else node.end)
        truncated.append(1 if node.truncated else 0)
        stack.extend((child, here) for child in reversed(node.children if sentences else node._children))
    return list(kinds), kind_of.tobytes(), parent.tobytes(), fields.tobytes(), truncated.tobytes()


def unpack_outline(
    text: str, kinds: list[str], kind_of: bytes, parent: bytes, fields: bytes, truncated: bytes
) -> Outline:
    k, p, f, t = _ints(kind_of, "b"), _ints(parent), _ints(fields), _ints(truncated, "b")
    if not (len(k) == len(p) == len(t) == len(f) // _FIELDS) or len(f) % _FIELDS or not k:
        raise ValueError("a damaged outline")
    # one comprehension over the arrays: a book has tens of thousands of nodes, made while the
    # window waits (half the time of indexing each field)
    # (a label starting where its section does, as every sentence's, shares the start's int
    # object: 32 bytes less for each of a book's tens of thousands of sections)
    f7 = iter(f)
    nodes = [
        Section(
            kinds[kind],
            start,
            end,
            start if label_start == start else label_start,
            end if label_end == end else label_end,
            bool(cut),
            [],
            head_end,
            depth,
            None if cut_to < 0 else text if cut_to == end else (text, cut_to),
        )
        for kind, cut, start, end, label_start, label_end, head_end, depth, cut_to in zip(
            k, t, f7, f7, f7, f7, f7, f7, f7
        )
    ]
    for i, (node, up) in enumerate(zip(nodes, p)):
        if up >= i:  # preorder: a parent always comes before its children
            raise ValueError("a damaged outline")
        if up >= 0:
            nodes[up]._children.append(node)
    return Outline(text, nodes[0])


def prepared_entry(prepared: Prepared, sentences: bool = False) -> Entry:
    """The cache's entry (`sentences`: see pack_outline)."""
    kinds, kind_of, parent, fields, truncated = pack_outline(prepared.outline, sentences)
    meta = {
        "kinds": kinds,
        "script": prepared.original_script.value,
        "fingerprint": prepared.fingerprint,
        "blocks": [[b.start, b.end, b.kind] for b in prepared.blocks],
    }
    stops = array("i", [p for stop in prepared.stops for p in stop]).tobytes()
    blobs = {"kind": kind_of, "parent": parent, "fields": fields, "truncated": truncated, "stops": stops}
    return Entry(meta, blobs)


def prepared_from_entry(text: str, entry: Entry) -> Prepared:
    m, b = entry.meta, entry.blobs
    outline = unpack_outline(text, m["kinds"], b["kind"], b["parent"], b["fields"], b["truncated"])
    if outline.root.end != len(text):
        raise ValueError("an outline of another text")
    flat = _ints(b["stops"])
    stops = list(zip(flat[0::2], flat[1::2]))
    blocks = [Block(int(start), int(end), str(kind)) for start, end, kind in m["blocks"]]
    return Prepared(outline, Script(m["script"]), [int(h) for h in m["fingerprint"]], blocks, stops)
