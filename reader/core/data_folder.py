"""The data folder as this run opened it, and the one rule every writer into it keeps: it is
never made again. A data folder moved or deleted while Reader runs (the reader tidied their
synced folder, the sync tool moved it) is gone: writing would make a new one at the old path
and split the reader's notes, progress, words and settings between the two without a word.
So while it is gone every write into it fails with DataFolderGone (an OSError: the writers'
own error paths keep what they hold and say it), and the window saves again once it is back.

Only the launch makes the data folder (reader.paths.data_dir); folders inside it (annotations,
library, cache) are still made by their writers, once the data folder itself is there. One
process-wide record per data folder: the window records its own as it opens (a process has
one: single_instance; tests, one a window); the analysis worker, a fresh interpreter, records
it when it first opens the library's catalogue there, and its cache makes its own folder only
inside an existing data folder."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

_opened: dict[Path, tuple[int, int, bool]] = {}
"""Each data folder opened in this process: its (device, inode) as last seen to be it, and
whether it held a file then."""
_lock = threading.Lock()  # writers run on the window's thread and on job threads
_listed: dict[Path, tuple[int, int, int]] = {}
"""Each opened data folder's (device, inode, modification time) when a listing last found a
file at its top: while they stay the same, that file is still there, and gone() needs no
listing (a check runs before every write into the folder)."""
SETTLED_NS = 3_000_000_000
"""How long before a listing the folder must have last changed for the listing to stand for
it: a file system keeps a folder's modification time to 2 s at the coarsest (FAT), and a file
removed in the same tick as the last change leaves that time as it was."""


class DataFolderGone(FileNotFoundError):
    """A write into a data folder that was moved or deleted while Reader ran; the message names it."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        super().__init__(2, f"the data folder {folder} is gone (moved or deleted?)")

    def __str__(self) -> str:
        return f"the data folder {self.folder} is gone (moved or deleted?)"


def _identity(folder: Path) -> tuple[int, int, int] | None:
    """(device, inode, modification time in ns), or None: nothing there."""
    try:
        st = os.stat(folder)
    except OSError:
        return None
    return st.st_dev, st.st_ino, st.st_mtime_ns


def open_folder(folder: Path) -> None:
    """Record a data folder this process writes into, as it is now, unless it is recorded
    already (then the record stands: a folder made again since must not become it)."""
    folder = Path(folder).absolute()
    found = _identity(folder)
    with _lock:
        if found is not None and folder not in _opened:
            _opened[folder] = (*found[:2], not _empty(folder))


def _empty(folder: Path) -> bool:
    """No file in the folder nor in its folders: a folder another program's writer made again
    at the old path holds at most empty folders (its annotations/), a folder a person keeps
    holds files (stops at the first: settings.ini is at the top)."""
    return not any(files for _root, _folders, files in os.walk(folder))


def _holds_files(folder: Path, now: tuple[int, int, int]) -> bool:
    """Not _empty(folder), `now` its identity: listed only when the folder changed since a
    listing found a file at its top (_listed)."""
    if _listed.get(folder) == now:
        return True
    walk = os.walk(folder)
    top = next(walk, None)
    if top is not None and top[2]:
        if time.time_ns() - now[2] > SETTLED_NS:
            _listed[folder] = now
        return True
    _listed.pop(folder, None)
    return any(files for _root, _folders, files in walk)


def holding(path: Path) -> Path | None:
    """The opened data folder `path` lies in (or is), or None."""
    path = str(Path(path).absolute())  # the strings: a set of its parents cost more than the check's stat
    for folder in list(_opened):
        top = str(folder)
        if path == top or path.startswith(top.rstrip(os.sep) + os.sep):
            return folder
    return None


def gone(folder: Path) -> bool:
    """Whether an opened data folder has gone: nothing at its path, or a folder there that
    holds no file (empty folders at most) though the one opened held one (made again by
    something else; a file system may give it the old one's inode number). A folder that is
    not the one opened but holds files (a backup put back; a network or FUSE mount whose inode
    numbers are not kept, as sshfs without use_ino) is taken for it, and followed from then on."""
    folder = Path(folder).absolute()
    now = _identity(folder)
    with _lock:
        opened = _opened.get(folder)
        if opened is None:
            return False
        if now is None:
            return True
        empty = not _holds_files(folder, now)
        if empty and (opened[2] or now[:2] != opened[:2]):
            return True
        _opened[folder] = (*now[:2], opened[2] or not empty)
        return False


def gone_at(path: Path) -> Path | None:
    """The opened data folder `path` lies in, when it has gone; else None."""
    folder = holding(path)
    return folder if folder is not None and gone(folder) else None


def refuse_if_gone(path: Path) -> None:
    """Raise DataFolderGone when `path` lies in an opened data folder that has gone: called by
    every write (reader.core.atomic) before it makes a missing folder."""
    folder = gone_at(path)
    if folder is not None:
        raise DataFolderGone(folder)


def make_folder(folder: Path) -> None:
    """Make a folder a file is written into, with any missing parents, unless that would make
    a gone data folder again (then DataFolderGone)."""
    folder = Path(folder)
    refuse_if_gone(folder)  # a folder made again at its old path is there, and still not it
    folder.mkdir(parents=True, exist_ok=True)


def make_inside(folder: Path) -> None:
    """Make a folder of the data folder (its annotations, library, cache) where the data folder
    itself is there: the rule for a process with no record of it (the analysis worker, a
    fresh interpreter), where a data folder deleted or moved away is simply missing."""
    folder = Path(folder)
    refuse_if_gone(folder)
    if folder.is_dir():
        return
    if not folder.parent.is_dir():
        raise DataFolderGone(folder.parent)
    folder.mkdir(exist_ok=True)
