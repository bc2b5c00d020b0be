"""The annotation record (the ordered set of a document's annotations: reader.core.annotations.annotation_set)."""

from __future__ import annotations

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
