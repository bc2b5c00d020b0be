"""What the Library view shows of a document beside its catalogue row: how many notes it has,
how much of it has been read, and when it was last read: from the annotation store and the
reading-progress file (reader.core.progress), which the catalogue names but does not copy."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reader.core.annotations.store_info import read_info
from reader.core.identity import progress_file, store_file
from reader.core.library.catalogue import Entry


@dataclass(frozen=True)
class Status:
    notes: int = 0
    read: float = 0.0
    """The share of the document's characters in sections read (0–1)."""
    last_read: str = ""
    """YYYY-MM-DD HH:MM of the last change to its progress or notes, or ''."""


def status_of(entry: Entry, annotations_folder: Path) -> Status:
    store = store_file(annotations_folder, entry.identity)
    info = read_info(store) if store.exists() else None
    progress = progress_file(annotations_folder, entry.identity)
    read = 0.0
    try:
        ranges = json.loads(progress.read_text(encoding="utf-8")).get("read", [])
        covered = sum(e - s for s, e in ranges if isinstance(s, int) and isinstance(e, int))
        read = min(1.0, covered / entry.chars) if entry.chars else 0.0
    except (OSError, ValueError, TypeError, AttributeError):
        pass
    times = [p.stat().st_mtime for p in (store, progress) if p.exists()]
    last = datetime.fromtimestamp(max(times)).strftime("%Y-%m-%d %H:%M") if times else ""
    return Status(info.count if info else 0, read, last)
