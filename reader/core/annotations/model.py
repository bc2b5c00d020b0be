"""The annotation record and the ordered set of a document's annotations."""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field, replace

from reader.core.annotations.styles import colour_names

COLOURS = colour_names()
"""The colour names annotation files store: the rows of the highlight style table."""
STYLES = ("highlight", "underline")
CONTEXT = 32  # characters of prefix and suffix kept with each quote


def now_iso() -> str:
    from datetime import datetime  # with the first note made: not before the text paints

    return datetime.now().astimezone().isoformat(timespec="seconds")


def new_id() -> str:
    import uuid  # 9-20 ms of imports (platform, ctypes): with the first annotation made, not the page

    return str(uuid.uuid4())


@dataclass(frozen=True)
class Selector:
    """Where a file put an annotation: its range and quote with context."""

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Annotation:
    """A marked passage: its range in the original text, the quote that anchors it, and a note.

    `colour` None is a comment without a highlight colour. Frozen: every change makes a new
    record, which is what undo keeps."""

    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    colour: str | None = "yellow"
    style: str = "highlight"
    note: str = ""
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now_iso)
    modified: str = ""
    orphaned: bool = False
    stored_at: Selector | None = None
    """Set when the text changed and the annotation was placed with low confidence (a quote
    that occurs many times, or only approximately): the selectors the file holds, which are
    saved unchanged until the reader confirms the new place or edits the annotation, so
    restoring the text brings the annotation back where it was."""

    def __post_init__(self) -> None:
        if not self.modified:
            object.__setattr__(self, "modified", self.created)
        if self.colour is not None and self.colour not in COLOURS:
            raise ValueError(f"unknown colour {self.colour!r}")
        if self.style not in STYLES:
            raise ValueError(f"unknown style {self.style!r}")
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad range {self.start}–{self.end}")

    @classmethod
    def on_text(cls, text: str, start: int, end: int, **fields) -> Annotation:
        return cls(start, end, **quote_selector(text, start, end), **fields)

    def edited(self, **changes) -> Annotation:
        """A changed copy; editing an annotation also confirms where it now stands."""
        return replace(self, modified=now_iso(), stored_at=None, **changes)

    @property
    def needs_check(self) -> bool:
        """Moved by re-anchoring with low confidence and not yet confirmed by the reader."""
        return self.stored_at is not None and not self.orphaned

    def confirmed(self) -> Annotation:
        return self.edited()

    def selector(self) -> Selector:
        return Selector(self.start, self.end, self.exact, self.prefix, self.suffix)

    @property
    def sort_key(self) -> tuple[int, int, str]:
        return (self.start, self.end, self.id)


def quote_selector(text: str, start: int, end: int) -> dict[str, str]:
    return {
        "exact": text[start:end],
        "prefix": text[max(0, start - CONTEXT) : start],
        "suffix": text[end : end + CONTEXT],
    }


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
