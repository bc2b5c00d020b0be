"""The records a comparison hands out: changes, section pairs, the sections they name.

Every range is in original offsets of its own document (code points of the text as opened),
whatever script the comparison ran in: `a` always means the first document (the older
version), `b` the second. A side a change does not touch still has a range there: the empty
range where the other side's text would stand (start == end), so a click can show both places.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ChangeKind(StrEnum):
    ADDED = "added"
    """Words only in B; A's range is the point where they would stand."""
    REMOVED = "removed"
    """Words only in A; B's range is the point where they would have stood."""
    REWORDED = "reworded"
    """A's words replaced by B's (difflib's "replace")."""
    MOVED = "moved"
    """A paragraph or a section in another place in B, the same or nearly (the edits inside it
    are changes of their own, listed right after it)."""
    RENUMBERED = "renumbered"
    """A section's number changed (第七条 → 第八条, （三） → （一））, its text the same or not: A's
    and B's ranges are the two numbers. A reader of a revised law needs to know the number an
    article is now cited by, even when not a word of it changed."""
    PUNCTUATION = "punctuation"
    """Only punctuation differs (a comma added, ； for 。): not rewording, so a filter can hide it.
    Full-width against half-width forms (，/,) are no change at all."""


CHANGE_KINDS: tuple[ChangeKind, ...] = tuple(ChangeKind)


class PairStatus(StrEnum):
    SAME = "same"
    """Matched, and the same text after folding script, width and numbering."""
    CHANGED = "changed"
    """Matched with its counterpart in the same order, the text differs."""
    MOVED = "moved"
    """Matched with a counterpart out of order: the section moved."""
    ADDED = "added"
    """Only in B."""
    REMOVED = "removed"
    """Only in A."""


@dataclass(frozen=True)
class Span:
    """A range of one document's original text and the text there (empty at a point)."""

    start: int
    end: int
    text: str

    @property
    def is_point(self) -> bool:
        return self.start == self.end


@dataclass(frozen=True)
class SectionRef:
    """One section of a document as the comparison cuts it: a heading's or an article's own text
    (up to the next heading or article), or the opening before the first heading ("preamble").
    These ranges cut the document into pieces that do not overlap."""

    kind: str
    """preamble, heading or article (the outline's node kinds)."""
    label: str
    """The outline's label of the heading or article (the first line for the preamble)."""
    path: tuple[str, ...]
    """Labels of the headings around it and its own, outermost first."""
    start: int
    end: int
    number: str = ""
    """The heading's number as written (第十条, 三、, （二）), empty when it has none."""

    @property
    def range(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass(frozen=True)
class SectionPair:
    """A section of A with its counterpart in B (either may be missing). `a_range` and
    `b_range` are always set: where a missing side would stand is an empty range."""

    index: int
    status: PairStatus
    a: SectionRef | None
    b: SectionRef | None
    a_range: tuple[int, int]
    b_range: tuple[int, int]
    similarity: float
    """1.0 for the same text; otherwise how alike they are (Dice over character pairs, 0–1)."""
    renumbered: bool = False
    """Matched, and its number changed (第十条 → 第十一条, 三、 → 四、), compared in Simplified
    so 第十條 and 第十条 are one number."""

    @property
    def label(self) -> str:
        """The pair's name in a list: B's label, or A's for a section B dropped."""
        ref = self.b or self.a
        return ref.label if ref else ""


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    a: Span
    b: Span
    section_a: SectionRef | None
    """The section of A holding `a` (None where the section exists only in B)."""
    section_b: SectionRef | None
    pair: int
    """Index of the SectionPair this change is listed under (Comparison.pairs)."""

    @property
    def section_label(self) -> str:
        ref = self.section_b or self.section_a
        return ref.label if ref else ""


@dataclass(frozen=True)
class Mark:
    """A stretch to colour on one side: a change's range there (start == end: a point)."""

    start: int
    end: int
    kind: ChangeKind
    change: int
    """Index of the change in the list the marks were made from."""


def marks(changes: list[Change], side: str) -> list[Mark]:
    """The stretches to colour on one side ("a" or "b"), sorted by start: one per change (a
    moved section's mark holds the marks of the edits inside it)."""
    out = []
    for n, change in enumerate(changes):
        span = change.a if side == "a" else change.b
        out.append(Mark(span.start, span.end, change.kind, n))
    out.sort(key=lambda m: (m.start, -(m.end - m.start), m.change))
    return out
