"""Watched folders: folders the library keeps up with. Every file in one (recursively, of a
format Reader opens) that is new or changed since it was indexed is added; a catalogued file
that has gone from one is reported missing, and nothing of it is removed: its catalogue entry,
its notes and its progress stay (the file may come back, or turn up moved: it keeps them then).

The list of folders is kept in the data folder (library/watched.json, written atomically), so
the window rescans them at launch; the scan runs in the worker process (`scan_job`)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from reader.core.atomic import atomic_write
from reader.core.library.adding import library_files, unchanged
from reader.core.library.catalogue import FOLDER, Catalogue

WATCH_FILES = 4000
"""Files of the watched folders that are watched one by one for edits made in place (beyond
that, their folders only, whose changes catch every file added, removed or saved by a rename):
each is an inotify watch, of which a user has a few thousand to share."""


def watched_file(data_dir: Path) -> Path:
    return Path(data_dir) / FOLDER / "watched.json"


def watched_folders(data_dir: Path) -> list[str]:
    """The folders watched ([] when none, or the list cannot be read)."""
    try:
        data = json.loads(watched_file(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    folders = data.get("folders", []) if isinstance(data, dict) else []
    return [f for f in folders if isinstance(f, str) and f]


def _write(data_dir: Path, folders: list[str]) -> None:
    text = json.dumps({"version": 1, "folders": folders}, ensure_ascii=False, indent=1)
    atomic_write(watched_file(data_dir), text)


def watch(data_dir: Path, folder: Path | str) -> list[str]:
    """Watch a folder (its absolute path; once): the folders watched now."""
    folders = watched_folders(data_dir)
    path = str(Path(folder).expanduser().resolve())
    if path not in folders:
        folders.append(path)
        _write(data_dir, folders)
    return folders


def unwatch(data_dir: Path, folder: Path | str) -> list[str]:
    path = str(Path(folder).expanduser().resolve())
    folders = [f for f in watched_folders(data_dir) if f != path]
    _write(data_dir, folders)
    return folders


@dataclass
class Scan:
    """What a look over the watched folders found."""

    changed: list[str] = field(default_factory=list)
    """Files new or changed since indexed: to add."""
    gone: list[str] = field(default_factory=list)
    """Catalogued files of a watched folder that are not there any more (kept, shown missing)."""
    absent: list[str] = field(default_factory=list)
    """Watched folders that do not exist (a drive not mounted): nothing of theirs is gone."""
    paths: list[str] = field(default_factory=list)
    """Folders (every one), then files (up to WATCH_FILES), for a file-system watcher."""


def _inside(path: str, folder: str) -> bool:
    return path.startswith(folder.rstrip(os.sep) + os.sep)


def scan(catalogue: Catalogue, folders: list[str]) -> Scan:
    """Each watched folder's files compared with the catalogue (a stat and a look-up a file)."""
    found = Scan()
    files: list[str] = []
    for folder in folders:
        if not Path(folder).is_dir():
            found.absent.append(folder)
            continue
        found.paths.append(folder)
        for root, dirs, _ in os.walk(folder):
            found.paths.extend(os.path.join(root, d) for d in sorted(dirs) if not d.startswith("."))
            dirs[:] = [d for d in dirs if not d.startswith(".")]
        for path in library_files([folder]):
            files.append(str(path))
            if unchanged(catalogue, path) is None:
                found.changed.append(str(path))
    present = [f for f in folders if f not in found.absent]
    for entry in catalogue.entries():
        if any(_inside(entry.path, f) for f in present) and not os.path.exists(entry.path):
            found.gone.append(entry.path)
    found.paths.extend(files[:WATCH_FILES])
    return found


def scan_job(data_dir: str, folders: list[str]) -> Scan:
    """scan(), for the worker process (plain values in and out)."""
    catalogue = Catalogue(Path(data_dir))
    try:
        return scan(catalogue, folders)
    finally:
        catalogue.close()
