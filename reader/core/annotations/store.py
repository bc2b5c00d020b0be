"""A document's store file: one versioned JSON file per document; atomic saves that merge with
what another process wrote.

The file is found by reader.core.annotations.locate and its records read and merged by
reader.core.annotations.records (a bad record is quarantined, every good one stays live). Only
a file that is not a Reader store at all is moved aside here, and a moved-aside file is never
read as a store again. A file from a newer Reader is opened read-only, never downgraded; a
failed write keeps the edits in memory for the next attempt.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.annotations.locate import StoreLocator, store_heads
from reader.core.annotations.records import (
    SCHEMA_VERSION,
    StoreFormatError,
    StoreState,
    merge,
    parse_store,
    pruned,
    read_newer,
    read_store,
    serialise,
    with_copies,
)
from reader.core.annotations.sync_copies import conflict_copies
from reader.core.atomic import (
    atomic_write,
    file_lock,
    file_signature,
    free_name,
    reading_lock,
    remove_stale_temporaries,
    signature_of,
)
from reader.core.device import this_device
from reader.core.formats import format_of
from reader.core.identity import identity_of, store_file

if TYPE_CHECKING:
    from reader.core.annotations.came_in import CameIn
    from reader.core.annotations.model import Annotation
    from reader.core.annotations.store_info import StoreInfo


class StoreError(Exception):
    """Saving failed; the message names the file and the reason."""


@dataclass(eq=False)  # never compared (issue 32: a launch compiles each generated method)
class LoadResult:
    """A store as loaded: its state, and how it was found and read (status)."""

    state: StoreState
    status: str  # "new", "ok", "corrupt", "newer", "attached" (found by similarity) or "edited"
    message: str = ""
    backup: Path | None = None
    candidates: list[StoreInfo] = field(default_factory=list)
    """For a new store: stores made on a similar text elsewhere, to offer to attach."""
    merged: list[Path] = field(default_factory=list)
    """Sync copies of the store and other computers' stores of this text, merged in."""
    unmerged: list[Path] = field(default_factory=list)
    """Sync copies that could not be read: kept as they are, never removed."""
    changed: bool = False
    """What was merged in holds something the store's own file does not: save it."""
    came_in: CameIn | None = None
    """What the merge added, changed and deleted (None: nothing was merged)."""


def write_problem(store_path: Path) -> str:
    """Why this user cannot save a store here ("" when they can): the folder (or the nearest
    one that exists) or the store's lock file is not writable. os.access answers for this
    user, so a read-only mount, another user's folder and another user's lock file all count."""
    folder = Path(store_path).parent
    while not folder.exists() and folder != folder.parent:
        folder = folder.parent
    if not _may_write(folder):
        return f"the folder {folder} cannot be written"
    lock = Path(store_path).with_suffix(".lock")
    if lock.exists() and not _may_write(lock):
        return f"the lock file {lock} cannot be written (it belongs to another user or is read-only)"
    return ""


def _may_write(path: Path) -> bool:
    return os.access(path, os.W_OK)


def _versions(state: StoreState) -> tuple[dict[str, str], dict[str, str]]:
    return {a.id: a.modified for a in state.annotations}, state.deleted


def _folder_id(folder: Path) -> tuple[int, int] | None:
    try:
        st = folder.stat()
    except OSError:
        return None
    return st.st_dev, st.st_ino


