"""A sync tool's conflict copy of settings.ini (`settings.sync-conflict-….ini`, `settings (1).ini`):
another computer's settings, left beside this one's when both changed between two syncs.
Taken in once: the documents' own settings this file lacks (the place and script of documents
read only there); where both computers set a key, this computer's stays, and the window,
zoom and recent list are each computer's own. The copy is never removed or changed: said
once, with what was taken from it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

from reader.core.annotations.sync_copies import copies_of


@dataclass(frozen=True)
class CopyTaken:
    copy: Path
    documents: int
    """Documents whose place or script came from the copy."""
    problem: str = ""
    """Why the copy could not be read ("" when it could)."""


def take_in(settings) -> list[CopyTaken]:
    """Take in the sync copies of `settings` not taken before; what each gave."""
    own = Path(settings.fileName())
    done = settings.copies_taken
    found = []
    for copy in copies_of(own):
        if copy.name in done:
            continue
        other = QSettings(str(copy), QSettings.Format.IniFormat)
        if other.status() != QSettings.Status.NoError:
            found.append(CopyTaken(copy, 0, "it is not a settings file Reader can read"))
        else:
            documents = set()
            for key in other.allKeys():
                if key.startswith("documents/") and not settings.contains(key):
                    settings.setValue(key, other.value(key))
                    documents.add(key.split("/")[1])
            found.append(CopyTaken(copy, len(documents)))
        done.append(copy.name)
    if found:
        settings.copies_taken = done
    return found
