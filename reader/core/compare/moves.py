"""What moved between the section pairs of a plan (reader.core.compare.plan): a sentence left
unpaired in one pair and found in another (word for word, or reworded), and a clause stating a
figure that left its sentence (reader.core.compare.statements). Each rewrites the pairs' steps:
the moved sentence's step at B's place becomes `moved`, a moved statement a `clause` step."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from reader.core.compare.align import MOVE_MIN_SIZE, find_moves, pair_by_rank
from reader.core.compare.normalize import dice
from reader.core.compare.sides import Sentence, Side
from reader.core.compare.statements import FRAME_LIKENESS, Clause, figure_clauses, pair_statements
from reader.core.compare.steps import Step, runs

if TYPE_CHECKING:
    from reader.core.compare.plan import Plan

SENTENCE_MOVE_MIN = 5
"""Characters of content a sentence found elsewhere needs to count as moved (a section needs
align.MOVE_MIN_SIZE): 加强知识产权保护。 is a sentence of its own, 总则 is not."""
MOVED_REWORDED_LIKENESS = 0.45
"""A sentence found elsewhere and reworded pairs from this likeness up, when it and its
counterpart are each other's likest by a clear margin (align.RANK_MARGIN)."""
_CANDIDATES = 8  # counterparts weighed per sentence: those sharing the most rare character pairs


def find_moved_sentences(a: Side, b: Side, plan: Plan) -> None:
    """Sentences left unpaired anywhere (in changed, added and removed sections) that are
    the same or nearly in both: one sentence moved. Its step at B's place becomes `moved`;
    at A's place it leaves no step (the moved change names both places). Runs of added or
    removed sentences are then one step each (steps.runs)."""
    removed: dict[int, int] = {}  # sentence of A → pair holding its step
    added: dict[int, int] = {}
    for index, steps in enumerate(plan.steps):
        for step in steps:
            if step.kind == "removed":
                removed.update((k, index) for k in step.a_units)
            elif step.kind == "added":
                added.update((k, index) for k in step.b_units)
    if not removed or not added:
        plan.steps = [runs(steps) for steps in plan.steps]
        return
    sa, sb = a.sentences, b.sentences
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
    rewritten: list[list[Step]] = []
    for steps in plan.steps:
        out: list[Step] = []
        for step in steps:
            if step.kind == "removed":
                out.extend(Step("removed", (k,), (), sa[k].start, step.b_at) for k in step.a_units if k not in moved_a)
            elif step.kind == "added":
                for k in step.b_units:
                    if k in moved_b:
                        src = sa[moved_b[k]]
                        plan.pair_units([(src.index, k)])
                        out.append(Step("moved", (src.index,), (k,), src.start, sb[k].start))
                    else:
                        out.append(Step("added", (), (k,), step.a_at, sb[k].start))
            else:
                out.append(step)
        rewritten.append(runs(out))
    plan.steps = rewritten


def find_moved_statements(a: Side, b: Side, plan: Plan) -> None:
    """Clauses stating a figure that left their sentence (reader.core.compare.statements):
    in sentences removed or added, or in a reworded sentence whose counterpart has no such
    statement (a sentence split in two: 专项债券3.75万亿元，…，中央预算内投资安排6000亿元。 became
    two sentences, one of them paired with it). Each pair found is a step of its own after
    B's sentence, so 3.75万亿元 → 3.65万亿元 is a change of its own."""
    sa, sb = a.sentences, b.sentences
    old: list[Clause] = []
    new: list[Clause] = []
    pair_of_b: dict[int, int] = {}
    for index, steps in enumerate(plan.steps):
        for step in steps:
            if step.kind not in ("removed", "added", "diff"):
                continue
            mine_a = [c for k in step.a_units for c in _clauses(a, sa[k])]
            mine_b = [c for k in step.b_units for c in _clauses(b, sb[k])]
            pair_of_b.update((k, index) for k in step.b_units)
            old += [c for c in mine_a if not any(dice(c.grams, d.grams) >= FRAME_LIKENESS for d in mine_b)]
            new += [c for c in mine_b if not any(dice(c.grams, d.grams) >= FRAME_LIKENESS for d in mine_a)]
    for was, now in pair_statements(old, new):
        steps = plan.steps[pair_of_b[now.sentence]]
        clause = (was.start, was.end, now.start, now.end)
        step = Step("clause", (was.sentence,), (now.sentence,), was.start, now.start, clause)
        at = next((n + 1 for n, s in enumerate(steps) if now.sentence in s.b_units), len(steps))
        steps.insert(at, step)


def _clauses(side: Side, sentence: Sentence) -> list[Clause]:
    return figure_clauses(side.text, side.view.slice, sentence.index, sentence.start, sentence.end)


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
