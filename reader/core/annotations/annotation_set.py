"""The ordered set of a document's annotations. A module apart from the record's
(reader.core.annotations.model): every document has a set, empty in a fresh data folder, and its
two frozen dataclasses cost the notice's launch 11 M instructions to make before its text
painted (issue 32); they are made with the first annotation read or written."""

from __future__ import annotations

from bisect import bisect_left, insort
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.annotations.model import Annotation


class AnnotationSet:
    """A document's annotations in document order, indexed by id."""

    def __init__(self, annotations=()) -> None:
        self._by_id: dict[str, Annotation] = {}
        self._order: list[tuple[tuple[int, int, str], str]] = []
        for annotation in annotations:
            self.put(annotation)

    def __len__(self) -> int:
        return len(self._by_id)

    def __iter__(self):
        return (self._by_id[i] for _, i in self._order)

    def __contains__(self, annotation_id: str) -> bool:
        return annotation_id in self._by_id

    def get(self, annotation_id: str) -> Annotation | None:
        return self._by_id.get(annotation_id)

    def put(self, annotation: Annotation) -> None:
        """Add, or replace the annotation with the same id."""
        if annotation.id in self._by_id:
            self.remove(annotation.id)
        self._by_id[annotation.id] = annotation
        insort(self._order, (annotation.sort_key, annotation.id))

    def remove(self, annotation_id: str) -> Annotation:
        annotation = self._by_id.pop(annotation_id)
        del self._order[bisect_left(self._order, (annotation.sort_key, annotation.id))]
        return annotation

    def at(self, pos: int) -> list[Annotation]:
        """Placed annotations covering pos (the caret just after a passage counts too), innermost first."""
        found = [a for a in self if not a.orphaned and a.start <= pos <= a.end and a.start < a.end]
        return sorted(found, key=lambda a: a.end - a.start)

    def designated(self, start: int, end: int) -> Annotation | None:
        """The annotation a selection [start, end) means: the one with exactly that range, else
        the smallest it overlaps; with no selection (start == end), the innermost at the caret."""
        if start == end:
            found = self.at(start)
            return found[0] if found else None
        placed = self.placed()
        exact = [a for a in placed if (a.start, a.end) == (start, end)]
        if exact:
            return exact[0]
        overlapping = [a for a in placed if a.start < end and start < a.end]
        return min(overlapping, key=lambda a: a.end - a.start) if overlapping else None

    def placed(self) -> list[Annotation]:
        return [a for a in self if not a.orphaned]

    def next_after(self, pos: int) -> Annotation | None:
        return next((a for a in self.placed() if a.start > pos), None)

    def previous_before(self, pos: int) -> Annotation | None:
        return next((a for a in reversed(self.placed()) if a.start < pos), None)
