"""A comparison of two documents: section pairs at once, each pair's word diff when asked for.

`compare(a, b)` does everything that needs no jieba: it cuts both documents into sections and
paragraphs (reader.core.compare.sides), aligns the sections, aligns the paragraphs inside every
pair of sections and finds moved sections and paragraphs (reader.core.compare.align). That is
the first result: which sections are the same, changed, moved, added or removed, each with its
ranges in both documents, enough to colour both pages and fill the list of sections.

The word diff of a pair (`changes_of(pair)`) is made on first request and kept: only pairs
whose text differs need one, and each is a few milliseconds, so a window asks for the pairs on
screen first and the rest in the background (`iter_pairs`). Results are the same in whatever
order they are asked for; the object is safe to share between threads.
"""

from __future__ import annotations

import threading
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from reader.core.compare.align import (
    MOVE_MIN_SIZE,
    align,
    find_moves,
    in_order,
    pair_by_rank,
)
from reader.core.compare.model import Change, ChangeKind, PairStatus, SectionPair, SectionRef, Span
from reader.core.compare.normalize import dice
from reader.core.compare.sections import pair_sections
from reader.core.compare.sides import Keys, Sentence, Side, Source, prepare
from reader.core.compare.statements import FRAME_LIKENESS, Clause, figure_clauses, pair_statements
from reader.core.compare.worddiff import diff_words

SENTENCE_LIKENESS = 0.3
"""Two sentences between the same unchanged neighbours pair as a rewording from this likeness
up (sections pair from MATCH_LIKENESS): a sentence of a report whose figure changed and which
gained a clause (赤字率拟按3%安排，赤字规模4.06万亿元… → 今年赤字率拟按4%左右安排、比上年提高
1个百分点…) keeps only 0.46 of its character pairs, yet is the same sentence."""
SENTENCE_MOVE_MIN = 5
"""Characters of content a sentence found elsewhere needs to count as moved (a section needs
align.MOVE_MIN_SIZE): 加强知识产权保护。 is a sentence of its own, 总则 is not."""
MOVED_REWORDED_LIKENESS = 0.45
"""A sentence found elsewhere and reworded pairs from this likeness up, when it and its
counterpart are each other's likest by a clear margin (align.RANK_MARGIN)."""


@dataclass(frozen=True)
class _Step:
    """One entry of a pair's plan: `diff` (two paragraphs to word-diff), `added` or `removed`
    (a run of paragraphs only on one side), `moved` (a paragraph from elsewhere, then diffed)."""

    kind: str
    a_units: tuple[int, ...]
    b_units: tuple[int, ...]
    a_at: int
    b_at: int
    clause: tuple[int, int, int, int] | None = None
    """For a `clause` step (a statement of a figure found in another sentence): the two
    clauses' ranges, A's then B's."""


