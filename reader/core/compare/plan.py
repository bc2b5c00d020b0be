"""The alignment a comparison answers from: which section of A pairs with which of B (and how:
same, changed, moved, added, removed), each pair's plan of steps to word-diff, and which
sentence of one document is which of the other.

`plan(a, b)` pairs the sections (reader.core.compare.sections), aligns the sentences inside
every pair (reader.core.compare.align), then finds what moved between pairs
(reader.core.compare.moves). No word is diffed here: that is done per step when asked for
(reader.core.compare.comparison)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from reader.core.compare.align import align, in_order
from reader.core.compare.model import PairStatus, SectionPair
from reader.core.compare.moves import find_moved_sentences, find_moved_statements
from reader.core.compare.normalize import dice, numbers_masked
from reader.core.compare.sections import pair_sections
from reader.core.compare.sides import Side
from reader.core.compare.steps import Step

SENTENCE_LIKENESS = 0.3
"""Two sentences between the same unchanged neighbours pair as a rewording from this likeness
up (sections pair from MATCH_LIKENESS): a sentence of a report whose figure changed and which
gained a clause (赤字率拟按3%安排，赤字规模4.06万亿元… → 今年赤字率拟按4%左右安排、比上年提高
1个百分点…) keeps only 0.46 of its character pairs, yet is the same sentence."""


@dataclass(eq=False)
class Plan:
    """The section pairs in B's order, each pair's steps, and the sentences paired across."""

    pairs: list[SectionPair] = field(default_factory=list)
    steps: list[list[Step]] = field(default_factory=list)
    """Per pair (by index), the steps to word-diff: equal sentences leave none."""
    region_moves: set[int] = field(default_factory=set)
    """Pairs that are a section moved as a whole."""
    a_to_b: dict[int, int] = field(default_factory=dict)
    """Sentence of A → its counterpart in B (b_to_a the other way)."""
    b_to_a: dict[int, int] = field(default_factory=dict)

    def pair_units(self, pairs: Iterable[tuple[int, int]]) -> None:
        """Record sentences of A and B as each other's counterparts."""
        for x, y in pairs:
            self.a_to_b[x] = y
            self.b_to_a[y] = x


def plan(a: Side, b: Side) -> Plan:
    """The alignment of A (the older version) with B."""
    made = Plan()
    ra, rb = a.regions, b.regions
    count_a = Counter(u.signature for u in a.sentences)
    count_b = Counter(u.signature for u in b.sentences)
    # sentences each document has exactly once, word for word
    shared = {key for key, n in count_a.items() if n == 1 and count_b.get(key) == 1}
    found = pair_sections(a, b)
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
        made.pairs.append(SectionPair(index, status, a_ref, b_ref, a_range, b_range, round(s, 4), renumbered))
        if status is PairStatus.MOVED:
            made.region_moves.add(index)
        made.steps.append(_pair_steps(a, b, made, shared, i, j, a_range, b_range))
    find_moved_sentences(a, b, made)
    find_moved_statements(a, b, made)
    return made


def _pair_steps(
    a: Side,
    b: Side,
    made: Plan,
    shared: set,
    i: int | None,
    j: int | None,
    a_range: tuple[int, int],
    b_range: tuple[int, int],
) -> list[Step]:
    """The steps of one pair: its sentences aligned (equal ones leave no step, only their
    pairing, which `counterpart` reads). Sentences, not paragraphs: a report cuts, joins
    and reorders its paragraphs from one year to the next, and a sentence both years share
    must pair with itself wherever it now stands."""
    sa, sb = a.sentences, b.sentences
    if i is None:
        units = b.regions[j].sentences
        return [Step("added", (), units, a_range[0], sb[units[0]].start)] if units else []
    if j is None:
        units = a.regions[i].sentences
        return [Step("removed", units, (), sa[units[0]].start, b_range[0])] if units else []
    ka, kb = a.regions[i].sentences, b.regions[j].sentences
    if a.regions[i].signature == b.regions[j].signature and len(ka) == len(kb):
        made.pair_units(zip(ka, kb))  # the same keys: the same sentences, in order
        return []
    la = [sa[k] for k in ka]
    lb = [sb[k] for k in kb]
    steps: list[Step] = []
    a_at = la[0].start if la else a_range[0]
    b_at = lb[0].start if lb else b_range[0]

    def likeness(x: int, y: int) -> float:
        # a sentence both documents have word for word, once each, pairs only with its copy
        # (found where it went by find_moved_sentences): never as a rewording of another;
        # unless the two here differ in their numbers alone: when a law's cross-references are
        # renumbered (依照第三十条 → 依照第二十八条, and the next article's 第三十二条 → 第三十条),
        # the copy elsewhere is a coincidence of the renumbering, and each stays in its article
        sig_a, sig_b = la[x].signature, lb[y].signature
        if sig_a != sig_b and (sig_a in shared or sig_b in shared) and numbers_masked(sig_a) != numbers_masked(sig_b):
            return 0.0
        return dice(la[x].grams, lb[y].grams)

    for x, y, _ in align(la, lb, likeness, threshold=SENTENCE_LIKENESS):
        if x is not None and y is not None:
            made.pair_units([(ka[x], kb[y])])
            if la[x].signature != lb[y].signature:
                steps.append(Step("diff", (ka[x],), (kb[y],), a_at, b_at))
            a_at, b_at = la[x].end, lb[y].end
        elif x is not None:
            steps.append(Step("removed", (ka[x],), (), la[x].start, b_at))
            a_at = la[x].end
        else:
            steps.append(Step("added", (), (kb[y],), a_at, lb[y].start))
            b_at = lb[y].end
    return steps
