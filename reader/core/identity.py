"""A document's identity: the one name every record Reader keeps of a document is filed under.

The annotation store (annotations/<identity>.json), the reading progress beside it
(<identity>.progress.json), the per-document settings (documents/<identity>/… in the settings
file) and the library's catalogue (members.json and its database) all key on it; nothing else
spells it. It is made once, from where the document was first met (a readable stem of its
file's name and a digest of its path), and then kept: a document that moves, or moves and
changes, is recognised (by its text's hash, else its similarity fingerprint) and keeps the
identity it had, so its notes, progress, settings and catalogue entry follow it. A copy (the
same text at another path while the first file is still where it was) is another document,
with an identity of its own: `may_be` is that rule, and the annotation store and the catalogue
both follow it.

The analysis cache is the one record not filed here: its results are made from the text alone
and are looked up by the text's content hash, so an edited document never reads back the
analysis of its old text, and two copies of one text share theirs."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol

PATTERN = re.compile(r"^.+-[0-9a-f]{16}$")
"""What an identity looks like (a file's stem): a kept-aside copy of a store (….corrupt-<time>,
….attached-<time>) never matches, so it is never taken for a document's records."""

RECOGNISE = 0.9
"""Similarity above which a document whose file has gone is taken for this one unasked
(the annotation store's AUTO_ATTACH)."""


def new_identity(document_path: Path | None, content_hash: str) -> str:
    """The identity of a document met for the first time (a pasted text has no path: its hash)."""
    source = str(document_path) if document_path else content_hash
    stem = re.sub(r"[^\w.-]+", "_", document_path.stem)[:40] if document_path else "text"
    return f"{stem}-{hashlib.sha256(source.encode('utf-8')).hexdigest()[:16]}"


def is_identity(text: str) -> bool:
    return bool(PATTERN.match(text))


def identity_of(record: Path) -> str:
    """The identity a store or progress file is filed under."""
    name = Path(record).name
    return name.removesuffix(".json").removesuffix(".progress")


def store_file(folder: Path, identity: str) -> Path:
    return Path(folder) / f"{identity}.json"


def progress_file(folder: Path, identity: str) -> Path:
    return Path(folder) / f"{identity}.progress.json"


def settings_group(identity: str) -> str:
    """The group of the settings file that holds a document's own settings."""
    return f"documents/{identity}"


def may_be(
    known_path: str | None, here: Path | str | None, exists: Callable[[str], bool] = lambda p: Path(p).exists()
) -> bool:
    """Whether records made for the document at `known_path` may be the document now at `here`:
    the same path, or a path whose file has gone (the document moved, or is on another computer
    of a synced data folder). A file still at `known_path` is another document, however alike."""
    if here is not None and known_path == str(here):
        return True
    return not known_path or not exists(known_path)


class Known(Protocol):
    """A document Reader has a record of (a library member): its identity and how to know it."""

    identity: str
    path: str
    content_hash: str
    fingerprint: tuple[int, ...]


def recognise(
    known: Iterable[Known],
    path: Path | str | None,
    content_hash: str,
    prints: Callable[[], list[int]],
    exists: Callable[[str], bool] = lambda p: Path(p).exists(),
    sizes_allow: Callable[[list[list[int]], float], list[bool]] | None = None,
) -> Known | None:
    """The known document this one is: the one at its path; else one whose file has gone with
    the same text; else one whose file has gone with a text similar enough (the fingerprint,
    asked for only then: 0.4 s for a novel). sizes_allow(sketches, threshold): which of the
    gone's fingerprints this text could be that alike to by the sizes of the texts alone
    (reader.core.annotations.locate.StoreLocator.may_be_alike); the fingerprint is asked for only if one could."""
    known = list(known)
    here = str(path) if path is not None else None
    found = next((k for k in known if here is not None and k.path == here), None)
    if found is not None:
        return found
    gone = [k for k in known if k.path != here and may_be(k.path, here, exists)]
    found = next((k for k in gone if content_hash and k.content_hash == content_hash), None)
    if found is not None:
        return found
    comparable = [k for k in gone if k.fingerprint]
    if comparable and sizes_allow is not None:
        allowed = sizes_allow([list(k.fingerprint) for k in comparable], RECOGNISE)
        comparable = [k for k, may in zip(comparable, allowed, strict=True) if may]
    if not comparable:
        return None
    from reader.core.fingerprint import similarity  # only when a text must be compared

    mine = prints()
    scored = [(similarity(mine, list(k.fingerprint)), k) for k in comparable]
    best = max(scored, key=lambda s: s[0], default=(0.0, None))
    return best[1] if best[0] >= RECOGNISE else None
