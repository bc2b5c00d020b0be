"""Align two sequences of passages (sections, or the paragraphs of a section) by their keys.

Three steps, the same for sections and for paragraphs:

1. **Anchors**: passages whose keys are equal, in order, from difflib's SequenceMatcher over
   the two lists of keys. A renumbered section has the same key as before (its number is not in
   the key), so 第十条 → 第十一条 and 三、 → 四、 anchor like any unchanged section.
2. **Gaps** between anchors: the passages there are paired by likeness, keeping the order, with
   the pairing that maximises the summed likeness above a threshold (dynamic programming over
   the gap). What pairs is a reworded counterpart; the rest is added or removed. A gap of more
   than 500 × 500 passages (two unrelated books) is paired in one greedy pass instead.
3. **Moves** (`find_moves`): of what is left unpaired anywhere, a passage of A and one of B
   that are the same or nearly (likeness ≥ MOVE_LIKENESS) are one passage that moved.

Why difflib: it is the standard library's, maintained with Python, and its SequenceMatcher
aligns sequences of any hashable items, here whole keys and, in the word diff, jieba's words,
without turning them into characters first as diff-match-patch needs (its line-mode trick maps
each distinct word to a private character); its longest-match recursion keeps long unchanged
stretches whole. Its weakness, no notion of "nearly equal", is what steps 2 and 3 add.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from difflib import SequenceMatcher
from typing import Protocol

from reader.core.compare.normalize import can_reach, dice

MATCH_LIKENESS = 0.5
"""Two passages in the same place pair as a rewording from this Dice likeness up. Unrelated
articles of one law share its vocabulary (全国人民代表大会, 常务委员会) and reach 0.2–0.35."""
MOVE_LIKENESS = 0.8
"""A passage found elsewhere counts as moved from this likeness up: far from its place, only a
near copy is evidence that it is the same passage."""
MOVE_MIN_SIZE = 12
"""…and only a passage of this many characters of content: 总则 or 附则 elsewhere is no move."""
_MAX_CELLS = 250_000
"""A gap larger than this (500 × 500 passages) is paired greedily along its length instead
(`_pair_window`): the full weighing would cost seconds and megabytes there."""
_WINDOW = 40
"""How far ahead the greedy pairing of a very large gap looks for a counterpart."""

Pairing = tuple[int | None, int | None, float]
"""(index in A or None, index in B or None, likeness): one step of an alignment."""


class Keyed(Protocol):
    signature: str
    grams: frozenset[str]


Likeness = Callable[[int, int], float]


def default_likeness(a: Sequence[Keyed], b: Sequence[Keyed]) -> Likeness:
    def likeness(i: int, j: int) -> float:
        return dice(a[i].grams, b[j].grams)

    return likeness


def align(
    a: Sequence[Keyed],
    b: Sequence[Keyed],
    likeness: Likeness | None = None,
    threshold: float = MATCH_LIKENESS,
    prune: bool = True,
) -> list[Pairing]:
    """The merged sequence of A and B: pairs in order, with what is only in A before what is
    only in B wherever both have unpaired passages at one place. `prune`: skip pairs whose
    sizes of character pairs alone rule out the threshold (true of the plain Dice likeness,
    not of one that also weighs headings)."""
    likeness = likeness or default_likeness(a, b)
    keys_a = [x.signature for x in a]
    keys_b = [x.signature for x in b]
    # autojunk off: with it, a key repeated in more than 1 % of a long list (an empty line, a
    # recurring 本法自公布之日起施行。) would be ignored as junk and could not anchor
    matcher = SequenceMatcher(None, keys_a, keys_b, autojunk=False)
    out: list[Pairing] = []
    i = j = 0
    for block in matcher.get_matching_blocks():
        out.extend(_pair_gap(range(i, block.a), range(j, block.b), a, b, likeness, threshold, prune))
        out.extend((block.a + k, block.b + k, 1.0) for k in range(block.size))
        i, j = block.a + block.size, block.b + block.size
    return out


_UP, _LEFT, _DIAGONAL = 0, 1, 2


def _pair_gap(
    rows: range,
    cols: range,
    a: Sequence[Keyed],
    b: Sequence[Keyed],
    likeness: Likeness,
    threshold: float,
    prune: bool,
) -> list[Pairing]:
    n, m = len(rows), len(cols)
    if not n or not m:
        return [(i, None, 0.0) for i in rows] + [(None, j, 0.0) for j in cols]
    if n * m > _MAX_CELLS:
        return _pair_window(rows, cols, a, b, likeness, threshold, prune)
    # score[y] after row x: the best summed (likeness - threshold) pairing rows[:x] with
    # cols[:y]; back[x][y] the step that got there
    above = [0.0] * (m + 1)
    back = [bytearray(m + 1) for _ in range(n + 1)]
    gain: dict[tuple[int, int], float] = {}
    for x in range(1, n + 1):
        row = [0.0] * (m + 1)
        steps = back[x]
        i = rows[x - 1]
        size_i = len(a[i].grams)
        for y in range(1, m + 1):
            if above[y] >= row[y - 1]:
                best, step = above[y], _UP
            else:
                best, step = row[y - 1], _LEFT
            j = cols[y - 1]
            if not prune or can_reach(size_i, len(b[j].grams), threshold):
                s = likeness(i, j)
                # a small bonus per pair: of two pairings equal above the threshold, the
                # one with more pairs wins (a pair at exactly the threshold still pairs)
                if s >= threshold and above[y - 1] + s - threshold + 1e-6 > best:
                    best, step = above[y - 1] + s - threshold + 1e-6, _DIAGONAL
                    gain[(x, y)] = s
            row[y] = best
            steps[y] = step
        above = row
    pairs: list[tuple[int, int, float]] = []
    x, y = n, m
    while x and y:
        step = back[x][y]
        if step == _DIAGONAL:
            pairs.append((rows[x - 1], cols[y - 1], gain[(x, y)]))
            x, y = x - 1, y - 1
        elif step == _UP:
            x -= 1
        else:
            y -= 1
    pairs.reverse()
    return _merged(rows, cols, pairs)


def _pair_window(
    rows: range,
    cols: range,
    a: Sequence[Keyed],
    b: Sequence[Keyed],
    likeness: Likeness,
    threshold: float,
    prune: bool,
) -> list[Pairing]:
    """Pair a very large gap in one pass: each passage of A with the likest of the next
    _WINDOW unpaired passages of B, if any reaches the threshold. Linear, where the weighing of
    _pair_gap is quadratic; it keeps the order, and misses only what moved far (find_moves
    looks for that afterwards)."""
    pairs: list[tuple[int, int, float]] = []
    cursor = cols.start
    for i in rows:
        size_i = len(a[i].grams)
        best, best_j = threshold, None
        for j in range(cursor, min(cols.stop, cursor + _WINDOW)):
            if prune and not can_reach(size_i, len(b[j].grams), threshold):
                continue
            s = likeness(i, j)
            if s >= best and (best_j is None or s > best):
                best, best_j = s, j
        if best_j is not None:
            pairs.append((i, best_j, best))
            cursor = best_j + 1
    return _merged(rows, cols, pairs)


def _merged(rows: range, cols: range, pairs: list[tuple[int, int, float]]) -> list[Pairing]:
    """The gap's steps: its pairs in order, what lies between them unpaired (A's first)."""
    out: list[Pairing] = []
    i, j = rows.start, cols.start
    for pi, pj, s in pairs:
        out.extend((k, None, 0.0) for k in range(i, pi))
        out.extend((None, k, 0.0) for k in range(j, pj))
        out.append((pi, pj, s))
        i, j = pi + 1, pj + 1
    out.extend((k, None, 0.0) for k in range(i, rows.stop))
    out.extend((None, k, 0.0) for k in range(j, cols.stop))
    return out


def find_moves(
    a: Sequence[Keyed],
    b: Sequence[Keyed],
    left_a: Sequence[int],
    left_b: Sequence[int],
    sizes_a: Sequence[int],
    sizes_b: Sequence[int],
    threshold: float = MOVE_LIKENESS,
    min_size: int = MOVE_MIN_SIZE,
) -> list[tuple[int, int, float]]:
    """Pairs (i, j, likeness) among the unpaired passages left_a of A and left_b of B that are
    the same or nearly: equal keys first, then the likest pairs, each passage used once."""
    cand_a = [i for i in left_a if sizes_a[i] >= min_size]
    cand_b = [j for j in left_b if sizes_b[j] >= min_size]
    moves: list[tuple[int, int, float]] = []
    by_key: dict[str, list[int]] = {}
    for i in cand_a:
        by_key.setdefault(a[i].signature, []).append(i)
    used_a: set[int] = set()
    used_b: set[int] = set()
    for j in cand_b:
        same = by_key.get(b[j].signature)
        if same:
            i = same.pop(0)
            moves.append((i, j, 1.0))
            used_a.add(i)
            used_b.add(j)
    rest_a = sorted((i for i in cand_a if i not in used_a), key=lambda i: len(a[i].grams))
    rest_b = [j for j in cand_b if j not in used_b]
    scored: list[tuple[float, int, int]] = []
    for j in rest_b:
        size_j = len(b[j].grams)
        for i in rest_a:
            size_i = len(a[i].grams)
            if size_i * threshold > size_j * (2 - threshold):
                break  # sorted by size: every later one is larger still
            if can_reach(size_i, size_j, threshold):
                s = dice(a[i].grams, b[j].grams)
                if s >= threshold:
                    scored.append((s, i, j))
    for s, i, j in sorted(scored, key=lambda t: (-t[0], t[1], t[2])):
        if i not in used_a and j not in used_b:
            moves.append((i, j, s))
            used_a.add(i)
            used_b.add(j)
    return sorted(moves, key=lambda t: t[1])


RANK_LIKENESS = 0.15
"""A section left unpaired by the ordered alignment pairs with its likest counterpart anywhere
from this likeness up, if each is the other's likest by a clear margin (`RANK_MARGIN`). Two
task sections of consecutive work reports, renumbered, retitled and rewritten, share 0.30–0.52
of their character pairs; any other section of the other year at most 0.18."""
RANK_MARGIN = 1.5
"""…the likest candidate must be this many times as alike as the runner-up, on both sides."""


def pair_by_rank(
    left_a: Sequence[int],
    left_b: Sequence[int],
    likeness: Likeness,
    threshold: float = RANK_LIKENESS,
    margin: float = RANK_MARGIN,
    candidates: dict[int, Sequence[int]] | None = None,
) -> list[tuple[int, int, float]]:
    """Pairs (i, j, likeness) among unpaired passages that are each other's likest candidate,
    clearly (a section's words weighed against every candidate's, in any order: renumbered and
    reordered sections are the normal case in annual documents). Each passage used once.
    `candidates`: for each passage of A, the only ones of B worth weighing (the others count as
    unlike); without them every pair is weighed."""
    if not left_a or not left_b:
        return []
    if candidates is None:
        if len(left_a) * len(left_b) > _MAX_CELLS:
            return []
        pairs = [(i, j) for i in left_a for j in left_b]
    else:
        pairs = [(i, j) for i in left_a for j in candidates.get(i, ())]
    rows: dict[int, list[tuple[float, int]]] = {}
    cols: dict[int, list[tuple[float, int]]] = {}
    for i, j in pairs:
        score = likeness(i, j)
        rows.setdefault(i, []).append((score, j))
        cols.setdefault(j, []).append((score, i))

    def best_two(values: list[tuple[float, int]]) -> tuple[float, float, int]:
        top = sorted(values, reverse=True)
        return top[0][0], (top[1][0] if len(top) > 1 else 0.0), top[0][1]

    out = []
    for i in left_a:
        if i not in rows:
            continue
        best, second, j = best_two(rows[i])
        if best < threshold or best < margin * second:
            continue
        col_best, col_second, k = best_two(cols[j])
        if k == i and best >= margin * col_second:
            out.append((i, j, best))
    return out


def in_order(pairs: Sequence[tuple[int, int]]) -> set[tuple[int, int]]:
    """The largest set of pairs (i, j) that keep their order on both sides (the longest
    increasing run of j over pairs sorted by i): the rest moved."""
    ordered = sorted(pairs)
    tails: list[int] = []  # tails[k]: index into ordered of the smallest end of a run of k + 1
    before: list[int] = [-1] * len(ordered)
    for n, (_, j) in enumerate(ordered):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if ordered[tails[mid]][1] < j:
                lo = mid + 1
            else:
                hi = mid
        before[n] = tails[lo - 1] if lo else -1
        if lo == len(tails):
            tails.append(n)
        else:
            tails[lo] = n
    keep: set[tuple[int, int]] = set()
    n = tails[-1] if tails else -1
    while n >= 0:
        keep.add(ordered[n])
        n = before[n]
    return keep
