"""Reading progress: which sections have been on screen long enough to have been read.

The rule: a section counts as read once it has been on screen for as long as reading it takes
at READING_RATE characters a second (never less than MIN_SECONDS), counting only the seconds
in which at least half of it, or a whole screen of it, was visible. Kept beside the
annotations, one file per document, filed under its identity (reader.core.identity)."""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.annotations.sync_copies import copies_of
from reader.core.atomic import atomic_write, damaged_aside, file_lock
from reader.core.identity import identity_of, progress_file

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


class ProgressError(ValueError):
    """A progress file that cannot be read; the message says why."""


@dataclass(eq=False)
class Saved:
    """A progress file as read: what it says, whichever sections the text has now."""

    read: set[Range]
    dwell: dict[Range, float]
    saved: float = 0.0
    """When it was written (seconds since the epoch; 0: before Reader wrote the time)."""
    reset: float = 0.0
    """When the reader last reset this document's progress (0: never)."""


def parse(raw: str) -> Saved:
    """A progress file's text as saved. Raises ProgressError with the reason."""
    import json

    if not raw.strip():
        raise ProgressError("the file is empty")
    try:
        data = json.loads(raw)
    except ValueError:
        raise ProgressError("not valid JSON") from None
    if not isinstance(data, dict) or not isinstance(data.get("read", []), list):
        raise ProgressError("not a Reader reading-progress file")
    try:
        read = {(int(s), int(e)) for s, e in data.get("read", [])}
        dwell = {}
        for key, seconds in dict(data.get("dwell", {})).items():
            s, e = (int(x) for x in key.split("-"))
            dwell[(s, e)] = float(seconds)
        return Saved(read, dwell, float(data.get("saved", 0.0)), float(data.get("reset", 0.0)))
    except (ValueError, TypeError, AttributeError):
        raise ProgressError("not a Reader reading-progress file") from None


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


@dataclass(eq=False)
class ProgressNews:
    """What reading a document's progress file and its sync copies found, for the window to say."""

    merged: list[Path] = field(default_factory=list)
    """Sync copies (another computer's progress) merged in."""
    unreadable: dict[Path, str] = field(default_factory=dict)
    """Sync copies that could not be read, and why: kept as they are."""
    damaged: str = ""
    """Why the document's own progress file could not be read ("" : it could)."""
    kept_aside: Path | None = None
    """Where that damaged file was kept (None: it could not be moved, and nothing overwrites it)."""


def _read_saved(path: Path) -> Saved | None:
    """The file's progress, None when there is none. Raises ProgressError (the reason)."""
    try:
        raw = Path(path).read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise ProgressError(exc.strerror or str(exc)) from None
    try:
        return parse(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ProgressError("not UTF-8 text") from None


def _take_in_disk(path: Path, progress: ReadingProgress, news: ProgressNews) -> list[Path]:
    """Merge the file and its sync copies into `progress`; a damaged file is kept aside, a
    damaged copy left as it is (both said in `news`). The copies merged."""
    try:
        own = _read_saved(path)
    except ProgressError as exc:
        news.damaged, news.kept_aside = str(exc), damaged_aside(path)
    else:
        if own is not None:
            progress.take_in(own)
    merged = []
    for copy in copies_of(path):
        try:
            saved = _read_saved(copy)
        except ProgressError as exc:
            news.unreadable[copy] = str(exc)
            continue
        if saved is not None:
            progress.take_in(saved)
            merged.append(copy)
    news.merged = merged
    return merged


def read_progress(store_path: Path, sections: list[Range]) -> tuple[ReadingProgress, ProgressNews]:
    """A document's progress with what other computers' sync copies hold merged in (they are
    removed at the next save, once what they hold is on disk), and what was found."""
    progress, news = ReadingProgress(list(sections)), ProgressNews()
    _take_in_disk(progress_path(store_path), progress, news)
    progress.unsaved = bool(news.merged)
    return progress, news


def load_progress(store_path: Path, sections: list[Range]) -> ReadingProgress:
    return read_progress(store_path, sections)[0]


def save_progress(store_path: Path, progress: ReadingProgress) -> ProgressNews:
    """Write the progress, merged first with what the file holds now (another computer's
    reading, brought by a sync tool, is kept: the two computers' files converge) and with the
    sync copies beside it, which are removed once that is on disk. What was found, said by the
    window (a damaged file kept aside, a copy that could not be read). Raises OSError."""
    path = progress_path(store_path)
    news = ProgressNews()
    with file_lock(path.with_suffix(".lock")):
        merged = _take_in_disk(path, progress, news)
        if news.damaged and news.kept_aside is None and path.exists():
            raise OSError(f"{path.name} is damaged ({news.damaged}) and could not be kept aside; not overwritten")
        atomic_write(path, progress.to_json())
        progress.unsaved = False
        for copy in merged:
            with contextlib.suppress(OSError):
                copy.unlink()
    return news
