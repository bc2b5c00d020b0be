"""A comparison of two documents: section pairs at once, each pair's word diff when asked for.

`compare(a, b)` does everything that needs no jieba: it cuts both documents into sections and
paragraphs (reader.core.compare.sides) and aligns them (reader.core.compare.plan: the sections
paired, the sentences inside every pair, what moved). That is the first result: which sections
are the same, changed, moved, added or removed, each with its ranges in both documents, enough
to colour both pages and fill the list of sections. This module answers the questions asked of
it: the changes (made by reader.core.compare.step_changes, kept here) and the places
(reader.core.compare.places).

The word diff of a pair (`changes_of(pair)`) is made on first request and kept: only pairs
whose text differs need one, and each is a few milliseconds, so a window asks for the pairs on
screen first and the rest in the background (`iter_pairs`). Results are the same in whatever
order they are asked for; the object is safe to share between threads.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Iterator

from reader.core.compare.model import Change, SectionPair
from reader.core.compare.places import Places
from reader.core.compare.plan import plan
from reader.core.compare.sides import Keys, Side, Source, prepare
from reader.core.compare.step_changes import (
    moved_section_change,
    renumbering_changes,
    step_changes,
    step_touches,
    touches,
)


class Comparison:
    """The comparison of document A (the older version) with B. See the package docstring."""

    def __init__(self, a: Side, b: Side) -> None:
        self.a = a
        self.b = b
        self._plan = plan(a, b)
        self.pairs: list[SectionPair] = self._plan.pairs
        self._places = Places(a, b, self._plan)
        self._made: dict[int, list[Change]] = {}
        self._made_steps: dict[tuple[int, int], list[Change]] = {}  # (pair, step) → its changes
        self._lock = threading.Lock()

    # -- the word diffs, when asked for ------------------------------------------------------
    def is_made(self, index: int) -> bool:
        """Whether a pair's changes are made already (asking for them then costs nothing)."""
        with self._lock:
            return index in self._made

    def changes_of(self, index: int) -> list[Change]:
        """The changes of one section pair, in document order (made once, then kept)."""
        with self._lock:
            made = self._made.get(index)
        if made is not None:
            return made
        steps = self._plan.steps[index]
        made = self._moved_section(index) + [c for k in range(len(steps)) for c in self._step(index, k)]
        made = renumbering_changes(self.a, self.b, self.pairs[index]) + made
        with self._lock:
            return self._made.setdefault(index, made)

    def changes_in(self, side: str, start: int, end: int) -> list[Change]:
        """The changes of whatever touches [start, end) of one side ("a" or "b"): the
        paragraphs on screen, word-diffed first, before the rest of their sections. In
        document order; the same Change objects changes_of later returns."""
        this = self.a if side == "a" else self.b
        out: list[Change] = []
        for pair in self.pairs:
            lo, hi = pair.a_range if side == "a" else pair.b_range
            if hi < start or lo > end:
                continue
            if self.is_made(pair.index):
                picked = self.changes_of(pair.index)
            else:
                picked = renumbering_changes(self.a, self.b, pair) + self._moved_section(pair.index)
                for k, step in enumerate(self._plan.steps[pair.index]):
                    if step_touches(this, step, side, start, end):
                        picked.extend(self._step(pair.index, k))
            out.extend(c for c in picked if touches(c.a if side == "a" else c.b, start, end))
        return out

    def iter_pairs(self, order: Iterable[int] | None = None) -> Iterator[tuple[int, list[Change]]]:
        """(pair index, its changes) for every pair, in `order` first (the pairs on screen), then
        the rest in document order. A worker thread runs this and hands each result to the window."""
        seen: set[int] = set()
        for index in [*(order or ()), *range(len(self.pairs))]:
            if index in seen or not 0 <= index < len(self.pairs):
                continue
            seen.add(index)
            yield index, self.changes_of(index)

    def changes(self) -> list[Change]:
        """Every change in document order (pairs in order, each pair's in order)."""
        return [change for index in range(len(self.pairs)) for change in self.changes_of(index)]

    def counts(self, index: int | None = None) -> Counter:
        """Changes by kind, of one pair or (None) of the whole comparison."""
        if index is None:
            return Counter(c.kind for c in self.changes())
        return Counter(c.kind for c in self.changes_of(index))

    def section_counts(self) -> list[tuple[SectionPair, Counter]]:
        """Every pair with at least one change, with its counts by kind: the changes panel's
        count per section."""
        out = []
        for pair in self.pairs:
            counts = self.counts(pair.index)
            if counts:
                out.append((pair, counts))
        return out

    def _moved_section(self, index: int) -> list[Change]:
        """The change naming a section moved as a whole, if this pair is one: made once, so
        changes_in and changes_of hand out the same object."""
        if index not in self._plan.region_moves:
            return []
        with self._lock:
            made = self._made_steps.get((index, -1))
            if made is None:
                made = self._made_steps[(index, -1)] = [moved_section_change(self.a, self.b, self.pairs[index])]
        return list(made)

    def _step(self, index: int, k: int) -> list[Change]:
        """The changes of one step of a pair's plan (made once, then kept)."""
        with self._lock:
            made = self._made_steps.get((index, k))
        if made is None:
            made = step_changes(self.a, self.b, self.pairs[index], self._plan.steps[index][k])
            with self._lock:
                made = self._made_steps.setdefault((index, k), made)
        return made

    # -- for the window: places ------------------------------------------------------------
    def pair_at(self, side: str, offset: int) -> SectionPair | None:
        """The pair whose section on `side` ("a" or "b") holds an offset (reader.core.compare.places)."""
        return self._places.pair_at(side, offset)

    def counterpart(self, side: str, offset: int) -> int:
        """Where an offset of one document stands in the other (reader.core.compare.places): for
        scrolling both pages together and jumping to a change."""
        return self._places.counterpart(side, offset)


def compare(a: Source | str, b: Source | str) -> Comparison:
    """Compare document A (the older version) with B: texts, or Sources with what a session
    already has. Fast (no jieba): the word diffs come from `changes_of` when asked for."""
    keys = Keys()  # what both versions have is keyed once
    side_a = prepare(a if isinstance(a, Source) else Source(a), keys)
    side_b = prepare(b if isinstance(b, Source) else Source(b), keys)
    return Comparison(side_a, side_b)
