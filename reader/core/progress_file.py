"""A document's reading-progress file on disk, in a synced data folder: read with a sync tool's
conflict copies merged in, written merged with what the file holds now (two computers' files
converge), a damaged file kept aside and said. Imported when a progress file or copy is there,
or one is written (a fresh data folder's launch reads none); the rule of reading is
reader.core.progress's."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.annotations.sync_copies import copies_of
from reader.core.atomic import atomic_write, damaged_aside, file_lock
from reader.core.progress import Range, ReadingProgress


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


def take_in_disk(path: Path, progress: ReadingProgress) -> ProgressNews:
    """Merge the file and its sync copies into `progress`; a damaged file is kept aside, a
    damaged copy left as it is (both said in the news, with the copies merged)."""
    news = ProgressNews()
    try:
        own = _read_saved(path)
    except ProgressError as exc:
        news.damaged, news.kept_aside = str(exc), damaged_aside(path)
    else:
        if own is not None:
            progress.take_in(own)
    for copy in copies_of(path):
        try:
            saved = _read_saved(copy)
        except ProgressError as exc:
            news.unreadable[copy] = str(exc)
            continue
        if saved is not None:
            progress.take_in(saved)
            news.merged.append(copy)
    return news


def save(path: Path, progress: ReadingProgress) -> ProgressNews:
    """reader.core.progress.save_progress, at the progress file's own path."""
    with file_lock(path.with_suffix(".lock")):
        news = take_in_disk(path, progress)
        if news.damaged and news.kept_aside is None and path.exists():
            raise OSError(f"{path.name} is damaged ({news.damaged}) and could not be kept aside; not overwritten")
        atomic_write(path, progress.to_json())
        progress.unsaved = False
        for copy in news.merged:
            with contextlib.suppress(OSError):
                copy.unlink()
    return news
