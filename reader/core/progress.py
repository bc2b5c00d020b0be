"""Reading progress: which sections have been on screen long enough to have been read.

The rule: a section counts as read once it has been on screen for as long as reading it takes
at READING_RATE characters a second (never less than MIN_SECONDS), counting only the seconds
in which at least half of it, or a whole screen of it, was visible. Kept beside the
annotations, one file per document, filed under its identity (reader.core.identity)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.annotations.sync_copies import copies_of
from reader.core.identity import identity_of, progress_file

if TYPE_CHECKING:  # a progress file's reading and writing: imported when there is one
    from reader.core.progress_file import ProgressNews, Saved

READING_RATE = 8.0  # characters a second: close reading of Chinese prose
MIN_SECONDS = 2.0
VERSION = 1

Range = tuple[int, int]


def seconds_needed(length: int) -> float:
    return max(MIN_SECONDS, length / READING_RATE)


@dataclass(eq=False)  # never compared (issue 32: a launch compiles each generated method)
class ReadingProgress:
    """A document's sections, which of them are read, and the seconds each was on screen."""

    sections: list[Range]
    read: set[Range] = field(default_factory=set)
    dwell: dict[Range, float] = field(default_factory=dict)
    reset_at: float = 0.0
    """When the reader last reset it (seconds since the epoch; 0: never)."""
    unsaved: bool = False
    """Holds what its file does not yet (sync copies merged in as it was read)."""

    def observe(self, visible_start: int, visible_end: int, seconds: float) -> list[Range]:
        """Count `seconds` of the range [visible_start, visible_end) on screen; the sections
        that became read by it."""
        if self.sections:  # a page at the text's end shows its trailing blank lines, no section's
            visible_end = min(visible_end, max(end for _start, end in self.sections))
        newly = []
        for section in self.sections:
            start, end = section
            if section in self.read or end <= visible_start or start >= visible_end:
                continue
            shown = min(end, visible_end) - max(start, visible_start)
            fills_screen = start <= visible_start and end >= visible_end
            if shown * 2 < end - start and not fills_screen:
                continue
            self.dwell[section] = self.dwell.get(section, 0.0) + seconds
            if self.dwell[section] >= seconds_needed(end - start):
                self.read.add(section)
                newly.append(section)
        return newly

    @property
    def share_read(self) -> float:
        """The share of the sections' text that has been read, by characters: sections nest (a
        heading's range holds its paragraphs'), so each character counts once, not once for
        each section holding it (which weighed a chapter's text twice, its heading's and its
        paragraphs', and a chapter read but for its heading showed half)."""
        total = _covered(self.sections)
        return _covered(self.read) / total if total else 0.0

    def reset(self) -> None:
        self.read.clear()
        self.dwell.clear()
        self.reset_at = time.time()

    def to_json(self) -> str:
        import json  # with the first progress saved or read: a fresh folder's launch reads none

        return json.dumps(
            {
                "version": VERSION,
                "saved": round(time.time(), 3),
                **({"reset": self.reset_at} if self.reset_at else {}),
                "read": sorted([s, e] for s, e in self.read),
                "dwell": {f"{s}-{e}": round(t, 1) for (s, e), t in sorted(self.dwell.items())},
            },
            indent=2,
        )

    def take_in(self, other: Saved) -> bool:
        """Merge another computer's (or this one's earlier) saved progress: a section read on
        either is read, the longer time on screen counts. A reset wins over what was saved
        before it, on either side. Whether anything changed here."""
        if other.reset > self.reset_at:
            self.reset_at = other.reset
        if other.saved < self.reset_at:
            return False  # saved before the latest reset (or before Reader wrote the time): gone with it
        known = set(self.sections)
        before = (len(self.read), sum(self.dwell.values()))
        self.read |= {section for section in other.read if section in known}
        for section, seconds in other.dwell.items():
            if section in known and seconds > self.dwell.get(section, 0.0):
                self.dwell[section] = seconds
        return before != (len(self.read), sum(self.dwell.values()))


def _covered(ranges) -> int:
    """How many characters the ranges cover together (their union)."""
    covered, reach = 0, 0
    for start, end in sorted(ranges):
        if end > reach:
            covered += end - max(start, reach)
            reach = end
    return covered


def share_through(pos: int, length: int, end_shown: bool = False) -> int:
    """How far through a text of `length` characters the place `pos` is, in whole per cent, as
    a reader's "73%": rounded down, so 100 only at the end (the place there, or `end_shown`:
    the text's last line on screen) and never before it."""
    if length <= 0 or end_shown or pos >= length:
        return 100
    return 100 * max(pos, 0) // length


def progress_path(store_path: Path) -> Path:
    """The progress file of the document whose annotation store this is (same identity)."""
    return progress_file(store_path.parent, identity_of(store_path))


def read_progress(store_path: Path, sections: list[Range]) -> tuple[ReadingProgress, ProgressNews | None]:
    """A document's progress with what other computers' sync copies hold merged in (they are
    removed at the next save, once what they hold is on disk), and what was found (None: no
    file nor copy, as in a fresh data folder: reader.core.progress_file is not imported)."""
    path = progress_path(store_path)
    progress = ReadingProgress(list(sections))
    if not path.exists() and not copies_of(path):
        return progress, None
    from reader.core.progress_file import take_in_disk

    news = take_in_disk(path, progress)
    progress.unsaved = bool(news.merged)
    return progress, news


def load_progress(store_path: Path, sections: list[Range]) -> ReadingProgress:
    return read_progress(store_path, sections)[0]


def save_progress(store_path: Path, progress: ReadingProgress) -> ProgressNews:
    """Write the progress, merged first with what the file holds now (another computer's
    reading, brought by a sync tool, is kept: the two computers' files converge) and with the
    sync copies beside it, which are removed once that is on disk. What was found, said by the
    window (a damaged file kept aside, a copy that could not be read). Raises OSError."""
    from reader.core.progress_file import save

    return save(progress_path(store_path), progress)
