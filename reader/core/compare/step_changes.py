"""The changes a step of a pair's plan stands for (reader.core.compare.steps): an added or
removed run of sentences, a moved sentence or statement, a reworded sentence's word diff
(reader.core.compare.worddiff); and the changes naming a whole pair, a section moved or
renumbered. Pure functions of the two sides: reader.core.compare.comparison keeps what they make."""

from __future__ import annotations

from dataclasses import replace

from reader.core.compare.model import Change, ChangeKind, SectionPair, SectionRef, Span
from reader.core.compare.sides import Side
from reader.core.compare.steps import Step
from reader.core.compare.worddiff import diff_words


def step_changes(a: Side, b: Side, pair: SectionPair, step: Step) -> list[Change]:
    """The changes of one step of `pair`'s plan, in document order."""
    index = pair.index
    ta, tb = a.text, b.text
    if step.kind in ("added", "removed"):
        units_a = [a.sentences[k] for k in step.a_units]
        units_b = [b.sentences[k] for k in step.b_units]
        a0, a1 = (units_a[0].start, units_a[-1].end) if units_a else (step.a_at, step.a_at)
        b0, b1 = (units_b[0].start, units_b[-1].end) if units_b else (step.b_at, step.b_at)
        kind = ChangeKind.ADDED if step.kind == "added" else ChangeKind.REMOVED
        return [Change(kind, Span(a0, a1, ta[a0:a1]), Span(b0, b1, tb[b0:b1]), pair.a, pair.b, index)]
    unit_a, unit_b = a.sentences[step.a_units[0]], b.sentences[step.b_units[0]]
    ref_a, ref_b = _section_of(a, unit_a.index), _section_of(b, unit_b.index)
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
    for edit in diff_words(a.tokens(unit_a), b.tokens(unit_b), unit_a.body, unit_b.body):
        span_a = Span(edit.a_start, edit.a_end, ta[edit.a_start : edit.a_end])
        span_b = Span(edit.b_start, edit.b_end, tb[edit.b_start : edit.b_end])
        out.append(Change(edit.kind, span_a, span_b, ref_a, ref_b, index))
    return out


def moved_section_change(a: Side, b: Side, pair: SectionPair) -> Change:
    """The one change naming a section that moved as a whole (its edits are its steps')."""
    (a0, a1), (b0, b1) = pair.a_range, pair.b_range
    span_a, span_b = Span(a0, a1, a.text[a0:a1]), Span(b0, b1, b.text[b0:b1])
    return Change(ChangeKind.MOVED, span_a, span_b, pair.a, pair.b, pair.index)


def renumbering_changes(a: Side, b: Side, pair: SectionPair) -> list[Change]:
    """The change naming a section's new number (none when it kept its number)."""
    if not pair.renumbered:
        return []
    a0, b0 = pair.a.start, pair.b.start
    a1, b1 = a0 + len(pair.a.number), b0 + len(pair.b.number)
    span_a, span_b = Span(a0, a1, a.text[a0:a1]), Span(b0, b1, b.text[b0:b1])
    return [Change(ChangeKind.RENUMBERED, span_a, span_b, pair.a, pair.b, pair.index)]


def step_touches(side_of: Side, step: Step, side: str, start: int, end: int) -> bool:
    """Whether a step's sentences on `side` (whose Side is side_of) touch [start, end)."""
    units = step.a_units if side == "a" else step.b_units
    if not units:
        at = step.a_at if side == "a" else step.b_at
        return start <= at <= end
    return side_of.sentences[units[0]].start <= end and side_of.sentences[units[-1]].end >= start


def touches(span: Span, start: int, end: int) -> bool:
    """Whether a change's span touches [start, end) (an empty span: stands inside it)."""
    if span.start == span.end:
        return start <= span.start <= end
    return span.start < end and span.end > start


def _section_of(side: Side, sentence: int) -> SectionRef:
    return side.regions[side.sentences[sentence].region].ref
