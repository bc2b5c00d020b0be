"""One versioned JSON file per document; atomic saves that merge with what another process wrote.

A damaged file is moved aside, never overwritten; a file from a newer Reader is opened read-only,
never downgraded; a failed write keeps the edits in memory for the next attempt.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from reader.core.annotations.model import Annotation

try:
    import fcntl
except ImportError:  # Windows: saves are still atomic, only the cross-process merge lock is lost
    fcntl = None

FORMAT = "reader-annotations"
SCHEMA_VERSION = 1
_FIELDS = ("id", "start", "end", "exact", "prefix", "suffix", "colour", "style", "note", "created", "modified")


class StoreError(Exception):
    """Saving failed; the message names the file and the reason."""


class StoreFormatError(ValueError):
    """A file that is not a valid annotation store."""


@dataclass
class StoreState:
    annotations: list[Annotation] = field(default_factory=list)
    deleted: dict[str, str] = field(default_factory=dict)
    """Tombstones, id → when it was deleted: a merge must not bring back what was removed."""


@dataclass
class LoadResult:
    state: StoreState
    status: str  # "new", "ok", "corrupt" or "newer"
    message: str = ""
    backup: Path | None = None


def parse_time(stamp: str) -> datetime:
    try:
        value = datetime.fromisoformat(stamp)
    except ValueError:
        return datetime.min.replace(tzinfo=datetime.now().astimezone().tzinfo)
    return value if value.tzinfo else value.astimezone()


def annotation_to_json(a: Annotation) -> dict:
    return {k: getattr(a, k) for k in _FIELDS}


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
    if fields["colour"] is not None and not isinstance(fields["colour"], str):
        raise StoreFormatError("'colour' is not text")
    try:
        return Annotation(**fields)
    except ValueError as exc:
        raise StoreFormatError(str(exc)) from None


def parse_store(raw: str) -> tuple[int, StoreState, dict]:
    """(schema version, state, document info). Raises StoreFormatError."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise StoreFormatError(f"not valid JSON ({exc.msg}, line {exc.lineno})") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise StoreFormatError("not a Reader annotation file")
    version = data.get("version")
    if not isinstance(version, int):
        raise StoreFormatError("no schema version")
    if version > SCHEMA_VERSION:
        return version, StoreState(), data.get("document") or {}
    items = data.get("annotations")
    deleted = data.get("deleted", {})
    if not isinstance(items, list) or not isinstance(deleted, dict):
        raise StoreFormatError("'annotations' is not a list")
    state = StoreState([annotation_from_json(item) for item in items], {str(k): str(v) for k, v in deleted.items()})
    return version, state, data.get("document") or {}


def merge(local: StoreState, other: StoreState) -> StoreState:
    """Union by id; the newer modification wins; a deletion newer than an edit wins."""
    by_id = {a.id: a for a in local.annotations}
    deleted = dict(local.deleted)
    for key, when in other.deleted.items():
        if key not in deleted or parse_time(when) > parse_time(deleted[key]):
            deleted[key] = when
    for a in other.annotations:
        mine = by_id.get(a.id)
        if mine is None or parse_time(a.modified) > parse_time(mine.modified):
            by_id[a.id] = a
    kept = [a for a in by_id.values() if a.id not in deleted or parse_time(a.modified) > parse_time(deleted[a.id])]
    return StoreState(sorted(kept, key=lambda a: a.sort_key), deleted)


def store_key(document_path: Path | None, content_hash: str) -> str:
    source = str(document_path) if document_path else content_hash
    stem = re.sub(r"[^\w.-]+", "_", document_path.stem)[:40] if document_path else "text"
    return f"{stem}-{hashlib.sha256(source.encode('utf-8')).hexdigest()[:16]}"