class Comparison:
    """The comparison of document A (the older version) with B. See the package docstring."""

    def __init__(self, a: Side, b: Side) -> None:
        self.a = a
        self.b = b
        self.pairs: list[SectionPair] = []
        self._plans: list[list[_Step]] = []
        self._region_moves: set[int] = set()  # pairs that are a section moved as a whole
        self._a_to_b: dict[int, int] = {}  # paragraph of A → its counterpart in B, and back
        self._b_to_a: dict[int, int] = {}
        self._made: dict[int, list[Change]] = {}
        self._made_steps: dict[tuple[int, int], list[Change]] = {}  # (pair, step) → its changes
        self._lock = threading.Lock()
        count_a = Counter(u.signature for u in a.sentences)
        count_b = Counter(u.signature for u in b.sentences)
        self._shared = {key for key, n in count_a.items() if n == 1 and count_b.get(key) == 1}
        """Sentences each document has exactly once, word for word."""
        self._build()

    # -- the first result: sections (paired by reader.core.compare.sections) ---------------
    def _build(self) -> None:
        ra, rb = self.a.regions, self.b.regions
        found = pair_sections(self.a, self.b)
        kept = in_order(list(found))
        by_b = {j: (i, s) for (i, j), s in found.items()}
        paired_a = {i for i, _ in found}
        entries: list[tuple[int | None, int | None, float, PairStatus]] = []
        next_a = 0  # the first section of A not yet placed

        def removed_up_to(stop: int) -> None:
            nonlocal next_a
            for k in range(next_a, stop):
                if k not in paired_a:
                    entries.append((k, None, 0.0, PairStatus.REMOVED))
            next_a = max(next_a, stop)

        for j in range(len(rb)):
            if j not in by_b:
                entries.append((None, j, 0.0, PairStatus.ADDED))
                continue
            i, s = by_b[j]
            if (i, j) in kept:
                removed_up_to(i)
                next_a = i + 1
                status = PairStatus.SAME if ra[i].signature == rb[j].signature else PairStatus.CHANGED
            else:
                status = PairStatus.MOVED
            entries.append((i, j, s, status))
        removed_up_to(len(ra))
        a_cursor = b_cursor = 0
        for index, (i, j, s, status) in enumerate(entries):
            a_ref = ra[i].ref if i is not None else None
            b_ref = rb[j].ref if j is not None else None
            a_range = a_ref.range if a_ref else (a_cursor, a_cursor)
            b_range = b_ref.range if b_ref else (b_cursor, b_cursor)
            if a_ref and status is not PairStatus.MOVED:
                a_cursor = a_ref.end
            if b_ref:
                b_cursor = b_ref.end
            renumbered = bool(
                i is not None and j is not None and ra[i].number and rb[j].number and ra[i].number != rb[j].number
            )
            self.pairs.append(SectionPair(index, status, a_ref, b_ref, a_range, b_range, round(s, 4), renumbered))
            if status is PairStatus.MOVED:
                self._region_moves.add(index)
            self._plans.append(self._plan(i, j, a_range, b_range))
        self._find_sentence_moves()
        self._index_places()

    def _plan(self, i: int | None, j: int | None, a_range: tuple[int, int], b_range: tuple[int, int]) -> list[_Step]:
        """The steps of one pair: its sentences aligned (equal ones leave no step, only their
        pairing, which `counterpart` reads). Sentences, not paragraphs: a report cuts, joins
        and reorders its paragraphs from one year to the next, and a sentence both years share
        must pair with itself wherever it now stands."""
        sa, sb = self.a.sentences, self.b.sentences
        if i is None:
            units = self.b.regions[j].sentences
            return [_Step("added", (), units, a_range[0], sb[units[0]].start)] if units else []
        if j is None:
            units = self.a.regions[i].sentences
            return [_Step("removed", units, (), sa[units[0]].start, b_range[0])] if units else []
        ka, kb = self.a.regions[i].sentences, self.b.regions[j].sentences
        if self.a.regions[i].signature == self.b.regions[j].signature and len(ka) == len(kb):
            self._pair_units(zip(ka, kb))  # the same keys: the same sentences, in order
            return []
        la = [sa[k] for k in ka]
        lb = [sb[k] for k in kb]
        steps: list[_Step] = []
        a_at = la[0].start if la else a_range[0]
        b_at = lb[0].start if lb else b_range[0]
        shared = self._shared

        def likeness(x: int, y: int) -> float:
            # a sentence both documents have word for word, once each, pairs only with its copy
            # (found where it went by _find_sentence_moves): never as a rewording of another
            if la[x].signature != lb[y].signature and (la[x].signature in shared or lb[y].signature in shared):
                return 0.0
            return dice(la[x].grams, lb[y].grams)

        for x, y, _ in align(la, lb, likeness, threshold=SENTENCE_LIKENESS):
            if x is not None and y is not None:
                self._pair_units([(ka[x], kb[y])])
                if la[x].signature != lb[y].signature:
                    steps.append(_Step("diff", (ka[x],), (kb[y],), a_at, b_at))
                a_at, b_at = la[x].end, lb[y].end
            elif x is not None:
                steps.append(_Step("removed", (ka[x],), (), la[x].start, b_at))
                a_at = la[x].end
            else:
                steps.append(_Step("added", (), (kb[y],), a_at, lb[y].start))
                b_at = lb[y].end
        return steps

    def _pair_units(self, pairs: Iterable[tuple[int, int]]) -> None:
        for x, y in pairs:
            self._a_to_b[x] = y
            self._b_to_a[y] = x

    def _find_sentence_moves(self) -> None:
        """Sentences left unpaired anywhere (in changed, added and removed sections) that are
        the same or nearly in both: one sentence moved. Its step at B's place becomes `moved`;
        at A's place it leaves no step (the moved change names both places)."""
        removed: dict[int, int] = {}  # sentence of A → pair holding its step
        added: dict[int, int] = {}
        for index, steps in enumerate(self._plans):
            for step in steps:
                if step.kind == "removed":
                    removed.update((k, index) for k in step.a_units)
                elif step.kind == "added":
                    added.update((k, index) for k in step.b_units)
        if not removed or not added:
            self._plans = [_runs(steps) for steps in self._plans]
            self._find_statements()
            return
        sa, sb = self.a.sentences, self.b.sentences
        # a sentence is a short unit: 扩大有效投资。 found word for word elsewhere is that sentence
        moves = find_moves(
            sa,
            sb,
            sorted(removed),
            sorted(added),
            [u.size for u in sa],
            [u.size for u in sb],
            min_size=SENTENCE_MOVE_MIN,
        )
        # then a sentence rewritten as it moved (a target that went from one part of a report to
        # another, its figure changed): each other's likest by a clear margin
        taken_a, taken_b = {i for i, _, _ in moves}, {j for _, j, _ in moves}
        rest_a = [k for k in sorted(removed) if k not in taken_a and sa[k].size >= MOVE_MIN_SIZE]
        rest_b = [k for k in sorted(added) if k not in taken_b and sb[k].size >= MOVE_MIN_SIZE]
        moves += pair_by_rank(
            rest_a,
            rest_b,
            lambda i, j: dice(sa[i].grams, sb[j].grams),
            threshold=MOVED_REWORDED_LIKENESS,
            candidates=_sharing_rare_pairs(rest_a, rest_b, sa, sb),
        )
        moved_a = {i: j for i, j, _ in moves}
        moved_b = {j: i for i, j, _ in moves}
        plans: list[list[_Step]] = []
        for steps in self._plans:
            out: list[_Step] = []
            for step in steps:
                if step.kind == "removed":
                    out.extend(
                        _Step("removed", (k,), (), sa[k].start, step.b_at) for k in step.a_units if k not in moved_a
                    )
                elif step.kind == "added":
                    for k in step.b_units:
                        if k in moved_b:
                            src = sa[moved_b[k]]
                            self._pair_units([(src.index, k)])
                            out.append(_Step("moved", (src.index,), (k,), src.start, sb[k].start))
                        else:
                            out.append(_Step("added", (), (k,), step.a_at, sb[k].start))
                else:
                    out.append(step)
            plans.append(_runs(out))
        self._plans = plans
        self._find_statements()

    def _find_statements(self) -> None:
        """Clauses stating a figure that left their sentence (reader.core.compare.statements):
        in sentences removed or added, or in a reworded sentence whose counterpart has no such
        statement (a sentence split in two: 专项债券3.75万亿元，…，中央预算内投资安排6000亿元。 became
        two sentences, one of them paired with it). Each pair found is a step of its own after
        B's sentence, so 3.75万亿元 → 3.65万亿元 is a change of its own."""
        sa, sb = self.a.sentences, self.b.sentences
        old: list[Clause] = []
        new: list[Clause] = []
        pair_of_b: dict[int, int] = {}
        for index, steps in enumerate(self._plans):
            for step in steps:
                if step.kind not in ("removed", "added", "diff"):
                    continue
                mine_a = [c for k in step.a_units for c in self._clauses(self.a, sa[k])]
                mine_b = [c for k in step.b_units for c in self._clauses(self.b, sb[k])]
                pair_of_b.update((k, index) for k in step.b_units)
                old += [c for c in mine_a if not any(dice(c.grams, d.grams) >= FRAME_LIKENESS for d in mine_b)]
                new += [c for c in mine_b if not any(dice(c.grams, d.grams) >= FRAME_LIKENESS for d in mine_a)]
        for was, now in pair_statements(old, new):
            steps = self._plans[pair_of_b[now.sentence]]
            clause = (was.start, was.end, now.start, now.end)
            step = _Step("clause", (was.sentence,), (now.sentence,), was.start, now.start, clause)
            at = next((n + 1 for n, s in enumerate(steps) if now.sentence in s.b_units), len(steps))
            steps.insert(at, step)

    @staticmethod
    def _clauses(side: Side, sentence: Sentence) -> list[Clause]:
        return figure_clauses(side.text, side.view.slice, sentence.index, sentence.start, sentence.end)

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
        made = self._moved_section(index) + [c for k in range(len(self._plans[index])) for c in self._step(index, k)]
        made = self._renumbering(index) + made
        with self._lock:
            return self._made.setdefault(index, made)

    def changes_in(self, side: str, start: int, end: int) -> list[Change]:
        """The changes of whatever touches [start, end) of one side ("a" or "b"): the
        paragraphs on screen, word-diffed first, before the rest of their sections. In
        document order; the same Change objects changes_of later returns."""
        out: list[Change] = []
        for pair in self.pairs:
            lo, hi = pair.a_range if side == "a" else pair.b_range
            if hi < start or lo > end:
                continue
            if self.is_made(pair.index):
                picked = self.changes_of(pair.index)
            else:
                picked = self._renumbering(pair.index) + self._moved_section(pair.index)
                for k, step in enumerate(self._plans[pair.index]):
                    if self._step_touches(step, side, start, end):
                        picked.extend(self._step(pair.index, k))
            out.extend(c for c in picked if _touches(c.a if side == "a" else c.b, start, end))
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

    def _ref_a(self, sentence: int) -> SectionRef:
        return self.a.regions[self.a.sentences[sentence].region].ref

    def _ref_b(self, sentence: int) -> SectionRef:
        return self.b.regions[self.b.sentences[sentence].region].ref

    def _moved_section(self, index: int) -> list[Change]:
        """The one change naming a section that moved as a whole (its edits are its steps')."""
        if index not in self._region_moves:
            return []
        pair = self.pairs[index]
        (a0, a1), (b0, b1) = pair.a_range, pair.b_range
        span_a, span_b = Span(a0, a1, self.a.text[a0:a1]), Span(b0, b1, self.b.text[b0:b1])
        with self._lock:
            made = self._made_steps.setdefault(
                (index, -1), [Change(ChangeKind.MOVED, span_a, span_b, pair.a, pair.b, index)]
            )
        return list(made)

    def _renumbering(self, index: int) -> list[Change]:
        """The change naming a section's new number (none when it kept its number)."""
        pair = self.pairs[index]
        if not pair.renumbered:
            return []
        a0, b0 = pair.a.start, pair.b.start
        a1, b1 = a0 + len(pair.a.number), b0 + len(pair.b.number)
        span_a, span_b = Span(a0, a1, self.a.text[a0:a1]), Span(b0, b1, self.b.text[b0:b1])
        return [Change(ChangeKind.RENUMBERED, span_a, span_b, pair.a, pair.b, index)]

    def _step_touches(self, step: _Step, side: str, start: int, end: int) -> bool:
        this = self.a if side == "a" else self.b
        units = step.a_units if side == "a" else step.b_units
        if not units:
            at = step.a_at if side == "a" else step.b_at
            return start <= at <= end
        return this.sentences[units[0]].start <= end and this.sentences[units[-1]].end >= start

    def _step(self, index: int, k: int) -> list[Change]:
        """The changes of one step of a pair's plan (made once, then kept)."""
        with self._lock:
            made = self._made_steps.get((index, k))
        if made is None:
            made = self._make_step(index, self._plans[index][k])
            with self._lock:
                made = self._made_steps.setdefault((index, k), made)
        return made

    def _make_step(self, index: int, step: _Step) -> list[Change]:
        pair = self.pairs[index]
        ta, tb = self.a.text, self.b.text
        if step.kind in ("added", "removed"):
            units_a = [self.a.sentences[k] for k in step.a_units]
            units_b = [self.b.sentences[k] for k in step.b_units]
            a0, a1 = (units_a[0].start, units_a[-1].end) if units_a else (step.a_at, step.a_at)
            b0, b1 = (units_b[0].start, units_b[-1].end) if units_b else (step.b_at, step.b_at)
            kind = ChangeKind.ADDED if step.kind == "added" else ChangeKind.REMOVED
            return [Change(kind, Span(a0, a1, ta[a0:a1]), Span(b0, b1, tb[b0:b1]), pair.a, pair.b, index)]
        unit_a, unit_b = self.a.sentences[step.a_units[0]], self.b.sentences[step.b_units[0]]
        ref_a, ref_b = self._ref_a(unit_a.index), self._ref_b(unit_b.index)
        out: list[Change] = []
        if step.kind == "clause":
            a0, a1, b0, b1 = step.clause
            out.append(Change(ChangeKind.MOVED, Span(a0, a1, ta[a0:a1]), Span(b0, b1, tb[b0:b1]), ref_a, ref_b, index))
            unit_a = replace(unit_a, start=a0, body=a0, end=a1)
            unit_b = replace(unit_b, start=b0, body=b0, end=b1)
        if step.kind == "moved":
            a0, a1, b0, b1 = unit_a.start, unit_a.end, unit_b.start, unit_b.end
            out.append(Change(ChangeKind.MOVED, Span(a0, a1, ta[a0:a1]), Span(b0, b1, tb[b0:b1]), ref_a, ref_b, index))
            if unit_a.signature == unit_b.signature:
                return out
        for edit in diff_words(self.a.tokens(unit_a), self.b.tokens(unit_b), unit_a.body, unit_b.body):
            span_a = Span(edit.a_start, edit.a_end, ta[edit.a_start : edit.a_end])
            span_b = Span(edit.b_start, edit.b_end, tb[edit.b_start : edit.b_end])
            out.append(Change(edit.kind, span_a, span_b, ref_a, ref_b, index))
        return out

    # -- for the window: places ------------------------------------------------------------
    def pair_at(self, side: str, offset: int) -> SectionPair | None:
        """The pair whose section on `side` ("a" or "b") holds an offset (the section starting
        last at or before it: an offset in the blanks after a section belongs to it)."""
        starts, indexes = self._starts[side]
        k = bisect_right(starts, offset) - 1
        return self.pairs[indexes[k]] if k >= 0 else None

    def counterpart(self, side: str, offset: int) -> int:
        """Where an offset of one document stands in the other: the same place of the paired
        paragraph when there is one; for a paragraph only this side has, the point where it
        would stand there; else the start of the paired section (or the point where the section
        would stand). For scrolling both pages together and jumping to a change."""
        this, other = (self.a, self.b) if side == "a" else (self.b, self.a)
        pairing = self._a_to_b if side == "a" else self._b_to_a
        points = self._a_points if side == "a" else self._b_points
        k = bisect_right(self._block_starts[side], offset) - 1
        if k >= 0 and k in pairing:
            here, there = this.sentences[k], other.sentences[pairing[k]]
            return min(there.start + max(0, offset - here.start), there.end)
        if k >= 0 and k in points:
            return points[k]
        pair = self.pair_at(side, offset)
        if pair is None:
            return 0
        return (pair.b_range if side == "a" else pair.a_range)[0]

    def _index_places(self) -> None:
        """What pair_at and counterpart look up: section starts, and the point on the other
        side of each paragraph only one side has."""
        self._starts: dict[str, tuple[list[int], list[int]]] = {}
        for side in ("a", "b"):
            refs = [(ref.start, p.index) for p in self.pairs if (ref := p.a if side == "a" else p.b) is not None]
            refs.sort()
            self._starts[side] = ([s for s, _ in refs], [i for _, i in refs])
        self._block_starts = {"a": [u.start for u in self.a.sentences], "b": [u.start for u in self.b.sentences]}
        self._a_points: dict[int, int] = {}
        self._b_points: dict[int, int] = {}
        for steps in self._plans:
            for step in steps:
                if step.kind == "added":
                    self._b_points.update((k, step.a_at) for k in step.b_units)
                elif step.kind == "removed":
                    self._a_points.update((k, step.b_at) for k in step.a_units)


