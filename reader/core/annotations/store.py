"""One versioned JSON file per document; atomic saves that merge with what another process wrote.

Each record is checked on its own: a bad one (a string offset, an unknown colour, a time
that is not ISO 8601) is quarantined — kept verbatim in the file, counted, exportable — and
every good record stays live. Only a file that is not a Reader store at all is moved aside,
and a moved-aside file is never read as a store again. A file from a newer Reader is opened
read-only, never downgraded; a failed write keeps the edits in memory for the next attempt.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from reader.core.annotations.model import Annotation
from reader.core.annotations.sync_copies import conflict_copies
from reader.core.atomic import atomic_write, file_lock, reading_lock, remove_stale_temporaries
from reader.core.device import this_device
from reader.core.fingerprint import GramCount, fingerprint, may_reach, similarity
from reader.core.formats import format_of
from reader.core.identity import (
    RECOGNISE,
    identity_of,
    is_identity,
    may_be,
    new_identity,
    progress_file,
    store_file,
)

if TYPE_CHECKING:
    from datetime import datetime

    from reader.core.annotations.came_in import CameIn
    from reader.core.annotations.store_heads import StoreHead

FORMAT = "reader-annotations"
SCHEMA_VERSION = 1
_FIELDS = ("id", "start", "end", "exact", "prefix", "suffix", "colour", "style", "note", "created", "modified")
_SELECTOR = ("start", "end", "exact", "prefix", "suffix")
AUTO_ATTACH = RECOGNISE
"""Similarity above which a store whose document has gone is attached without asking."""
ASK_ATTACH = 0.5
"""Similarity above which the reader is asked whether a store belongs to this document."""


class StoreError(Exception):
    """Saving failed; the message names the file and the reason."""


class StoreFormatError(ValueError):
    """A file that is not a valid annotation store."""


@dataclass(eq=False)  # never compared (issue 32: a launch compiles each generated method)
class StoreState:
    """What a store holds: its live annotations, its tombstones and the records it quarantined."""

    annotations: list[Annotation] = field(default_factory=list)
    deleted: dict[str, str] = field(default_factory=dict)
    """Tombstones, id → when it was deleted: a merge must not bring back what was removed."""
    quarantined: list[dict] = field(default_factory=list)
    """Records that could not be read, kept verbatim so nothing is lost and they can be exported."""


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


@dataclass(frozen=True)
class StoreInfo:
    """What the Reattach list shows of a store file."""

    path: Path
    title: str
    document_path: str | None
    content_hash: str
    count: int
    last_change: str
    fingerprint: tuple[int, ...] = ()
    similarity: float = 0.0
    device: str | None = None  # the computer that wrote it (reader.core.device)

    @property
    def document_missing(self) -> bool:
        return not self.document_path or not Path(self.document_path).exists()


def parse_time(stamp: str) -> datetime:
    from datetime import datetime  # with stored notes' times: not before a fresh folder's first paint

    try:
        value = datetime.fromisoformat(stamp)
    except (TypeError, ValueError):
        return datetime.min.replace(tzinfo=datetime.now().astimezone().tzinfo)
    return value if value.tzinfo else value.astimezone()


def is_timestamp(stamp: object) -> bool:
    """An ISO 8601 date and time, as every time Reader stores must be."""
    if not isinstance(stamp, str):
        return False
    from datetime import datetime

    try:
        datetime.fromisoformat(stamp)
    except ValueError:
        return False
    return True


def annotation_to_json(a: Annotation) -> dict:
    record = {k: getattr(a, k) for k in _FIELDS}
    if a.stored_at is not None:  # not confirmed: the file keeps the place it had
        record.update({k: getattr(a.stored_at, k) for k in _SELECTOR})
    return record


def annotation_from_json(data: dict) -> Annotation:
    if not isinstance(data, dict):
        raise StoreFormatError("an annotation is not an object")
    try:
        fields = {k: data[k] for k in _FIELDS}
    except KeyError as exc:
        raise StoreFormatError(f"an annotation lacks {exc.args[0]!r}") from None
    for key in ("start", "end"):
        if not isinstance(fields[key], int) or isinstance(fields[key], bool):
            raise StoreFormatError(f"{key!r} is not a whole number")
    for key in ("id", "exact", "prefix", "suffix", "style", "note", "created", "modified"):
        if not isinstance(fields[key], str):
            raise StoreFormatError(f"{key!r} is not text")
    for key in ("created", "modified"):
        if not is_timestamp(fields[key]):
            raise StoreFormatError(f"{key!r} is not an ISO 8601 time")
    if fields["colour"] is not None and not isinstance(fields["colour"], str):
        raise StoreFormatError("'colour' is not text")
    try:
        return Annotation(**fields)
    except ValueError as exc:
        raise StoreFormatError(str(exc)) from None


def _load_json(raw: str):
    import json  # with a store to read or write: a fresh folder's launch has none

    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        raise StoreFormatError(f"not valid JSON ({exc.msg}, line {exc.lineno})") from None
    except RecursionError:
        raise StoreFormatError("nested too deeply to be a Reader annotation file") from None


def parse_store(raw: str) -> tuple[int, StoreState, dict]:
    """(schema version, state, document info). A bad record is quarantined, not fatal;
    raises StoreFormatError only when the file is not a Reader store at all."""
    data = _load_json(raw)
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StoreFormatError("not a Reader annotation file")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise StoreFormatError("no schema version")
    info = data.get("document") if isinstance(data.get("document"), dict) else {}
    if version > SCHEMA_VERSION:
        return version, StoreState(), info
    items = data.get("annotations")
    deleted = data.get("deleted", {})
    quarantined = data.get("quarantined", [])
    if not isinstance(items, list) or not isinstance(deleted, dict) or not isinstance(quarantined, list):
        raise StoreFormatError("'annotations' is not a list")
    state = StoreState(deleted={str(k): str(v) for k, v in deleted.items()}, quarantined=list(quarantined))
    seen: dict[str, Annotation] = {}
    for item in items:
        try:
            a = annotation_from_json(item)
        except StoreFormatError:
            state.quarantined.append(item)
            continue
        if a.id in seen:
            if seen[a.id] == a:
                continue  # the same record twice: nothing is lost by keeping one
            a = Annotation(**{**{k: getattr(a, k) for k in _FIELDS}, "id": repeated_id(item)})
        seen[a.id] = a
        state.annotations.append(a)
    return version, state, info


def repeated_id(record: dict) -> str:
    """A new id for a record whose id an earlier record of the same file has. Derived from the
    record itself, so every process (and every load) gives it the same id and two windows that
    both read the file do not make two copies of it."""
    import uuid  # rarely needed: not on the way to a document's first page

    return str(uuid.uuid5(uuid.NAMESPACE_URL, "reader-repeated-id:" + _record_key(record)))


def _record_key(record) -> str:
    import json

    return json.dumps(record, ensure_ascii=False, sort_keys=True, default=str)


def merge(local: StoreState, other: StoreState) -> StoreState:
    """Union by id; the newer modification wins; a deletion newer than an edit wins;
    quarantined records from either side are all kept."""
    by_id = {a.id: a for a in local.annotations}
    deleted = dict(local.deleted)
    for key, when in other.deleted.items():
        if key not in deleted or parse_time(when) > parse_time(deleted[key]):
            deleted[key] = when
    for a in other.annotations:
        mine = by_id.get(a.id)
        if mine is None or _newer(a, mine):
            by_id[a.id] = a
    kept = [a for a in by_id.values() if a.id not in deleted or parse_time(a.modified) > parse_time(deleted[a.id])]
    quarantined = {_record_key(r): r for r in [*local.quarantined, *other.quarantined]}
    return StoreState(sorted(kept, key=lambda a: a.sort_key), deleted, list(quarantined.values()))


def _newer(a: Annotation, b: Annotation) -> bool:
    """Whether a's version of a note wins over b's: the later change; two changes in the same
    second (times are kept to the second) by the record itself, so both computers of a synced
    folder keep the same one (the side merged into would otherwise keep its own on each)."""
    when_a, when_b = parse_time(a.modified), parse_time(b.modified)
    if when_a != when_b:
        return when_a > when_b
    return a != b and _record_key(annotation_to_json(a)) > _record_key(annotation_to_json(b))


def store_files(folder: Path) -> list[Path]:
    """The live store files of a folder, never a kept-aside copy."""
    if not Path(folder).is_dir():
        return []
    return sorted(p for p in Path(folder).glob("*.json") if is_identity(p.name.removesuffix(".json")))


def read_store(path: Path) -> StoreState | None:
    """A store file's records, or None when it cannot be read or was written by a newer
    Reader (whose records this version cannot merge: such a file is never removed)."""
    try:
        version, state, _ = parse_store(Path(path).read_text(encoding="utf-8"))
    except (OSError, StoreFormatError, UnicodeDecodeError):
        return None
    return state if version <= SCHEMA_VERSION else None


def with_copies(state: StoreState, copies: list[Path]) -> tuple[StoreState, list[Path], list[Path]]:
    """A store's state merged with its sync copies: (state, copies merged, copies unreadable)."""
    merged, unreadable = [], []
    for copy in copies:
        other = read_store(copy)
        if other is None:
            unreadable.append(copy)
        else:
            state = merge(state, other)
            merged.append(copy)
    return state, merged, unreadable