def atomic_write(path: Path, data: str) -> None:
    """Write-temp, fsync, rename: a crash leaves either the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable where the platform allows
        dir_fd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)


class AnnotationStore:
    def __init__(self, folder: Path, document_path: Path | None, content_hash: str, title: str = "") -> None:
        self.folder = Path(folder)
        self.document_path = document_path
        self.content_hash = content_hash
        self.title = title
        self.path = self._locate()
        self.read_only = False
        self._signature: tuple[int, int] | None = None
        self._encoded: dict[Annotation, str] = {}

    def _locate(self) -> Path:
        own = self.folder / f"{store_key(self.document_path, self.content_hash)}.json"
        if own.exists() or not self.folder.is_dir():
            return own
        # the same text opened from another place keeps its annotations
        for candidate in sorted(self.folder.glob("*.json")):
            with contextlib.suppress(OSError, ValueError, AttributeError):
                info = json.loads(candidate.read_text(encoding="utf-8")).get("document", {})
                if info.get("content_hash") == self.content_hash:
                    return candidate
        return own

    def _disk_signature(self) -> tuple[int, int] | None:
        try:
            st = self.path.stat()
        except OSError:
            return None
        return st.st_mtime_ns, st.st_size

    def changed_on_disk(self) -> bool:
        return self._disk_signature() != self._signature

    def load(self) -> LoadResult:
        if not self.path.exists():
            self._signature = None
            return LoadResult(StoreState(), "new")
        try:
            raw = self.path.read_text(encoding="utf-8")
            version, state, _ = parse_store(raw)
        except (StoreFormatError, UnicodeDecodeError) as exc:
            backup = self._set_aside()
            reason = exc.reason if isinstance(exc, UnicodeDecodeError) else str(exc)
            return LoadResult(StoreState(), "corrupt", f"{self.path.name}: {reason}", backup)
        except OSError as exc:
            raise StoreError(f"{self.path}: {exc.strerror or exc}") from None
        self._signature = self._disk_signature()
        if version > SCHEMA_VERSION:
            self.read_only = True
            state = self._read_newer(raw)
            return LoadResult(state, "newer", f"{self.path.name}: written by a newer Reader (schema {version})")
        return LoadResult(state, "ok")

    def _read_newer(self, raw: str) -> StoreState:
        """Best effort: show what a newer file holds that this version understands."""
        items = json.loads(raw).get("annotations", [])
        shown = []
        for item in items if isinstance(items, list) else []:
            with contextlib.suppress(StoreFormatError):
                shown.append(annotation_from_json(item))
        return StoreState(shown)

    def _set_aside(self) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = self.path.with_name(f"{self.path.stem}.corrupt-{stamp}{self.path.suffix}")
        n = 1
        while backup.exists():
            backup = self.path.with_name(f"{self.path.stem}.corrupt-{stamp}-{n}{self.path.suffix}")
            n += 1
        os.replace(self.path, backup)
        return backup

    @contextlib.contextmanager
    def _locked(self):
        if fcntl is None:
            yield
            return
        self.folder.mkdir(parents=True, exist_ok=True)
        with open(self.path.with_suffix(".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)

    def read_disk(self) -> StoreState | None:
        """What the file holds now, or None when it is missing or unreadable."""
        try:
            _, state, _ = parse_store(self.path.read_text(encoding="utf-8"))
        except (OSError, StoreFormatError, UnicodeDecodeError):
            return None
        return state

    def save(self, state: StoreState) -> StoreState:
        """Merge with the file's current content when another process changed it, write
        atomically, and return the merged state for the caller to adopt. Raises StoreError."""
        if self.read_only:
            raise StoreError(f"{self.path}: written by a newer Reader; not overwritten")
        try:
            with self._locked():
                if self.changed_on_disk():
                    disk = self.read_disk()
                    if disk is not None:
                        state = merge(state, disk)
                atomic_write(self.path, self.serialise(state))
                self._signature = self._disk_signature()
        except OSError as exc:
            raise StoreError(f"{self.path}: {exc.strerror or exc}") from None
        return state

    def serialise(self, state: StoreState) -> str:
        """Indented JSON with one annotation per line: readable, and only the records that
        changed since the last save are encoded again (the C encoder, not json's indenter)."""
        head = {
            "format": FORMAT,
            "version": SCHEMA_VERSION,
            "document": {
                "path": str(self.document_path) if self.document_path else None,
                "content_hash": self.content_hash,
                "title": self.title,
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
        return (
            json.dumps(head, ensure_ascii=False, indent=2)[:-2]  # reopen the object after "document"
            + ',\n  "annotations": [\n'
            + ",\n".join(lines)
            + '\n  ],\n  "deleted": {\n'
            + ",\n".join(deleted)
            + "\n  }\n}\n"
        )
