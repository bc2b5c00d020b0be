"""Which section of A is which section of B (the comparison's first layer, no jieba).

Four passes, each over what the one before left unpaired:

1. in order, by likeness (align.align: anchors, then the gaps weighed), a heading's own words
   counting as much as HEADING_WEIGHT of the text;
2. near copies anywhere: a section that moved (align.find_moves);
3. each other's likest anywhere by rare character pairs, by a clear margin (align.pair_by_rank):
   a renumbered, retitled and rewritten task section;
4. each other's likest in the same place (between the same two pairs), titled sections only:
   the place is evidence of its own, so no margin over sections elsewhere is asked.

Then, if a titled section was paired under another parent than its parent's counterpart, the
passes run again with such pairs kept to near copies of the text: a report's review of past
years and this year's tasks both number （一）…（十）, and a task section's counterpart is a task
section. Parents count as counterparts when paired with each other and both have sections under
them.
"""

from __future__ import annotations

import math
from collections import Counter

from reader.core.compare.align import MATCH_LIKENESS, MOVE_LIKENESS, align, find_moves, in_order, pair_by_rank
from reader.core.compare.normalize import dice
from reader.core.compare.sides import Side

HEADING_WEIGHT = 0.9
"""Two sections with the same heading words (after their numbers) are alike at least this much,
however their text changed: 三、加快建设现代化产业体系 is that section even rewritten."""
_HEADING_MIN = 4  # characters: 总则 or 附则 alone say too little to match on


def pair_sections(a: Side, b: Side) -> dict[tuple[int, int], float]:
    """(section of A, section of B) → likeness, for every pair found (see the module's docstring)."""
    likeness, rare = _likeness(a, b), lambda rows, cols: _rare_likeness(a, b, rows, cols)
    found = _pair(a, b, likeness, rare)
    crossing = _parents_crossed(a, b, found)
    if crossing is None:
        return found
    return _pair(a, b, crossing(likeness), lambda rows, cols: crossing(rare(rows, cols)))


def _likeness(a: Side, b: Side):
    def likeness(i: int, j: int) -> float:
        ra, rb = a.regions[i], b.regions[j]
        s = dice(ra.grams, rb.grams)
        if ra.heading_size >= _HEADING_MIN and rb.heading_size >= _HEADING_MIN:
            s = max(s, HEADING_WEIGHT * dice(ra.heading, rb.heading))
        return s

    return likeness


def _rare_likeness(a: Side, b: Side, rows: list[int], cols: list[int]):
    """Likeness of sections weighing each character pair by how rare it is among the
    sections (its inverse document frequency): 发展, 推进 and 建设 are in every section of a
    report and say nothing about which section is which; 赤字, 科教 and 乡村 do."""
    ra, rb = a.regions, b.regions
    df: Counter = Counter()
    for region in (*ra, *rb):
        df.update(region.grams)
    n = len(ra) + len(rb)
    weight = {g: math.log(n / c) for g, c in df.items()}
    mass_a = {i: sum(map(weight.__getitem__, ra[i].grams)) for i in rows}
    mass_b = {j: sum(map(weight.__getitem__, rb[j].grams)) for j in cols}

    def likeness(i: int, j: int) -> float:
        total = mass_a[i] + mass_b[j]
        s = 2 * sum(map(weight.__getitem__, ra[i].grams & rb[j].grams)) / total if total else 0.0
        if ra[i].heading_size >= _HEADING_MIN and rb[j].heading_size >= _HEADING_MIN:
            s = max(s, HEADING_WEIGHT * dice(ra[i].heading, rb[j].heading))
        return s

    return likeness