class AnnotationStore:
    """A document's store file: found (`locator`), loaded with its sync copies and other
    computers' stores of the same text merged in, saved atomically, set aside when damaged."""

    def __init__(
        self,
        folder: Path,
        document_path: Path | None,
        content_hash: str,
        title: str = "",
        text: str | None = None,
        format: str | None = None,
        source_hash: str = "",
        fingerprint: list[int] | None = None,
        identity: str | None = None,
        recognised: Callable[[StoreLocator], str | None] | None = None,
        met_here: Callable[[StoreLocator], str | None] | None = None,
    ) -> None:
        """`identity`: the document's, when the caller knows it (the catalogue): its store is
        filed under it. Else the store is found (StoreLocator.locate, which `recognised` and
        `met_here` serve)."""
        self.locator = StoreLocator(folder, document_path, content_hash, text, fingerprint, recognised, met_here)
        self.folder = self.locator.folder
        self.document_path = document_path
        self.content_hash = content_hash
        self.title = title
        # the source file's format (text, markdown, html, docx, pdf, epub), recorded so a note's
        # offsets are known to index the text Reader made of that file: the caller's, else what
        # the file's suffix names; and the file's own hash where the caller knows it
        self.format = format or format_of(document_path)
        self.source_hash = source_hash
        self.read_only = False
        self.read_only_reason = ""
        """Why nothing can be saved: a newer Reader's file, or a folder this user cannot write."""
        self._signature: tuple[int, int, int] | None = None
        self._folder: tuple[int, int] | None = None
        """The store's folder as last read or written (device, inode): one moved away is not made again."""
        self._encoded: dict[Annotation, str] = {}
        self.path = store_file(self.folder, identity) if identity else self.locator.locate()
        self.candidates: list[StoreInfo] = self.locator.candidates
        """For a new store: stores made on a similar text elsewhere, to offer to attach."""
        self.attached_from: StoreInfo | None = self.locator.attached_from
        """The store found by similarity whose notes this document takes (status "attached" or "edited")."""

    @property
    def identity(self) -> str:
        """The document's identity (reader.core.identity): what its store is filed under."""
        return identity_of(self.path)

    @property
    def fingerprint(self) -> list[int]:
        """The text's similarity fingerprint (StoreLocator's), saved in the file so an edited copy finds it."""
        return self.locator.fingerprint

    def changed_on_disk(self) -> bool:
        return file_signature(self.path) != self._signature

    def _read(self) -> tuple[str, tuple[int, int, int]] | None:
        """The file's text and the signature of exactly that content (one open file), or None."""
        try:
            with open(self.path, "rb") as handle:
                signature = signature_of(os.fstat(handle.fileno()))
                return handle.read().decode("utf-8"), signature
        except FileNotFoundError:
            return None

    def load(self) -> LoadResult:
        """The store's records, merged with its sync copies and other computers' stores of the
        same text. Needs no write access: where this user cannot save, the store is read-only
        and `read_only_reason` says why."""
        remove_stale_temporaries(self.folder)
        self.read_only_reason = write_problem(self.path)
        self.read_only = bool(self.read_only_reason)
        result = self._load_own()
        if result.status in ("newer", "corrupt"):
            return result
        state, copies, unreadable = with_copies(result.state, conflict_copies(self.path))
        devices = self._device_stores()
        for path in devices:
            other = read_store(path)
            if other is not None:
                state = merge(state, with_copies(other, conflict_copies(path))[0])
        result.merged = [*copies, *devices]
        result.unmerged = unreadable
        result.changed = bool(copies) or _versions(state) != _versions(result.state)
        if result.merged:
            from reader.core.annotations.came_in import came_in

            result.came_in = came_in(result.state, state, result.merged)
        result.state = state
        return result

    def _load_own(self) -> LoadResult:
        if not self.path.exists():  # nothing to read; no lock file (nor folder) made for that
            self._signature = None
            return LoadResult(StoreState(), "new", candidates=self.candidates)
        try:
            # under the lock, so a save landing between the read and the stat is not missed
            with reading_lock(self.path.with_suffix(".lock")):
                read = self._read()
                if read is None:
                    self._signature = None
                    return LoadResult(StoreState(), "new", candidates=self.candidates)
                raw, signature = read
                try:
                    version, state, _ = parse_store(raw)
                except StoreFormatError as exc:
                    return self._damaged(str(exc))
        except UnicodeDecodeError as exc:
            with reading_lock(self.path.with_suffix(".lock")):
                return self._damaged(exc.reason)
        except OSError as exc:
            raise StoreError(f"{self.path}: {exc.strerror or exc}") from None
        self._signature = signature
        self._folder = _folder_id(self.path.parent)
        if version > SCHEMA_VERSION:
            self.read_only = True
            self.read_only_reason = f"{self.path.name} was written by a newer Reader"
            state = read_newer(raw)
            return LoadResult(state, "newer", f"{self.path.name}: written by a newer Reader (schema {version})")
        if self.attached_from is not None:
            info = self.attached_from
            # "edited": the notes of this very file, whose text changed since they were made
            here = self.document_path is not None and info.document_path == str(self.document_path)
            return LoadResult(state, "edited" if here else "attached", f"{info.title}: {info.document_path}")
        return LoadResult(state, "ok")

    def _damaged(self, reason: str) -> LoadResult:
        """A file that is not a store is kept aside; where nothing can be written it stays as it
        is (the store is read-only, so it is never overwritten either)."""
        backup = None if self.read_only else self._set_aside()
        return LoadResult(StoreState(), "corrupt", f"{self.path.name}: {reason}", backup)

    def _device_stores(self) -> list[Path]:
        """Other live stores of this same text whose document is not on this computer: each
        computer of a synced data folder makes its own (the key is the document's path), and
        all of them are this document's notes. Read, never removed: the other computer keeps
        writing its own. Not a store this computer wrote (reader.core.device): its document
        was here and has gone, and this one is a copy of it, a document of its own. The heads
        the locator read just before, where it read them (StoreLocator.take_heads)."""
        heads = self.locator.take_heads()
        if not self.content_hash:
            return []
        return [
            head.path
            for head in (heads if heads is not None else store_heads(self.folder))
            if head.path != self.path
            and head.content_hash == self.content_hash
            and head.device != this_device()
            and (not head.document_path or not Path(head.document_path).exists())
        ]

    def _set_aside(self, label: str = "corrupt") -> Path:
        from datetime import datetime

        backup = free_name(self.path.with_name(f"{self.path.stem}.{label}-{datetime.now():%Y%m%d-%H%M%S}.json"))
        os.replace(self.path, backup)
        return backup

    def _locked(self):
        return file_lock(self.path.with_suffix(".lock"))

    def conflict_copies(self) -> list[Path]:
        return conflict_copies(self.path)

    def read_disk(self, copies: list[Path]) -> tuple[StoreState | None, list[Path], list[Path]]:
        """What the file holds now merged with those of its sync copies that can be read (None
        when neither can), the copies merged, and those that could not be read."""
        own = read_store(self.path)
        state, merged, unreadable = with_copies(own or StoreState(), copies)
        return (state if own is not None or merged else None), merged, unreadable

    def save(self, state: StoreState) -> StoreState:
        """Merge with the file's current content when another process changed it, write
        atomically, and return the merged state for the caller to adopt. Raises StoreError."""
        if self.read_only:
            raise StoreError(f"{self.path}: {self.read_only_reason}; not saved")
        if self._moved_away():
            raise StoreError(f"{self.path.parent} is gone (moved or deleted?)")
        try:
            with self._locked():
                read = self._read()
                if read is not None and read[1] != self._signature:
                    try:
                        _, disk, _ = parse_store(read[0])
                    except (StoreFormatError, UnicodeDecodeError):
                        self._set_aside()  # damaged since we read it: keep it, write ours beside
                    else:
                        state = merge(state, disk)
                # a sync tool's copies, merged and removed only once the merge is on disk;
                # one that cannot be read stays where it is
                state, copies, _ = with_copies(state, conflict_copies(self.path))
                state = pruned(state)  # a deletion remembered for a year, not for ever
                atomic_write(self.path, self.serialise(state))
                self._signature = file_signature(self.path)
                self._folder = _folder_id(self.path.parent)
                for copy in copies:
                    with contextlib.suppress(OSError):
                        copy.unlink()
        except OSError as exc:
            raise StoreError(f"{self.path}: {exc.strerror or exc}") from None
        return state

    def _moved_away(self) -> bool:
        """Whether the data folder was moved or deleted while the document was open (and maybe
        made again at the old place by another writer): writing here would split the notes
        between two folders without a word; saved again once the folder is back. A folder that
        is not the one read (a backup put back, or a file system whose inode numbers are not
        kept, as some network and FUSE mounts do) but still holds the store file is the store's."""
        if self._folder is None or _folder_id(self.path.parent) == self._folder:
            return False
        return not self.path.exists()

    def take_over(self, other: Path) -> StoreState:
        """The annotations of another store file and its sync copies. A store whose document is
        gone is then kept aside as ….attached-<time>.json (never read as a store again); one
        whose document is still there stays its notes too (they are copied). Raises StoreError."""
        from datetime import datetime

        try:
            with file_lock(other.with_suffix(".lock")):
                _, state, info = parse_store(other.read_text(encoding="utf-8"))
                copies = conflict_copies(other)
                state = with_copies(state, copies)[0]
                elsewhere = info.get("path")
                if isinstance(elsewhere, str) and Path(elsewhere).exists():
                    return state
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                for path in [other, *copies]:
                    os.replace(path, path.with_name(f"{path.stem}.attached-{stamp}{path.suffix}"))
        except (OSError, StoreFormatError, UnicodeDecodeError) as exc:
            raise StoreError(f"{other}: {getattr(exc, 'strerror', None) or exc}") from None
        return state

    def serialise(self, state: StoreState) -> str:
        """The file's text (records.serialise): this document's head, then the records."""
        document = {
            "path": str(self.document_path) if self.document_path else None,
            "content_hash": self.content_hash,
            "device": this_device(),
            "format": self.format,
            **({"source_hash": self.source_hash} if self.source_hash else {}),
            "title": self.title,
            "fingerprint": self.fingerprint,
        }
        return serialise(document, state, self._encoded)