def read_info(path: Path) -> StoreInfo | None:
    """What a store file (with its sync copies) says about itself, or None when it cannot be read."""
    from reader.core.annotations.store_heads import numbers

    try:
        _, state, info = parse_store(path.read_text(encoding="utf-8"))
    except (OSError, StoreFormatError, UnicodeDecodeError):
        return None
    state = with_copies(state, conflict_copies(path))[0]
    times = [a.modified for a in state.annotations] or [""]
    printed = info.get("fingerprint")
    return StoreInfo(
        path=path,
        title=str(info.get("title") or path.stem),
        document_path=info.get("path") if isinstance(info.get("path"), str) else None,
        content_hash=str(info.get("content_hash") or ""),
        count=len(state.annotations),
        last_change=max(times, key=parse_time),
        fingerprint=numbers(printed),
        device=info.get("device") if isinstance(info.get("device"), str) else None,
    )


def _store_heads(folder: Path) -> list[StoreHead]:
    """Every store's head (store_heads); a store whose head is not as Reader writes it is read
    whole for it."""
    files = store_files(folder)
    if not files:
        return []
    from reader.core.annotations.store_heads import StoreHead, read_heads  # with stores: not a fresh folder's

    heads = []
    for path, head in zip(files, read_heads(files), strict=True):
        if head is None:
            info = read_info(path)
            if info is None:
                continue
            head = StoreHead(
                path, info.document_path, info.content_hash, info.fingerprint, bool(info.count), info.device
            )
        heads.append(head)
    return heads


