"""What a merge took in from elsewhere (a sync tool's copy, another computer's store), counted
by note, so the reader is told what happened rather than only which files were read."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.core.annotations.records import StoreState


@dataclass(frozen=True, eq=False)  # never compared
class CameIn:
    """Notes added, changed and deleted by a merge, and the files they came from."""

    added: int = 0
    changed: int = 0
    deleted: int = 0
    files: tuple[Path, ...] = field(default=())

    def __bool__(self) -> bool:
        return bool(self.added or self.changed or self.deleted)


def came_in(before: StoreState, after: StoreState, files: list[Path] | tuple[Path, ...] = ()) -> CameIn:
    """How `after` (a merge's result) differs from `before` (what was here), note by note."""
    mine = {a.id: a.modified for a in before.annotations}
    theirs = {a.id: a.modified for a in after.annotations}
    return CameIn(
        added=sum(1 for key in theirs if key not in mine),
        changed=sum(1 for key, when in theirs.items() if key in mine and mine[key] != when),
        deleted=sum(1 for key in mine if key not in theirs),
        files=tuple(files),
    )


@dataclass(eq=False)  # never compared
class SyncNews:
    """What a look at the store's folder while the document is open found: notes taken in from
    sync copies, and copies that could not be read (each said once; they are kept)."""

    came_in: CameIn | None = None
    unreadable: list[Path] = field(default_factory=list)