_CANDIDATES = 8  # counterparts weighed per sentence: those sharing the most rare character pairs


def _sharing_rare_pairs(rest_a, rest_b, sa, sb) -> dict[int, list[int]]:
    """For each leftover sentence of A, the leftover sentences of B sharing the most of its
    character pairs that few sentences have (an index of the pairs: weighing every sentence
    against every other took a second for two reports)."""
    postings: dict[str, list[int]] = {}
    for j in rest_b:
        for gram in sb[j].grams:
            postings.setdefault(gram, []).append(j)
    common = max(8, len(rest_b) // 20)
    out: dict[int, list[int]] = {}
    for i in rest_a:
        shared: Counter = Counter()
        for gram in sa[i].grams:
            hits = postings.get(gram)
            if hits and len(hits) <= common:
                shared.update(hits)
        out[i] = [j for j, _ in shared.most_common(_CANDIDATES)]
    return out


def _touches(span: Span, start: int, end: int) -> bool:
    if span.start == span.end:
        return start <= span.start <= end
    return span.start < end and span.end > start


def _runs(steps: list[_Step]) -> list[_Step]:
    """Consecutive added (or removed) paragraphs as one step: three new items of an article are
    one addition, not three (only paragraphs next to each other: not across a moved one)."""
    out: list[_Step] = []
    for step in steps:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == step.kind == "added"
            and prev.a_at == step.a_at
            and prev.b_units[-1] + 1 == step.b_units[0]
        ):
            out[-1] = _Step("added", (), prev.b_units + step.b_units, prev.a_at, prev.b_at)
        elif (
            prev is not None
            and prev.kind == step.kind == "removed"
            and prev.b_at == step.b_at
            and prev.a_units[-1] + 1 == step.a_units[0]
        ):
            out[-1] = _Step("removed", prev.a_units + step.a_units, (), prev.a_at, prev.b_at)
        else:
            out.append(step)
    return out


def compare(a: Source | str, b: Source | str) -> Comparison:
    """Compare document A (the older version) with B: texts, or Sources with what a session
    already has. Fast (no jieba): the word diffs come from `changes_of` when asked for."""
    keys = Keys()  # what both versions have is keyed once
    side_a = prepare(a if isinstance(a, Source) else Source(a), keys)
    side_b = prepare(b if isinstance(b, Source) else Source(b), keys)
    return Comparison(side_a, side_b)