def _read_whole(heads: Iterable[StoreHead]) -> list[StoreInfo]:
    """read_info of the stores of those heads (those that can be read)."""
    return [i for i in (read_info(h.path) for h in heads) if i is not None]


def orphaned_stores(folder: Path) -> list[StoreInfo]:
    """Stores with annotations whose document is no longer where it was: Reattach offers these.
    Not another computer's store of a text that has a store here: that one is merged into it."""
    found = [i for i in (read_info(p) for p in store_files(folder)) if i is not None]
    at_home = {i.content_hash for i in found if not i.document_missing}
    return [i for i in found if i.count and i.document_missing and i.content_hash not in at_home]


def similar_stores(folder: Path, mine: list[int], exclude: Path | None = None) -> list[StoreInfo]:
    """Stores with annotations made on a text at least ASK_ATTACH like this one, most alike first."""
    return _most_alike([read_info(p) for p in store_files(folder) if p != exclude], mine)


def _most_alike(infos: list[StoreInfo | None], mine: list[int]) -> list[StoreInfo]:
    if not mine:
        return []
    scored = (
        StoreInfo(**{**vars(i), "similarity": similarity(mine, list(i.fingerprint))})
        for i in infos
        if i is not None and i.count and i.fingerprint
    )
    return sorted((i for i in scored if i.similarity >= ASK_ATTACH), key=lambda i: -i.similarity)


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


