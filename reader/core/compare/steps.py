"""A section pair's plan: the steps a comparison word-diffs, one per changed, added, removed or
moved sentence (reader.core.compare.plan makes them, reader.core.compare.moves rewrites them
where a sentence or a statement moved, reader.core.compare.step_changes turns each into changes)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Step:
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


def runs(steps: list[Step]) -> list[Step]:
    """Consecutive added (or removed) paragraphs as one step: three new items of an article are
    one addition, not three (only paragraphs next to each other: not across a moved one)."""
    out: list[Step] = []
    for step in steps:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.kind == step.kind == "added"
            and prev.a_at == step.a_at
            and prev.b_units[-1] + 1 == step.b_units[0]
        ):
            out[-1] = Step("added", (), prev.b_units + step.b_units, prev.a_at, prev.b_at)
        elif (
            prev is not None
            and prev.kind == step.kind == "removed"
            and prev.b_at == step.b_at
            and prev.a_units[-1] + 1 == step.a_units[0]
        ):
            out[-1] = Step("removed", prev.a_units + step.a_units, (), prev.a_at, prev.b_at)
        else:
            out.append(step)
    return out
