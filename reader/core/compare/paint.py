"""What the exports share: one side's paragraphs cut into the stretches to colour (from the
changes' marks), the documents' names, the summary lines, the names of the kinds.

Marks may nest (a moved section holds the edits made inside it): a stretch takes the innermost
mark over it. A point (an empty range: where the other side has text this side has not) is a
stretch of its own with no text, so an export can draw a caret there.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from reader.core.compare.comparison import Comparison
from reader.core.compare.model import Change, ChangeKind, Mark, PairStatus, marks
from reader.core.compare.sides import Side


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    text: str
    kind: ChangeKind | None
    change: int | None
    """Index of the change in the list painted from; None for unchanged text."""
    first: bool = False
    """The first piece of its change on this side: where an export puts the change's anchor."""


class Painter:
    """Paints the paragraphs of one side. `anchored` collects the changes that got their first
    piece, so each change is anchored once on each side."""

    def __init__(self, side: Side, side_marks: list[Mark]) -> None:
        self.side = side
        self.anchored: set[int] = set()
        self._by_block: dict[int, list[Mark]] = {}
        starts = [b.start for b in side.blocks]
        for m in side_marks:
            # every paragraph the mark touches (a point: the paragraph it stands in or ends)
            first = max(0, bisect_right(starts, m.start) - 1)
            k = first
            while k < len(starts) and (starts[k] < m.end or k == first):
                self._by_block.setdefault(k, []).append(m)
                k += 1

    def paragraph(self, k: int) -> list[Piece]:
        block = self.side.blocks[k]
        text = self.side.text
        s, e = block.start, block.end
        here = [
            m
            for m in self._by_block.get(k, ())
            if m.start < e and m.end > s or (m.start == m.end and s <= m.start <= e)
        ]
        edges = sorted({s, e, *(max(s, min(e, p)) for m in here for p in (m.start, m.end))})
        pieces: list[Piece] = []
        for x, y in zip(edges, [*edges[1:], None]):
            for m in here:
                if m.start == m.end == x:
                    pieces.append(_piece(x, x, "", m, self.anchored))
            if y is None:
                break
            over = [m for m in here if m.start <= x and m.end >= y and m.end > m.start]
            inner = min(over, key=lambda m: m.end - m.start) if over else None
            pieces.append(_piece(x, y, text[x:y], inner, self.anchored))
        return pieces


def _piece(x: int, y: int, text: str, mark: Mark | None, anchored: set[int]) -> Piece:
    if mark is None:
        return Piece(x, y, text, None, None)
    first = mark.change not in anchored
    anchored.add(mark.change)
    return Piece(x, y, text, mark.kind, mark.change, first)


KIND_NAMES = {
    ChangeKind.ADDED: "added",
    ChangeKind.REMOVED: "removed",
    ChangeKind.REWORDED: "reworded",
    ChangeKind.MOVED: "moved",
    ChangeKind.RENUMBERED: "renumbered",
    ChangeKind.PUNCTUATION: "punctuation",
}
"""How the exports name each kind (English, as the command line prints)."""

LABELS = {
    "changes": "Changes",
    "no_changes": "No changes.",
    "number": "#",
    "kind": "Kind",
    "section_a": "Section in A",
    "section_b": "Section in B",
    "terms": "Terms",
    "term": "Term",
    "words": "Words",
    "terms_new": "New in B",
    "terms_dropped": "Dropped from A",
    "terms_changed": "More or fewer in B",
    "none": "None.",
    "figures": "Figures",
    "subject": "Subject",
    "no_figures": "No figure changed.",
    "texts": "Texts",
    "characters": "characters",
    "sections": "Sections",
    "renumbered": "renumbered",
    "old_text": "Old text",
    "new_text": "New text",
    **{kind.value: name for kind, name in KIND_NAMES.items()},
    **{status.value: status.value for status in PairStatus},
}
"""Every word an export writes besides the documents' own text, in English: the window passes
them in the interface's language (reader.gui.compare_labels), the command line in English."""


def labels_of(labels: dict[str, str] | None) -> dict[str, str]:
    """The export's words: the defaults with what was passed over them."""
    return {**LABELS, **(labels or {})}


def painter(comparison: Comparison, changes: list[Change], side: str) -> Painter:
    """A painter of one side with the marks of these changes."""
    return Painter(comparison.a if side == "a" else comparison.b, marks(changes, side))


def titles_of(comparison: Comparison, titles: tuple[str, str] | None) -> tuple[str, str]:
    """The names the export gives the documents: as passed, else their sources' names or titles."""
    if titles:
        return titles
    a, b = comparison.a, comparison.b
    return (a.source.name or a.outline.title() or "A", b.source.name or b.outline.title() or "B")


def summary_lines(comparison: Comparison, changes: list[Change], labels: dict[str, str] | None = None) -> list[str]:
    """Two lines: the sections by status (and how many were renumbered), the changes by kind."""
    words = labels_of(labels)
    statuses = {status: 0 for status in PairStatus}
    for pair in comparison.pairs:
        statuses[pair.status] += 1
    renumbered = sum(pair.renumbered for pair in comparison.pairs)
    kinds = {kind: 0 for kind in ChangeKind}
    for change in changes:
        kinds[change.kind] += 1
    sections = ", ".join(f"{n} {words[status.value]}" for status, n in statuses.items() if n)
    listed = ", ".join(f"{n} {words[kind.value]}" for kind, n in kinds.items() if n)
    return [
        f"- {words['sections']}: {sections}" + (f"; {renumbered} {words['renumbered']}" if renumbered else ""),
        f"- {words['changes']}: {listed or words['none']}",
    ]


def region_blocks(comparison: Comparison, side: str, pair_index: int) -> list[int]:
    """The paragraphs of a pair's section on one side (none when the side has no section)."""
    pair = comparison.pairs[pair_index]
    ref = pair.a if side == "a" else pair.b
    this = comparison.a if side == "a" else comparison.b
    if ref is None:
        return []
    for region in this.regions:
        if region.ref is ref:
            return list(region.blocks)
    return []