def _signature_of(st: os.stat_result) -> tuple[int, int, int]:
    # the inode too: every save is a rename of a new file, so two saves within one clock
    # tick with the same size still differ
    return st.st_ino, st.st_mtime_ns, st.st_size


class AnnotationStore:
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
        recognised: Callable[[AnnotationStore], str | None] | None = None,
        met_here: Callable[[AnnotationStore], str | None] | None = None,
    ) -> None:
        """`identity`: the document's, when the caller knows it (the catalogue): its store is
        filed under it. Else the store is found (`_locate`), and when none is, `recognised` may
        name the identity of a document Reader knows this one to be (a library member that
        moved and changed, with progress or settings but no notes yet). `met_here` names the
        identity of the document Reader met at this very path before (the library's entry
        there), if any: that document is this one, even with no notes yet."""
        if fingerprint:
            # known already (the analysis cache keeps it): 0.4 s of MinHash for a novel saved
            self.__dict__["fingerprint"] = fingerprint
        self.folder = Path(folder)
        self.document_path = document_path
        self.content_hash = content_hash
        self.title = title
        # the source file's format (text, markdown, html, docx, pdf, epub), recorded so a note's
        # offsets are known to index the text Reader made of that file: the caller's, else what
        # the file's suffix names; and the file's own hash where the caller knows it
        self.format = format or format_of(document_path)
        self.source_hash = source_hash
        self._text = text
        self.read_only = False
        self.read_only_reason = ""
        """Why nothing can be saved: a newer Reader's file, or a folder this user cannot write."""
        self._signature: tuple[int, int, int] | None = None
        self._folder: tuple[int, int] | None = None
        """The store's folder as last read or written (device, inode): one moved away is not made again."""
        self._encoded: dict[Annotation, str] = {}
        self.candidates: list[StoreInfo] = []
        self.attached_from: StoreInfo | None = None
        self._recognised = recognised
        self._met_here = met_here
        self._heads: list[StoreHead] | None = None
        """The folder's store heads _locate read, for the load that follows it (_device_stores)."""
        self.path = store_file(self.folder, identity) if identity else self._locate()

    @property
    def identity(self) -> str:
        """The document's identity (reader.core.identity): what its store is filed under."""
        return identity_of(self.path)

    @cached_property
    def fingerprint(self) -> list[int]:
        """The text's similarity fingerprint, saved in the file so an edited copy finds it."""
        return fingerprint(self._text) if self._text else []

    def _locate(self) -> Path:
        """This document's store: by its path; else a store made on the same text at a path
        whose file has gone (reader.core.identity.may_be); else one made on a very similar text
        whose document has gone (moved and edited), attached at once; less certain matches are
        offered in `candidates`. A document Reader met at this path before (`_met`) is itself:
        a copy whose original was deleted since is offered the original's notes, never given
        them unasked (its path and its own records say it is not the original moved)."""
        own = store_file(self.folder, new_identity(self.document_path, self.content_hash))
        if own.exists():
            return own
        if not self.folder.is_dir():
            return self._recognise(own)
        met = self._met(own)
        if met is not None and met.exists():
            return met
        # each store by its head first (store_heads); read whole only where the head leaves it
        # a chance to be this document's
        heads = self._heads = _store_heads(self.folder)
        same_text = _read_whole(h for h in heads if h.content_hash == self.content_hash)
        for info in same_text if met is None else ():  # the same text: this document moved
            if info.content_hash == self.content_hash and may_be(info.document_path, self.document_path):
                return info.path
        if not self._text:
            return met if met is not None else self._recognise(own)
        # this very file, edited since its notes were made (a store found by content hash
        # after a move records the new place): its notes, however much the text changed (what
        # cannot be placed is shown orphaned), never an offer naming this same file
        at_path = str(self.document_path) if self.document_path else None
        here = [
            i
            for i in _read_whole(h for h in heads if at_path and h.may_have_records and h.document_path == at_path)
            if i.count and i.document_path == at_path
        ]
        if here:
            self.attached_from = max(here, key=lambda i: parse_time(i.last_change))
            return self.attached_from.path
        # the fingerprint (0.6 s of MinHash for a novel) only when a store has one to compare
        # with, of a text whose size leaves it a chance: a folder of stores without
        # fingerprints, or of short documents beside a book, never pays it before the window shows
        alike = [h for h in heads if h.may_have_records and h.fingerprint]
        if alike:
            sizes_allow = self.may_be_alike([list(h.fingerprint) for h in alike], ASK_ATTACH)
            alike = [h for h, may in zip(alike, sizes_allow, strict=True) if may]
        comparable = [i for i in _read_whole(alike) if i.count and i.fingerprint]
        scored = _most_alike(comparable, self.fingerprint) if comparable else []
        if met is None and scored and scored[0].similarity >= AUTO_ATTACH and scored[0].document_missing:
            self.attached_from = scored[0]
            return scored[0].path
        self.candidates = scored
        return met if met is not None else self._recognise(own)

    def may_be_alike(self, sketches: list[list[int]], threshold: float) -> list[bool]:
        """For each fingerprint, whether this text could be `threshold` alike to its text by
        their sizes alone (fingerprint.may_reach: a count of 3-grams, not this text's
        fingerprint); each one once the fingerprint is known (then it is compared)."""
        if "fingerprint" in self.__dict__ or not self._text:
            return [True] * len(sketches)
        return may_reach(self._grams, sketches, threshold)

    @cached_property
    def _grams(self) -> GramCount:
        """This text's 3-grams counted once for may_be_alike's questions: the stores' sketches,
        then the library's members' (reader.core.session._recognised)."""
        return GramCount(self._text or "")

    def _met(self, own: Path) -> Path | None:
        """The store this document's records are filed under when Reader met it at this path
        before, though it has no notes yet: its own reading progress is there, or the caller
        (the library) lists a document at this path. None: never met here."""
        if self.document_path is None:
            return None
        if progress_file(self.folder, identity_of(own)).exists():
            return own
        identity = self._met_here(self) if self._met_here is not None else None
        return store_file(self.folder, identity) if identity else None

    def _recognise(self, own: Path) -> Path:
        """No store of this document: its own new one, or the one of the document the caller
        recognises it to be (which may have progress and settings but no notes yet)."""
        known = self._recognised(self) if self._recognised is not None else None
        return store_file(self.folder, known) if known else own

    def _disk_signature(self) -> tuple[int, int, int] | None:
        try:
            return _signature_of(self.path.stat())
        except OSError:
            return None

    def changed_on_disk(self) -> bool:
        return self._disk_signature() != self._signature

    def _read(self) -> tuple[str, tuple[int, int, int]] | None:
        """The file's text and the signature of exactly that content (one open file), or None."""
        try:
            with open(self.path, "rb") as handle:
                signature = _signature_of(os.fstat(handle.fileno()))
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
            state = self._read_newer(raw)
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
        _locate read just before, where it read them (the folder listed and every head read
        once per open, not twice); a later load reads them again."""
        heads, self._heads = self._heads, None
        if not self.content_hash:
            return []
        return [
            head.path
            for head in (heads if heads is not None else _store_heads(self.folder))
            if head.path != self.path
            and head.content_hash == self.content_hash
            and head.device != this_device()
            and (not head.document_path or not Path(head.document_path).exists())
        ]

    def _read_newer(self, raw: str) -> StoreState:
        """Best effort: show what a newer file holds that this version understands."""
        import json

        items = json.loads(raw).get("annotations", [])
        shown = []
        for item in items if isinstance(items, list) else []:
            with contextlib.suppress(StoreFormatError):
                shown.append(annotation_from_json(item))
        return StoreState(shown)

    def _set_aside(self, label: str = "corrupt") -> Path:
        from datetime import datetime

        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.stem}.{label}-{stamp}{self.path.suffix}")
        n = 1
        while backup.exists():
            backup = self.path.with_name(f"{self.path.stem}.{label}-{stamp}-{n}{self.path.suffix}")
            n += 1
        os.replace(self.path, backup)
        return backup

    def _locked(self):
        return file_lock(self.path.with_suffix(".lock"))

    def conflict_copies(self) -> list[Path]:
        return conflict_copies(self.path)

    def read_disk(self) -> StoreState | None:
        """What the file and its sync copies hold now, or None when neither can be read."""
        state = read_store(self.path)
        copies = conflict_copies(self.path)
        if state is None and not copies:
            return None
        return with_copies(state or StoreState(), copies)[0]

    def save(self, state: StoreState) -> StoreState:
        """Merge with the file's current content when another process changed it, write
        atomically, and return the merged state for the caller to adopt. Raises StoreError."""
        if self.read_only:
            raise StoreError(f"{self.path}: {self.read_only_reason}; not saved")
        if self._folder is not None and _folder_id(self.path.parent) != self._folder:
            # the data folder was moved or deleted while the document was open (and maybe made
            # again at the old place by another writer): writing here would split the notes
            # between two folders without a word; saved again once the folder is back
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
                atomic_write(self.path, self.serialise(state))
                self._signature = self._disk_signature()
                self._folder = _folder_id(self.path.parent)
                for copy in copies:
                    with contextlib.suppress(OSError):
                        copy.unlink()
        except OSError as exc:
            raise StoreError(f"{self.path}: {exc.strerror or exc}") from None
        return state

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
        """Indented JSON with one annotation per line: readable, and only the records that
        changed since the last save are encoded again (the C encoder, not json's indenter)."""
        import json

        head = {
            "format": FORMAT,
            "version": SCHEMA_VERSION,
            "document": {
                "path": str(self.document_path) if self.document_path else None,
                "content_hash": self.content_hash,
                "device": this_device(),
                "format": self.format,
                **({"source_hash": self.source_hash} if self.source_hash else {}),
                "title": self.title,
                "fingerprint": self.fingerprint,
            },
        }
        cache = self._encoded
        lines = []
        for a in sorted(state.annotations, key=lambda a: a.sort_key):
            line = cache.get(a)  # keyed by the whole record: any change to it encodes it afresh
            if line is None:
                line = cache[a] = json.dumps(annotation_to_json(a), ensure_ascii=False)
            lines.append("    " + line)
        if len(cache) > 2 * len(lines) + 100:
            self._encoded = {}
        deleted = [f"    {json.dumps(k)}: {json.dumps(v)}" for k, v in sorted(state.deleted.items())]
        quarantined = [f"    {json.dumps(r, ensure_ascii=False, default=str)}" for r in state.quarantined]
        head_text = json.dumps(
            {**head, "document": {**head["document"], "fingerprint": []}}, ensure_ascii=False, indent=2
        )
        # the fingerprint on one line, not 128
        head_text = head_text.replace('"fingerprint": []', f'"fingerprint": {json.dumps(self.fingerprint)}')
        return (
            head_text[:-2]  # reopen the object after "document"
            + ',\n  "annotations": [\n'
            + ",\n".join(lines)
            + '\n  ],\n  "deleted": {\n'
            + ",\n".join(deleted)
            + '\n  },\n  "quarantined": [\n'
            + ",\n".join(quarantined)
            + "\n  ]\n}\n"
        )
