"""Where an offset of one compared document stands in the other, and which section pair holds
it: for scrolling both pages together and jumping to a change (reader.core.compare.comparison's
pair_at and counterpart)."""

from __future__ import annotations

from bisect import bisect_right

from reader.core.compare.model import SectionPair
from reader.core.compare.plan import Plan
from reader.core.compare.sides import Side


class Places:
    """Section starts and sentence starts of both sides, looked up by bisection; made once
    from a plan whose steps are final (moves found)."""

    def __init__(self, a: Side, b: Side, plan: Plan) -> None:
        self.a, self.b = a, b
        self.plan = plan
        self._starts: dict[str, tuple[list[int], list[int]]] = {}
        for side in ("a", "b"):
            refs = [(ref.start, p.index) for p in plan.pairs if (ref := p.a if side == "a" else p.b) is not None]
            refs.sort()
            self._starts[side] = ([s for s, _ in refs], [i for _, i in refs])
        self._block_starts = {"a": [u.start for u in a.sentences], "b": [u.start for u in b.sentences]}
        # the point on the other side of each sentence only one side has
        self._a_points: dict[int, int] = {}
        self._b_points: dict[int, int] = {}
        for steps in plan.steps:
            for step in steps:
                if step.kind == "added":
                    self._b_points.update((k, step.a_at) for k in step.b_units)
                elif step.kind == "removed":
                    self._a_points.update((k, step.b_at) for k in step.a_units)

    def pair_at(self, side: str, offset: int) -> SectionPair | None:
        """The pair whose section on `side` ("a" or "b") holds an offset (the section starting
        last at or before it: an offset in the blanks after a section belongs to it)."""
        starts, indexes = self._starts[side]
        k = bisect_right(starts, offset) - 1
        return self.plan.pairs[indexes[k]] if k >= 0 else None

    def counterpart(self, side: str, offset: int) -> int:
        """Where an offset of one document stands in the other: the same place of the paired
        paragraph when there is one; for a paragraph only this side has, the point where it
        would stand there; else the start of the paired section (or the point where the section
        would stand)."""
        this, other = (self.a, self.b) if side == "a" else (self.b, self.a)
        pairing = self.plan.a_to_b if side == "a" else self.plan.b_to_a
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