def _pair(a: Side, b: Side, likeness, rare) -> dict[tuple[int, int], float]:
    """Sections of A paired with B's: in order by likeness, then near copies anywhere
    (moves), then each other's likest by rare words anywhere, then each other's likest in
    the same place (between the same two pairs). `rare(rows, cols)` makes the likeness
    weighing rare character pairs over those sections."""
    ra, rb = a.regions, b.regions
    merged = align(ra, rb, likeness, MATCH_LIKENESS, prune=False)
    found = {(i, j): s for i, j, s in merged if i is not None and j is not None}
    left_a = [i for i, j, _ in merged if j is None]
    left_b = [j for i, j, _ in merged if i is None]
    sizes_a = [sum(a.blocks[k].size for k in r.blocks) for r in ra]
    sizes_b = [sum(b.blocks[k].size for k in r.blocks) for r in rb]
    for i, j, s in find_moves(ra, rb, left_a, left_b, sizes_a, sizes_b):
        found[(i, j)] = s
    left_a, left_b = _unpaired(left_a, left_b, found)
    weigh = rare(left_a, left_b)
    for i, j, s in pair_by_rank(left_a, left_b, weigh):
        found[(i, j)] = s
    left_a, left_b = _unpaired(left_a, left_b, found)
    headed_a = [i for i in left_a if ra[i].heading_size >= _HEADING_MIN]
    headed_b = {j for j in left_b if rb[j].heading_size >= _HEADING_MIN}
    gaps = _same_place(headed_a, headed_b, in_order(list(found)))
    for i, j, s in pair_by_rank(headed_a, sorted(headed_b), weigh, margin=1.0, candidates=gaps):
        found[(i, j)] = s
    return found


def _parents_crossed(a: Side, b: Side, found: dict[tuple[int, int], float]):
    """When a pairing puts a titled section under another parent than its parent's
    counterpart: a wrapper of likenesses that keeps such pairs to near copies of the text
    (MOVE_LIKENESS); else None (nothing to do again). Parents count as counterparts when
    paired with each other and both have sections under them (三、2021年重点工作 pairs by its
    opening with 二、…总体要求, which has none: its tasks may go where their text leads)."""
    ra, rb = a.regions, b.regions
    up_a, up_b = _parents(ra), _parents(rb)
    heads_a, heads_b = set(up_a.values()), set(up_b.values())
    of_a = {i: j for i, j in found if i in heads_a and j in heads_b}
    of_b = {j: i for i, j in of_a.items()}

    def crossed(i: int, j: int) -> bool:
        if ra[i].heading_size < _HEADING_MIN or rb[j].heading_size < _HEADING_MIN:
            return False  # an article is known by its text, wherever its chapter went
        pa, pb = up_a.get(i), up_b.get(j)
        return (pa is not None and pa in of_a and of_a[pa] != pb) or (pb is not None and pb in of_b and of_b[pb] != pa)

    def near_copy(i: int, j: int) -> bool:  # by the text: a heading kept is no copy
        return dice(ra[i].grams, rb[j].grams) >= MOVE_LIKENESS

    if not any(crossed(i, j) and not near_copy(i, j) for i, j in found):
        return None

    def wrap(likeness):
        def kept(i: int, j: int) -> float:
            return likeness(i, j) if not crossed(i, j) or near_copy(i, j) else 0.0

        return kept

    return wrap


def _unpaired(left_a: list[int], left_b: list[int], found) -> tuple[list[int], list[int]]:
    paired_a = {i for i, _ in found}
    paired_b = {j for _, j in found}
    return [i for i in left_a if i not in paired_a], [j for j in left_b if j not in paired_b]


def _parents(regions) -> dict[int, int]:
    """Each section's parent section (the nearest before it whose path is its path's head)."""
    out: dict[int, int] = {}
    open_: list[tuple[tuple[str, ...], int]] = []  # the chain of sections enclosing the current one
    for region in regions:
        path = region.ref.path
        while open_ and not (len(open_[-1][0]) < len(path) and path[: len(open_[-1][0])] == open_[-1][0]):
            open_.pop()
        if open_ and len(open_[-1][0]) == len(path) - 1:
            out[region.index] = open_[-1][1]
        open_.append((path, region.index))
    return out


def _same_place(left_a: list[int], left_b: set[int], anchors: set[tuple[int, int]]) -> dict[int, list[int]]:
    """For each unpaired section of A, the unpaired ones of B between the same two pairs kept
    in order (the place it stood in, the other version)."""
    ordered = sorted(anchors)
    out: dict[int, list[int]] = {}
    for i in left_a:
        below = [j for a, j in ordered if a < i]
        above = [j for a, j in ordered if a > i]
        lo = below[-1] if below else -1
        hi = above[0] if above else 1 << 30
        out[i] = sorted(j for j in left_b if lo < j < hi)
    return out
