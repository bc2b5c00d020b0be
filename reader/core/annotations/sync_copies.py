"""The copies file-sync tools leave beside a store when two computers changed it between two
syncs. Each tool appends its own tag to the file's stem; the store merges such a copy in (its
records are versioned and have ids) and removes it once the merge is written.

The tags, as the tools write them:
- Syncthing: `X.sync-conflict-20261205-123456-ABCDEFG.json` (date, time, the device's short id).
- Dropbox: `X (conflicted copy 2026-12-05).json`, `X (Ana's conflicted copy 2026-12-05).json`,
  a second one on a day `X (Ana's conflicted copy 2026-12-05 (1)).json`.
- Nextcloud and ownCloud clients from 2.5 on: `X (conflicted copy 2026-12-05 123456).json`,
  with the user's name `X (conflicted copy Ana 2026-12-05 123456).json`; before 2.5:
  `X_conflict-20261205-123456.json`.
- OneDrive: the computer's name, `X-LAPTOP.json`, and `X-LAPTOP-1.json` for a further one.
- Any tool, and a copy made by hand in a file manager: `X (1).json`.
A copy of a copy carries two tags; they are taken off one at a time.
"""

from __future__ import annotations

from pathlib import Path

from reader.core.identity import PATTERN
from reader.core.patterns import compiled

LIVE_STEM = PATTERN
"""The stem of a live store's name (its identity: reader.core.identity)."""

_TAGS = (  # compiled when a store's folder is first looked through for sync copies
    r"^(?P<stem>.+)\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}$",
    r"^(?P<stem>.+) \((?:[^()]+'s )?conflicted copy(?: [^()]+?)? \d{4}-\d{2}-\d{2}(?: \d{6})?(?: \(\d+\))?\)$",
    r"^(?P<stem>.+)_conflict-\d{8}-\d{6}$",
    r"^(?P<stem>.+) \(\d+\)$",
    # OneDrive's computer name follows the store key directly: a letter, digit or hyphen name
    # (Windows allows no dot in it), so `X.progress`, `X.corrupt-…` and the like never match
    r"^(?P<stem>.+-[0-9a-f]{16})-[A-Za-z0-9][A-Za-z0-9-]{0,62}$",
)


def original_stem(stem: str) -> str | None:
    """The live store stem a file stem is a sync copy of, or None when it is not one (a live
    store's own name never is, whatever its document was called)."""
    if LIVE_STEM.match(stem):
        return None
    for _ in range(8):  # a copy of a copy of …: each tool adds one tag
        for tag in map(compiled, _TAGS):
            found = tag.match(stem)
            if found:
                stem = found["stem"]
                break
        else:
            return None
        if LIVE_STEM.match(stem):
            return stem
    return None


def conflict_copies(store: Path) -> list[Path]:
    """The sync copies of a store file lying beside it, oldest name first."""
    store = Path(store)
    if not store.parent.is_dir():
        return []
    import glob  # a fresh data folder's launch has no folder to look in (1.3 M of the launch)

    # every tool appends to the stem, so a copy's name starts with it
    found = Path(store.parent).glob(glob.escape(store.stem) + "*.json")
    return sorted(p for p in found if p != store and original_stem(p.stem) == store.stem)


_ANY_DEVICE = r"^(?P<stem>.+)-[A-Za-z0-9][A-Za-z0-9-]{0,62}$"
"""OneDrive's computer name after any file's stem (the stores' own rule asks for an identity
before it; a file of known name needs no such guard: what is left must be that name)."""


def copies_of(path: Path) -> list[Path]:
    """The sync copies of any file of the data folder Reader keeps by a fixed name (reading
    progress, the reader's words, vocabulary, the library's list, settings), oldest name
    first: what is left of a copy's stem once the tools' tags are taken off is the file's own
    stem. Read at launch (the words, the settings): one listing of the folder, no glob."""
    import os

    path = Path(path)
    try:
        names = os.listdir(path.parent)
    except OSError:
        return []
    found = []
    for name in names:
        if name == path.name or not name.startswith(path.stem) or not name.endswith(path.suffix):
            continue
        stem = name[: -len(path.suffix)] if path.suffix else name
        for _ in range(8):
            stem = next((m["stem"] for m in (compiled(t).match(stem) for t in (*_TAGS[:4], _ANY_DEVICE)) if m), None)
            if stem is None or stem == path.stem:
                break
        if stem == path.stem:
            found.append(path.parent / name)
    return sorted(found)
